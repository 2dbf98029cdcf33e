#pragma once

namespace Ledgerdesk {

class CommandExecutor;

// Savings goals: GOAL_CREATE, GOAL_ADD (wallet -> goal, atomic), GOAL_REDEEM (once reached: goal ->
// wallet, closed) and GOAL_DELETE (refunds what it holds, closed).
void registerSavingsHandlers(CommandExecutor &executor);

} // namespace Ledgerdesk
