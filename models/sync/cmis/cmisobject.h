#pragma once

#include "sync/changepage.h"
#include "sync/http/propertymapping.h"

#include <QJsonObject>

namespace proofdesk::sync::cmis {

// A CMIS object or change event of the Browser Binding, either form: "succinctProperties"
// ({"cmis:name": "x"}) or "properties" ({"cmis:name": {"value": "x", …}}), as a flat object.
QJsonObject flatProperties(const QJsonObject &object);
// "created" | "updated" | "deleted" | "security", and its key for the overlap rule.
QString changeType(const QJsonObject &object);
QString eventKey(const QJsonObject &object);
// cmis:contentStreamHash values look like "{sha-256}ab12…"; the SHA-256 one, lower-case, as
// given: only PropertyMapping::documentHash() makes it a name the content store may use.
QString sha256Of(const QJsonValue &contentStreamHash);

// A CMIS query string literal: 'value', with ' and \ escaped by a backslash (CMIS 1.1
// 2.1.14.2.1), so that no id can end the literal early.
QString stringLiteral(const QString &value);

// A version label as the generator writes the version: "3.0" (a Documentum major version)
// is "3"; anything else ("3.1", "3", "CURRENT") stays as it is.
QString majorVersionOf(const QString &label);

// The default mapping from CMIS properties (plus the "exs:" Exstream properties that an
// archive of customer communications usually carries) to Proofdesk fields.
QMap<QString, QString> defaultMapping();

// Properties → communication: mapped fields, the document reference, holds, retention,
// and the modification stamp that keeps an older version from replacing a newer one.
PropertyMapping::Result toCommunication(const QJsonObject &flat, const PropertyMapping &mapping);

} // namespace proofdesk::sync::cmis
