#include "localreissuerecords.h"

#include "localrecordsfolder.h"
#include "reissueservice.h"
#include "reissuestore.h"
#include "session.h"

namespace proofdesk::records {

LocalReissueRecords::LocalReissueRecords(const LocalRecordsFolder &folder)
    : m_folder(folder)
    , m_session(folder.session())
{}

ReissueRequest LocalReissueRecords::planReissue(const ReissueSpec &spec) const
{
    return ReissueService(m_session).draft(spec);
}

ReissueRequest LocalReissueRecords::requestReissue(const ReissueSpec &spec)
{
    m_folder.writable();
    return ReissueService(m_session).request(spec);
}

ReissueRequest LocalReissueRecords::approveReissue(const QString &requestId, const QString &note)
{
    m_folder.writable();
    return ReissueService(m_session).approve(requestId, note);
}

ReissueRequest LocalReissueRecords::rejectReissue(const QString &requestId, const QString &note)
{
    m_folder.writable();
    return ReissueService(m_session).reject(requestId, note);
}

ReissueRequest LocalReissueRecords::withdrawReissue(const QString &requestId, const QString &reason)
{
    m_folder.writable();
    return ReissueService(m_session).cancel(requestId, reason);
}

QList<ReissueRequest> LocalReissueRecords::list(const QString &status, const QString &communicationId) const
{
    return ReissueStore(m_session.db()).list(status, communicationId);
}

std::optional<ReissueRequest> LocalReissueRecords::findReissue(const QString &requestId) const
{
    return ReissueStore(m_session.db()).find(requestId);
}

} // namespace proofdesk::records
