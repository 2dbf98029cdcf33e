#include "walletspage.h"
#include "tableviews.h"

#include "clientdialog.h"
#include "clients/clientmessages.h"
#include "clients/clientrepository.h"
#include "commands/commandgateway.h"
#include "core/money.h"
#include "ledger/ledgermessages.h"
#include "models/clientlistmodel.h"
#include "models/registermodel.h"
#include "models/walletlistmodel.h"
#include "moneydialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ledgerdesk {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    setUpRecordTable(view, model, -1);
    return view;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

WalletsPage::WalletsPage(Database &db, CommandGateway *gateway, bool isSupervisor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_gateway(gateway)
    , m_clients(new ClientListModel(db, this))
    , m_wallets(new WalletListModel(db, this))
    , m_register(new RegisterModel(db, this))
    , m_search(new QLineEdit(this))
    , m_profile(new QLabel(this))
    , m_registerTitle(makeHeading(tr("Register"), this))
    , m_isSupervisor(isSupervisor)
{
    buildTables();
    buildButtons();
    layOut();
    connectSignals();
    m_clients->reload();
    m_clientView->resizeColumnToContents(ClientListModel::NameColumn);
    updateActions();
}

void WalletsPage::buildTables()
{
    m_search->setPlaceholderText(tr("Find a client by name, e-mail or phone"));
    m_search->setClearButtonEnabled(true);
    m_clientView = makeTable(m_clients, this);
    m_clientView->setObjectName(QStringLiteral("clients"));
    m_clientView->setColumnHidden(ClientListModel::PhoneColumn, true);
    m_walletView = makeTable(m_wallets, this);
    m_walletView->setObjectName(QStringLiteral("wallets"));
    m_registerView = makeTable(m_register, this);
    m_registerView->setObjectName(QStringLiteral("register"));
    m_registerView->horizontalHeader()->setSectionResizeMode(RegisterModel::MemoColumn, QHeaderView::Stretch);
    m_registerView->horizontalHeader()->setStretchLastSection(false);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setTextFormat(Qt::RichText);
    m_profile->setWordWrap(true);
}

void WalletsPage::buildButtons()
{
    m_newClient = new QPushButton(tr("New client…"), this);
    m_newWallet = new QPushButton(tr("New wallet…"), this);
    m_deposit = new QPushButton(tr("Deposit…"), this);
    m_withdraw = new QPushButton(tr("Withdraw…"), this);
    m_transfer = new QPushButton(tr("Transfer…"), this);
    m_reverse = new QPushButton(tr("Reverse entry…"), this);
    m_deposit->setObjectName(QStringLiteral("deposit"));
    m_reverse->setObjectName(QStringLiteral("reverse"));
    m_reverse->setToolTip(m_isSupervisor
            ? tr("Undo the selected deposit, withdrawal or transfer with a reversing entry; the original stays in the "
                 "journal. Loans, payments and savings goals undo their own entries.")
            : tr("Only a supervisor can reverse an entry."));
}

// The clients on the left; on the right the chosen client's profile, wallets and the chosen wallet's register.
void WalletsPage::layOut()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(makeHeading(tr("Clients"), left));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_clientView, 1);
    leftLayout->addWidget(m_newClient);

    auto *walletButtons = new QHBoxLayout;
    for (QPushButton *button : {m_newWallet, m_deposit, m_withdraw, m_transfer})
        walletButtons->addWidget(button);
    walletButtons->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_profile);
    rightLayout->addWidget(makeHeading(tr("Wallets"), right));
    rightLayout->addWidget(m_walletView);
    rightLayout->addLayout(walletButtons);
    auto *registerHeader = new QHBoxLayout;
    registerHeader->addWidget(m_registerTitle, 1);
    registerHeader->addWidget(m_reverse);
    rightLayout->addLayout(registerHeader);
    rightLayout->addWidget(m_registerView, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);
}

void WalletsPage::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, m_clients, &ClientListModel::setSearch);
    connect(m_clientView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() {
        showClient();
        // Only an agent's own choice opens a profile (and records the look-up), not a re-selection.
        const QString clientId = currentClientId();
        if (!m_selectingProgrammatically && !clientId.isEmpty() && clientId != m_openedClientId) {
            m_openedClientId = clientId;
            Q_EMIT clientOpened(clientId);
        }
    });
    connect(m_walletView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WalletsPage::showWallet);
    connect(m_registerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WalletsPage::updateActions);
    connect(m_clients, &QAbstractItemModel::modelReset, this, [this]() {
        if (m_clients->rowCount() > 0 && !m_clientView->currentIndex().isValid()) {
            const QScopedValueRollback guard(m_selectingProgrammatically, true);
            m_clientView->selectRow(0);
        }
        showClient();
    });
    connect(m_newClient, &QPushButton::clicked, this, &WalletsPage::newClient);
    connect(m_newWallet, &QPushButton::clicked, this, &WalletsPage::newWallet);
    connect(m_deposit, &QPushButton::clicked, this, [this]() { openMoneyDialog(int(MoneyDialog::Mode::Deposit)); });
    connect(m_withdraw, &QPushButton::clicked, this, [this]() { openMoneyDialog(int(MoneyDialog::Mode::Withdraw)); });
    connect(m_transfer, &QPushButton::clicked, this, [this]() { openMoneyDialog(int(MoneyDialog::Mode::Transfer)); });
    connect(m_reverse, &QPushButton::clicked, this, &WalletsPage::reverseEntry);
    if (m_gateway)
        connect(m_gateway, &CommandGateway::booksChanged, this, &WalletsPage::reload);
}

