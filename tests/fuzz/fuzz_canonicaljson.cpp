// libFuzzer: the canonical JSON the audit trail hashes (models/audit/canonicaljson.h). Any
// JSON Qt reads gets a canonical form that is itself valid JSON and a fixed point:
// canonical(parse(canonical(x))) == canonical(x). NaN/Infinity cannot come from JSON text.
#include "audit/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QByteArray once = proofdesk::audit::canonicalJson(value);
    const QJsonDocument again = QJsonDocument::fromJson(once, &error);
    if (error.error != QJsonParseError::NoError) {
        std::fprintf(stderr, "canonical form is not JSON: %s\n", once.constData());
        std::abort();
    }
    const QJsonValue second = again.isArray() ? QJsonValue(again.array()) : QJsonValue(again.object());
    const QByteArray twice = proofdesk::audit::canonicalJson(second);
    if (once != twice) {
        std::fprintf(stderr, "not a fixed point:\n%s\n%s\n", once.constData(), twice.constData());
        std::abort();
    }
    return 0;
}
