#include "documentfetchjob.h"

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "fetchondemand.h"
#include "sync/credentials/credentialstore.h"

#include <QMetaObject>

namespace proofdesk::services {

DocumentFetchJob::DocumentFetchJob(const QString &databasePath, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_useKeychain(sync::CredentialStore::defaultUseKeychain())
{
    // Two downloads side by side: one for what is shown now, one still bringing what was.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("fetch"));
}

DocumentFetchJob::~DocumentFetchJob()
{
    m_pool.clear();
    m_pool.waitForDone();
    // Results posted by the workers are dropped with this object's pending events.
}

bool DocumentFetchJob::fetch(const QString &communicationId)
{
    if (m_inFlight.contains(communicationId))
        return false;
    m_inFlight.insert(communicationId);
    emit started(communicationId);
    m_pool.start(
        [this, communicationId] {
            const Result result = run(communicationId);
            QMetaObject::invokeMethod(
                this, [this, communicationId, result] { done(communicationId, result); }, Qt::QueuedConnection);
        },
        ++m_requests);
    return true;
}

void DocumentFetchJob::done(const QString &communicationId, const Result &result)
{
    m_inFlight.remove(communicationId);
    emit finished(communicationId, result.fixity, result.contentSha256, result.message);
}

// Runs on a worker thread.
DocumentFetchJob::Result DocumentFetchJob::run(const QString &communicationId) const
{
    try {
        cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
        cache::ContentStore store(m_dataDir);
        const FetchOnDemandResult fetched =
            FetchOnDemand(m_dataDir, m_useKeychain, m_http).fetch(writer, store, communicationId);
        using Status = FetchOnDemandResult::Status;
        switch (fetched.status) {
        case Status::NotInCache:
            return {{}, {}, tr("There is no communication \"%1\" in the cache.").arg(communicationId)};
        case Status::ArrivesWithDrop:
            return {
                {},
                {},
                tr("%1 is a drop: its documents arrive with it and are not fetched.").arg(fetched.repository->name)};
        case Status::Unreachable:
            return {{},
                    {},
                    tr("The document could not be fetched from %1: %2").arg(fetched.repository->name, fetched.error)};
        case Status::Fetched:
            break;
        }
        return {domain::fixityName(fetched.outcome.fixity), fetched.outcome.contentSha256, fetched.outcome.problem};
    } catch (const std::exception &e) { // the cache could not be read or written
        return {{}, {}, tr("The document could not be fetched: %1").arg(QString::fromUtf8(e.what()))};
    }
}

} // namespace proofdesk::services
