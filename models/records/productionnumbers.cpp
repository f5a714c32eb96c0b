#include "productionnumbers.h"

#include "mattergate.h"
#include "matterregister.h"
#include "matterstate.h"
#include "recordserror.h"
#include "session.h"
#include "util/translation.h"

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::ProductionNumbers", "proofdesk::records", text);
}

constexpr int kLongestPrefix = 20;

qint64 queryInt(cache::Database &db, const char *sql, const QString &arg)
{
    cache::Statement st = db.prepare(sql);
    st.bind(1, arg).step();
    return st.columnInt(0);
}

} // namespace

ProductionNumbers::ProductionNumbers(const RecordsSession &session)
    : m_session(session)
{}

QString ProductionNumbers::checkedPrefix(const QString &prefix, const QString &matterId)
{
    const QString p = prefix.trimmed().isEmpty() ? matterId + QLatin1Char('-') : prefix.trimmed();
    bool ok = p.size() <= kLongestPrefix;
    for (const QChar c : p)
        ok = ok && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'));
    if (!ok)
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("\"%1\" cannot begin a production number: use 1 to %2 letters, digits, '-' or '_'.")
                               .arg(prefix)
                               .arg(kLongestPrefix));
    return p;
}

ProductionInfo ProductionNumbers::start(const QString &matterId, const ProductionRequest &request)
{
    m_session.require(Action::ProduceMatter, QStringLiteral("matter"), matterId);
    MatterGate gate(m_session);
    gate.visible(matterId, QLatin1String(matterstate::kProductionStart));
    cache::Database &db = m_session.db();
    cache::Transaction tx(db);
    const MatterInfo m = gate.open(matterId, QLatin1String(matterstate::kProductionStart));
    if (auto again = started(request.key))
        return *again; // asked again after a kill: the numbers it reserved then
    ProductionInfo p;
    const qint64 number = db.queryInt("SELECT coalesce(max(number), 0) + 1 FROM rec.productions");
    p.id = QStringLiteral("PROD-%1").arg(number);
    p.matter = m.id;
    p.prefix = checkedPrefix(request.prefix, m.id);
    p.tag = request.tag;
    p.firstNumber = queryInt(db,
                             "SELECT coalesce(max(first_number + reserved), 1) FROM rec.productions "
                             "WHERE matter_id = ?1",
                             m.id);
    p.reserved = request.letters;
    p.state = QStringLiteral("started");
    p.path = request.path;
    p.createdBy = m_session.user();
    p.createdAt = m_session.now();
    const audit::AuditEntry entry =
        m_session.record(QLatin1String(matterstate::kProductionStart), QStringLiteral("matter"), m.id, {}, {},
                         matterstate::production(p));
    db.prepare("INSERT INTO rec.productions(id, number, matter_id, prefix, tag, first_number, reserved, state, "
               "documents, exceptions, path, created_by, created_at, entry_seq, start_key) "
               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'started', 0, 0, ?8, ?9, ?10, ?11, ?12)")
        .bind(1, p.id)
        .bind(2, number)
        .bind(3, p.matter)
        .bind(4, p.prefix)
        .bind(5, p.tag.isEmpty() ? QString() : p.tag)
        .bind(6, p.firstNumber)
        .bind(7, p.reserved)
        .bind(8, p.path)
        .bind(9, p.createdBy)
        .bind(10, p.createdAt)
        .bind(11, entry.seq)
        .bind(12, request.key.isEmpty() ? p.id : request.key)
        .run();
    tx.commit();
    p.anchorSeq = entry.seq;
    p.anchorHash = entry.hash;
    return p;
}

std::optional<ProductionInfo> ProductionNumbers::started(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    cache::Statement st = m_session.db().prepare(
        "SELECT p.id, p.entry_seq, e.hash FROM rec.productions p JOIN rec.audit_entries e ON e.seq = p.entry_seq "
        "WHERE p.start_key = ?1 AND p.created_by = ?2 AND p.state = 'started'");
    if (!st.bind(1, key).bind(2, m_session.user()).step())
        return std::nullopt;
    ProductionInfo p = *MatterRegister(m_session.db()).production(st.columnText(0));
    p.anchorSeq = st.columnInt(1);
    p.anchorHash = st.columnText(2);
    return p;
}

ProductionInfo ProductionNumbers::complete(const QString &productionId, qint64 documents, qint64 exceptions,
                                           const QString &rootSha256)
{
    cache::Database &db = m_session.db();
    const auto started = MatterRegister(db).production(productionId);
    if (!started)
        throw RecordsError(RecordsError::Kind::NotFound, tr("There is no production %1.").arg(productionId));
    m_session.require(Action::ProduceMatter, QStringLiteral("matter"), started->matter);
    cache::Transaction tx(db);
    const ProductionInfo before = *MatterRegister(db).production(productionId);
    if (before.complete())
        throw RecordsError(RecordsError::Kind::Conflict,
                           tr("Production %1 was already completed by %2.").arg(before.id, before.createdBy));
    if (documents > before.reserved)
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("Production %1 reserved %2 numbers and cannot number %3 documents.")
                               .arg(before.id)
                               .arg(before.reserved)
                               .arg(documents));
    ProductionInfo after = before;
    const bool lastReserved = queryInt(db,
                                       "SELECT count(*) FROM rec.productions p JOIN rec.productions q ON "
                                       "q.matter_id = p.matter_id AND q.first_number > p.first_number WHERE p.id = ?1",
                                       before.id)
                              == 0;
    if (lastReserved)
        after.reserved = documents; // the numbers it did not use are the next production's
    after.state = QStringLiteral("complete");
    after.documents = documents;
    after.exceptions = exceptions;
    after.rootSha256 = rootSha256;
    after.completedAt = m_session.now();
    QJsonObject state = matterstate::production(after);
    const audit::AuditEntry entry =
        m_session.record(QLatin1String(matterstate::kProductionCreate), QStringLiteral("matter"), after.matter, {},
                         matterstate::production(before), state);
    db.prepare("UPDATE rec.productions SET state = 'complete', reserved = ?2, documents = ?3, exceptions = ?4, "
               "root_sha256 = ?5, completed_at = ?6, entry_seq = ?7 WHERE id = ?1 AND state = 'started'")
        .bind(1, after.id)
        .bind(2, after.reserved)
        .bind(3, documents)
        .bind(4, exceptions)
        .bind(5, rootSha256)
        .bind(6, *after.completedAt)
        .bind(7, entry.seq)
        .run();
    tx.commit();
    return after;
}

} // namespace proofdesk::records
