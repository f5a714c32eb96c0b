#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <stdexcept>

namespace proofdesk::sync::cmis {

// Lists every object of a type that exists from the listing's start to its end, whatever is
// added, changed or deleted meanwhile, with nothing but what CMIS 1.1 guarantees: a query
// ORDER BY a property the type definition declares `orderable`, paged by skipCount and
// maxItems, and a DateTime compared with >= (Id properties compare only with =, <> and IN,
// and cmis:objectId need not be orderable: no keyset on it).
//
// The sort key is cmis:creationDate (or cmis:lastModificationDate): an object keeps its
// creation date, and a modification only moves an object forward, never back past the
// listing. Each page asks `WHERE key >= TIMESTAMP 'T' ORDER BY key`, T the latest date
// listed so far: everything before T has been listed, so deletions behind the listing shift
// nothing it still has to read, and additions land after it. Objects sharing the date T are
// asked again from the start of T (the repository's order among equal dates is its own);
// when more of them share T than a page overlaps, the listing pages through them by
// skipCount and checks that each page begins with the last objects it listed (its anchors),
// so that a deletion among them is noticed and that stretch read again from its start.
//
// What a repository does instead of the grammar is noticed, not trusted: a repository that
// ignores the WHERE (a date before T comes back) or the ORDER BY (dates out of order) is
// then listed from the start by skipCount alone, each page checked against its anchors.
// Without an orderable date the listing pages so from the start.
//
// An object listed twice is given once (take() returns only objects not listed before).
class ObjectListing
{
public:
    struct Query
    {
        QString select;     // "cmis:objectId", "*": the sort key is added where needed
        QString type;       // the FROM type
        QString conditions; // the repository's own conditions (a configured query's WHERE), or empty
        QString sortKey;    // an orderable DateTime property, or empty: none
        int pageSize = 1000;
    };
    class Error : public std::runtime_error
    {
    public:
        explicit Error(const QString &what)
            : std::runtime_error(what.toStdString())
        {}
    };

    explicit ObjectListing(Query query);

    // What to ask next: the statement, its skipCount and maxItems.
    QString statement() const;
    qint64 skip() const { return m_consumed - m_anchors.size(); }
    int maxItems() const { return m_query.pageSize; }
    bool done() const { return m_done; }

    // One answer to statement()/skip(): its results (flat properties) and hasMoreItems. The
    // objects listed for the first time, in the answer's order. Throws Error when the
    // listing cannot go on from it (a page that claims more and brings nothing; an order
    // that keeps changing under it): nothing may be concluded from an incomplete listing.
    QList<QJsonObject> take(const QList<QJsonObject> &results, bool more);

    qsizetype listed() const { return m_seen.size(); }
    int restarts() const { return m_restarts; }
    // Whether the repository honoured the date bound and the order (false once it did not).
    bool keyset() const { return m_useBound && m_sorted; }

    // A CMIS 1.1 DateTime literal: TIMESTAMP 'YYYY-MM-DDThh:mm:ss.sssZ'.
    static QString timestamp(qint64 ms);
    // The WHERE conditions of a statement ("" without), and the type it reads.
    static QString conditionsOf(const QString &statement);

private:
    void restart(const QString &why);
    // False (after restarting) when the answer shows the repository ignored the date bound or
    // the order: from then on the listing asks without them.
    bool inOrder(const QList<QJsonObject> &results);
    int anchorLimit() const;
    // Where the page continues the listing: the index after its last anchor; -1 when the
    // anchors are not found in order (restart).
    qsizetype continuation(const QList<QJsonObject> &results) const;

    Query m_query;
    std::optional<qint64> m_bound; // listing objects with sortKey >= m_bound
    bool m_useBound = true;
    bool m_sorted = true;
    qint64 m_consumed = 0; // positions of the current sequence (sortKey >= m_bound) read
    QStringList m_anchors; // the ids at its last positions read
    std::optional<qint64> m_lastDate;
    qint64 m_tie = 0; // positions read at the end with m_lastDate
    QSet<QString> m_seen;
    bool m_done = false;
    int m_restarts = 0;
};

} // namespace proofdesk::sync::cmis
