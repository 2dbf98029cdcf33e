#pragma once

namespace Ledgerdesk {

class CommandExecutor;

// WALLET_OPEN, DEPOSIT, WITHDRAW, TRANSFER and ENTRY_REVERSE.
void registerLedgerHandlers(CommandExecutor &executor);

} // namespace Ledgerdesk
