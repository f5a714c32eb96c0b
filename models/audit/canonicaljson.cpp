#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace proofdesk::audit::canonical {

void appendString(std::string &out, const char *utf8, size_t length)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    size_t plainFrom = 0;
    for (size_t i = 0; i < length; ++i) {
        const unsigned char ch = static_cast<unsigned char>(utf8[i]);
        if (ch >= 0x20 && ch != '"' && ch != '\\')
            continue;
        // Copy the run of bytes that need no escape in one go.
        out.append(utf8 + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (ch) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            out.append("\\u00");
            out.push_back(hex[ch >> 4]);
            out.push_back(hex[ch & 0xf]);
        }
    }
    out.append(utf8 + plainFrom, length - plainFrom);
    out.push_back('"');
}

namespace {

void appendQString(std::string &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendString(out, utf8.constData(), size_t(utf8.size()));
}

} // namespace

void appendValue(std::string &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        return;
    case QJsonValue::String:
        appendQString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out.push_back('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.push_back(',');
            appendValue(out, array.at(i));
        }
        out.push_back(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end()); // QString compares UTF-16 code units
        out.push_back('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out.push_back(',');
            appendQString(out, keys.at(i));
            out.push_back(':');
            appendValue(out, object.value(keys.at(i)));
        }
        out.push_back('}');
        return;
    }
    }
}

} // namespace proofdesk::audit::canonical

namespace proofdesk::audit {

QByteArray canonicalJson(const QJsonValue &value)
{
    std::string out;
    canonical::appendValue(out, value);
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace proofdesk::audit
