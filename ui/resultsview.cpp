#include "resultsview.h"

#include "itemmodels/resultsmodel.h"
#include "resultsdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>

using proofdesk::itemmodels::ResultsModel;

namespace {
const QString kHeaderKey = QStringLiteral("results/headerState");
}

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new ResultsDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setTabKeyNavigation(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Search results"));
    setAccessibleDescription(tr("Communications matching the search, newest first. Use the arrow keys to move, "
                                "Return to open the document."));
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
}

void ResultsView::setResultsModel(ResultsModel *model)
{
    m_model = model;
    setModel(model);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(ResultsModel::IssuedColumn, Qt::DescendingOrder);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ResultsView::keepIssuedSortIndicator);
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
    const int widths[ResultsModel::ColumnCount] = {165, 125, 160, 60, 100, 150, 85, 80, 80, 120, 170, 60};
    for (int c = 0; c < ResultsModel::ColumnCount; ++c)
        setColumnWidth(c, widths[c]);
    for (int c : {ResultsModel::OriginColumn, ResultsModel::UnitColumn, ResultsModel::VersionColumn})
        setColumnHidden(c, true);
}

void ResultsView::keepIssuedSortIndicator(int section, Qt::SortOrder order)
{
    if (section == ResultsModel::IssuedColumn)
        return;
    // Only the issue date sorts; put the indicator back where the order really is.
    QSignalBlocker block(horizontalHeader());
    horizontalHeader()->setSortIndicator(ResultsModel::IssuedColumn, m_model ? m_model->sortOrder() : order);
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

void ResultsView::saveSettings() const
{
    QSettings().setValue(kHeaderKey, horizontalHeader()->saveState());
}

void ResultsView::restoreSettings()
{
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
    QSignalBlocker block(horizontalHeader());
    horizontalHeader()->setSortIndicator(ResultsModel::IssuedColumn, m_model ? m_model->sortOrder() : Qt::DescendingOrder);
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

void ResultsView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit opened();
        return;
    }
    QTableView::keyPressEvent(event);
}
