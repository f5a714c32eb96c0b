#include "auditverifier.h"

#include "auditentry.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <cstring>

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

bool sameHash(const Utf8View &stored, const char *expected64)
{
    return stored.data && stored.size == 64 && std::memcmp(stored.data, expected64, 64) == 0;
}

} // namespace

AuditVerifier::AuditVerifier(cache::Database &db)
    : m_db(db)
{
}

VerifyResult AuditVerifier::verify(const std::function<void(qint64)> &progress,
                                   const std::atomic_bool *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    VerifyResult result;
    RawStatement st(m_db.handle(),
                    "SELECT seq, at, user, role, action, outcome, object_type, object_id, reason, "
                    "before, after, device, prev_hash, hash FROM rec.audit_entries ORDER BY seq");
    QCryptographicHash sha(QCryptographicHash::Sha256);
    std::string text;
    text.reserve(4096);
    char previous[64];
    std::memcpy(previous, kGenesisHash, 64);
    char computed[64];
    qint64 expectedSeq = 1;
    const auto fail = [&result](qint64 seq, const QString &problem) {
        result.ok = false;
        result.firstBadSeq = seq;
        result.problem = problem;
    };
    int rc;
    while ((rc = sqlite3_step(st.stmt)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(st.stmt, Seq);
        ++result.entries;
        if (seq != expectedSeq) {
            fail(expectedSeq, QStringLiteral("entry %1 is missing (the next entry is %2)").arg(expectedSeq).arg(seq));
            break;
        }
        if (!sameHash(st.text(Prev), previous)) {
            fail(seq, QStringLiteral("entry %1 does not link to entry %2: its prev_hash is not that entry's hash")
                          .arg(seq).arg(seq - 1));
            break;
        }
        const EntryFields fields{seq, sqlite3_column_int64(st.stmt, At), st.text(User), st.text(Role),
                                 st.text(Action), st.text(Outcome), st.text(Type), st.text(Id),
                                 st.text(Reason), st.text(Before), st.text(After), st.text(Device)};
        writeCanonicalEntry(text, fields);
        hashEntry(sha, previous, text, computed);
        if (!sameHash(st.text(Hash), computed)) {
            fail(seq, QStringLiteral("entry %1 was changed after it was written: its content no longer "
                                     "hashes to its recorded hash").arg(seq));
            break;
        }
        std::memcpy(previous, computed, 64);
        ++expectedSeq;
        if (progress && (result.entries & 0xffff) == 0)
            progress(result.entries);
        if (cancel && cancel->load())
            break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw cache::SqliteError(rc, QStringLiteral("reading the audit trail: %1")
                                         .arg(QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace proofdesk::audit
