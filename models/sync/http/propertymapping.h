#pragma once

#include "domain/communication.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::sync {

// Turns a repository's properties into a Proofdesk communication. Each Proofdesk field
// (customer_id, issued_at, …) reads one source property — "exs:customerId" for CMIS,
// "user_defined.string_1" for ArchivesSpace (dotted paths reach into objects) — or a
// literal written "=value". Connectors bring defaults; the repository's settings
// ("mapping": {"customer_id": "acme:cust"}) override them. A value of the wrong type
// rejects that record with a reason naming field and property; it never stops the sync.
// content_blocks reads a multi-valued property whole: "ID:VERSION" per value, one JSON
// object {"id","version"} per value, or one JSON array (sync/http/jsonentries.h).
class PropertyMapping
{
public:
    PropertyMapping(QMap<QString, QString> defaults, const QJsonObject &overrides);

    struct Result
    {
        std::optional<domain::Communication> record;
        QString reason;
        QString warning; // the record was taken with something to report (page.warnings)
    };
    // Fills every mapped field; the caller adds rendition location, record hash and extras.
    Result map(const QJsonObject &properties) const;

    QString source(const QString &field) const { return m_sources.value(field); }
    // Every field map() fills, in its order, and the ones a record cannot do without.
    static const QStringList &fields();
    static bool isRequired(const QString &field);
    // What a connector's records need (default: id, type and issued_at): a record without
    // one of these is rejected. A field taken out is left empty instead, and reported as
    // below when it is among the reported ones.
    void setRequired(const QStringList &fields) { m_required = QSet<QString>(fields.begin(), fields.end()); }
    // Fields every communication has (type, channel): when the property a field reads has
    // no value, the field stays empty (never a made-up value) and the Result's warning names
    // it and its property.
    void setReportedWhenEmpty(const QStringList &fields) { m_reported = fields; }
    // True when some field reads this property (so it need not be kept among the extras).
    bool isSource(const QString &property) const { return m_sourceSet.contains(property); }
    // A property by dotted path; multi-valued (array) properties give their first value.
    static QJsonValue lookup(const QJsonObject &properties, const QString &path);
    // The same, multi-valued properties whole.
    static QJsonValue lookupAll(const QJsonObject &properties, const QString &path);
    // Epoch ms from a number (ms), or an ISO 8601 / RFC 3339 string; nullopt otherwise.
    static std::optional<qint64> toTime(const QJsonValue &value);
    // The repository's SHA-256 of a document as the cache keeps it: 64 hex digits in lower
    // case. Anything else (a checksum of "..//records.sqlite") is no hash at all, an empty
    // result, and `warning` says why: the content store names files by this value.
    static QString documentHash(const QString &given, const QString &property, QString *warning);
    // A record's identity for "unchanged": SHA-256 of its compact properties.
    static QByteArray hashOf(const QJsonObject &properties);
    // The mapping in force, as stored in a cursor and in every record hash: a changed
    // mapping re-maps everything. Computed once: it is appended to each record's hash, and
    // hashing the mapping per record was a quarter of a 100,000-record sync's CPU time.
    QByteArray fingerprint() const { return m_fingerprint; }

private:
    // "a (\"x\") and b (\"y\") have no value; left empty" for the fields of
    // setReportedWhenEmpty that `properties` leaves empty; empty when none is.
    QString unfilledWarning(const QJsonObject &properties) const;

    struct Reader;
    QMap<QString, QString> m_sources;
    QSet<QString> m_sourceSet;
    QSet<QString> m_required{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("issued_at")};
    QStringList m_reported;
    QByteArray m_fingerprint;
};

} // namespace proofdesk::sync
