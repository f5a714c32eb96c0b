#pragma once

#include <QByteArray>
#include <QList>

namespace proofdesk::sync {

// A set of ArchivesSpace record ids (integers), stored in a cursor as ranges
// ("1-500,502,504-900"): the ids of a repository are mostly dense, so 100,000 known ids
// take a few bytes per gap instead of a megabyte per page applied.
class IdRanges
{
public:
    static QList<qint64> decode(const QByteArray &text); // sorted, unique
    static QByteArray encode(QList<qint64> ids);         // sorts and dedupes first
};

} // namespace proofdesk::sync
