#pragma once

#include <QJsonValue>
#include <string>

namespace proofdesk::audit {

// Canonical JSON, the form the audit trail hashes: RFC 8785 (JCS). Object keys sorted
// (UTF-16 code-unit order), no insignificant whitespace, UTF-8, strings escaped minimally
// ("\"", "\\", \b \f \n \r \t, other controls as \u00xx; everything else as is), numbers
// as ECMAScript prints them (shortest round-trip digits, 1e+21, 1e-7, -0 as 0). NaN and
// Infinity have no JSON form: they throw std::invalid_argument.
// A lone UTF-16 surrogate (RFC 8785 refuses the string) is written as \udxxx, as
// QJsonDocument stores it, so that the canonical text reads back as itself.
//
// Entries written before numbers followed RFC 8785 (up to 17 digits) hash the same: every
// number the records services put in before/after is an integer below 2^53, which both
// forms print as the plain integer; and the verifier hashes before/after as stored.
//
// The writer appends to a std::string so that a caller hashing a million entries can reuse
// one buffer (clear() keeps its capacity).
namespace canonical {

void appendString(std::string &out, const char *utf8, size_t length);
void appendNumber(std::string &out, double value); // canonicalnumber.cpp
void appendValue(std::string &out, const QJsonValue &value);

} // namespace canonical

// The canonical text of a JSON value (an object, array or scalar) as UTF-8.
QByteArray canonicalJson(const QJsonValue &value);

} // namespace proofdesk::audit
