#pragma once

#include "domain/communication.h"
#include "domain/records.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace proofdesk::sync {

template <typename T> struct Parsed
{
    std::optional<T> record;
    QString reason; // why the line was rejected, when record is empty
};

// Turns one NDJSON line of a drop into a record, checking what drop-format.md requires:
// valid JSON, an object, required fields present, every field of the right type. Unknown
// fields are kept as extraJson. recordHash identifies the exact line.
namespace DropRecordParser {
Parsed<domain::Communication> communication(const QByteArray &line);
Parsed<domain::TemplateVersion> templateVersion(const QByteArray &line);
Parsed<domain::ContentBlockVersion> contentBlock(const QByteArray &line);
Parsed<domain::DeliveryEvent> deliveryEvent(const QByteArray &line);
Parsed<domain::RetentionClass> retentionClass(const QByteArray &line);
} // namespace DropRecordParser

} // namespace proofdesk::sync
