#include "recordsui.h"

#include "messagebox.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace recordsui {

bool report(QWidget *parent, const QString &title, const proofdesk::itemmodels::RecordsOutcome &outcome)
{
    if (outcome.ok())
        return true;
    if (outcome.refused) {
        MessageBox::warning(parent, title,
                            QCoreApplication::translate("recordsui", "%1\n\nThe refusal was recorded in the audit "
                                                                     "trail. Switch role in the status bar if you "
                                                                     "hold another role that may do this.")
                                .arg(outcome.error));
    } else {
        MessageBox::critical(parent, title,
                             QCoreApplication::translate("recordsui", "It could not be done: %1").arg(outcome.error));
    }
    return false;
}

void setUpTable(QAbstractItemView *view, const QString &accessibleName)
{
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control; the arrows move within it (#41: Tab was
    // trapped cell by cell in the queue, the holds, the disposition and the trail).
    view->setTabKeyNavigation(false);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setHighlightSections(false);
        table->setWordWrap(false);
    }
}

void selectWithCurrentRow(QAbstractItemView *view)
{
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    QItemSelectionModel *selection = view->selectionModel();
    QObject::connect(selection, &QItemSelectionModel::currentRowChanged, view, [selection](const QModelIndex &current) {
        if (current.isValid() && !selection->isRowSelected(current.row(), current.parent()))
            selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
}

void fitColumns(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    const QAbstractItemView *view = table; // sizeHintForColumn is public there
    const int widest = table->fontMetrics().averageCharWidth() * 60;
    for (int c = 0; c + 1 < header->count(); ++c) {
        if (!table->isColumnHidden(c))
            header->resizeSection(c, qMin(widest, qMax(view->sizeHintForColumn(c), header->sectionSizeHint(c))));
    }
}

} // namespace recordsui
