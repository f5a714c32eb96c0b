#include "savedsearchespanel.h"

#include "flowlayout.h"
#include "itemmodels/savedsearchesmodel.h"
#include "messagebox.h"

#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using proofdesk::itemmodels::SavedSearchesModel;

SavedSearchesPanel::SavedSearchesPanel(SavedSearchesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_add(new QPushButton(tr("S&ave…"), this))
    , m_rename(new QPushButton(tr("Rename"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_watch(new QPushButton(tr("Watch"), this))
    , m_new(new QPushButton(tr("New Letters…"), this))
{
    auto *title = new QLabel(tr("Saved searches"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_list);
    m_list->setModel(model);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setAccessibleName(tr("Saved searches"));
    m_list->setWordWrap(true); // a long name wraps in the narrow panel instead of being cut (#41)
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAccessibleDescription(tr("Click or press Return to run a saved search; F2 renames it"));
    m_add->setAccessibleDescription(tr("Save the current search under a name"));
    m_add->setToolTip(m_add->accessibleDescription());
    m_rename->setAccessibleDescription(tr("Rename the selected saved search"));
    m_delete->setAccessibleDescription(tr("Delete the selected saved search"));
    m_watch->setCheckable(true);
    m_watch->setAccessibleDescription(tr("Count the letters the selected search finds after each sync that were "
                                         "not there when you last looked"));
    m_watch->setToolTip(m_watch->accessibleDescription());
    m_new->setAccessibleDescription(tr("List the selected watched search's new letters"));
    m_new->setToolTip(m_new->accessibleDescription());

    // The buttons wrap rather than widen the panel: the results and the document need the room.
    auto *buttons = new FlowLayout(nullptr, 4);
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_watch);
    buttons->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { emit searchActivated(m_model->queryAt(index.row())); });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { emit searchActivated(m_model->queryAt(index.row())); });
    connect(m_add, &QPushButton::clicked, this, &SavedSearchesPanel::addRequested);
    connect(m_rename, &QPushButton::clicked, this, &SavedSearchesPanel::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SavedSearchesPanel::deleteCurrent);
    connect(m_watch, &QPushButton::clicked, this, &SavedSearchesPanel::setCurrentWatched);
    connect(m_new, &QPushButton::clicked, this, [this] { emit newLettersRequested(m_list->currentIndex().row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &SavedSearchesPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SavedSearchesPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &SavedSearchesPanel::updateButtons);
    updateButtons();
}

void SavedSearchesPanel::addSearch(const QString &query, const QString &name)
{
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("Save search"), tr("Name for the search “%1”:").arg(query),
                                       QLineEdit::Normal, query, &ok);
        if (!ok)
            return;
    }
    const int row = m_model->add(chosen, query);
    m_list->setCurrentIndex(m_model->index(row));
}

void SavedSearchesPanel::renameCurrent()
{
    if (m_list->currentIndex().isValid())
        m_list->edit(m_list->currentIndex());
}

void SavedSearchesPanel::deleteCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    if (MessageBox::question(this, tr("Delete saved search"),
                             tr("Delete the saved search “%1”?").arg(m_model->nameAt(row)))
        != QMessageBox::Yes)
        return;
    const bool watched = m_model->isWatched(row);
    const QString query = m_model->queryAt(row);
    m_model->remove(row);
    if (watched)
        emit watchChanged(query, false);
}

void SavedSearchesPanel::setCurrentWatched(bool watched)
{
    const int row = m_list->currentIndex().row();
    if (row >= 0 && m_model->setWatched(row, watched))
        emit watchChanged(m_model->queryAt(row), watched);
    updateButtons();
}

void SavedSearchesPanel::updateButtons()
{
    const int row = m_list->currentIndex().row();
    const bool any = row >= 0;
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
    m_watch->setEnabled(any);
    m_watch->setChecked(m_model->isWatched(row));
    m_new->setEnabled(m_model->newCountAt(row) > 0);
}
