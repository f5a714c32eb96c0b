#include "teammirror.h"

#include "cache/sqlite.h"
#include "pgconnection.h"
#include "records/findingreviewregister.h"
#include "repositoryidentity.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace proofdesk::team {

namespace {

// One row of a PostgreSQL result into a SQLite statement's parameters 1…n: NULL stays NULL,
// the columns listed in `integers` are bound as numbers, the rest as text.
void bindRow(cache::Statement &st, const PgResult &r, int row, const QList<int> &integers)
{
    for (int c = 0; c < r.columns(); ++c) {
        if (!integers.contains(c))
            st.bind(c + 1, r.text(row, c));
        else if (r.isNull(row, c))
            st.bindNull(c + 1);
        else
            st.bind(c + 1, r.integer(row, c));
    }
}

// Binds and runs `st` once per row of `r`.
void insertRows(cache::Statement &st, const PgResult &r, const QList<int> &integers, const QList<int> &onlyRows = {})
{
    for (int row = 0; row < r.rows(); ++row) {
        if (!onlyRows.isEmpty() && !onlyRows.contains(row))
            continue;
        bindRow(st, r, row, integers);
        st.run();
        st.reset();
    }
}

// The order of the steps after approval; the engine's end (rejected, cancelled) comes after
// "sent" only.
int stepRank(const QString &status, const QString &serverStatus)
{
    static const QStringList order = {QStringLiteral("approved"), QStringLiteral("queued"), QStringLiteral("sent"),
                                      QStringLiteral("fulfilled")};
    if (status == QLatin1String("rejected") || status == QLatin1String("cancelled"))
        return serverStatus == QLatin1String("sent") ? 3 : -1;
    return int(order.indexOf(status));
}

// A request's state on this desk, as this desk's own steps left it.
struct LocalStep
{
    QString status, decisionNote, fulfilledBy;
    std::optional<qint64> fulfilledAt;

    // Whether this desk took a step after approval that the team's state `server` lacks.
    bool isAheadOf(const QString &server) const
    {
        const int serverRank = stepRank(server, server);
        return serverRank >= 0 && server != QLatin1String("fulfilled") && stepRank(status, server) > serverRank;
    }
};

QHash<QString, LocalStep> stepsAhead(cache::Database &db)
{
    QHash<QString, LocalStep> steps;
    cache::Statement st = db.prepare("SELECT id, status, decision_note, fulfilled_comm_id, fulfilled_at "
                                     "FROM rec.reissue_requests WHERE status IN ('queued', 'sent', 'fulfilled', "
                                     "'rejected', 'cancelled')");
    while (st.step())
        steps.insert(st.columnText(0), {st.columnText(1), st.columnText(2), st.columnText(3),
                                        st.isNull(4) ? std::nullopt : std::optional<qint64>(st.columnInt(4))});
    return steps;
}

} // namespace

TeamMirror::TeamMirror(PgConnection &server, cache::Database &writer)
    : m_server(server)
    , m_writer(writer)
{}

