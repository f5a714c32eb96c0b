#include "witnesscomparison.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <functional>

namespace proofdesk::sync {

namespace {

// The columns shown of a changed letter: what a person disputes (who, what, when, how, which
// bytes), and the record hash, which differs whenever anything the repository sent differs.
const QStringList &comparedColumns()
{
    static const QStringList columns{
        QStringLiteral("type"),           QStringLiteral("issued_at"),         QStringLiteral("channel"),
        QStringLiteral("template_id"),    QStringLiteral("template_version"),  QStringLiteral("rendition_sha256"),
        QStringLiteral("recipient_name"), QStringLiteral("recipient_address"), QStringLiteral("customer_id"),
        QStringLiteral("account_id"),     QStringLiteral("record_hash")};
    return columns;
}

QString issuedText(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate); }

QJsonValue valueOf(const domain::Communication &c, const QString &column)
{
    static const QHash<QString, std::function<QJsonValue(const domain::Communication &)>> read{
        {QStringLiteral("type"), [](const auto &c) { return QJsonValue(c.type); }},
        {QStringLiteral("issued_at"), [](const auto &c) { return QJsonValue(issuedText(c.issuedAt)); }},
        {QStringLiteral("channel"), [](const auto &c) { return QJsonValue(c.channel); }},
        {QStringLiteral("template_id"), [](const auto &c) { return QJsonValue(c.templateId); }},
        {QStringLiteral("template_version"), [](const auto &c) { return QJsonValue(c.templateVersion); }},
        {QStringLiteral("rendition_sha256"), [](const auto &c) { return QJsonValue(c.renditionSha256); }},
        {QStringLiteral("recipient_name"), [](const auto &c) { return QJsonValue(c.recipientName); }},
        {QStringLiteral("recipient_address"), [](const auto &c) { return QJsonValue(c.recipientAddress); }},
        {QStringLiteral("customer_id"), [](const auto &c) { return QJsonValue(c.customerId); }},
        {QStringLiteral("account_id"), [](const auto &c) { return QJsonValue(c.accountId); }},
        {QStringLiteral("record_hash"), [](const auto &c) { return QJsonValue(QString::fromUtf8(c.recordHash)); }},
    };
    return read.value(column)(c);
}

} // namespace

bool sameRecord(const QByteArray &cached, const QByteArray &now)
{
    QByteArray held = cached;
    if (held.endsWith("-lent")) // migration 15: the row is read again, its verdict dropped
        held.chop(5);
    if (held == now)
        return true;
    return held.size() == now.size() + 1 && held.startsWith(now) && (held.endsWith('v') || held.endsWith('f'));
}

WitnessComparison::WitnessComparison(cache::Database &db, qint64 repoId)
    : m_db(db)
{
    cache::Statement st = db.prepare("SELECT id, repo_object_id, record_hash FROM communications "
                                     "WHERE repo_id = ?1 AND repo_deleted_at IS NULL");
    st.bind(1, repoId);
    while (st.step()) {
        const QString objectId = st.columnText(1);
        const QString id = st.columnText(0);
        m_cached.insert(objectId.isEmpty() ? id : objectId, Cached{id, st.columnUtf8(2)});
    }
}

QString WitnessComparison::keyOf(const domain::Communication &c)
{
    return c.repositoryObjectId.isEmpty() ? c.id : c.repositoryObjectId;
}

void WitnessComparison::observe(const ChangePage &page)
{
    for (const domain::Communication &c : page.communications) {
        const QString key = keyOf(c);
        m_seen.insert(key);
        const auto cached = m_cached.constFind(key);
        if (cached != m_cached.cend() && !sameRecord(cached->recordHash, c.recordHash))
            m_changed.insert(key, c);
        else
            m_changed.remove(key);
    }
    for (const QStringList *deleted : {&page.deletedObjectIds, &page.deletedCommunicationIds}) {
        for (const QString &key : *deleted) {
            m_seen.remove(key);
            m_changed.remove(key);
        }
    }
}

void WitnessComparison::excuse(const ChangePage &page)
{
    for (const domain::Communication &c : page.communications)
        m_excused.insert(keyOf(c));
    for (const QStringList *deleted : {&page.deletedObjectIds, &page.deletedCommunicationIds})
        for (const QString &key : *deleted)
            m_excused.insert(key);
}

QJsonObject WitnessComparison::beforeOf(const QString &communicationId, const QStringList &fields) const
{
    cache::Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM communications WHERE id = ?1").arg(fields.join(QStringLiteral(", "))));
    st.bind(1, communicationId);
    QJsonObject before;
    if (!st.step())
        return before;
    for (int i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        if (field == QLatin1String("issued_at"))
            before.insert(field, issuedText(st.columnInt(i)));
        else
            before.insert(field, st.isNull(i) ? QJsonValue() : QJsonValue(st.columnText(i)));
    }
    return before;
}

QList<WitnessDifference> WitnessComparison::differences() const
{
    QList<WitnessDifference> changed, gone;
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        if (m_excused.contains(it.key()))
            continue;
        WitnessDifference d;
        d.communicationId = m_cached.value(it.key()).communicationId;
        d.objectId = it.key();
        const QJsonObject all = beforeOf(d.communicationId, comparedColumns());
        for (const QString &column : comparedColumns()) {
            const QJsonValue now = valueOf(*it, column);
            const QJsonValue was = all.value(column);
            // A null column and an empty value are the same to a reader.
            if (now.toString() != was.toString() || column == QLatin1String("record_hash")) {
                d.before.insert(column, was);
                d.after.insert(column, now);
            }
        }
        d.now = *it;
        changed << d;
    }
    for (auto it = m_cached.cbegin(); it != m_cached.cend(); ++it) {
        if (m_seen.contains(it.key()) || m_excused.contains(it.key()))
            continue;
        WitnessDifference d;
        d.kind = WitnessDifference::Kind::Gone;
        d.communicationId = it->communicationId;
        d.objectId = it.key();
        d.before = beforeOf(d.communicationId, comparedColumns());
        gone << d;
    }
    const auto byId = [](const WitnessDifference &a, const WitnessDifference &b) {
        return a.communicationId < b.communicationId;
    };
    std::sort(changed.begin(), changed.end(), byId);
    std::sort(gone.begin(), gone.end(), byId);
    return changed + gone;
}

} // namespace proofdesk::sync
