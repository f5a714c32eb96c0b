#include "savedsearchwatcher.h"

#include "cache/cachefile.h"
#include "cache/sqlite.h"
#include "itemmodels/savedsearchesmodel.h"
#include "services/searchwatch.h"

#include <QtConcurrent/QtConcurrentRun>

using proofdesk::itemmodels::SavedSearchesModel;
using proofdesk::services::SearchWatch;

SavedSearchWatcher::SavedSearchWatcher(QString databasePath, QString dataDir, SavedSearchesModel *model,
                                       QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_dataDir(std::move(dataDir))
    , m_model(model)
{
    connect(&m_running, &QFutureWatcher<Counts>::finished, this, &SavedSearchWatcher::takeCounts);
}

SavedSearchWatcher::~SavedSearchWatcher() { m_running.waitForFinished(); }

void SavedSearchWatcher::recount()
{
    if (m_running.isRunning()) {
        m_again = true;
        return;
    }
    start();
}

void SavedSearchWatcher::markSeen(const QString &query)
{
    m_toMark << query;
    recount();
}

void SavedSearchWatcher::watchChanged(const QString &query, bool watched)
{
    if (watched) {
        markSeen(query);
        return;
    }
    if (!m_model->watchedQueries().contains(query)) // another saved search may watch the same query
        SearchWatch(m_dataDir).forget(query);
    m_news.remove(query);
}

void SavedSearchWatcher::start()
{
    const QStringList queries = m_model->watchedQueries();
    const QStringList toMark = std::exchange(m_toMark, {});
    m_again = false;
    m_running.setFuture(QtConcurrent::run([this, queries, toMark] { return countAll(queries, toMark); }));
}

SavedSearchWatcher::Counts SavedSearchWatcher::countAll(const QStringList &queries, const QStringList &toMark) const
{
    Counts counts;
    if (queries.isEmpty())
        return counts;
    try {
        proofdesk::cache::Database db = proofdesk::cache::CacheFile::openReader(m_databasePath);
        const SearchWatch watch(m_dataDir);
        for (const QString &query : toMark) {
            if (queries.contains(query)) {
                const QString error = watch.markSeen(db, query);
                if (!error.isEmpty())
                    counts.problems << error;
            }
        }
        for (const QString &query : queries) {
            SearchWatch::News news = watch.news(db, query);
            if (!news.error.isEmpty())
                counts.problems << news.error;
            counts.news.insert(query, news.ids);
        }
    } catch (const std::exception &e) {
        counts.problems << tr("The watched searches cannot be counted: %1").arg(QString::fromUtf8(e.what()));
    }
    return counts;
}

void SavedSearchWatcher::takeCounts()
{
    const Counts counts = m_running.result();
    m_news = counts.news;
    for (auto it = counts.news.cbegin(); it != counts.news.cend(); ++it)
        m_model->setNewCount(it.key(), it.value().size());
    for (const QString &message : counts.problems)
        emit problem(message);
    emit counted();
    if (m_again || !m_toMark.isEmpty())
        start();
}
