#pragma once

#include "records/identity.h"
#include "sync/http/httpoptions.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

class QThread;

namespace proofdesk::services {

struct SyncRun;

// Syncs one repository or all of them on a worker thread with its own writer connection,
// for the desktop client ("Sync now"), through SyncService: the records upkeep (fulfilled
// reissues, purges, the outbox) follows every sync as in `proofdesk-cli sync`. Mirrors
// ImportJob: signals arrive on the thread that created the job; nothing throws out.
class SyncJob : public QObject
{
    Q_OBJECT

public:
    // `repositories` empty: every configured repository, in name order.
    SyncJob(const QString &databasePath, const QString &dataDir, const QStringList &repositories = {},
            QObject *parent = nullptr);
    ~SyncJob() override;

    // Tests: no OS keychain, short HTTP patience.
    void setUseKeychain(bool use) { m_useKeychain = use; }
    void setHttpDefaults(const sync::HttpOptions &options) { m_http = options; }
    // Who the upkeep's automatic steps are recorded for (default: the operating-system user).
    void setIdentity(const records::Identity &identity) { m_identity = identity; }

    void start();
    // Stops after the page being written; what was synced before is kept.
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    bool isCancelled() const { return m_cancel.load(); }

signals:
    // A repository's sync begins: `index` of `count` (0-based).
    void repositoryStarted(const QString &name, int index, int count);
    // The repository's sync waits for another sync of it (another process) to finish first.
    void waitingForTurn(const QString &name);
    // Totals of the repository being synced; bytesTotal 0 when it cannot tell.
    void progress(qint64 records, qint64 bytes, qint64 pages, qint64 bytesTotal);
    // message is a translated sentence naming each repository that failed.
    void finished(bool ok, const QString &message);
    // The records upkeep after the sync: reissues fulfilled, communications purged again,
    // outbox items sent. Emitted before finished(), also when nothing changed.
    void upkeepDone(int fulfilledReissues, qint64 purged, int outboxSent);

private:
    void run();
    static QString syncedText(const SyncRun &run);

    QString m_databasePath;
    QString m_dataDir;
    QStringList m_names;
    bool m_useKeychain;
    std::optional<sync::HttpOptions> m_http;
    records::Identity m_identity = records::Identity::fromOperatingSystem();
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace proofdesk::services
