#include "teamauditverifier.h"

#include "audit/chainchecker.h"
#include "pgconnection.h"

#include <QElapsedTimer>

namespace proofdesk::team {

namespace {

enum Column { Seq, At, User, Role, Action, Outcome, Type, Id, Reason, Before, After, Device, Prev, Hash };

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
            const audit::EntryFields fields{page.integer(row, Seq),  page.integer(row, At),   view(page, row, User),
                                            view(page, row, Role),   view(page, row, Action), view(page, row, Outcome),
                                            view(page, row, Type),   view(page, row, Id),     view(page, row, Reason),
                                            view(page, row, Before), view(page, row, After),  view(page, row, Device)};
            const bool chainOk = checker.add(fields, view(page, row, Prev), view(page, row, Hash));
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