int TeamMirror::refreshHolds()
{
    QHash<QString, QString> local; // id -> "revision/released_at"
    cache::Statement mine = m_writer.prepare("SELECT id, revision || '/' || coalesce(released_at, '') FROM rec.holds");
    while (mine.step())
        local.insert(mine.columnText(0).toLower(), mine.columnText(1));
    const PgResult holds = m_server.exec(QStringLiteral(
        "SELECT id, name, matter, reason, scope_field, scope_value, scope_query, created_by, created_at, "
        "released_at, released_by, release_reason, revision FROM proofdesk.holds"));
    QStringList changed;
    QList<int> changedRows;
    for (int row = 0; row < holds.rows(); ++row) {
        const QString key = holds.text(row, 0).toLower();
        const QString state = holds.text(row, 12) + QLatin1Char('/') + holds.text(row, 9);
        if (local.take(key) != state) {
            changed << holds.text(row, 0);
            changedRows << row;
        }
    }
    // Holds only this folder has (recorded before it joined the team and not carried over)
    // stay: the server never deletes a hold, so nothing else is missing from it.
    if (changed.isEmpty())
        return 0;
    const PgResult items = m_server.exec(
        QStringLiteral(
            "SELECT hold_id, comm_id, added_at, added_by, added_reason, removed_at, removed_by, removed_reason "
            "FROM proofdesk.hold_items WHERE hold_id = ANY ($1::text[])"),
        {changed});

    cache::Transaction tx(m_writer);
    cache::Statement dropItems = m_writer.prepare("DELETE FROM rec.hold_items WHERE hold_id = ?1");
    cache::Statement dropHold = m_writer.prepare("DELETE FROM rec.holds WHERE id = ?1");
    for (const QString &id : changed) {
        dropItems.bind(1, id).run();
        dropItems.reset();
        dropHold.bind(1, id).run();
        dropHold.reset();
    }
    cache::Statement insertHold = m_writer.prepare(
        "INSERT INTO rec.holds(id, name, matter, reason, scope_field, scope_value, scope_query, created_by, "
        "created_at, released_at, released_by, release_reason, revision) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    insertRows(insertHold, holds, {8, 9, 12}, changedRows);
    cache::Statement insertItem = m_writer.prepare(
        "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by, added_reason, removed_at, removed_by, "
        "removed_reason) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insertRows(insertItem, items, {2, 5});
    tx.commit();
    return int(changed.size());
}

int TeamMirror::refreshReissues()
{
    // Which requests changed is found by comparing each request's server time with the copy's,
    // never by a watermark from this desk's own rows: those may carry this desk's clock (a
    // "sent" stamped here), and a clock running fast would hide other people's approvals.
    QHash<QString, qint64> copied;
    cache::Statement local = m_writer.prepare("SELECT id, updated_at FROM rec.reissue_requests");
    while (local.step())
        copied.insert(local.columnText(0), local.columnInt(1));
    const PgResult versions = m_server.exec(QStringLiteral("SELECT id, updated_at FROM proofdesk.reissue_requests"));
    QStringList changed;
    for (int row = 0; row < versions.rows(); ++row) {
        const auto it = copied.constFind(versions.text(row, 0));
        if (it == copied.constEnd() || it.value() != versions.integer(row, 1))
            changed << versions.text(row, 0);
    }
    if (changed.isEmpty())
        return 0;
    const PgResult rows = m_server.exec(
        QStringLiteral(
            "SELECT id, comm_id, repository, mode, reason, channel, destination, original_channel, "
            "original_destination, "
            "needs_approval::int, status, requested_by, requested_at, approved_by, approved_at, decision_note, "
            "fulfilled_comm_id, fulfilled_at, updated_at FROM proofdesk.reissue_requests WHERE id = ANY ($1)"),
        {changed});
    const QHash<QString, LocalStep> ahead = stepsAhead(m_writer);
    const LocalRepositories repositories(m_writer);
    cache::Transaction tx(m_writer);
    cache::Statement upsert = m_writer.prepare(
        "INSERT OR REPLACE INTO rec.reissue_requests(id, comm_id, repo_id, mode, reason, channel, destination, "
        "original_channel, original_destination, needs_approval, status, requested_by, requested_at, approved_by, "
        "approved_at, decision_note, fulfilled_comm_id, fulfilled_at, updated_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    for (int row = 0; row < rows.rows(); ++row) {
        bindRow(upsert, rows, row, {9, 12, 14, 17, 18});
        // The team names the repository; this desk's own number for it is the copy's.
        const auto repo = repositories.forRequest(rows.text(row, 2), rows.text(row, 1));
        if (repo)
            upsert.bind(3, *repo);
        else
            upsert.bindNull(3);
        // A step this desk took that the team has not heard of yet stays this desk's until
        // pushReissueProgress gets it there (issue #39 item 3): the copy never goes back.
        const auto step = ahead.constFind(rows.text(row, 0));
        if (step != ahead.constEnd() && step->isAheadOf(rows.text(row, 10))) {
            upsert.bind(11, step->status);
            upsert.bind(16, step->decisionNote);
            upsert.bind(17, step->fulfilledBy);
            step->fulfilledAt ? upsert.bind(18, *step->fulfilledAt) : upsert.bindNull(18);
        }
        upsert.run();
        upsert.reset();
    }
    tx.commit();
    return rows.rows();
}

int TeamMirror::refreshFindingReviews()
{
    using records::FindingReviewRegister;
    cache::Statement copied = m_writer.prepare("SELECT coalesce(max(at), 0) FROM rec.finding_reviews WHERE seq > ?1");
    copied.bind(1, FindingReviewRegister::kTeamSeqBase);
    const qint64 newest = copied.step() ? copied.columnInt(0) : 0;
    const PgResult rows = m_server.exec(QStringLiteral("SELECT seq + $2::bigint, kind, comm_id, reviewed_by, at, note "
                                                       "FROM proofdesk.finding_reviews WHERE at >= $1"),
                                        {newest - 60000, FindingReviewRegister::kTeamSeqBase});
    if (rows.rows() == 0)
        return 0;
    cache::Transaction tx(m_writer);
    cache::Statement upsert =
        m_writer.prepare("INSERT OR REPLACE INTO rec.finding_reviews(seq, kind, comm_id, reviewed_by, at, note) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    insertRows(upsert, rows, {0, 4});
    tx.commit();
    return rows.rows();
}

int TeamMirror::pushReissueProgress(const QString &device)
{
    QStringList ids;
    QHash<QString, std::pair<QString, QString>> local; // id -> (status, fulfilled comm id or the engine's reason)
    // Sent on, fulfilled, or ended by the workflow engine on this desk (ReissueService::
    // endByEngine: the only way a sent request turns rejected or cancelled here).
    cache::Statement st =
        m_writer.prepare("SELECT id, status, CASE WHEN status IN ('rejected', 'cancelled') THEN decision_note ELSE "
                         "fulfilled_comm_id END "
                         "FROM rec.reissue_requests WHERE status IN ('sent', 'fulfilled', 'rejected', 'cancelled')");
    while (st.step()) {
        ids << st.columnText(0);
        local.insert(st.columnText(0), {st.columnText(1), st.columnText(2)});
    }
    if (ids.isEmpty())
        return 0;
    const PgResult behind =
        m_server.exec(QStringLiteral("SELECT id, status FROM proofdesk.reissue_requests WHERE id = ANY ($1::text[]) "
                                     "AND status IN ('approved', 'queued', 'sent')"),
                      {ids});
    int pushed = 0;
    for (int row = 0; row < behind.rows(); ++row) {
        const QString id = behind.text(row, 0);
        const auto &[status, detail] = local.value(id);
        if (status == behind.text(row, 1))
            continue;
        try {
            if (status == QLatin1String("rejected") || status == QLatin1String("cancelled")) {
                if (behind.text(row, 1) != QLatin1String("sent"))
                    continue; // a person's decision the refresh brings back, not the engine's
                m_server.exec(QStringLiteral("SELECT proofdesk.end_reissue_by_engine($1, $2, $3, $4, $5, $6::jsonb)"),
                              {QStringLiteral("engine:%1:%2").arg(id, status), device, id, status,
                               detail.isEmpty() ? QVariant() : QVariant(detail), engineCase(id)});
            } else {
                m_server.exec(QStringLiteral("SELECT proofdesk.advance_reissue($1, $2, $3, $4, $5)"),
                              {QStringLiteral("progress:%1:%2").arg(id, status), device, id, status,
                               detail.isEmpty() ? QVariant() : QVariant(detail)});
            }
            ++pushed;
        } catch (const TeamError &e) {
            // Busy (another session holds the request): this desk's copy keeps the step
            // (refreshReissues never takes it back) and the next refresh pushes it again.
            // Another desktop took the same step first (a conflict), or this login may not (a
            // records manager): the server's state stands and the refresh brings it back.
            if (!e.isBusy() && (e.kind() == TeamError::Kind::Unreachable || e.kind() == TeamError::Kind::Failed))
                throw;
        }
    }
    return pushed;
}

QString TeamMirror::engineCase(const QString &requestId) const
{
    // What this desk's trail noted of the engine's case (instance, end time, state).
    cache::Statement st =
        m_writer.prepare("SELECT after FROM rec.audit_entries WHERE action = 'reissue.engine_outcome' "
                         "AND object_id = ?1 ORDER BY seq DESC LIMIT 1");
    st.bind(1, requestId);
    return st.step() && !st.isNull(0) ? st.columnText(0) : QStringLiteral("{}");
}

void TeamMirror::refreshAll(const QString &device)
{
    pushReissueProgress(device);
    refreshHolds();
    refreshReissues();
    refreshFindingReviews();
}

void refreshIfReachable(const std::function<void()> &refresh)
{
    try {
        refresh();
    } catch (const TeamError &e) {
        if (e.kind() != TeamError::Kind::Unreachable)
            throw;
    }
}

} // namespace proofdesk::team
