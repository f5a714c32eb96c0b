#include "jsonentries.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

namespace {

QJsonArray valuesOf(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return {v};
}

QString textOf(const QJsonValue &v) { return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString(); }

} // namespace

QJsonArray jsonEntries(const QJsonValue &v, bool blockRefs, QString *reason)
{
    const QJsonArray values = valuesOf(v);
    if (values.size() == 1 && values.first().toString().trimmed().startsWith(QLatin1Char('['))) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(values.first().toString().toUtf8(), &err);
        if (!doc.isArray())
            *reason = QStringLiteral("is not a JSON array (%1)").arg(err.errorString());
        return doc.array();
    }
    QJsonArray out;
    for (const QJsonValue &value : values) {
        const QString text = value.toString().trimmed();
        if (value.isObject()) {
            out << value;
        } else if (text.startsWith(QLatin1Char('{'))) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isObject()) {
                *reason = QStringLiteral("has a value that is not a JSON object: %1").arg(text.left(80));
                return {};
            }
            out << doc.object();
        } else if (blockRefs && text.lastIndexOf(QLatin1Char(':')) > 0) {
            const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
            out << QJsonObject{{QStringLiteral("id"), text.left(colon)},
                               {QStringLiteral("version"), text.mid(colon + 1)}};
        } else if (!text.isEmpty()) {
            *reason =
                blockRefs
                    ? QStringLiteral("has a value that is neither ID:VERSION nor a JSON object: %1").arg(text.left(80))
                    : QStringLiteral("has a value that is not a JSON object: %1").arg(text.left(80));
            return {};
        }
    }
    return out;
}

QList<domain::BlockRef> blockRefsOf(const QJsonValue &value, QString *reason)
{
    QList<domain::BlockRef> refs;
    const QJsonArray entries = jsonEntries(value, true, reason);
    for (const QJsonValue &e : entries) {
        const QJsonObject o = e.toObject();
        const QString id = textOf(o.value(QStringLiteral("id"))), version = textOf(o.value(QStringLiteral("version")));
        if (!e.isObject() || id.isEmpty() || version.isEmpty()) {
            *reason = QStringLiteral("has an entry without its id and version: %1")
                          .arg(QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)).left(80));
            return {};
        }
        refs << domain::BlockRef{id, version};
    }
    return refs;
}

} // namespace proofdesk::sync
