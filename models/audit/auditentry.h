#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QString>
#include <string>

namespace proofdesk::audit {

// One entry of the audit trail (DESIGN.md "Audit trail"). `before`/`after` are canonical
// JSON (or empty) where something changed; `outcome` is "done" or "refused".
struct AuditEntry
{
    qint64 seq = 0;
    qint64 at = 0; // ms since the epoch, UTC
    QString user;
    QString role;
    QString action;
    QString outcome = QStringLiteral("done");
    QString objectType;
    QString objectId;
    QString reason;
    QByteArray before; // canonical JSON, empty = null
    QByteArray after;  // canonical JSON, empty = null
    QString device;
    QString prevHash;
    QString hash;

    QJsonObject toJson() const; // the exported form, with prev_hash and hash
};

// A UTF-8 text that may be NULL, as SQLite hands out column values (no copy).
struct Utf8View
{
    const char *data = nullptr; // nullptr = NULL
    size_t size = 0;
};

// The fields that are hashed, as views, so that append and verify share one writer.
struct EntryFields
{
    qint64 seq = 0;
    qint64 at = 0;
    Utf8View user, role, action, outcome, objectType, objectId, reason, before, after, device;
};

// The 64 zeros that the first entry's prev_hash is.
inline constexpr char kGenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";

// Writes the canonical JSON of an entry into `out` (cleared first; its capacity is reused):
// {"action","after","at","before","device","object_id","object_type","outcome","reason",
//  "role","seq","user"}, keys sorted; before/after are embedded as stored (canonical JSON).
void writeCanonicalEntry(std::string &out, const EntryFields &fields);

// hash = SHA-256(prev_hash || canonical JSON), as 64 lower-case hex digits in `hex64`.
void hashEntry(QCryptographicHash &sha, const char *prevHash64, const std::string &canonical, char *hex64);

} // namespace proofdesk::audit
