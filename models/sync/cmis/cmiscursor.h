#pragma once

#include <QByteArray>
#include <QString>

namespace proofdesk::sync {

// Where a CMIS sync stands, stored with each applied page.
// Crawl: a query paged by skipCount, started after noting the change log's latest token, so
// that nothing changed during the crawl is missed. Changes: the next token plus the key
// of the last event applied, which the next page must repeat (the CMIS overlap rule).
struct CmisCursor
{
    enum class Phase { Start, Crawl, Changes, CrawlDone };
    Phase phase = Phase::Start;
    qint64 skip = 0;
    QString token;       // the change log token to continue from (crawl: noted at its start)
    QString lastEvent;   // key of the last change event applied
    bool resync = false; // a re-crawl after a refused token or truncated log: find deletions at its end
    bool fresh = false;  // the token was noted at the start of the crawl just finished
    QByteArray mapping;  // fingerprint of the property mapping the cache was filled with

    static CmisCursor fromJson(const QByteArray &json);
    QByteArray toJson() const;
};

} // namespace proofdesk::sync
