#include "audittrail.h"

#include "cache/filetransaction.h"
#include "canonicaljson.h"
#include "changetransaction.h"

#include <QStringList>
#include <sqlite3.h>

namespace proofdesk::audit {

namespace {

struct Utf8Holder
{
    QByteArray bytes;
    Utf8View view() const { return bytes.isNull() ? Utf8View{} : Utf8View{bytes.constData(), size_t(bytes.size())}; }
};

Utf8Holder utf8(const QString &s) { return {s.isNull() ? QByteArray() : s.toUtf8()}; }
Utf8Holder raw(const QByteArray &b) { return {b.isEmpty() ? QByteArray() : b}; }

QByteArray columnOrEmpty(const cache::Statement &st, int column)
{
    return st.isNull(column) ? QByteArray() : st.columnUtf8(column);
}

QString textOrNull(const cache::Statement &st, int column)
{
    return st.isNull(column) ? QString() : st.columnText(column);
}

} // namespace

AuditTrail::AuditTrail(cache::Database &db)
    : m_db(db)
{}

AuditEntry AuditTrail::append(AuditEntry entry)
{
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        return appendInTransaction(std::move(entry));
    // An entry alone (a search's, a view's) writes records.sqlite only: it does not wait for a
    // sync writing the cache. One staged in the cache as well takes both.
    cache::FileTransaction tx(m_db, StagedEntries::of(m_db) ? cache::Locks::EveryFile : cache::Locks::RecordsOnly);
    AuditEntry stored = appendInTransaction(std::move(entry));
    tx.commit();
    return stored;
}

AuditEntry AuditTrail::appendInTransaction(AuditEntry e)
{
    const AuditAnchor last = head();
    e.seq = last.seq + 1;
    e.prevHash = last.hash;
    if (e.outcome.isEmpty())
        e.outcome = QStringLiteral("done");
    const Utf8Holder user = utf8(e.user), role = utf8(e.role), action = utf8(e.action), outcome = utf8(e.outcome),
                     type = utf8(e.objectType), id = utf8(e.objectId), reason = utf8(e.reason), before = raw(e.before),
                     after = raw(e.after), device = utf8(e.device);
    const EntryFields fields{e.seq,       e.at,      user.view(),   role.view(),   action.view(), outcome.view(),
                             type.view(), id.view(), reason.view(), before.view(), after.view(),  device.view()};
    std::string text;
    writeCanonicalEntry(text, fields);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    char hex[64];
    const QByteArray prev = e.prevHash.toLatin1();
    hashEntry(sha, prev.constData(), text, hex);
    e.hash = QString::fromLatin1(hex, 64);
    m_db.prepare("INSERT INTO rec.audit_entries(seq, at, user, role, action, outcome, object_type, "
                 "object_id, reason, before, after, device, prev_hash, hash) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        .bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.user)
        .bind(4, e.role)
        .bind(5, e.action)
        .bind(6, e.outcome)
        .bind(7, e.objectType)
        .bind(8, e.objectId)
        .bind(9, e.reason)
        .bind(10, before.bytes)
        .bind(11, after.bytes)
        .bind(12, e.device)
        .bind(13, e.prevHash)
        .bind(14, e.hash)
        .run();
    if (StagedEntries *staged = StagedEntries::of(m_db)) // a change to the cache commits with it (changetransaction.h)
        staged->stage(e.seq);
    return e;
}

template <typename Visit> void AuditTrail::scan(const AuditFilter &f, Visit visit) const
{
    QStringList where{QStringLiteral("seq > ?1")};
    if (!f.user.isEmpty())
        where << QStringLiteral("user = ?2 COLLATE fold");
    if (f.actionPrefix || f.action.endsWith(QLatin1Char('.')))
        where << QStringLiteral("substr(action, 1, length(?3)) = ?3");
    else if (!f.action.isEmpty())
        where << QStringLiteral("action = ?3");
    if (!f.objectType.isEmpty())
        where << QStringLiteral("object_type = ?4");
    if (!f.objectId.isEmpty())
        where << QStringLiteral("object_id = ?5 COLLATE fold");
    if (f.from)
        where << QStringLiteral("at >= ?6");
    if (f.to)
        where << QStringLiteral("at < ?7");
    // Parameters ?9… : a type (or NULL for any) and an id per object.
    QStringList anyOf;
    for (int i = 0; i < f.objects.size(); ++i)
        anyOf << QStringLiteral("((?%1 IS NULL OR object_type = ?%1) AND object_id = ?%2 COLLATE fold)")
                     .arg(9 + 2 * i)
                     .arg(10 + 2 * i);
    if (!anyOf.isEmpty())
        where << QLatin1Char('(') + anyOf.join(QLatin1String(" OR ")) + QLatin1Char(')');
    cache::Statement st = m_db.prepareCached(
        QStringLiteral("SELECT seq, at, user, role, action, outcome, object_type, object_id, reason, "
                       "before, after, device, prev_hash, hash FROM rec.audit_entries WHERE %1 "
                       "ORDER BY seq LIMIT ?8")
            .arg(where.join(QLatin1String(" AND "))));
    st.bind(1, f.afterSeq)
        .bind(2, f.user)
        .bind(3, f.action)
        .bind(4, f.objectType)
        .bind(5, f.objectId)
        .bind(6, f.from.value_or(0))
        .bind(7, f.to.value_or(0))
        .bind(8, qint64(f.limit));
    for (int i = 0; i < f.objects.size(); ++i)
        st.bind(9 + 2 * i, f.objects.at(i).type.isEmpty() ? QString() : f.objects.at(i).type)
            .bind(10 + 2 * i, f.objects.at(i).id);
    while (st.step())
        visit(readEntry(st));
}

AuditEntry AuditTrail::readEntry(const cache::Statement &st)
{
    AuditEntry e;
    e.seq = st.columnInt(0);
    e.at = st.columnInt(1);
    e.user = st.columnText(2);
    e.role = st.columnText(3);
    e.action = st.columnText(4);
    e.outcome = st.columnText(5);
    e.objectType = st.columnText(6);
    e.objectId = textOrNull(st, 7);
    e.reason = textOrNull(st, 8);
    e.before = columnOrEmpty(st, 9);
    e.after = columnOrEmpty(st, 10);
    e.device = st.columnText(11);
    e.prevHash = st.columnText(12);
    e.hash = st.columnText(13);
    return e;
}

QList<AuditEntry> AuditTrail::entries(const AuditFilter &filter) const
{
    QList<AuditEntry> out;
    scan(filter, [&out](const AuditEntry &e) { out << e; });
    return out;
}

qint64 AuditTrail::exportJsonLines(QIODevice &out, const AuditFilter &filter) const
{
    qint64 written = 0;
    std::string line;
    scan(filter, [&](const AuditEntry &e) {
        line.clear();
        canonical::appendValue(line, e.toJson());
        line.push_back('\n');
        if (out.write(line.data(), qint64(line.size())) != qint64(line.size()))
            throw cache::SqliteError(0, QStringLiteral("cannot write the audit export: %1").arg(out.errorString()));
        ++written;
    });
    return written;
}

qint64 AuditTrail::count() const { return m_db.queryInt("SELECT count(*) FROM rec.audit_entries"); }

AuditAnchor AuditTrail::head() const
{
    cache::Statement last = m_db.prepare("SELECT seq, hash FROM rec.audit_entries ORDER BY seq DESC LIMIT 1");
    if (!last.step())
        return {0, QLatin1String(kGenesisHash)};
    return {last.columnInt(0), last.columnText(1)};
}

std::optional<QString> AuditTrail::hashAt(qint64 seq) const
{
    cache::Statement st = m_db.prepare("SELECT hash FROM rec.audit_entries WHERE seq = ?1");
    st.bind(1, seq);
    if (!st.step())
        return std::nullopt;
    return st.columnText(0);
}

} // namespace proofdesk::audit
