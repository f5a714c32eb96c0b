#pragma once

#include "querynode.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace proofdesk::search {

// One row of a result page: the columns a results list shows, and the rowid to fetch the
// rest with.
struct SearchHit
{
    qint64 rowid = 0;
    QString id;
    qint64 issuedAt = 0; // ms since the epoch, UTC
    QString type;
    QString channel;
    QString customerId;
    QString recipientName;
    QString status;
    QString fixity;
    QString origin;
    QString businessUnit;
    QString templateId;
    QString templateVersion;
};

// One page of results in the order asked (by default newest first: issued_at descending,
// then id in byte order; see SearchOrder), and the exact number of matches. A malformed
// query has `error` set, total 0 and no hits. The page SearchEngine::run() hands over before
// counting has `total` kCounting unless the total was known by then.
struct SearchResult
{
    static constexpr qint64 kCounting = -1;
    bool counted() const { return total >= 0; }

    qint64 total = 0;
    QList<SearchHit> hits;
    std::optional<QueryError> error;
    // What was found wrong in the cache's stored rows (cache/rowbits.h), when they were: the
    // answer was read again without them (it is exact), and they were dropped for the next sync
    // to build again. For the person to be told; empty otherwise.
    QString damagedStoredRows;
};

// Every match in result order (for the results view and bulk actions such as holds).
struct RowIdsResult
{
    QList<qint64> rowIds;
    std::optional<QueryError> error;
    QString damagedStoredRows; // as SearchResult's
};

} // namespace proofdesk::search

Q_DECLARE_METATYPE(proofdesk::search::SearchHit)
Q_DECLARE_METATYPE(proofdesk::search::SearchResult)
Q_DECLARE_METATYPE(proofdesk::search::RowIdsResult)
