#include "cmisanswer.h"

#include "cmisobject.h"
#include "util/jsoninteger.h"

namespace proofdesk::sync::cmis {

AnswerError::AnswerError(const QString &problem)
    : std::runtime_error(problem.toStdString())
{}

QJsonArray listOf(const QJsonObject &answer, const char *key)
{
    const QJsonValue v = answer.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        throw AnswerError(QStringLiteral("\"%1\" is not a list").arg(QLatin1String(key)));
    return v.toArray();
}

bool hasMoreItems(const QJsonObject &answer)
{
    const QJsonValue v = answer.value(QStringLiteral("hasMoreItems"));
    if (!v.isUndefined() && !v.isNull() && !v.isBool())
        throw AnswerError(QStringLiteral("\"hasMoreItems\" is not true or false"));
    return v.toBool();
}

qint64 numItems(const QJsonObject &answer)
{
    const QJsonValue v = answer.value(QStringLiteral("numItems"));
    const std::optional<qint64> n = v.isDouble() ? util::jsonInteger(v.toDouble()) : std::nullopt;
    return n && *n >= 0 ? *n : -1;
}

ChangeEvents readChangeEvents(const QJsonArray &objects, qsizetype first)
{
    ChangeEvents events;
    for (qsizetype i = first; i < objects.size(); ++i) {
        const QJsonObject event = objects.at(i).toObject();
        const QJsonObject properties = flatProperties(event);
        const QString id = properties.value(QStringLiteral("cmis:objectId")).toString();
        if (id.isEmpty())
            continue;
        if (!events.deleted.contains(id))
            events.order << id;
        events.deleted.insert(id, changeType(event) == QLatin1String("deleted"));
        const QString type = properties.value(QStringLiteral("cmis:objectTypeId")).toString();
        if (!type.isEmpty())
            events.typeOf.insert(id, type);
    }
    return events;
}

} // namespace proofdesk::sync::cmis
