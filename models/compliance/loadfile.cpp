#include "loadfile.h"

namespace proofdesk::compliance::loadfile {

namespace {

constexpr char16_t kQuote = u'\u00FE';
constexpr char16_t kSeparator = u'\u0014';
constexpr char16_t kNewLine = u'\u00AE';
constexpr char16_t kReplaced = u'\uFFFD';

const QByteArray &datSeparator()
{
    static const QByteArray separator = (QString(QChar(kQuote)) + QChar(kSeparator) + QChar(kQuote)).toUtf8();
    return separator;
}

const QByteArray &datQuote()
{
    static const QByteArray quote = QString(QChar(kQuote)).toUtf8();
    return quote;
}

} // namespace

QString datValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c == u'\r' && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
            continue; // CR LF is one line break
        if (c == u'\r' || c == u'\n')
            out += QChar(kNewLine);
        else if (c == kQuote || c == kSeparator || c == kNewLine)
            out += QChar(kReplaced);
        else
            out += value.at(i);
    }
    return out;
}

QByteArray datRow(const QStringList &fields)
{
    QByteArray row = datQuote();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += datSeparator();
        row += datValue(fields.at(i)).toUtf8();
    }
    row += datQuote();
    row += "\r\n";
    return row;
}

std::optional<QStringList> parseDatRow(const QByteArray &line)
{
    const QByteArray &quote = datQuote();
    if (line.size() < 2 * quote.size() || !line.startsWith(quote) || !line.endsWith(quote))
        return std::nullopt;
    const QByteArray inner = line.mid(quote.size(), line.size() - 2 * quote.size());
    QStringList fields;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = inner.indexOf(datSeparator(), from);
        fields << QString::fromUtf8(inner.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            break;
        from = at + datSeparator().size();
    }
    for (const QString &f : fields) {
        if (f.contains(QChar(kQuote)) || f.contains(QChar(kSeparator)))
            return std::nullopt; // a stray delimiter: not a row datRow wrote
    }
    return fields;
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        QByteArray value = fields.at(i).toUtf8();
        value.replace('"', "\"\"");
        row += '"' + value + '"';
    }
    row += "\r\n";
    return row;
}

CsvReader::CsvReader(QByteArray text)
    : m_text(std::move(text))
{}

std::optional<QStringList> CsvReader::next()
{
    if (m_pos >= m_text.size() || !m_error.isEmpty())
        return std::nullopt;
    ++m_row;
    QStringList fields;
    QByteArray field;
    bool quoted = false, wasQuoted = false;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos++);
        if (quoted) {
            if (c != '"')
                field += c;
            else if (m_pos < m_text.size() && m_text.at(m_pos) == '"')
                field += m_text.at(m_pos++);
            else
                quoted = false;
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            fields << QString::fromUtf8(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && m_pos < m_text.size() && m_text.at(m_pos) == '\n')
                ++m_pos;
            fields << QString::fromUtf8(field);
            return fields;
        } else if (wasQuoted) {
            m_error = QStringLiteral("row %1: a character after a quoted field's closing quote").arg(m_row);
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted) {
        m_error = QStringLiteral("row %1: a quoted field is never closed").arg(m_row);
        return std::nullopt;
    }
    fields << QString::fromUtf8(field);
    return fields;
}

} // namespace proofdesk::compliance::loadfile
