#pragma once

namespace Ledgerdesk {

class CommandExecutor;

// The payment saga: PAYMENT_REQUEST (PENDING) -> PAYMENT_REQUESTED (the wallet pays the merchant, or
// not) -> PAYMENT_SUCCEEDED or PAYMENT_FAILED with the reason.
void registerPaymentHandlers(CommandExecutor &executor);

} // namespace Ledgerdesk
