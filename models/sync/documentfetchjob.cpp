#include "documentfetchjob.h"

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "cache/documentcache.h"
#include "connectorfactory.h"
#include "credentials/credentialstore.h"
#include "documentfetch.h"

#include <QMetaObject>

namespace proofdesk::sync {

DocumentFetchJob::DocumentFetchJob(const QString &databasePath, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_useKeychain(CredentialStore::defaultUseKeychain())
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
            QMetaObject::invokeMethod(this, [this, communicationId, result] { done(communicationId, result); },
                                      Qt::QueuedConnection);
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
    QString repository;
    try {
        cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
        const auto repo = DocumentFetch::repositoryOf(writer, communicationId);
        if (!repo)
            return {{}, {}, tr("There is no communication \"%1\" in the cache.").arg(communicationId)};
        repository = repo->name;
        if (!DocumentFetch::fetchesOnDemand(repo->kind))
            return {{}, {}, tr("%1 is a drop: its documents arrive with it and are not fetched.").arg(repo->name)};
        cache::ContentStore store(m_dataDir);
        auto environment = ConnectorEnvironment::forDataFolder(m_dataDir, m_useKeychain, m_http);
        auto connector = createConnector(*repo, store, std::move(environment));
        const auto outcome = DocumentFetch(writer, repo->id, *connector).fetch(communicationId);
        if (outcome.fixity == domain::Fixity::Verified)
            cache::DocumentCache(writer, store).afterFetch(outcome.contentSha256, m_dataDir);
        return {domain::fixityName(outcome.fixity), outcome.contentSha256, outcome.problem};
    } catch (const std::exception &e) {
        const QString error = QString::fromUtf8(e.what());
        if (repository.isEmpty())
            return {{}, {}, tr("The document could not be fetched: %1").arg(error)};
        return {{}, {}, tr("The document could not be fetched from %1: %2").arg(repository, error)};
    }
}

} // namespace proofdesk::sync
