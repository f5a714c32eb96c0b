#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace proofdesk::sync {

// Where a line breaks RFC 8259 in a way QJsonDocument lets through. Qt's parser reads an
// unknown escape as the escaped letter ("typ\e" becomes "type"), takes raw control
// characters and NUL bytes inside strings, numbers such as "1." and ".5", and unpaired
// \u surrogates. A drop is another system's output: such a line is rejected with file:line
// and the problem named, never read as something it does not say.
//
// Only what Qt misses is checked, in one pass over the bytes (strings and numbers are
// scanned, structure is left to QJsonDocument, which runs after this and reports the rest).
namespace StrictJson {

struct Violation
{
    qsizetype offset = 0; // byte offset in the text, 0-based
    QString problem;      // e.g. "invalid escape \"\\e\" in a string"
};

std::optional<Violation> firstViolation(QByteArrayView text);

} // namespace StrictJson

} // namespace proofdesk::sync
