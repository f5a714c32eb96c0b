#include "remotedeskcheck.h"

#include "cache/cachefile.h"
#include "search/searchengine.h"
#include "sync/cachewriter.h"

#include <QTemporaryDir>
#include <stdexcept>

namespace proofdesk::services {

QSet<QString> RemoteDeskCheck::matching(const cache::RepositoryInfo &repository, const QString &query,
                                        const QList<domain::Communication> &records)
{
    QSet<QString> out;
    if (records.isEmpty())
        return out;
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        throw std::runtime_error(QStringLiteral("no temporary folder to check a repository's answer in: %1")
                                     .arg(scratch.errorString())
                                     .toStdString());
    cache::Database db = cache::CacheFile::openWriter(cache::CacheFile::databasePath(scratch.path()));
    // Thrown away after one question: nothing of it needs to reach the disk.
    db.exec("PRAGMA synchronous = OFF");
    cache::CacheFile::migrate(db);
    // Its name and kind, so that repo:NAME means here what it means in the data folder.
    const cache::RepositoryInfo repo =
        cache::RepositoryStore(db).add(repository.name, repository.kind, repository.url, {});
    sync::ChangePage page;
    page.communications = records;
    sync::CacheWriter(db).keepRecords(repo.id, page);
    const search::SearchResult result = search::SearchEngine(db).run(query, int(records.size()), 0);
    if (result.error)
        throw std::runtime_error(QStringLiteral("the desk's check \"%1\" does not parse: %2")
                                     .arg(query, result.error->message)
                                     .toStdString());
    for (const search::SearchHit &hit : result.hits)
        out.insert(hit.id);
    return out;
}

} // namespace proofdesk::services
