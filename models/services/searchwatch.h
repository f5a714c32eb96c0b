#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::services {

// A standing search of the person's own (a saved search marked "watch", issue #61): what its
// query found when the person last looked is kept in the data folder (one file a query, the
// ids folded for case, written whole or not at all), so that after each sync the letters it
// finds that were not there can be counted and listed. Personal, like the saved searches; a
// matter's watch (records::MatterService) is the shared, audited one.
class SearchWatch
{
public:
    explicit SearchWatch(QString dataDir);

    struct News
    {
        QStringList ids;    // found now and not seen, in the search's order (newest first)
        QString error;      // a query the cache cannot run, or a file that cannot be read
        bool first = false; // nothing was seen yet: what it finds now became the seen set
    };

    // What `query` finds in the cache now that was not seen. The first time, it finds no news:
    // it takes what it finds as seen (a watch begins now, not with the whole archive).
    News news(cache::Database &db, const QString &query) const;
    // Takes what `query` finds now as seen. Returns an empty string or what went wrong.
    QString markSeen(cache::Database &db, const QString &query) const;
    // Forgets what was seen (the watch was turned off).
    void forget(const QString &query) const;

    QString seenFile(const QString &query) const;

private:
    QString m_dataDir;
};

} // namespace proofdesk::services
