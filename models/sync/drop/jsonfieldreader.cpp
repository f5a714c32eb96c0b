#include "jsonfieldreader.h"

#include "util/timeutil.h"

#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace proofdesk::sync {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{}

QString JsonFieldReader::label(const char *key) const
{
    return QLatin1Char('"') + m_prefix + QLatin1String(key) + QLatin1Char('"');
}

QJsonValue JsonFieldReader::take(const char *key)
{
    const QLatin1StringView k(key);
    m_seen.append(k);
    return m_object.value(k);
}

bool JsonFieldReader::wasSeen(QStringView key) const
{
    return std::any_of(m_seen.begin(), m_seen.end(), [key](QLatin1StringView seen) { return seen == key; });
}

void JsonFieldReader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

void JsonFieldReader::adopt(const JsonFieldReader &nested)
{
    if (!nested.ok())
        fail(nested.error());
}

QString JsonFieldReader::requiredString(const char *key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull()) {
        fail(QStringLiteral("missing required field %1").arg(label(key)));
        return QString();
    }
    if (!v.isString()) {
        fail(QStringLiteral("field %1 must be a string").arg(label(key)));
        return QString();
    }
    const QString s = v.toString();
    if (s.trimmed().isEmpty())
        fail(QStringLiteral("field %1 must not be empty").arg(label(key)));
    return s;
}

QString JsonFieldReader::optionalString(const char *key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString()) {
        fail(QStringLiteral("field %1 must be a string").arg(label(key)));
        return QString();
    }
    return v.toString();
}

QString JsonFieldReader::requiredEnum(const char *key, const QStringList &allowed)
{
    const QString s = requiredString(key);
    if (!s.isEmpty() && !allowed.contains(s))
        fail(QStringLiteral("field %1 is \"%2\", expected one of: %3")
                 .arg(label(key), s, allowed.join(QStringLiteral(", "))));
    return s;
}

QString JsonFieldReader::optionalEnum(const char *key, const QStringList &allowed, const QString &fallback)
{
    const QString s = optionalString(key);
    if (s.isNull())
        return fallback;
    if (!allowed.contains(s))
        fail(QStringLiteral("field %1 is \"%2\", expected one of: %3")
                 .arg(label(key), s, allowed.join(QStringLiteral(", "))));
    return s;
}

std::optional<qint64> JsonFieldReader::optionalTime(const char *key)
{
    const QString s = optionalString(key);
    if (s.isNull())
        return std::nullopt;
    const auto t = parseRfc3339(s);
    if (!t)
        fail(QStringLiteral("field %1 is \"%2\", not an RFC 3339 time such as "
                            "2026-10-03T09:12:44Z")
                 .arg(label(key), s));
    return t;
}

std::optional<qint64> JsonFieldReader::requiredTime(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        take(key);
        fail(QStringLiteral("missing required field %1").arg(label(key)));
        return std::nullopt;
    }
    return optionalTime(key);
}

std::optional<qint64> JsonFieldReader::optionalInteger(const char *key, qint64 minimum, qint64 maximum)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    // Compared as doubles before any conversion: qint64(d) of a d past its range is undefined.
    if (!v.isDouble() || d != std::floor(d)) {
        fail(QStringLiteral("field %1 must be a whole number").arg(label(key)));
        return std::nullopt;
    }
    if (d < double(minimum)) {
        fail(QStringLiteral("field %1 must be at least %2").arg(label(key)).arg(minimum));
        return std::nullopt;
    }
    if (d > double(maximum)) {
        const QString written =
            d < 1e18 ? QString::number(qint64(d)) : QString::number(d, 'g', QLocale::FloatingPointShortest);
        fail(QStringLiteral("field %1 is %2, more than the largest allowed, %3").arg(label(key), written).arg(maximum));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<qint64> JsonFieldReader::requiredInteger(const char *key, qint64 minimum, qint64 maximum)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        take(key);
        fail(QStringLiteral("missing required field %1").arg(label(key)));
        return std::nullopt;
    }
    return optionalInteger(key, minimum, maximum);
}

QJsonObject JsonFieldReader::optionalObject(const char *key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        fail(QStringLiteral("field %1 must be an object").arg(label(key)));
    return v.toObject();
}

QJsonObject JsonFieldReader::requiredObject(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        take(key);
        fail(QStringLiteral("missing required field %1").arg(label(key)));
        return {};
    }
    return optionalObject(key);
}

QJsonArray JsonFieldReader::optionalArray(const char *key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(QStringLiteral("field %1 must be an array").arg(label(key)));
    return v.toArray();
}

QByteArray JsonFieldReader::unknownFieldsJson() const
{
    QJsonObject extra;
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!wasSeen(it.key()))
            extra.insert(it.key(), it.value());
    if (extra.isEmpty())
        return QByteArray();
    return QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

} // namespace proofdesk::sync
