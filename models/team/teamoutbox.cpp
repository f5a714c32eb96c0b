#include "teamoutbox.h"

#include "cache/sqlite.h"
#include "pgconnection.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace proofdesk::team {

namespace {

// Call parameters as JSON: text, numbers, text arrays and NULL are all the calls use.
QString paramsText(const QVariantList &params)
{
    QJsonArray a;
    for (const QVariant &p : params) {
        if (p.isNull())
            a.append(QJsonValue());
        else if (p.typeId() == QMetaType::QStringList)
            a.append(QJsonArray::fromStringList(p.toStringList()));
        else if (p.typeId() == QMetaType::LongLong || p.typeId() == QMetaType::Int)
            a.append(p.toLongLong());
        else
            a.append(p.toString());
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVariantList paramsOf(const QString &text)
{
    QVariantList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (v.isNull())
            out << QVariant();
        else if (v.isArray()) {
            QStringList list;
            for (const QJsonValue &item : v.toArray())
                list << item.toString();
            out << QVariant(list);
        } else if (v.isDouble())
            out << qint64(v.toDouble());
        else
            out << v.toString();
    }
    return out;
}

} // namespace

TeamOutbox::TeamOutbox(cache::Database &writer)
    : m_writer(writer)
{}

void TeamOutbox::enqueue(const QString &login, const QString &role, const QString &action, const QString &objectType,
                         const QString &objectId, const QString &sql, const QVariantList &params, qint64 now)
{
    m_writer
        .prepare("INSERT INTO rec.team_pending(key, login, role, action, object_type, object_id, sql, params, "
                 "created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, params.value(0).toString())
        .bind(2, login)
        .bind(3, role)
        .bind(4, action)
        .bind(5, objectType.isNull() ? QStringLiteral("") : objectType) // a refusal of the role table has none
        .bind(6, objectId)
        .bind(7, sql)
        .bind(8, paramsText(params))
        .bind(9, now)
        .run();
}

qint64 TeamOutbox::pending(const QString &login) const
{
    cache::Statement st =
        m_writer.prepare("SELECT count(*) FROM rec.team_pending WHERE login = ?1 AND state = 'pending'");
    st.bind(1, login);
    return st.step() ? st.columnInt(0) : 0;
}

void TeamOutbox::recordRefusal(PgConnection *server, const QString &login, const QString &role, const QString &action,
                               const QString &objectType, const QString &objectId, const QString &why,
                               const QString &device, qint64 now)
{
    const QString sql = QStringLiteral("SELECT proofdesk.record($1, $2, $3, 'refused', $4, $5, $6, NULL, NULL, $7)");
    const QVariantList params{
        QUuid::createUuid().toString(QUuid::WithoutBraces), role, action, objectType, objectId, why, device};
    if (!server) {
        enqueue(login, role, action, objectType, objectId, sql, params, now);
        return;
    }
    try {
        server->exec(sql, params);
    } catch (const TeamError &) {
    }
}

DrainReport TeamOutbox::drain(PgConnection &server, const QString &login, const QString &device, qint64 now)
{
    struct Item
    {
        qint64 seq;
        QString role, action, objectType, objectId, sql, params;
        qint64 createdAt;
    };
    QList<Item> items;
    cache::Statement st = m_writer.prepare(
        "SELECT seq, role, action, object_type, object_id, sql, params, created_at FROM rec.team_pending "
        "WHERE login = ?1 AND state = 'pending' ORDER BY seq");
    st.bind(1, login);
    while (st.step())
        items.append({st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
                      st.columnText(5), st.columnText(6), st.columnInt(7)});
    DrainReport report;
    cache::Statement mark =
        m_writer.prepare("UPDATE rec.team_pending SET state = ?2, message = ?3, done_at = ?4 WHERE seq = ?1");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        try {
            server.exec(item.sql, paramsOf(item.params));
            mark.bind(1, item.seq).bind(2, QStringLiteral("applied")).bind(3, QString()).bind(4, now).run();
            mark.reset();
            ++report.applied;
            if (item.action.startsWith(QLatin1String("hold.")) && !report.appliedHolds.contains(item.objectId))
                report.appliedHolds << item.objectId;
        } catch (const TeamError &e) {
            if (e.kind() == TeamError::Kind::Unreachable || e.kind() == TeamError::Kind::Failed) {
                report.waiting = int(items.size() - i);
                break;
            }
            const QString made = formatUtc(item.createdAt);
            const QString why =
                QStringLiteral("%1 on %2 (made offline at %3) was refused by the team database: %4")
                    .arg(item.action, item.objectId.isEmpty() ? item.objectType : item.objectId, made, e.message());
            mark.bind(1, item.seq).bind(2, QStringLiteral("conflict")).bind(3, why).bind(4, now).run();
            mark.reset();
            report.conflicts << why; // kept here with its reason, and in the team's trail
            recordRefusal(&server, login, item.role, item.action, item.objectType, item.objectId, why, device, now);
        }
    }
    return report;
}

} // namespace proofdesk::team
