#pragma once

#include "records/matterrecords.h"

#include <QJsonValue>
#include <QVariantList>

namespace proofdesk::team {

class TeamActor;

// Matters on the team database: every change is a function of the server's (its role, its
// access rule and its compare-and-set there, its entry in the team's trail), every read a
// function that shows only what this person may see (teamschema_v6.sql). A search runs on
// this desk's cache and its ids go to the server, which freezes them and hashes them itself.
// Offline, a review waits in the folder like any team action; the rest needs the server.
class TeamMatterRecords : public records::MatterRecords
{
public:
    explicit TeamMatterRecords(TeamActor &actor);

    records::MatterInfo openMatter(const QString &title, const QString &reason, const QStringList &tags) override;
    records::AddedSearch addSearch(const QString &matterId, const QString &query) override;
    records::MatterSearch setWatch(const QString &matterId, int search, bool watch) override;
    void addMember(const QString &matterId, const QString &user, const QString &reason) override;
    records::MatterInfo closeMatter(const QString &matterId, const QString &reason) override;
    records::ReviewItem tag(const QString &matterId, const QString &commId, const QStringList &tags,
                            const std::optional<QString> &note, std::optional<int> expectedRevision = {}) override;

    QList<records::MatterInfo> list() const override;
    std::optional<records::MatterOverview> show(const QString &matterId) const override;
    QList<records::ReviewItem> review(const QString &matterId, const records::ReviewFilter &filter = {}) const override;
    QList<records::MatterNews> news(const QString &matterId = {}) const override;

    records::ProductionInfo startProduction(const QString &matterId,
                                            const records::ProductionRequest &request) override;
    records::ProductionInfo completeProduction(const QString &productionId, qint64 documents, qint64 exceptions,
                                               const QString &rootSha256) override;
    std::optional<records::ProductionInfo> findProduction(const QString &productionId) const override;
    QStringList productionSet(const QString &matterId, const QString &tag) const override;
    QList<audit::StateProblem> checkState(const QString &) const override { return {}; }

private:
    // A read on the server; offline, RecordsError saying it needs the team.
    QJsonValue read(const QString &what, const QString &sql, const QVariantList &params) const;
    // A change on the server with its key; offline, RecordsError saying it needs the team.
    QJsonValue change(const QString &action, const QString &matterId, const QString &sql, const QVariantList &params);

    TeamActor &m_actor;
};

} // namespace proofdesk::team
