#pragma once

#include "matter.h"
#include "matterrecords.h"

namespace proofdesk::records {

class RecordsSession;

// The records rules of matters on a data folder's own records.sqlite: who may, what must be
// given, and each change as one compare-and-set with the entry that records it, inside one
// BEGIN IMMEDIATE transaction (MatterReplay reads the rows back from those entries). Reviews
// are MatterReview's, productions' numbers ProductionNumbers'.
class MatterService
{
public:
    explicit MatterService(const RecordsSession &session);

    MatterInfo open(const QString &title, const QString &reason, const QStringList &tags);
    AddedSearch addSearch(const QString &matterId, const QString &query);
    MatterSearch setWatch(const QString &matterId, int search, bool watch);
    void addMember(const QString &matterId, const QString &user, const QString &reason);
    MatterInfo close(const QString &matterId, const QString &reason);

    // The tags a matter is opened with: trimmed, none empty or twice (folded), at most 9 (one
    // key each); the default ones when none are given. Throws RecordsError(Invalid).
    static QStringList checkedTags(const QStringList &tags);

    // Holds made before matters existed named their matter in free text: each such text
    // becomes a matter of that title, opened by the system and linked to its holds, recorded
    // as carried over. Nothing to do costs one query. Returns how many matters were opened.
    int carryOverHoldMatters();

private:
    MatterInfo insertMatter(const QString &title, const QString &reason, const QStringList &tags, const QString &why,
                            const QStringList &holds);
    void insertHits(const QString &matterId, int seq, const QStringList &ids);
    qint64 growReviewSet(const QString &matterId, int seq);

    const RecordsSession &m_session;
};

} // namespace proofdesk::records
