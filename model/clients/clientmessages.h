#pragma once

#include "commands/messagetype.h"
#include "core/result.h"

#include <QStringList>

#include <functional>

namespace Ledgerdesk {
class Database;
} // namespace Ledgerdesk

namespace Ledgerdesk::ClientMessages {

inline const QString create = QStringLiteral("CLIENT_CREATE");
inline const QString update = QStringLiteral("CLIENT_UPDATE");
inline const QString remove = QStringLiteral("CLIENT_DELETE");
inline const QString read = QStringLiteral("CLIENT_READ");
// A wallet in one currency for a client.
inline const QString walletOpen = QStringLiteral("WALLET_OPEN");

// What keeps a client from being closed, as one product area sees it: a clause for each thing of
// theirs still open ("loan L-1 still owes 1252.63 USD"), none when nothing is. The areas above clients
// (loans, payments, savings) declare theirs beside their repositories and the engine hands them to
// types(), so clients/ never includes them. Runs inside the closing message's transaction.
using ClosingCheck = std::function<Result<QStringList>(Database &db, const QString &clientId)>;

// The declarations of the types above, with their handlers (clienthandlers.cpp). Closing a client is
// refused while a wallet of theirs holds money or any of `closingChecks` names something still open.
QList<MessageType> types(const QList<ClosingCheck> &closingChecks);

} // namespace Ledgerdesk::ClientMessages
