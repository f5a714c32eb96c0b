#include "repositoriesdialog.h"

#include "messagebox.h"
#include "repositoriesmodel.h"
#include "repositoryform.h"
#include "services/witnessjob.h"
#include "sync/connectiontest.h"
#include "sync/credentials/credentialstore.h"
#include "synccontroller.h"
#include "syncstatus.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using proofdesk::sync::ConnectionTestJob;
using proofdesk::sync::CredentialStore;

RepositoriesDialog::RepositoriesDialog(SyncController *sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_model(new RepositoriesModel(sync->databasePath(), this))
    , m_view(new QTableView(this))
    , m_buttonColumn(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancelSync(new QPushButton(tr("Cancel"), this))
    , m_details(new QLabel(this))
    , m_result(new QLabel(this))
    , m_sessionNote(new QLabel(this))
{
    setWindowTitle(tr("Repositories"));
    setObjectName(QStringLiteral("RepositoriesDialog"));
    resize(1120, 440);
    buildLayout();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RepositoriesDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RepositoriesDialog::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RepositoriesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RepositoriesDialog::showDetails);
    connect(m_view, &QTableView::doubleClicked, this, &RepositoriesDialog::editRepository);
    connect(m_sync, &SyncController::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->resetFormat();
        showSyncRunning(true);
        updateButtons();
    });
    connect(m_sync, &SyncController::progress, this, [this](qint64 records, qint64 bytes, qint64, qint64 total) {
        if (total > 0)
            m_progress->setRange(0, 100),
                m_progress->setValue(int(qBound(qint64(0), bytes * 100 / total, qint64(100))));
        // The status bar's words for the count (one text to translate, with its plural forms
        // and the locale's digit grouping): "1 record", "1,250 records".
        m_progress->setFormat(SyncStatus::tr("%Ln record(s)", nullptr, int(records))
                              + (total > 0 ? QStringLiteral(" · %p%") : QString()));
    });
    connect(m_sync, &SyncController::finished, this, &RepositoriesDialog::onSyncFinished);
    // The status bar's Cancel does the same: the sync stops after the page being written.
    connect(m_cancelSync, &QPushButton::clicked, this, [this] {
        if (m_witnessJob)
            m_witnessJob->cancel();
        else
            m_sync->cancel();
        m_cancelSync->setEnabled(false);
        m_progress->setFormat(tr("Cancelling…"));
    });
    showSyncRunning(m_sync->isRunning());
    noteSessionOnly(CredentialStore::isSessionOnly());
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

RepositoriesDialog::~RepositoriesDialog() = default; // a running test or witness pass is waited for

QPushButton *RepositoriesDialog::addButton(const QString &name, const QString &text, const QString &description)
{
    auto *button = new QPushButton(text, m_buttonColumn);
    button->setObjectName(name);
    button->setToolTip(description);
    button->setAccessibleDescription(description);
    button->setAutoDefault(false);
    m_buttonColumn->layout()->addWidget(button);
    return button;
}

void RepositoriesDialog::buildLayout()
{
    setUpView();
    addButtons();
    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addWidget(m_buttonColumn);
    QHBoxLayout *syncRow = syncProgressRow();
    setUpTexts();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_details);
    layout->addLayout(syncRow);
    layout->addWidget(m_result);
    layout->addWidget(m_sessionNote);
    layout->addWidget(buttons);
}

