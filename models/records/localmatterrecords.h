#pragma once

#include "matterrecords.h"

namespace proofdesk::records {

class LocalRecordsFolder;
class RecordsSession;

// Matters on a data folder's own records.sqlite: changes through MatterService, MatterReview
// and ProductionNumbers; reads through MatterRegister, each showing only what MatterAccess
// lets this person see, with no entry and nothing changed.
class LocalMatterRecords : public MatterRecords
{
public:
    explicit LocalMatterRecords(const LocalRecordsFolder &folder);

    MatterInfo openMatter(const QString &title, const QString &reason, const QStringList &tags) override;
    AddedSearch addSearch(const QString &matterId, const QString &query) override;
    MatterSearch setWatch(const QString &matterId, int search, bool watch) override;
    void addMember(const QString &matterId, const QString &user, const QString &reason) override;
    MatterInfo closeMatter(const QString &matterId, const QString &reason) override;
    ReviewItem tag(const QString &matterId, const QString &commId, const QStringList &tags,
                   const std::optional<QString> &note, std::optional<int> expectedRevision = {}) override;

    QList<MatterInfo> list() const override;
    std::optional<MatterOverview> show(const QString &matterId) const override;
    QList<ReviewItem> review(const QString &matterId, const ReviewFilter &filter = {}) const override;
    QList<MatterNews> news(const QString &matterId = {}) const override;

    ProductionInfo startProduction(const QString &matterId, const ProductionRequest &request) override;
    ProductionInfo completeProduction(const QString &productionId, qint64 documents, qint64 exceptions,
                                      const QString &rootSha256) override;
    std::optional<ProductionInfo> findProduction(const QString &productionId) const override;
    QStringList productionSet(const QString &matterId, const QString &tag) const override;
    QList<audit::StateProblem> checkState(const QString &matterId) const override;

private:
    // The matter if this person may see it; otherwise RecordsError(NotFound), nothing recorded.
    MatterInfo seen(const QString &matterId) const;
    bool maySee(const MatterInfo &matter) const;

    const LocalRecordsFolder &m_folder;
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
