#include "resultsview.h"

#include "itemmodels/resultsmodel.h"
#include "resultsdelegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>

using proofdesk::itemmodels::ResultsModel;

namespace {
const QString kHeaderKey = QStringLiteral("results/headerState");
}

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new ResultsDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for what acts on many (Keep Offline); the current row is the one shown.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setTabKeyNavigation(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Search results"));
    setAccessibleDescription(tr("Communications matching the search, newest first unless a column header sorts "
                                "them. Use the arrow keys to move, Return to open the document."));
    // Uniform rows: the header never measures a row, whatever the row count.
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->setMinimumSectionSize(fontMetrics().height() + 8);
    rows->hide();

    QHeaderView *columns = horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    columns->setDefaultSectionSize(120);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &ResultsView::showHeaderMenu);
    connect(this, &QAbstractItemView::doubleClicked, this, &ResultsView::opened);
    addRowActions();
}

void ResultsView::addRowActions()
{
    // The row's context menu: these first, then what the workspaces add (records, compliance).
    setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto add = [this](const char *name, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setStatusTip(tip);
        action->setToolTip(tip);
        addAction(action);
        return action;
    };
    QAction *copyId = add("copyId", tr("Copy &Id"), tr("Copy the communication id"));
    connect(copyId, &QAction::triggered, this, [this] {
        if (const QString id = currentCommunicationId(); !id.isEmpty())
            QGuiApplication::clipboard()->setText(id);
    });
    QAction *copyRow = add("copyRow", tr("Copy &Row"), tr("Copy the row as shown, tab-separated"));
    connect(copyRow, &QAction::triggered, this, [this] {
        if (const QString row = currentRowText(); !row.isEmpty())
            QGuiApplication::clipboard()->setText(row);
    });
    QAction *open =
        add("openInNewWindow", tr("Open in New &Window"), tr("Show this communication in a window of its own"));
    connect(open, &QAction::triggered, this, [this] {
        if (const auto rowid = currentRowId())
            emit openInNewWindowRequested(*rowid);
    });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    addAction(separator);
}

QString ResultsView::currentCommunicationId() const
{
    if (!m_model || !currentIndex().isValid())
        return {};
    return m_model->index(currentIndex().row(), 0).data(ResultsModel::CommunicationIdRole).toString();
}

QString ResultsView::currentRowText() const
{
    if (!m_model || !currentIndex().isValid()
        || !m_model->index(currentIndex().row(), 0).data(ResultsModel::LoadedRole).toBool())
        return {};
    QStringList cells;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            cells << m_model->index(currentIndex().row(), column).data().toString();
    }
    return cells.join(QLatin1Char('\t'));
}

void ResultsView::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    // Disabled rows are drawn greyed by every style and take no clicks: nobody reads them
    // as the answer to the query with the error.
    setEnabled(!stale);
    setToolTip(stale ? tr("These results are for the last valid search, not for the text in the box.") : QString());
}

void ResultsView::setResultsModel(ResultsModel *model)
{
    m_model = model;
    setModel(model);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section) { keepSortIndicatorOnTheOrder(section); });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A reset (a new search, another order) clears the current row without currentRowChanged:
    // say so, so that the detail pane does not keep a letter the selection has left.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!currentIndex().isValid())
            onCurrentChanged(QModelIndex());
    });
    // A row whose rowid arrives after it became current (placeholder rows) is announced then.
    connect(model, &ResultsModel::rowIdsReady, this, [this] {
        if (currentIndex().isValid())
            onCurrentChanged(currentIndex());
    });
    applyDefaultColumns();
}

