#pragma once

#include "audit/auditverifier.h"
#include "matter.h"

#include <optional>

namespace proofdesk::records {

// What a search added to a matter (spec/cli.md `matter add-search`).
struct AddedSearch
{
    QString matter;
    MatterSearch search;
};

// What a production asks for when it starts: its folder, its number prefix, the one tag its
// letters must carry (when given), how many letters it takes (the numbers it reserves), and
// the key its journal keeps (a start asked again with it, after a kill, is the same production).
struct ProductionRequest
{
    QString path;
    QString prefix;
    QString tag;
    qint64 letters = 0;
    QString key;
};

// Matters (DESIGN.md "Matters and productions"), whichever store keeps them: records.sqlite
// (LocalMatterRecords) or the team database (team::TeamMatterRecords). Opening, searching,
// watching, adding members, producing and closing need the compliance role; tagging is open
// to compliance and records, and to an agent added to the matter; an agent sees nothing of a
// matter they were not added to (MatterAccess). Every change is one compare-and-set with its
// audit entry (a review made meanwhile by someone else is refused, naming them). Refusals and
// bad input throw RecordsError.
class MatterRecords
{
public:
    virtual ~MatterRecords() = default;

    virtual MatterInfo openMatter(const QString &title, const QString &reason, const QStringList &tags) = 0;
    // Runs `query` on this desk's cache now and freezes the ids it finds into the review set.
    virtual AddedSearch addSearch(const QString &matterId, const QString &query) = 0;
    virtual MatterSearch setWatch(const QString &matterId, int search, bool watch) = 0;
    virtual void addMember(const QString &matterId, const QString &user, const QString &reason) = 0;
    virtual MatterInfo closeMatter(const QString &matterId, const QString &reason) = 0;

    // Sets a letter's tags (each one of the matter's) and, when given, its note. With
    // `expectedRevision`, refused if the letter's review changed since that revision was read.
    virtual ReviewItem tag(const QString &matterId, const QString &commId, const QStringList &tags,
                           const std::optional<QString> &note, std::optional<int> expectedRevision = {}) = 0;

    // Reads: no entry, nothing changed.
    virtual QList<MatterInfo> list() const = 0;
    virtual std::optional<MatterOverview> show(const QString &matterId) const = 0;
    virtual QList<ReviewItem> review(const QString &matterId, const ReviewFilter &filter = {}) const = 0;
    // What each watched search of the matter (every open matter's when empty) finds now that
    // its review set does not hold.
    virtual QList<MatterNews> news(const QString &matterId = {}) const = 0;

    // A production's records: numbers reserved when it starts (never used twice in the
    // matter), its root hash recorded when it is complete ("production.create").
    virtual ProductionInfo startProduction(const QString &matterId, const ProductionRequest &request) = 0;
    virtual ProductionInfo completeProduction(const QString &productionId, qint64 documents, qint64 exceptions,
                                              const QString &rootSha256) = 0;
    virtual std::optional<ProductionInfo> findProduction(const QString &productionId) const = 0;
    // The letters a production of the matter takes (all, or those tagged `tag`), in production
    // order: issue date, then id; letters no longer in the cache last.
    virtual QStringList productionSet(const QString &matterId, const QString &tag) const = 0;
    // The matter's rows against the trail's entries that made them (MatterReplay), where the
    // state decides (before a production): each row no entry explains. Empty on a team, whose
    // server keeps the rows and is their only writer.
    virtual QList<audit::StateProblem> checkState(const QString &matterId) const = 0;
};

} // namespace proofdesk::records
