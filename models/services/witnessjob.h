#pragma once

#include "records/identity.h"
#include "sync/http/httpoptions.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <optional>

class QThread;

namespace proofdesk::services {

// The desktop's witness pass of one repository (repositorywitness.h) on a worker thread, with
// its own writer connection: Settings › Repositories › Witness.
class WitnessJob : public QObject
{
    Q_OBJECT

public:
    WitnessJob(const QString &databasePath, const QString &dataDir, const QString &repository,
               QObject *parent = nullptr);
    ~WitnessJob() override;

    void setUseKeychain(bool use) { m_useKeychain = use; }
    void setHttpDefaults(const sync::HttpOptions &options) { m_http = options; }
    void setIdentity(const records::Identity &identity) { m_identity = identity; }
    // The letters whose bytes are asked again (RepositoryWitness::setSample): a few, so that a
    // pass from the window also notices bytes rewritten under their checksum.
    static constexpr int kDefaultSample = 25;
    void setSample(int letters) { m_sample = letters; }

    void start();
    // Stops before anything is concluded: nothing is recorded, nothing changed.
    void cancel() { m_cancel = true; }

signals:
    // What the pass is doing, and how many letters the repository listed so far.
    void progress(const QString &step, qint64 listed);
    // A translated summary; `found` letters changed or went without a record (each in the trail).
    void finished(bool ok, int found, const QString &message);

private:
    void run();

    QString m_databasePath;
    QString m_dataDir;
    QString m_repository;
    bool m_useKeychain;
    std::optional<sync::HttpOptions> m_http;
    records::Identity m_identity = records::Identity::fromOperatingSystem();
    int m_sample = kDefaultSample;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace proofdesk::services
