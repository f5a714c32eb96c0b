#include "indentedjson.h"

#include <QCborValue>
#include <QLocale>
#include <cmath>
#include <cstring>

namespace proofdesk::util::indentedjson {

namespace {

// Room for `more` bytes past the end, growing by doubling (QByteArray::reserve takes the
// exact size asked, so reserving a little at a time would copy the whole buffer each time).
char *grow(QByteArray &out, qsizetype more)
{
    const qsizetype size = out.size();
    if (out.capacity() < size + more)
        out.reserve(qMax(2 * out.capacity(), size + more));
    out.resize(size + more);
    return out.data() + size;
}

void appendSpaces(QByteArray &out, int count) { std::memset(grow(out, count), ' ', size_t(count)); }

char hexDigit(uint u) { return char(u < 10 ? '0' + u : 'a' + u - 10); }

char *escapeAscii(char *cursor, char16_t u)
{
    *cursor++ = '\\';
    switch (u) {
    case u'"':
        *cursor++ = '"';
        break;
    case u'\\':
        *cursor++ = '\\';
        break;
    case u'\b':
        *cursor++ = 'b';
        break;
    case u'\f':
        *cursor++ = 'f';
        break;
    case u'\n':
        *cursor++ = 'n';
        break;
    case u'\r':
        *cursor++ = 'r';
        break;
    case u'\t':
        *cursor++ = 't';
        break;
    default:
        *cursor++ = 'u';
        *cursor++ = '0';
        *cursor++ = '0';
        *cursor++ = hexDigit(u >> 4);
        *cursor++ = hexDigit(u & 0xf);
    }
    return cursor;
}

// A surrogate without its partner, which has no UTF-8 form: written as Qt does, \uXXXX.
char *escapeUnit(char *cursor, char16_t u)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *cursor++ = hexDigit((u >> shift) & 0xf);
    return cursor;
}

char *utf8(char *cursor, const char16_t *&src, const char16_t *end, char16_t u)
{
    if (u < 0x800) {
        *cursor++ = char(0xc0 | (u >> 6));
        *cursor++ = char(0x80 | (u & 0x3f));
    } else if (!QChar::isSurrogate(u)) {
        *cursor++ = char(0xe0 | (u >> 12));
        *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
        *cursor++ = char(0x80 | (u & 0x3f));
    } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
        const char32_t c = QChar::surrogateToUcs4(u, *src++);
        *cursor++ = char(0xf0 | (c >> 18));
        *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
        *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
        *cursor++ = char(0x80 | (c & 0x3f));
    } else {
        cursor = escapeUnit(cursor, u);
    }
    return cursor;
}

// `"text"` in UTF-8, escaped. Six bytes a UTF-16 unit is the most any unit takes.
void appendString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    char *const first = grow(out, 6 * text.size() + 2);
    char *cursor = first;
    *cursor++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u >= 0x80)
            cursor = utf8(cursor, src, end, u);
        else if (u < 0x20 || u == u'"' || u == u'\\')
            cursor = escapeAscii(cursor, u);
        else
            *cursor++ = char(u);
    }
    *cursor++ = '"';
    out.truncate(start + (cursor - first));
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    // Qt keeps a whole number as an integer and writes it in full; other doubles shortest.
    const QCborValue number = QCborValue::fromJsonValue(value);
    if (number.isInteger())
        out += QByteArray::number(number.toInteger());
    else if (std::isfinite(number.toDouble()))
        out += QByteArray::number(number.toDouble(), 'g', QLocale::FloatingPointShortest);
    else
        out += "null";
}

void appendObject(QByteArray &out, const QJsonObject &object, int depth)
{
    out += "{\n";
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it != object.constBegin())
            out += ",\n";
        appendSpaces(out, 4 * (depth + 1));
        appendString(out, it.key());
        out += ": ";
        append(out, it.value(), depth + 1);
    }
    if (!object.isEmpty())
        out += '\n';
    appendSpaces(out, 4 * depth);
    out += '}';
}

void appendArray(QByteArray &out, const QJsonArray &array, int depth)
{
    out += "[\n";
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i > 0)
            out += ",\n";
        appendSpaces(out, 4 * (depth + 1));
        append(out, array.at(i), depth + 1);
    }
    if (!array.isEmpty())
        out += '\n';
    appendSpaces(out, 4 * depth);
    out += ']';
}

} // namespace

void append(QByteArray &out, const QJsonValue &value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray(), depth);
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject(), depth);
        break;
    default:
        out += "null";
    }
}

QByteArray document(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(4096);
    appendObject(out, object, 0);
    return out += '\n';
}

QByteArray document(const QJsonArray &array)
{
    QByteArray out;
    out.reserve(4096);
    appendArray(out, array, 0);
    return out += '\n';
}

} // namespace proofdesk::util::indentedjson