QString WalletsPage::currentClientId() const
{
    const QModelIndex index = m_clientView->currentIndex();
    return index.isValid() ? index.data(ClientListModel::ClientIdRole).toString() : QString();
}

QString WalletsPage::currentWalletId() const
{
    const QModelIndex index = m_walletView->currentIndex();
    return index.isValid() ? index.data(WalletListModel::WalletIdRole).toString() : QString();
}

void WalletsPage::selectClient(const QString &clientId)
{
    const int row = m_clients->rowOf(clientId);
    if (row >= 0)
        m_clientView->selectRow(row);
}

void WalletsPage::reload()
{
    const QString client = currentClientId();
    const QString wallet = currentWalletId();
    const QScopedValueRollback guard(m_selectingProgrammatically, true);
    m_clients->reload();
    selectClient(client);
    for (int row = 0; row < m_wallets->rowCount(); ++row) {
        if (m_wallets->walletAt(row).id == wallet)
            m_walletView->selectRow(row);
    }
    showWallet();
}

void WalletsPage::showClient()
{
    const QString clientId = currentClientId();
    if (clientId.isEmpty()) {
        m_profile->setText(tr("<i>No client selected.</i>"));
    } else {
        const Client &client = m_clients->clientAt(m_clientView->currentIndex().row());
        QStringList channels;
        for (const QString &channel : client.channels)
            channels << (channel == QLatin1String("email") ? tr("e-mail")
                    : channel == QLatin1String("sms")      ? tr("SMS")
                                                           : tr("WhatsApp"));
        m_profile->setText(
            tr("<span style='font-size:large'><b>%1</b></span><br>%2 · %3<br>Notified by %4 · client since %5")
                .arg(client.fullName().toHtmlEscaped(), client.email.isEmpty() ? tr("no e-mail") : client.email.toHtmlEscaped(),
                    client.phone.isEmpty() ? tr("no phone") : client.phone.toHtmlEscaped(),
                    channels.isEmpty() ? tr("nothing") : channels.join(QStringLiteral(", ")),
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(client.createdAtMs).date(), QLocale::ShortFormat)));
    }
    if (m_wallets->clientId() != clientId)
        m_wallets->setClient(clientId);
    else
        m_wallets->reload();
    if (m_wallets->rowCount() > 0 && !m_walletView->currentIndex().isValid())
        m_walletView->selectRow(0);
    m_walletView->resizeColumnsToContents();
    showWallet();
}

void WalletsPage::showWallet()
{
    const QString walletId = currentWalletId();
    if (m_register->accountId() != walletId)
        m_register->setAccount(walletId);
    else
        m_register->reload();
    m_registerTitle->setText(walletId.isEmpty() ? tr("Register") : tr("Register of %1").arg(walletId));
    m_registerView->resizeColumnToContents(RegisterModel::DateColumn);
    m_registerView->resizeColumnToContents(RegisterModel::KindColumn);
    m_registerView->setColumnWidth(RegisterModel::AmountColumn, 120);
    m_registerView->setColumnWidth(RegisterModel::BalanceColumn, 120);
    updateActions();
}

void WalletsPage::updateActions()
{
    const bool writable = m_gateway != nullptr;
    const bool hasClient = !currentClientId().isEmpty();
    const bool hasWallet = !currentWalletId().isEmpty();
    m_newClient->setEnabled(writable);
    m_newWallet->setEnabled(writable && hasClient);
    m_deposit->setEnabled(writable && hasWallet);
    m_withdraw->setEnabled(writable && hasWallet);
    m_transfer->setEnabled(writable && hasWallet);
    const QModelIndex entry = m_registerView->currentIndex();
    // A product's entries are undone through the product; the handler says so, the button need not offer it.
    m_reverse->setEnabled(writable && m_isSupervisor && entry.isValid()
        && LedgerMessages::isReversible(entryKindFromName(entry.data(RegisterModel::EntryKindRole).toString())));
}

void WalletsPage::openMoneyDialog(int mode)
{
    const QModelIndex index = m_walletView->currentIndex();
    if (!m_gateway || !index.isValid())
        return;
    MoneyDialog dialog(MoneyDialog::Mode(mode), m_db, m_wallets->walletAt(index.row()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_gateway->submit(dialog.messageType(), dialog.payload());
}

void WalletsPage::newClient()
{
    if (!m_gateway)
        return;
    ClientDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_gateway->submit(ClientMessages::create, dialog.payload());
}

void WalletsPage::newWallet()
{
    const QString clientId = currentClientId();
    if (!m_gateway || clientId.isEmpty())
        return;
    bool ok = false;
    const QString currency = QInputDialog::getItem(this, tr("New wallet"), tr("Currency of the new wallet:"),
        Money::knownCurrencies(), int(Money::knownCurrencies().indexOf(QStringLiteral("USD"))), false, &ok);
    if (ok)
        m_gateway->submit(
            ClientMessages::walletOpen, {{QStringLiteral("client_id"), clientId}, {QStringLiteral("currency"), currency}});
}

void WalletsPage::reverseEntry()
{
    const QModelIndex entry = m_registerView->currentIndex();
    if (!m_gateway || !entry.isValid())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reverse entry"),
        tr("Why is this %1 of %2 reversed? The reason is kept with the reversing entry.")
            .arg(entry.data(RegisterModel::EntryKindRole).toString().toLower(),
                m_register->index(entry.row(), RegisterModel::AmountColumn).data().toString()),
        QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (ok && !reason.isEmpty())
        m_gateway->submit(LedgerMessages::entryReverse,
            {{QStringLiteral("entry_id"), entry.data(RegisterModel::EntryIdRole).toString()},
                {QStringLiteral("reason"), reason}});
}

} // namespace Ledgerdesk
