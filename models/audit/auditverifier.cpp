#include "auditverifier.h"

#include "chainchecker.h"

#include <QElapsedTimer>
#include <sqlite3.h>

namespace proofdesk::audit {

namespace {

// A prepared statement on the raw handle: the verifier reads column bytes without copying.
struct RawStatement
{
    sqlite3_stmt *stmt = nullptr;
    RawStatement(sqlite3 *db, const char *sql)
    {
        if (const int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr); rc != SQLITE_OK)
            throw cache::SqliteError(rc, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    ~RawStatement() { sqlite3_finalize(stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    Utf8View text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        if (!data)
            return {};
        return {data, size_t(sqlite3_column_bytes(stmt, column))};
    }
};

enum Column { Seq, At, User, Role, Action, Outcome, Type, Id, Reason, Before, After, Device, Prev, Hash };

} // namespace

AuditVerifier::AuditVerifier(cache::Database &db)
    : m_db(db)
{}

VerifyResult AuditVerifier::verify(const std::function<void(qint64)> &progress, const std::atomic_bool *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    RawStatement st(m_db.handle(), "SELECT seq, at, user, role, action, outcome, object_type, object_id, reason, "
                                   "before, after, device, prev_hash, hash FROM rec.audit_entries ORDER BY seq");
    ChainChecker chain;
    int rc;
    while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW) {
        const EntryFields fields{sqlite3_column_int64(st.stmt, Seq),
                                 sqlite3_column_int64(st.stmt, At),
                                 st.text(User),
                                 st.text(Role),
                                 st.text(Action),
                                 st.text(Outcome),
                                 st.text(Type),
                                 st.text(Id),
                                 st.text(Reason),
                                 st.text(Before),
                                 st.text(After),
                                 st.text(Device)};
        if (!chain.add(fields, st.text(Prev), st.text(Hash)))
            break;
        if (progress && (chain.result().entries & 0xffff) == 0)
            progress(chain.result().entries);
        if (cancel && cancel->load())
            break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw cache::SqliteError(
            rc, QStringLiteral("reading the audit trail: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
    VerifyResult result = chain.result();
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace proofdesk::audit
