#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace proofdesk::util::indentedjson {

// JSON written byte for byte as QJsonDocument::toJson(QJsonDocument::Indented) writes it (the
// same keys in the same order, the same escapes, numbers and indentation), straight into one
// growing buffer. Qt's writer (6.4) makes a QByteArray of every escaped key and string and
// grows its output a little at a time, which was a fifth of a production's CPU.

// `value` as Qt writes a value `depth` levels deep: an object or array opens on the current
// line, its members are indented by 4 * (depth + 1) spaces and it closes at 4 * depth, with
// no newline after it.
void append(QByteArray &out, const QJsonValue &value, int depth);

// The whole document, as QJsonDocument(object).toJson(QJsonDocument::Indented).
QByteArray document(const QJsonObject &object);
QByteArray document(const QJsonArray &array);

} // namespace proofdesk::util::indentedjson
