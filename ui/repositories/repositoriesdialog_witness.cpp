// Settings › Repositories › Witness: the desk as its repository's witness (issue #63), the pass
// of services::RepositoryWitness on its job's thread, with the dialog's progress bar and Cancel.
#include "repositoriesdialog.h"
#include "repositoriesmodel.h"
#include "services/witnessjob.h"
#include "synccontroller.h"

#include <QProgressBar>
#include <QPushButton>

void RepositoriesDialog::witness()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_witnessJob || m_sync->isRunning())
        return;
    m_witnessJob = std::make_unique<proofdesk::services::WitnessJob>(m_sync->databasePath(), m_sync->dataDir(), name);
    m_witnessJob->setUseKeychain(m_sync->useKeychain());
    m_witnessJob->setIdentity(m_sync->actor().identity);
    connect(m_witnessJob.get(), &proofdesk::services::WitnessJob::progress, this,
            [this](const QString &step, qint64 listed) {
                m_progress->setFormat(tr("%1: %Ln letter(s) listed", nullptr, int(listed)).arg(step));
            });
    connect(m_witnessJob.get(), &proofdesk::services::WitnessJob::finished, this,
            &RepositoriesDialog::onWitnessFinished);
    m_progress->setRange(0, 0); // the repository's size is known only at the end of its listing
    m_progress->setFormat(tr("Witnessing \"%1\"…").arg(name));
    showSyncRunning(true);
    showResult(true, tr("Reading \"%1\" whole, to compare it with what the desk saw…").arg(name));
    m_witnessJob->start();
    updateButtons();
}

void RepositoriesDialog::onWitnessFinished(bool ok, int found, const QString &message)
{
    m_witnessJob.reset();
    const QString selected = selectedName();
    showSyncRunning(false);
    m_model->reload();
    selectRepository(selected);
    // Something found is something to act on: shown as a problem, though the pass itself worked.
    showResult(ok && found == 0, message);
    updateButtons();
    if (found > 0)
        emit repositoriesChanged(); // the cache changed under the window
}
