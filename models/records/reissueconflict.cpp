#include "reissueconflict.h"

#include "audit/audittrail.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <optional>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::ReissueService", "proofdesk::records", text);
}

struct Decision
{
    QString by;
    qint64 at = 0;
};

// Who set `status` last, and when: the approval is on the row; a rejection, a
// cancellation or a submission only in the trail (the newest entry whose
// `after` names the status).
std::optional<Decision> whoSet(cache::Database &db, const ReissueRequest &r, const QString &status)
{
    if (status == QLatin1String("approved") && !r.approvedBy.isEmpty() && r.approvedAt)
        return Decision{r.approvedBy, *r.approvedAt};
    audit::AuditFilter filter;
    filter.objectType = QStringLiteral("reissue");
    filter.objectId = r.id;
    const QList<audit::AuditEntry> entries = audit::AuditTrail(db).entries(filter);
    for (auto e = entries.crbegin(); e != entries.crend(); ++e) {
        const QString after = QJsonDocument::fromJson(e->after).object().value(QLatin1String("status")).toString();
        if (e->outcome == QLatin1String("done") && after == status)
            return Decision{e->user, e->at};
    }
    return std::nullopt;
}

bool approvedOnce(const QString &status)
{
    return status == QLatin1String("approved") || status == QLatin1String("queued") || status == QLatin1String("sent")
           || status == QLatin1String("fulfilled");
}

QString movedOnText(const ReissueRequest &r, const Decision &d)
{
    const QString at = formatUtc(d.at);
    if (r.status == QLatin1String("rejected"))
        return tr("Reissue request %1 was already rejected by %2 at %3.").arg(r.id, d.by, at);
    if (r.status == QLatin1String("cancelled"))
        return tr("Reissue request %1 was already cancelled by %2 at %3.").arg(r.id, d.by, at);
    if (r.status == QLatin1String("pending_approval"))
        return tr("Reissue request %1 was already submitted by %2 at %3 and waits "
                  "for approval.")
            .arg(r.id, d.by, at);
    if (r.needsApproval)
        return tr("Reissue request %1 was already approved by %2 at %3 and is %4 "
                  "now.")
            .arg(r.id, d.by, at, r.status);
    return tr("Reissue request %1 needed no approval: %2 submitted it at %3 and "
              "it is %4 now.")
        .arg(r.id, d.by, at, r.status);
}

} // namespace

RecordsError reissueMovedOn(cache::Database &db, const ReissueRequest &found, const QString &attempted)
{
    if (found.status == QLatin1String("draft"))
        return RecordsError(RecordsError::Kind::Invalid, tr("Reissue request %1 is a draft: it has not been "
                                                            "submitted for approval.")
                                                             .arg(found.id));
    const auto decided = whoSet(db, found, approvedOnce(found.status) ? QStringLiteral("approved") : found.status);
    QString text = decided ? movedOnText(found, *decided) : tr("Reissue request %1 is %2.").arg(found.id, found.status);
    if (attempted == QLatin1String("reissue.cancel") && approvedOnce(found.status)
        && found.status != QLatin1String("approved"))
        text += QLatin1Char(' ')
                + tr("It has left for the repository and can no "
                     "longer be cancelled here.");
    // Well asked, but someone decided first: a conflict, as the team server answers it (exit 1).
    return RecordsError(RecordsError::Kind::Conflict, text);
}

} // namespace proofdesk::records
