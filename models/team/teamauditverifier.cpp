#include "teamauditverifier.h"

#include "audit/chainchecker.h"
#include "pgconnection.h"

#include <QElapsedTimer>

namespace proofdesk::team {

namespace {

// The SELECT's columns, in its order.
enum Column {
    ColSeq,
    ColAt,
    ColUser,
    ColRole,
    ColAction,
    ColOutcome,
    ColType,
    ColId,
    ColReason,
    ColBefore,
    ColAfter,
    ColDevice,
    ColPrev,
    ColHash
};

audit::Utf8View view(const PgResult &r, int row, int column)
{
    const char *data = r.data(row, column);
    return data ? audit::Utf8View{data, size_t(r.size(row, column))} : audit::Utf8View{};
}

} // namespace

audit::VerifyResult verifyTeamChain(PgConnection &server, const std::function<void(qint64)> &progress,
                                    const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    audit::ChainChecker checker;
    PgTransaction tx(server); // the head and the entries from one snapshot
    const qint64 head = server.exec(QStringLiteral("SELECT seq FROM proofdesk.audit_head")).integer(0, 0);
    server.forEachRow(
        QStringLiteral(
            "SELECT seq, at, \"user\", role, action, outcome, object_type, object_id, reason, before, after, "
            "device, prev_hash, hash FROM proofdesk.audit_entries ORDER BY seq"),
        {},
        [&](const PgResult &page, int row) {
            const audit::EntryFields fields{
                page.integer(row, ColSeq),  page.integer(row, ColAt),   view(page, row, ColUser),
                view(page, row, ColRole),   view(page, row, ColAction), view(page, row, ColOutcome),
                view(page, row, ColType),   view(page, row, ColId),     view(page, row, ColReason),
                view(page, row, ColBefore), view(page, row, ColAfter),  view(page, row, ColDevice)};
            const bool chainOk = checker.add(fields, view(page, row, ColPrev), view(page, row, ColHash));
            if (progress && (checker.result().entries & 0xffff) == 0)
                progress(checker.result().entries);
            return chainOk && !(cancel && cancel->load());
        },
        50000);
    tx.commit();
    audit::VerifyResult v = checker.result();
    if (v.ok && !(cancel && cancel->load()) && v.entries < head) {
        v.ok = false;
        v.firstBadSeq = v.entries + 1;
        v.problem =
            QStringLiteral("entry %1 is missing: the team database appended %2 entries").arg(v.firstBadSeq).arg(head);
    }
    v.elapsedMs = timer.elapsed();
    return v;
}

} // namespace proofdesk::team
