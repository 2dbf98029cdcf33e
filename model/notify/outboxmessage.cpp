#include "outboxmessage.h"

namespace Ledgerdesk {

QString channelName(OutboxChannel channel)
{
    switch (channel) {
    case OutboxChannel::Email:
        return QStringLiteral("email");
    case OutboxChannel::Sms:
        return QStringLiteral("sms");
    case OutboxChannel::WhatsApp:
        return QStringLiteral("whatsapp");
    }
    return {};
}

std::optional<OutboxChannel> channelFromName(const QString &name)
{
    for (OutboxChannel channel : {OutboxChannel::Email, OutboxChannel::Sms, OutboxChannel::WhatsApp}) {
        if (name == channelName(channel))
            return channel;
    }
    return std::nullopt;
}

QString statusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return QStringLiteral("PENDING");
    case OutboxStatus::Sent:
        return QStringLiteral("SENT");
    case OutboxStatus::Failed:
        return QStringLiteral("FAILED");
    case OutboxStatus::Dead:
        return QStringLiteral("DEAD");
    }
    return {};
}

std::optional<OutboxStatus> statusFromName(const QString &name)
{
    for (OutboxStatus status : {OutboxStatus::Pending, OutboxStatus::Sent, OutboxStatus::Failed, OutboxStatus::Dead}) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace Ledgerdesk
