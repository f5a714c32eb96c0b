#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVarLengthArray>
#include <optional>

namespace proofdesk::sync {

// Reads typed fields from one JSON record and remembers the first problem, so a parser
// reads every field it needs and then asks once whether the record is usable. A null
// value counts as absent. Reasons name the field: they are shown to users as-is.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(const QJsonObject &object, QString prefix = {});

    QString requiredString(const char *key);
    QString optionalString(const char *key);
    // A string that must be one of `allowed`; absent gives `fallback` for optional ones.
    QString requiredEnum(const char *key, const QStringList &allowed);
    QString optionalEnum(const char *key, const QStringList &allowed, const QString &fallback);
    std::optional<qint64> requiredTime(const char *key);
    std::optional<qint64> optionalTime(const char *key);
    // A whole number in [minimum, maximum]; anything else (1.5, "3", -1, 1e12 pages) is a
    // problem naming the field, never a value wrapped or rounded into range. The default
    // maximum is the largest integer a JSON number (a double) carries exactly.
    static constexpr qint64 kMaxExactInteger = qint64(1) << 53;
    std::optional<qint64> requiredInteger(const char *key, qint64 minimum = 0, qint64 maximum = kMaxExactInteger);
    std::optional<qint64> optionalInteger(const char *key, qint64 minimum = 0, qint64 maximum = kMaxExactInteger);
    QJsonObject requiredObject(const char *key);
    QJsonObject optionalObject(const char *key);
    QJsonArray optionalArray(const char *key);

    // Takes a problem found by the caller (first one wins).
    void fail(const QString &reason);
    // Adopts the first problem of a nested reader.
    void adopt(const JsonFieldReader &nested);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The fields this reader was never asked about, as a compact JSON object ("" if none).
    QByteArray unknownFieldsJson() const;

private:
    QJsonValue take(const char *key);
    QString label(const char *key) const;

    QJsonObject m_object;
    QString m_prefix;
    // The keys asked for: string literals, so views stay valid; a record has a few dozen,
    // and a scan of them costs less than hashing a QString made for each.
    QVarLengthArray<QLatin1StringView, 48> m_seen;
    bool wasSeen(QStringView key) const;
    QString m_error;
};

} // namespace proofdesk::sync