void ResultsView::applyDefaultColumns()
{
    // Sized so that Id … Fixity fit the results pane of a 1280 px window without scrolling
    // (the template and the rest are a header right-click away). The widths follow the
    // font: a larger font must not push Fixity out of sight.
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics headerFm = horizontalHeader()->fontMetrics();
    // The wider of the column's title and a typical value, plus the cell's margins.
    const auto fit = [&](int column, const QString &sample) {
        return qMax(fm.horizontalAdvance(sample), headerFm.horizontalAdvance(ResultsModel::columnTitle(column))) + 12;
    };
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4; // the lock, the fixity mark
    const int widths[ResultsModel::ColumnCount] = {
        fit(ResultsModel::IdColumn, QStringLiteral("EXS-2026-10-000000")) + icon,
        fit(ResultsModel::IssuedColumn, QStringLiteral("2026-10-03 09:12")) + icon, // + the sort arrow
        // Most types; the longest ("Claim acknowledgement") elide, where Delivery and Fixity did
        // not fit at 1280 px in French (the detail pane's least width is larger there).
        fit(ResultsModel::TypeColumn, QStringLiteral("Settlement notice")),
        fit(ResultsModel::ChannelColumn, QStringLiteral("Mobile")),
        fit(ResultsModel::CustomerColumn, QStringLiteral("CUS-0000000")),
        fit(ResultsModel::RecipientColumn, QStringLiteral("María García")),
        fit(ResultsModel::StatusColumn, QStringLiteral("No event yet")),
        fit(ResultsModel::FixityColumn, QStringLiteral("Verified")) + icon,
        fit(ResultsModel::OriginColumn, QStringLiteral("Regeneration")),
        fit(ResultsModel::UnitColumn, QStringLiteral("Business unit")),
        fit(ResultsModel::TemplateColumn, QStringLiteral("TPL-CLAIM-SETTLEMENT")),
        fit(ResultsModel::VersionColumn, QStringLiteral("Version")),
        fit(ResultsModel::WhereColumn, QStringLiteral("In repository-name")) + icon,
    };
    for (int c = 0; c < ResultsModel::ColumnCount; ++c)
        setColumnWidth(c, widths[c]);
    for (int c : {ResultsModel::OriginColumn, ResultsModel::UnitColumn, ResultsModel::TemplateColumn,
                  ResultsModel::VersionColumn})
        setColumnHidden(c, true);
    // Whether it arrived and whether its bytes verify come right after the channel: at 1280 px
    // the customer and recipient (also in Details) are what scrolls out of sight, not
    // "Bounced" (#64 item 4). The model's columns keep their order; only the view moves them.
    QHeaderView *header = horizontalHeader();
    header->moveSection(header->visualIndex(ResultsModel::StatusColumn),
                        header->visualIndex(ResultsModel::ChannelColumn) + 1);
    header->moveSection(header->visualIndex(ResultsModel::FixityColumn),
                        header->visualIndex(ResultsModel::StatusColumn) + 1);
}

void ResultsView::keepSortIndicatorOnTheOrder(int section)
{
    if (!m_model || ResultsModel::isSortable(section))
        return; // the model sorts by it (QTableView passed the click on)
    // This column does not sort; put the indicator back where the order really is.
    QSignalBlocker block(horizontalHeader());
    horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ResultsView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setAccessibleName(tr("Columns"));
    for (int c = 0; c < ResultsModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(ResultsModel::columnTitle(c));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        // The id column stays: without it a row cannot be told from another.
        action->setEnabled(c != ResultsModel::IdColumn);
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            setColumnHidden(c, !on);
            saveSettings();
        });
    }
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void ResultsView::saveSettings() const { QSettings().setValue(kHeaderKey, horizontalHeader()->saveState()); }

void ResultsView::restoreSettings()
{
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
    // The saved state's indicator is not the order of these results: the model's is.
    QSignalBlocker block(horizontalHeader());
    if (m_model)
        horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    else
        horizontalHeader()->setSortIndicator(ResultsModel::IssuedColumn, Qt::DescendingOrder);
}

bool ResultsView::stepCurrent(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return false;
    const int row = currentIndex().isValid() ? currentIndex().row() + delta : (delta > 0 ? 0 : m_model->rowCount() - 1);
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex target = m_model->index(row, currentIndex().isValid() ? currentIndex().column() : 0);
    selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(target);
    return true;
}

QList<int> ResultsView::selectedRowNumbers() const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::optional<qint64> ResultsView::currentRowId() const
{
    if (!m_model || !currentIndex().isValid())
        return std::nullopt;
    return m_model->rowIdAt(currentIndex().row());
}

void ResultsView::onCurrentChanged(const QModelIndex &current)
{
    emit currentCommunicationChanged(current.isValid() && m_model ? m_model->rowIdAt(current.row()) : std::nullopt);
}

// Qt makes the first row current when the view takes focus without one (entering Review,
// Tab): that would open and audit a letter nobody chose. A letter is opened only when a
// person picks it: a click, or the keyboard once in the results (the first Down picks the
// first row; every row moved to after that is one the person chose to read).
void ResultsView::focusInEvent(QFocusEvent *event)
{
    const bool hadCurrent = currentIndex().isValid();
    {
        QSignalBlocker quiet(selectionModel());
        QTableView::focusInEvent(event);
        if (!hadCurrent && currentIndex().isValid())
            selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    viewport()->update();
}

void ResultsView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit opened();
        return;
    }
    QTableView::keyPressEvent(event);
}
