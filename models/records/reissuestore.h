#pragma once

#include "cache/sqlite.h"
#include "reissue.h"

#include <QList>

namespace proofdesk::records {

// Reads reissue requests from records.sqlite (the queue view and `reissue list`).
class ReissueStore
{
public:
    explicit ReissueStore(cache::Database &db);

    std::optional<ReissueRequest> find(const QString &id) const;
    // Newest first; an empty status lists all, else only that status.
    QList<ReissueRequest> list(const QString &status = {}, const QString &communicationId = {}) const;

private:
    QList<ReissueRequest> query(const QString &status, const QString &communicationId, const QString &id) const;
    cache::Database &m_db;
};

} // namespace proofdesk::records
