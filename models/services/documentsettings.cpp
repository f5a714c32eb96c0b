#include "documentsettings.h"

#include "audit/changetransaction.h"
#include "cache/cachefile.h"

#include <QJsonObject>

namespace proofdesk::services {

namespace {

QJsonObject limitJson(const cache::DocumentLimit &limit)
{
    return QJsonObject{{QLatin1String(cache::DocumentLimit::kKey), limit.bytes},
                       {QStringLiteral("default"), limit.isDefault}};
}

} // namespace

DocumentSettings::DocumentSettings(QString databasePath, QString dataDir)
    : m_databasePath(std::move(databasePath))
    , m_dataDir(std::move(dataDir))
{}

cache::DocumentCache::Usage DocumentSettings::usage() const
{
    cache::Database reader = cache::CacheFile::openReader(m_databasePath);
    return cache::DocumentCache::usage(reader, m_dataDir);
}

cache::DocumentLimit DocumentSettings::applyLimit(ActionContext &a, qint64 bytes)
{
    // The setting (cache.sqlite) and its entry (records.sqlite) committed as one.
    audit::ChangeTransaction tx(a.cache);
    const cache::DocumentLimit before = cache::DocumentLimit::read(a.cache, a.dataDir);
    const cache::DocumentLimit after{bytes, false};
    cache::DocumentLimit::write(a.cache, bytes);
    a.records.actor().record(QStringLiteral("settings.change"), QStringLiteral("setting"),
                             QLatin1String(cache::DocumentLimit::kKey), QString(), limitJson(before), limitJson(after));
    tx.commit();
    return after;
}

cache::DocumentLimit DocumentSettings::setLimit(const Actor &actor, qint64 bytes)
{
    cache::DocumentLimit after;
    ActionRunner runner(m_databasePath, m_dataDir);
    runner.setClaimUnclaimedFolder(true); // as adding the first repository does
    runner.run(actor, records::Action::ChangeSettings, [&](ActionContext &a) { after = applyLimit(a, bytes); });
    return after;
}

cache::DocumentCache::Eviction DocumentSettings::freeSpaceNow(const std::function<void(qint64, qint64)> &progress)
{
    cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
    const cache::ContentStore store(m_dataDir);
    cache::DocumentCache documents(writer, store);
    documents.reconcile();
    return documents.evict(cache::DocumentLimit::read(writer, m_dataDir).bytes, progress);
}

} // namespace proofdesk::services
