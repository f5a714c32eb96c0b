// RepositoriesDialog: the commands behind its buttons.
#include "messagebox.h"
#include "repositoriesdialog.h"
#include "repositoriesmodel.h"
#include "repositoryform.h"
#include "services/repositoryadmin.h"
#include "sync/connectiontest.h"
#include "synccontroller.h"

#include <QLabel>
#include <QProgressBar>
#include <QTableView>

using proofdesk::sync::ConnectionTestJob;
using proofdesk::sync::RepositoryDraft;

// Configuring repositories is an admin's action, checked and audited in models/services.
proofdesk::services::RepositoryAdmin RepositoriesDialog::admin() const
{
    return proofdesk::services::RepositoryAdmin(m_sync->databasePath(), m_sync->dataDir(), m_sync->actor(),
                                                m_sync->useKeychain());
}

void RepositoriesDialog::addRepository()
{
    RepositoryForm form(std::nullopt, this);
    while (form.exec() == QDialog::Accepted) {
        const auto outcome = admin().save(form.draft());
        if (!outcome.error.isEmpty()) {
            form.showError(outcome.error);
            continue;
        }
        m_model->reload();
        selectRepository(outcome.repository->name);
        showResult(true, tr("Added \"%1\". Use Test Connection or Sync Now.").arg(outcome.repository->name));
        emit repositoriesChanged();
        noteSessionOnly(outcome.sessionOnly || m_sessionNote->isVisibleTo(this));
        return;
    }
}

void RepositoriesDialog::editRepository()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0 || m_sync->isRunning())
        return;
    const auto info = m_model->repository(row).info;
    RepositoryForm form(proofdesk::sync::draftOf(info), this);
    while (form.exec() == QDialog::Accepted) {
        const auto outcome = admin().save(form.draft(), info.id);
        if (!outcome.error.isEmpty()) {
            form.showError(outcome.error);
            continue;
        }
        m_model->reload();
        selectRepository(info.name);
        showResult(true, tr("Saved \"%1\".").arg(info.name));
        emit repositoriesChanged();
        noteSessionOnly(outcome.sessionOnly || m_sessionNote->isVisibleTo(this));
        return;
    }
}

void RepositoriesDialog::testConnection()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0 || m_testJob)
        return;
    m_testJob = std::make_unique<ConnectionTestJob>(m_model->repository(row).info, m_sync->dataDir());
    m_testJob->setUseKeychain(m_sync->useKeychain());
    connect(m_testJob.get(), &ConnectionTestJob::finished, this, [this](bool ok, const QString &message) {
        m_testJob.reset();
        showResult(ok, ok ? message : tr("The connection failed: %1").arg(message));
        updateButtons();
        emit connectionTested(ok, message);
    });
    showResult(true, tr("Connecting to \"%1\"…").arg(m_model->repository(row).info.name));
    m_testJob->start();
    updateButtons();
}

void RepositoriesDialog::removeRepository()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_sync->isRunning())
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove Repository"),
        tr("Remove \"%1\" and everything cached from it? Its records disappear from searches until the "
           "repository is added and synced again.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    try {
        admin().remove(name);
        showResult(true, tr("Removed \"%1\".").arg(name));
        emit repositoriesChanged();
    } catch (const std::exception &e) {
        showResult(false, tr("\"%1\" could not be removed: %2").arg(name, QString::fromUtf8(e.what())));
    }
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void RepositoriesDialog::syncNow()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (m_sync->syncNow(name))
        showResult(true, tr("Syncing \"%1\"…").arg(name));
}

void RepositoriesDialog::onSyncFinished(bool ok, const QString &message)
{
    const QString selected = selectedName();
    showSyncRunning(false);
    m_model->reload();
    selectRepository(selected);
    showResult(ok, message);
    updateButtons();
}
