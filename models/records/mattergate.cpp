#include "mattergate.h"

#include "matteraccess.h"
#include "matterregister.h"
#include "recordserror.h"
#include "session.h"
#include "util/timeutil.h"
#include "util/translation.h"

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::MatterGate", "proofdesk::records", text);
}

} // namespace

MatterGate::MatterGate(const RecordsSession &session)
    : m_session(session)
{}

MatterInfo MatterGate::visible(const QString &matterId, const QString &action) const
{
    MatterRegister matters(m_session.db());
    const auto matter = matters.find(matterId.trimmed());
    const bool member = matter && matters.isMember(matter->id, m_session.user());
    if (matter && m_session.role() && MatterAccess::maySee(*m_session.role(), member))
        return *matter;
    if (matter)
        m_session.recordRefusal(action, QStringLiteral("matter"), matter->id,
                                audit::AuditReason("matter.not_member", {m_session.user(), matter->id}));
    throw RecordsError(
        RecordsError::Kind::NotFound,
        tr("There is no matter %1 that you may see. `matter list` shows yours.").arg(matterId.trimmed()));
}

MatterInfo MatterGate::open(const QString &matterId, const QString &action) const
{
    const MatterInfo matter = visible(matterId, action);
    if (!matter.isOpen())
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("Matter %1 was closed by %2 at %3 and takes no more changes.")
                               .arg(matter.id, matter.closedBy, formatUtc(matter.closedAt.value_or(0))));
    return matter;
}

} // namespace proofdesk::records
