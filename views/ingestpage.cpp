#include "ingestpage.h"

#include "intake/categorybands.h"
#include "intake/ingestedtransaction.h"
#include "models/ingestmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Ledgerdesk {

IngestPage::IngestPage(Database &db, CommandGateway *gateway, QWidget *parent)
    : PagedTablePage(parent)
    , m_model(new IngestModel(db, this))
    , m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    setUpTable(m_model, QStringLiteral("transactions"), IngestModel::MerchantColumn);
    fitColumnsOnEveryPage(IngestModel::MerchantColumn);
    topBar()->addWidget(m_summary);
    refreshWhileVisible(gateway);
    reload();
}

void IngestPage::reload()
{
    showCounts(reloadKeepingChoice(m_model, IngestModel::TransactionIdRole));
}

void IngestPage::showCounts(const QString &error)
{
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    const QMap<QString, qint64> &byStatus = m_model->countsByStatus();
    const QMap<QString, qint64> &byCategory = m_model->countsByCategory();
    const QLocale locale;
    m_summary->setText(
        tr("<b>%1</b> received · processed <b>%2</b> · processing <b>%3</b> — "
           "high value <b>%4</b> · medium value <b>%5</b> · standard <b>%6</b>")
            .arg(locale.toString(m_model->totalCount()), locale.toString(byStatus.value(IngestedTransaction::processed)),
                locale.toString(byStatus.value(IngestedTransaction::processing)),
                locale.toString(byCategory.value(CategoryBands::highValue)),
                locale.toString(byCategory.value(CategoryBands::mediumValue)),
                locale.toString(byCategory.value(CategoryBands::standard))));
}

QString IngestPage::pagerText(int pageNumber, int pageCount, int total) const
{
    return tr("Page %1 of %2 · %n transaction(s)", nullptr, total).arg(pageNumber).arg(pageCount);
}

} // namespace Ledgerdesk
