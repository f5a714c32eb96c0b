#pragma once

#include "services/actionrunner.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace proofdesk::services {
class SyncJob;
}

// The one sync of the desktop client at a time: the main window's status bar, F5 and the
// repositories dialog's "Sync now" all go through it (services::SyncJob on its worker thread).
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(const QString &databasePath, const QString &dataDir, QObject *parent = nullptr);
    ~SyncController() override;

    QString databasePath() const { return m_databasePath; }
    QString dataDir() const { return m_dataDir; }
    // Tests: secrets in session memory only.
    void setUseKeychain(bool use) { m_useKeychain = use; }
    bool useKeychain() const { return m_useKeychain; }
    // Who configures repositories (the window's identity in its active role); default: the
    // operating-system user in the first granted role that may.
    void setActor(std::function<proofdesk::services::Actor()> actor) { m_actor = std::move(actor); }
    proofdesk::services::Actor actor() const;

    // Returns false (and does nothing) while a sync runs. Empty name: every repository.
    bool syncNow(const QString &repository = {});
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

signals:
    void started(const QString &repository);
    void repositoryStarted(const QString &name, int index, int count);
    void waitingForTurn(const QString &name);
    void progress(qint64 records, qint64 bytes, qint64 pages, qint64 bytesTotal);
    void finished(bool ok, const QString &message);

private:
    void onFinished(bool ok, const QString &message);

    QString m_databasePath;
    QString m_dataDir;
    bool m_useKeychain;
    std::function<proofdesk::services::Actor()> m_actor;
    std::unique_ptr<proofdesk::services::SyncJob> m_job;
};
