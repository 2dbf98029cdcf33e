#include "result.h"

namespace Ledgerdesk {

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

} // namespace Ledgerdesk
