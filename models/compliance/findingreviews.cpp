#include "findingreviews.h"

#include "records/recordserror.h"
#include "records/session.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace proofdesk::compliance {

FindingReview markReviewed(const records::RecordsSession &session, FindingKind kind,
                           const QString &commId, const QString &note)
{
    session.require(records::Action::RunFindings, QStringLiteral("communication"), commId);
    if (note.trimmed().isEmpty())
        throw records::RecordsError(records::RecordsError::Kind::Invalid,
                                    QCoreApplication::translate("proofdesk::compliance",
                                                                "A review needs a note saying what was checked or done."));
    FindingReview review{session.user(), session.now(), note.trimmed()};
    cache::Transaction tx(session.db());
    cache::Statement st = session.db().prepare(
        "INSERT INTO rec.finding_reviews(kind, comm_id, reviewed_by, at, note) VALUES(?1, ?2, ?3, ?4, ?5)");
    st.bind(1, kindName(kind)).bind(2, commId).bind(3, review.by).bind(4, review.at).bind(5, review.note);
    st.run();
    session.record(QStringLiteral("finding.review"), QStringLiteral("communication"), commId, review.note,
                   QJsonValue(), QJsonObject{{QStringLiteral("kind"), kindName(kind)}});
    tx.commit();
    return review;
}

} // namespace proofdesk::compliance
