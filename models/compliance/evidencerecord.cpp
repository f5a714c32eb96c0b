#include "evidencerecord.h"

#include "cache/holdsql.h"
#include "cache/recordreader.h"
#include "domain/textfold.h"
#include "findingsengine.h"
#include "util/timeutil.h"

#include <QSet>

namespace proofdesk::compliance {

namespace {

QJsonValue timeValue(const cache::Statement &st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(formatUtc(st.columnInt(column)));
}

QJsonValue textValue(const cache::Statement &st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(st.columnText(column));
}

} // namespace

EvidenceRecord::EvidenceRecord(cache::Database &db)
    : m_db(db)
    , m_reader(db)
{}

std::optional<QJsonObject> EvidenceRecord::collect(const QString &commId) const
{
    auto communication = m_reader.communication(commId);
    if (!communication)
        return std::nullopt;
    const QString id = communication->value(QStringLiteral("id")).toString();
    cache::Statement st = m_db.prepareCached("SELECT rowid FROM communications WHERE id = ?1");
    st.bind(1, id);
    const qint64 rowid = st.step() ? st.columnInt(0) : 0;
    QJsonObject record{
        {QStringLiteral("format"), QStringLiteral("proofdesk-evidence")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("communication"), *communication},
        {QStringLiteral("delivery_events"), communication->value(QStringLiteral("delivery"))},
        {QStringLiteral("template_version"), communication->value(QStringLiteral("template_version"))},
        {QStringLiteral("content_blocks"), contentBlocks(rowid)},
        {QStringLiteral("holds"), holds(id, rowid)},
        {QStringLiteral("reissues"), reissues(id)},
        {QStringLiteral("findings"), findings(id)},
    };
    return record;
}

void EvidenceRecord::rememberTemplates()
{
    m_rememberTemplates = true;
    m_reader.rememberTemplateVersions();
}

QJsonArray EvidenceRecord::contentBlocks(qint64 rowid) const
{
    cache::Statement st = m_db.prepareCached(
        "SELECT block_id, block_version FROM comm_blocks WHERE comm_rowid = ?1 ORDER BY block_id, block_version");
    st.bind(1, rowid);
    QJsonArray blocks;
    while (st.step())
        blocks.append(contentBlock(st.columnText(0), st.columnText(1)));
    return blocks;
}

QJsonObject EvidenceRecord::contentBlock(const QString &id, const QString &version) const
{
    const QString key = id + QLatin1Char('\n') + version;
    if (m_rememberTemplates) {
        if (const auto it = m_blocks.constFind(key); it != m_blocks.cend())
            return *it;
    }
    cache::Statement st = m_db.prepareCached("SELECT kind, title, status, approved_at, retired_at, text "
                                             "FROM content_blocks WHERE block_id = ?1 AND version = ?2");
    const bool known = st.bind(1, id).bind(2, version).step();
    const auto text = [&](int column) { return known ? textValue(st, column) : QJsonValue(); };
    const auto time = [&](int column) { return known ? timeValue(st, column) : QJsonValue(); };
    const QJsonObject block{{QStringLiteral("id"), id},
                            {QStringLiteral("version"), version},
                            {QStringLiteral("known"), known},
                            {QStringLiteral("kind"), text(0)},
                            {QStringLiteral("title"), text(1)},
                            {QStringLiteral("status"), text(2)},
                            {QStringLiteral("approved_at"), time(3)},
                            {QStringLiteral("retired_at"), time(4)},
                            {QStringLiteral("text"), text(5)}};
    if (m_rememberTemplates)
        m_blocks.insert(key, block);
    return block;
}

QJsonArray EvidenceRecord::holds(const QString &commId, qint64 rowid) const
{
    // Active holds (items and scopes: holdsql), and every hold it was ever an item of.
    QStringList ids;
    cache::Statement active = m_db.prepareCached(cache::holdsql::activeHoldIdsOfRowId());
    active.bind(1, rowid);
    while (active.step())
        ids << active.columnText(0);
    cache::Statement items = m_db.prepareCached("SELECT hold_id FROM rec.hold_items WHERE comm_id = ?1");
    items.bind(1, commId);
    while (items.step())
        ids << items.columnText(0);
    ids.removeDuplicates();
    QJsonArray holds;
    cache::Statement st =
        m_db.prepareCached("SELECT h.id, h.name, h.matter, h.reason, h.created_by, h.created_at, h.released_at, "
                           "h.released_by, h.release_reason, hi.added_at, hi.removed_at, h.scope_field, h.scope_value "
                           "FROM rec.holds h LEFT JOIN rec.hold_items hi ON hi.hold_id = h.id AND hi.comm_id = ?2 "
                           "WHERE h.id = ?1");
    for (const QString &holdId : std::as_const(ids)) {
        st.bind(1, holdId).bind(2, commId);
        if (st.step()) {
            const bool itemActive = !st.isNull(9) && st.isNull(10);
            const bool scope = !st.isNull(11);
            holds.append(QJsonObject{
                {QStringLiteral("id"), st.columnText(0)},
                {QStringLiteral("name"), st.columnText(1)},
                {QStringLiteral("matter"), textValue(st, 2)},
                {QStringLiteral("reason"), st.columnText(3)},
                {QStringLiteral("created_by"), st.columnText(4)},
                {QStringLiteral("created_at"), timeValue(st, 5)},
                {QStringLiteral("released_at"), timeValue(st, 6)},
                {QStringLiteral("released_by"), textValue(st, 7)},
                {QStringLiteral("release_reason"), textValue(st, 8)},
                {QStringLiteral("item_added_at"), timeValue(st, 9)},
                {QStringLiteral("item_removed_at"), timeValue(st, 10)},
                {QStringLiteral("scope"),
                 scope ? QJsonValue(st.columnText(11) + QLatin1Char('=') + st.columnText(12)) : QJsonValue()},
                {QStringLiteral("active"), st.isNull(6) && (itemActive || scope)}});
        }
        st.reset();
    }
    return holds;
}

QJsonObject EvidenceRecord::reissues(const QString &commId) const
{
    QJsonArray requests;
    cache::Statement st = m_db.prepareCached(
        "SELECT id, mode, reason, channel, destination, status, requested_by, requested_at, approved_by, "
        "approved_at, decision_note, fulfilled_comm_id, fulfilled_at FROM rec.reissue_requests "
        "WHERE comm_id = ?1 ORDER BY requested_at, id");
    st.bind(1, commId);
    while (st.step()) {
        requests.append(QJsonObject{{QStringLiteral("id"), st.columnText(0)},
                                    {QStringLiteral("mode"), st.columnText(1)},
                                    {QStringLiteral("reason"), st.columnText(2)},
                                    {QStringLiteral("channel"), st.columnText(3)},
                                    {QStringLiteral("destination"), textValue(st, 4)},
                                    {QStringLiteral("status"), st.columnText(5)},
                                    {QStringLiteral("requested_by"), st.columnText(6)},
                                    {QStringLiteral("requested_at"), timeValue(st, 7)},
                                    {QStringLiteral("approved_by"), textValue(st, 8)},
                                    {QStringLiteral("approved_at"), timeValue(st, 9)},
                                    {QStringLiteral("decision_note"), textValue(st, 10)},
                                    {QStringLiteral("fulfilled_by_communication"), textValue(st, 11)},
                                    {QStringLiteral("fulfilled_at"), timeValue(st, 12)}});
    }
    QJsonArray reissuedAs;
    cache::Statement r = m_db.prepareCached(
        "SELECT id, origin, issued_at, request_id FROM communications WHERE reissue_of = ?1 ORDER BY issued_at, id");
    r.bind(1, commId);
    while (r.step())
        reissuedAs.append(QJsonObject{{QStringLiteral("id"), r.columnText(0)},
                                      {QStringLiteral("origin"), r.columnText(1)},
                                      {QStringLiteral("issued_at"), timeValue(r, 2)},
                                      {QStringLiteral("request_id"), textValue(r, 3)}});
    return QJsonObject{{QStringLiteral("requests"), requests}, {QStringLiteral("reissued_as"), reissuedAs}};
}

QJsonArray EvidenceRecord::findings(const QString &commId) const
{
    if (m_findings)
        return m_findings->value(domain::foldCase(commId));
    return findingsJson(
        FindingsEngine(m_db).run(QStringLiteral("id:\"%1\"").arg(QString(commId).remove(QLatin1Char('"')))).findings);
}

QJsonArray EvidenceRecord::findingsJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings) {
        QJsonObject o{{QStringLiteral("kind"), kindName(f.kind)}, {QStringLiteral("detail"), f.detail}};
        if (f.review)
            o.insert(QStringLiteral("reviewed"), QJsonObject{{QStringLiteral("by"), f.review->by},
                                                             {QStringLiteral("at"), formatUtc(f.review->at)},
                                                             {QStringLiteral("note"), f.review->note}});
        out.append(o);
    }
    return out;
}

} // namespace proofdesk::compliance