// The table of repositories: one row each, selected whole, read only.
void RepositoriesDialog::setUpView()
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("repositoriesView"));
    m_view->setTabKeyNavigation(false); // Tab goes on to the buttons (#41)
    m_view->setAccessibleName(tr("Repositories"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(RepositoriesModel::NameColumn, 130);
    m_view->setColumnWidth(RepositoriesModel::KindColumn, 95);
    m_view->setColumnWidth(RepositoriesModel::UrlColumn, 240);
    m_view->setColumnWidth(RepositoriesModel::StatusColumn, 200);
    m_view->setColumnWidth(RepositoriesModel::LastSyncColumn, 140);
    m_view->setColumnWidth(RepositoriesModel::RecordsColumn, 75);
}

// The column of buttons beside the table, each acting on the selected repository (but Add).
void RepositoriesDialog::addButtons()
{
    auto *column = new QVBoxLayout(m_buttonColumn);
    column->setContentsMargins(0, 0, 0, 0);
    m_add = addButton(QStringLiteral("addRepository"), tr("&Add…"), tr("Add a repository"));
    m_edit = addButton(QStringLiteral("editRepository"), tr("&Edit…"), tr("Change the selected repository's settings"));
    m_test = addButton(QStringLiteral("testConnection"), tr("&Test Connection"),
                       tr("Connect to the selected repository and read its first page, without changing the cache"));
    m_syncNow = addButton(QStringLiteral("syncRepository"), tr("&Sync Now"), tr("Sync the selected repository now"));
    m_witness = addButton(QStringLiteral("witnessRepository"), tr("&Witness"),
                          tr("Read the selected repository whole and record each letter it changed or deleted "
                             "without a record"));
    m_remove = addButton(QStringLiteral("removeRepository"), tr("&Remove…"),
                         tr("Remove the selected repository and everything cached from it"));
    column->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, &RepositoriesDialog::addRepository);
    connect(m_edit, &QPushButton::clicked, this, &RepositoriesDialog::editRepository);
    connect(m_test, &QPushButton::clicked, this, &RepositoriesDialog::testConnection);
    connect(m_syncNow, &QPushButton::clicked, this, &RepositoriesDialog::syncNow);
    connect(m_witness, &QPushButton::clicked, this, &RepositoriesDialog::witness);
    connect(m_remove, &QPushButton::clicked, this, &RepositoriesDialog::removeRepository);
}

// The progress of a running sync and the button that cancels it.
QHBoxLayout *RepositoriesDialog::syncProgressRow()
{
    m_progress->setObjectName(QStringLiteral("dialogSyncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_cancelSync->setObjectName(QStringLiteral("dialogCancelSync"));
    m_cancelSync->setAutoDefault(false);
    m_cancelSync->setAccessibleDescription(tr("Stop the sync after the page being written; what was synced is kept"));
    m_cancelSync->setToolTip(m_cancelSync->accessibleDescription());
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_progress, 1);
    syncRow->addWidget(m_cancelSync);
    return syncRow;
}

// The texts under the table: the selected repository, the last action's result, and the
// note shown when passwords are kept for this session only.
void RepositoriesDialog::setUpTexts()
{
    m_details->setObjectName(QStringLiteral("repositoryDetails"));
    m_details->setAccessibleDescription(tr("Selected repository"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("repositoryResult"));
    m_result->setAccessibleDescription(tr("Result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionNote->setObjectName(QStringLiteral("sessionOnlyNote"));
    m_sessionNote->setAccessibleDescription(tr("Password storage"));
    m_sessionNote->setWordWrap(true);
    m_sessionNote->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"));
}

void RepositoriesDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    const bool syncing = m_sync->isRunning() || isWitnessing();
    m_add->setEnabled(!syncing);
    m_witness->setEnabled(selected && !syncing);
    m_edit->setEnabled(selected && !syncing);
    m_remove->setEnabled(selected && !syncing);
    m_syncNow->setEnabled(selected && !syncing);
    m_test->setEnabled(selected && !m_testJob);
}

QString RepositoriesDialog::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RepositoriesModel::NameRole).toString();
}

void RepositoriesDialog::selectRepository(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
}

void RepositoriesDialog::showDetails()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0) {
        m_details->clear();
        return;
    }
    const auto &info = m_model->repository(row).info;
    const QString status = RepositoriesModel::statusText(info);
    m_details->setText(info.lastError.isEmpty()
                           ? tr("%1: %2.").arg(info.name, status)
                           : tr("%1: %2. The cache keeps working with what was synced before.\nLast error: %3")
                                 .arg(info.name, status, info.lastError));
}

void RepositoriesDialog::showSyncRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelSync->setVisible(running);
    m_cancelSync->setEnabled(running);
}

QString RepositoriesDialog::resultText() const { return m_result->text(); }

void RepositoriesDialog::showResult(bool ok, const QString &message)
{
    m_result->setText(message);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #b03020; }"));
}

void RepositoriesDialog::noteSessionOnly(bool sessionOnly)
{
    const QString problem = CredentialStore::keychainProblem();
    m_sessionNote->setText(tr("No keychain service is running%1: passwords are kept in memory for this session "
                              "only and are never written to disk. You will be asked again after Proofdesk restarts.")
                               .arg(problem.isEmpty() ? QString() : tr(" (%1)").arg(problem)));
    m_sessionNote->setVisible(sessionOnly);
}
