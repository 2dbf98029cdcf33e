#pragma once

namespace Ledgerdesk {

class Notifier;
class Processor;

// Applied messages may have written notifications: the notifier sends them soon after each batch,
// without waiting for its next poll. The same in the window and in the headless commands.
void wakeNotifierAfterBatches(Processor &processor, Notifier &notifier);

} // namespace Ledgerdesk
