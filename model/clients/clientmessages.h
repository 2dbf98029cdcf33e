#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::ClientMessages {

inline const QString create = QStringLiteral("CLIENT_CREATE");
inline const QString update = QStringLiteral("CLIENT_UPDATE");
inline const QString remove = QStringLiteral("CLIENT_DELETE");
inline const QString read = QStringLiteral("CLIENT_READ");
// A wallet in one currency for a client.
inline const QString walletOpen = QStringLiteral("WALLET_OPEN");

// The declarations of the types above, with their handlers (clienthandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::ClientMessages
