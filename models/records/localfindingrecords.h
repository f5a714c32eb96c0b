#pragma once

#include "findingrecords.h"

namespace proofdesk::records {

class LocalRecordsFolder;
class RecordsSession;

// Finding reviews and exception cases on this data folder's records.sqlite, each with its audit entry in one
// transaction.
class LocalFindingRecords : public FindingRecords
{
public:
    explicit LocalFindingRecords(const LocalRecordsFolder &folder);

    FindingReview reviewFinding(const QString &kind, const QString &communicationId, const QString &note) override;
    QList<FindingReview> findingReviews(const QString &communicationId = {}) const override;
    ExceptionCase openExceptionCase(const QString &finding, const QString &communicationId,
                                    const QString &reason) override;
    QList<ExceptionCase> exceptionCases(const QString &communicationId = {}) const override;

private:
    const LocalRecordsFolder &m_folder;
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
