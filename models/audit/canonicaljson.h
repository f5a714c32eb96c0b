#pragma once

#include <QJsonValue>

#include <string>

namespace proofdesk::audit {

// Canonical JSON, the form the audit trail hashes: object keys sorted (UTF-16 code-unit
// order, as RFC 8785), no insignificant whitespace, UTF-8, strings escaped minimally
// ("\"", "\\", \b \f \n \r \t, other controls as \u00xx; everything else as is).
// Integers print as integers; other numbers with up to 17 significant digits.
//
// The writer appends to a std::string so that a caller hashing a million entries can reuse
// one buffer (clear() keeps its capacity).
namespace canonical {

void appendString(std::string &out, const char *utf8, size_t length);
void appendValue(std::string &out, const QJsonValue &value);

} // namespace canonical

// The canonical text of a JSON value (an object, array or scalar) as UTF-8.
QByteArray canonicalJson(const QJsonValue &value);

} // namespace proofdesk::audit
