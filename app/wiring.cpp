#include "wiring.h"

#include "notify/notifier.h"
#include "queue/processor.h"

namespace Ledgerdesk {

void wakeNotifierAfterBatches(Processor &processor, Notifier &notifier)
{
    QObject::connect(&processor, &Processor::batchFinished, &notifier, [&notifier](const Processor::Report &report) {
        if (report.applied > 0)
            notifier.wake();
    });
}

} // namespace Ledgerdesk
