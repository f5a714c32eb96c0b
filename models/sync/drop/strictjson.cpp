#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace proofdesk::sync::StrictJson {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the four hex digits at p, or -1.
int hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0)
            return -1;
        value = value * 16 + d;
    }
    return value;
}

QString codeUnit(int u) { return QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0')); }

struct Scanner
{
    const char *begin;
    const char *end;
    const char *p;

    Violation at(const char *where, const QString &problem) const { return Violation{where - begin, problem}; }

    // p at a backslash inside a string; moves past the escape.
    std::optional<Violation> escape()
    {
        if (end - p < 2) {
            // The string is not closed: QJsonDocument says so. Moved to the end, so that the
            // caller's loop ends (it did not: a line ending in a backslash inside a string
            // hung the import; found by tests/fuzz/fuzz_droprecord).
            p = end;
            return std::nullopt;
        }
        const char e = p[1];
        if (std::strchr("\"\\/bfnrt", e) && e != '\0') {
            p += 2;
            return std::nullopt;
        }
        if (e != 'u') {
            const uchar b = uchar(e);
            return at(p, b > 0x20 && b < 0x7f
                             ? QStringLiteral("invalid escape \"\\%1\" in a string (RFC 8259 allows \\\" \\\\ \\/ "
                                              "\\b \\f \\n \\r \\t and \\uXXXX)")
                                   .arg(QLatin1Char(e))
                             : QStringLiteral("invalid escape: a backslash followed by byte 0x%1 in a string")
                                   .arg(b, 2, 16, QLatin1Char('0')));
        }
        const int u = hex4(p + 2, end);
        if (u < 0)
            return at(p, QStringLiteral("\\u escape without four hexadecimal digits in a string"));
        if (u >= 0xDC00 && u <= 0xDFFF)
            return at(p, QStringLiteral("unpaired UTF-16 surrogate %1 in a string").arg(codeUnit(u)));
        if (u >= 0xD800 && u <= 0xDBFF) {
            const int low = end - p >= 12 && p[6] == '\\' && p[7] == 'u' ? hex4(p + 8, end) : -1;
            if (low < 0xDC00 || low > 0xDFFF)
                return at(p, QStringLiteral("unpaired UTF-16 surrogate %1 in a string").arg(codeUnit(u)));
            p += 12;
            return std::nullopt;
        }
        p += 6;
        return std::nullopt;
    }

    // p at the opening quote; moves past the closing one (or to the end).
    std::optional<Violation> string()
    {
        for (++p; p < end;) {
            const uchar c = uchar(*p);
            if (c == '"') {
                ++p;
                return std::nullopt;
            }
            if (c == '\\') {
                if (auto v = escape())
                    return v;
                continue;
            }
            if (c < 0x20)
                return at(p, QStringLiteral("raw control character U+%1 in a string (JSON needs it escaped, "
                                            "as \\n, \\t or \\u%1)")
                                 .arg(c, 4, 16, QLatin1Char('0')));
            ++p;
        }
        return std::nullopt;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isNumberChar(char c) { return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }

    // -? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?  (RFC 8259 section 6)
    static bool isJsonNumber(const char *s, const char *e)
    {
        if (s < e && *s == '-')
            ++s;
        if (s == e || !isDigit(*s))
            return false;
        if (*s == '0')
            ++s;
        else
            while (s < e && isDigit(*s))
                ++s;
        if (s < e && *s == '.') {
            const char *digits = ++s;
            while (s < e && isDigit(*s))
                ++s;
            if (s == digits)
                return false;
        }
        if (s < e && (*s == 'e' || *s == 'E')) {
            ++s;
            if (s < e && (*s == '+' || *s == '-'))
                ++s;
            const char *digits = s;
            while (s < e && isDigit(*s))
                ++s;
            if (s == digits)
                return false;
        }
        return s == e;
    }

    // p at the first character of a number outside strings; moves past it.
    std::optional<Violation> number()
    {
        const char *start = p;
        while (p < end && isNumberChar(*p))
            ++p;
        if (isJsonNumber(start, p))
            return std::nullopt;
        return at(
            start,
            QStringLiteral("malformed number \"%1\" (RFC 8259 section 6)").arg(QString::fromLatin1(start, p - start)));
    }
};

// The names of the objects open at the scanner's position: RFC 8259 leaves a repeated name
// to the reader, and Qt keeps the last, so {"id": "A", …, "id": "B"} would be read as B while
// another reader of the same drop sees A. A drop line says one thing or is rejected.
//
// Every line of a drop passes here (a record has some thirty names): the names are views of
// the line itself, compared one by one while an object has few, and looked up in a hash set of
// the same views once it has more (a hostile line of a million names stays linear). Only a
// name written with escapes is copied, as what its escapes spell.
class ObjectNames
{
public:
    void open(bool isObject) { m_frames.push_back(Frame{isObject, m_names.size(), nullptr}); }
    void close()
    {
        if (m_frames.empty())
            return;
        m_names.resize(m_frames.back().first);
        m_frames.pop_back();
    }
    // `raw` is a string just scanned (quotes included), followed by a colon: a member name.
    // False when the innermost object has it already.
    bool add(QByteArrayView raw)
    {
        if (m_frames.empty() || !m_frames.back().isObject)
            return true; // structure is QJsonDocument's to judge
        Frame &frame = m_frames.back();
        const QByteArrayView name = spelled(raw);
        if (frame.many) {
            const qsizetype before = frame.many->size();
            frame.many->insert(name);
            return frame.many->size() > before;
        }
        for (size_t i = frame.first; i < m_names.size(); ++i)
            if (m_names[i] == name)
                return false;
        m_names.push_back(name);
        if (m_names.size() - frame.first > kComparedOneByOne) {
            frame.many = std::make_unique<QSet<QByteArrayView>>(m_names.begin() + frame.first, m_names.end());
            m_names.resize(frame.first);
        }
        return true;
    }

private:
    static constexpr size_t kComparedOneByOne = 32;

    struct Frame
    {
        bool isObject;
        size_t first;                               // the object's names in m_names, from here to the end, until `many`
        std::unique_ptr<QSet<QByteArrayView>> many; // seeded hashing: no crafted collisions
    };

    QByteArrayView spelled(QByteArrayView raw)
    {
        if (!raw.contains('\\'))
            return raw.sliced(1, raw.size() - 2); // without its quotes
        // An escaped name: compare what its escapes spell.
        m_decoded.push_back(QJsonDocument::fromJson("[" + raw.toByteArray() + "]").array().at(0).toString().toUtf8());
        return QByteArrayView(m_decoded.back());
    }

    std::vector<Frame> m_frames;
    std::vector<QByteArrayView> m_names;
    std::deque<QByteArray> m_decoded; // stable addresses: views of them are kept
};

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
    return p;
}

} // namespace

