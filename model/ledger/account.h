#pragma once

#include "core/money.h"

#include <QString>

namespace Ledgerdesk {

// What an account is for. Customer accounts are the clients' wallets; the others are the bank's own
// accounts that hold the other side of every posting.
enum class AccountKind { Customer, Cash, LoanFunding, Merchant, SavingsGoal, Ingest };

QString accountKindName(AccountKind kind);
AccountKind accountKindFromName(const QString &name);

struct Account
{
    QString id;
    QString clientId; // empty for the bank's own accounts
    AccountKind kind = AccountKind::Customer;
    QString name;
    QString currency;
    qint64 balanceMinor = 0;
    qint64 postingCount = 0;
    bool open = true;
    qint64 createdAtMs = 0;

    Money balance() const { return Money(balanceMinor, currency); }
    bool isWallet() const { return kind == AccountKind::Customer; }
};

} // namespace Ledgerdesk
