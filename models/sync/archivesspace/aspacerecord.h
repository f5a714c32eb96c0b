#pragma once

#include "sync/http/propertymapping.h"

namespace proofdesk::sync::aspace {

// Defaults for digital objects: user_defined fields carry the business keys; the first
// file_version with a SHA-256 checksum is the document.
QMap<QString, QString> defaultMapping();
// One ArchivesSpace digital object → communication. Its id is the record's "uri"
// (/repositories/2/digital_objects/5), which deletions and suppressions name too.
PropertyMapping::Result toCommunication(const QJsonObject &record, const PropertyMapping &mapping);
// The mapping an ArchivesSpace repository reads through: a record needs its uri and a date
// (issued_at, else its create_time); type and channel without a value stay empty, reported.
PropertyMapping mappingOf(const QJsonObject &settings);
QString uriOf(qint64 repoId, const QString &recordType, qint64 id);

} // namespace proofdesk::sync::aspace
