#include "htmltokens.h"

namespace proofdesk::render::htmltokens {

namespace {

// QTextHtmlParser::eatSpace: white space but the paragraph separator.
qsizetype skipSpace(QStringView html, qsizetype i)
{
    while (i < html.size() && html[i].isSpace() && html[i] != QChar::ParagraphSeparator)
        ++i;
    return i;
}

// A character reference at html[at] == '&' as QTextHtmlParser::parseEntity reads it: up to 9
// characters and a ';', no white space. Numbers and the references of ASCII punctuation are
// decoded; another name Qt may decode to one letter that is not ASCII, and the scan only cares
// whether a name is one of Qt's elements (ASCII) and whether a value is a number, so it keeps
// the reference as written. Returns the index after what was read.
qsizetype readReference(QStringView html, qsizetype at, QString *into)
{
    qsizetype end = at + 1;
    while (end < html.size() && end - at <= 9 && html[end] != u';' && !html[end].isSpace())
        ++end;
    const QStringView name = html.mid(at + 1, end - at - 1);
    bool ok = false;
    uint code = 0;
    if (name.startsWith(u'#') && name.size() > 1) {
        const bool hex = name[1] == u'x' || name[1] == u'X';
        code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
    } else {
        static const char *const ascii[][2] = {{"amp", "&"}, {"AMP", "&"},   {"lt", "<"},    {"LT", "<"},  {"gt", ">"},
                                               {"GT", ">"},  {"quot", "\""}, {"QUOT", "\""}, {"apos", "'"}};
        for (const auto &pair : ascii) {
            if (name == QLatin1String(pair[0])) {
                ok = true;
                code = uint(pair[1][0]);
            }
        }
    }
    if (!ok || end >= html.size() || html[end] != u';' || end - at > 9) {
        into->append(u'&'); // Qt's answer when it cannot read one: '&', and the rest read as text
        return at + 1;
    }
    into->append(code > 0x10FFFF ? QStringView(u"\uFFFD") : QStringView(QChar::fromUcs4(char32_t(code))));
    return end + 1;
}

// QTextHtmlParser::parseWord at html[i]: a quoted word, or one up to white space, '>', "/>",
// '<' or '='. Returns the index after it.
qsizetype readWord(QStringView html, qsizetype i, QString *word)
{
    word->clear();
    if (i < html.size() && html[i] == u'"') {
        for (++i; i < html.size();) {
            if (html[i] == u'"')
                return i + 1;
            if (html[i] == u'&')
                i = readReference(html, i, word);
            else
                word->append(html[i++]);
        }
        return i;
    }
    if (i < html.size() && html[i] == u'\'') {
        for (++i; i < html.size(); ++i) {
            if (html[i] == u'\'' && html[i - 1] != u'\\') // Qt lets \' stand in a quoted word
                return i + 1;
            word->append(html[i]);
        }
        return i;
    }
    while (i < html.size()) {
        const QChar c = html[i];
        const bool ends = c == u'>' || c == u'<' || c == u'=' || c.isSpace()
                          || (c == u'/' && i + 1 < html.size() && html[i + 1] == u'>');
        if (ends)
            break;
        if (c == u'&')
            i = readReference(html, i, word);
        else
            word->append(html[i++]);
    }
    return i;
}

void keep(Tag *tag, const QString &key, const QString &value)
{
    if (key == QLatin1String("colspan"))
        tag->colspan = value;
    else if (key == QLatin1String("rowspan"))
        tag->rowspan = value;
    else if (key == QLatin1String("class"))
        tag->classes = value;
    else if (key == QLatin1String("id"))
        tag->id = value;
}

// QTextHtmlParser::parseAttributes: name, '=' and a word, until '>' or '/'.
qsizetype readAttributes(QStringView html, qsizetype i, Tag *tag)
{
    QString key, value;
    while (i < html.size()) {
        i = skipSpace(html, i);
        if (i < html.size() && (html[i] == u'>' || html[i] == u'/'))
            break;
        i = readWord(html, i, &key);
        if (key.isEmpty())
            break;
        key = key.toLower();
        value = QStringLiteral("1");
        i = skipSpace(html, i);
        if (i < html.size() && html[i] == u'=') {
            i = skipSpace(html, i + 1);
            i = readWord(html, i, &value);
        }
        if (!value.isEmpty())
            keep(tag, key, value);
    }
    return i;
}

// A comment from "<!--" to "-->", or "<!…>" to its '>'.
qsizetype skipDeclaration(QStringView html, qsizetype i)
{
    if (html.mid(i, 2) == QLatin1String("--")) {
        const qsizetype end = html.indexOf(QLatin1String("-->"), i + 2);
        return end < 0 ? html.size() : end + 3;
    }
    const qsizetype end = html.indexOf(u'>', i);
    return end < 0 ? html.size() : end + 1;
}

// Past the next '>' (Qt reads no quotes there).
qsizetype pastTagEnd(QStringView html, qsizetype i, bool *slash)
{
    for (; i < html.size() && html[i] != u'>'; ++i) {
        if (html[i] == u'/' && slash)
            *slash = true;
    }
    return i < html.size() ? i + 1 : html.size();
}

} // namespace

qsizetype readTag(QStringView html, qsizetype at, Tag *tag)
{
    *tag = Tag();
    qsizetype i = skipSpace(html, at + 1);
    if (i < html.size() && html[i] == u'!')
        return skipDeclaration(html, i + 1);
    if (i < html.size() && html[i] == u'/') {
        tag->kind = Tag::Close;
        i = readWord(html, i + 1, &tag->name);
        tag->name = tag->name.toLower().trimmed();
        return pastTagEnd(html, i, nullptr);
    }
    tag->kind = Tag::Open;
    i = readWord(html, i, &tag->name);
    tag->name = tag->name.toLower();
    if (i < html.size() && html[i].isSpace())
        i = readAttributes(html, i, tag);
    return pastTagEnd(html, i, &tag->closed);
}

QString decodeReferences(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&')
            i = readReference(text, i, &decoded);
        else
            decoded.append(text[i++]);
    }
    return decoded;
}

qint64 intAttribute(const QString &value, qint64 otherwise)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? number : otherwise;
}

} // namespace proofdesk::render::htmltokens
