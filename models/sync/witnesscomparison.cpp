#include "witnesscomparison.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace proofdesk::sync {

namespace {

QString issuedText(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate); }

// The columns shown of a changed letter, each with how a record says it: what a person disputes
// (who, what, when, how, which bytes), and the record hash, which differs whenever anything the
// repository sent differs.
struct Column
{
    const char *name;
    QJsonValue (*read)(const domain::Communication &);
};
const Column kColumns[] = {
    {"type", [](const domain::Communication &c) { return QJsonValue(c.type); }},
    {"issued_at", [](const domain::Communication &c) { return QJsonValue(issuedText(c.issuedAt)); }},
    {"channel", [](const domain::Communication &c) { return QJsonValue(c.channel); }},
    {"template_id", [](const domain::Communication &c) { return QJsonValue(c.templateId); }},
    {"template_version", [](const domain::Communication &c) { return QJsonValue(c.templateVersion); }},
    {"rendition_sha256", [](const domain::Communication &c) { return QJsonValue(c.renditionSha256); }},
    {"recipient_name", [](const domain::Communication &c) { return QJsonValue(c.recipientName); }},
    {"recipient_address", [](const domain::Communication &c) { return QJsonValue(c.recipientAddress); }},
    {"customer_id", [](const domain::Communication &c) { return QJsonValue(c.customerId); }},
    {"account_id", [](const domain::Communication &c) { return QJsonValue(c.accountId); }},
    {"record_hash", [](const domain::Communication &c) { return QJsonValue(QString::fromUtf8(c.recordHash)); }},
};

QString columnsSql()
{
    QStringList names;
    for (const Column &column : kColumns)
        names << QLatin1String(column.name);
    return names.join(QStringLiteral(", "));
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
        m_cached.insert(objectId.isEmpty() ? id : objectId, Cached{id, objectId, st.columnUtf8(2)});
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

// What the cache holds of a letter, by `rowOf` (SELECT the columns WHERE id = ?1), prepared once.
QJsonObject WitnessComparison::beforeOf(cache::Statement &rowOf, const QString &communicationId)
{
    rowOf.bind(1, communicationId);
    QJsonObject before;
    if (rowOf.step()) {
        int i = 0;
        for (const Column &column : kColumns) {
            const QString name = QLatin1String(column.name);
            if (name == QLatin1String("issued_at"))
                before.insert(name, issuedText(rowOf.columnInt(i)));
            else
                before.insert(name, rowOf.isNull(i) ? QJsonValue() : QJsonValue(rowOf.columnText(i)));
            ++i;
        }
    }
    rowOf.reset();
    return before;
}

QList<WitnessDifference> WitnessComparison::differences() const
{
    cache::Statement rowOf =
        m_db.prepare(QStringLiteral("SELECT %1 FROM communications WHERE id = ?1").arg(columnsSql()));
    QList<WitnessDifference> changed, gone;
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        if (m_excused.contains(it.key()))
            continue;
        WitnessDifference d;
        d.communicationId = m_cached.value(it.key()).communicationId;
        d.objectId = it->repositoryObjectId;
        const QJsonObject all = beforeOf(rowOf, d.communicationId);
        for (const Column &column : kColumns) {
            const QString name = QLatin1String(column.name);
            const QJsonValue now = column.read(*it);
            const QJsonValue was = all.value(name);
            // A null column and an empty value are the same to a reader.
            if (now.toString() != was.toString() || name == QLatin1String("record_hash")) {
                d.before.insert(name, was);
                d.after.insert(name, now);
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
        d.objectId = it->objectId;
        d.before = beforeOf(rowOf, d.communicationId);
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
