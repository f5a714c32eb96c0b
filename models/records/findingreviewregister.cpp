#include "findingreviewregister.h"

#include "cache/sqlite.h"

namespace proofdesk::records {

FindingReviewRegister::FindingReviewRegister(cache::Database &db)
    : m_db(db)
{}

QList<FindingReview> FindingReviewRegister::list(const QString &communicationId) const
{
    const QString id = communicationId.trimmed();
    cache::Statement st =
        m_db.prepare(id.isEmpty() ? "SELECT kind, comm_id, reviewed_by, at, note FROM rec.finding_reviews ORDER BY seq"
                                  : "SELECT kind, comm_id, reviewed_by, at, note FROM rec.finding_reviews "
                                    "WHERE comm_id = ?1 ORDER BY seq");
    if (!id.isEmpty())
        st.bind(1, id);
    QList<FindingReview> reviews;
    while (st.step()) {
        FindingReview r;
        r.kind = st.columnText(0);
        r.communicationId = st.columnText(1);
        r.by = st.columnText(2);
        r.at = st.columnInt(3);
        r.note = st.columnText(4);
        reviews.append(r);
    }
    return reviews;
}

void FindingReviewRegister::add(const FindingReview &review) const
{
    // An explicit seq below the team's range: the team's copy keeps its own seqs apart.
    cache::Statement st =
        m_db.prepare("INSERT INTO rec.finding_reviews(seq, kind, comm_id, reviewed_by, at, note) "
                     "VALUES((SELECT coalesce(max(seq), 0) + 1 FROM rec.finding_reviews WHERE seq < ?1), "
                     "?2, ?3, ?4, ?5, ?6)");
    st.bind(1, kTeamSeqBase).bind(2, review.kind).bind(3, review.communicationId);
    st.bind(4, review.by).bind(5, review.at).bind(6, review.note);
    st.run();
}

} // namespace proofdesk::records
