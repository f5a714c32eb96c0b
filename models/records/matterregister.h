#pragma once

#include "matter.h"

#include <optional>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

// Reads of the matters in records.sqlite (attached as `rec` to `db`): no check, no entry.
// Who may see what is MatterAccess's; LocalMatterRecords asks it first.
class MatterRegister
{
public:
    explicit MatterRegister(cache::Database &db);

    QList<MatterInfo> list() const;
    std::optional<MatterInfo> find(const QString &matterId) const;
    QList<MatterSearch> searches(const QString &matterId) const;
    std::optional<MatterSearch> search(const QString &matterId, int seq) const;
    QStringList members(const QString &matterId) const;
    bool isMember(const QString &matterId, const QString &user) const;
    // The holds placed for it (their `matter` names it), oldest first.
    QStringList holds(const QString &matterId) const;
    ReviewSummary summary(const QString &matterId) const;
    QList<ReviewItem> review(const QString &matterId, const ReviewFilter &filter = {}) const;
    std::optional<ReviewItem> item(const QString &matterId, const QString &commId) const;
    // The review set's ids in the order it grew.
    QStringList itemIds(const QString &matterId) const;
    QList<ProductionInfo> productions(const QString &matterId) const;
    std::optional<ProductionInfo> production(const QString &productionId) const;
    // The ids of a search's hits, in the order found.
    QStringList hits(const QString &matterId, int seq) const;

    MatterOverview overview(const MatterInfo &matter) const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::records
