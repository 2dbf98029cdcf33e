#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace Ledgerdesk {

class CommandGateway;

// A page that shows one paged item model in a record table: a bar above the table for the page's
// filters or summary, and under it the page's own buttons on the left and the pager ("Page N of M",
// previous, next) on the right. A page may ask to re-read itself while it is visible, on a timer and
// whenever the books change. The derived page supplies the model, the pager's words and reload().
// GUI thread; the gateway belongs to the caller and outlives the page.
class PagedTablePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int defaultRefreshIntervalMs = 3000;

    // Re-reads the model and whatever the page shows beside it.
    virtual void reload() = 0;
    // How often a page that refreshes while visible re-reads; no effect on other pages.
    void setRefreshInterval(int milliseconds) { m_refresh.setInterval(milliseconds); }

protected:
    explicit PagedTablePage(QWidget *parent);

    // Builds the table over `model`, the bar above it and the pager; call once, from the derived
    // constructor, before table(), topBar() and addFooterButton().
    // `model` has page(), setPage(int) and the signal pageChanged(int page, int pageCount, qint64 totalCount);
    // `stretched` is the column that takes the spare width (-1: the last).
    template <typename Model> void setUpTable(Model *model, const QString &objectName, int stretched)
    {
        buildTable(model, objectName, stretched);
        connect(model, &Model::pageChanged, this, &PagedTablePage::showPage);
        m_turnPage = [model](int step) { model->setPage(model->page() + step); };
    }

    // Re-reads `model` (which also has reload() and rowOf(id)) and chooses again the row that was
    // chosen, found by its `idRole`; returns the model's error sentence, empty when none.
    template <typename Model> QString reloadKeepingChoice(Model *model, int idRole)
    {
        const QString chosen = chosenId(idRole);
        const QString error = model->reload();
        if (!chosen.isEmpty() && !hasChosenRow())
            chooseRow(model->rowOf(chosen));
        return error;
    }

    // The pager's label in the page's own words, e.g. "Page 2 of 3 · 120 transaction(s)"; `pageNumber`
    // counts from 1.
    virtual QString pagerText(int pageNumber, int pageCount, int total) const = 0;

    // Fits the columns other than `stretched` to what they show on every page change (fitColumnsOnce).
    void fitColumnsOnEveryPage(int stretched) { m_fittedExcept = stretched; }
    // Re-reads every refresh interval while visible, on being shown, and when `gateway` (may be null)
    // says the books changed while the page is visible.
    void refreshWhileVisible(CommandGateway *gateway);

    QTableView *table() const { return m_table; }
    // The bar above the table, empty until the page fills it.
    QHBoxLayout *topBar() const { return m_topBar; }
    // Puts a button of the page's own to the left of the pager, after those added before it.
    void addFooterButton(QPushButton *button);

    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildTable(QAbstractItemModel *model, const QString &objectName, int stretched);
    void showPage(int page, int pageCount, qint64 total);
    QString chosenId(int idRole) const;
    bool hasChosenRow() const;
    void chooseRow(int row);

    QTableView *m_table = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QHBoxLayout *m_topBar = nullptr;
    QHBoxLayout *m_footer = nullptr;
    int m_footerButtons = 0;
    std::optional<int> m_fittedExcept;
    std::function<void(int step)> m_turnPage;
    bool m_refreshesWhileVisible = false;
    QTimer m_refresh;
};

} // namespace Ledgerdesk