std::optional<Violation> firstViolation(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    Scanner s{text.data(), text.data() + text.size(), text.data()};
    if (const void *nul = std::memchr(text.data(), 0, size_t(text.size())))
        return s.at(static_cast<const char *>(nul), QStringLiteral("a NUL byte (JSON text never contains one)"));
    ObjectNames names;
    while (s.p < s.end) {
        const char c = *s.p;
        std::optional<Violation> v;
        if (c == '"') {
            const char *start = s.p;
            v = s.string();
            if (!v && skipSpace(s.p, s.end) < s.end && *skipSpace(s.p, s.end) == ':'
                && !names.add(QByteArrayView(start, s.p - start)))
                return s.at(start, QStringLiteral("the name %1 appears twice in one object (a reader could take "
                                                  "either value)")
                                       .arg(QString::fromUtf8(start, s.p - start)));
        } else if (c == '-' || c == '+' || c == '.' || Scanner::isDigit(c)) {
            v = s.number();
        } else {
            if (c == '{' || c == '[')
                names.open(c == '{');
            else if (c == '}' || c == ']')
                names.close();
            ++s.p; // structure, white space and literals: QJsonDocument checks them
        }
        if (v)
            return v;
    }
    return std::nullopt;
}

} // namespace proofdesk::sync::StrictJson
