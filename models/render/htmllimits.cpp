#include "htmllimits.h"

#include "wordbreak.h"

#include <QCoreApplication>
#include <QList>
#include <algorithm>
#include <initializer_list>

namespace proofdesk::render {

namespace {

bool isOneOf(QStringView tag, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (tag.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The elements QTextHtmlParser gives no children.
bool isLeaf(QStringView tag) { return isOneOf(tag, {"img", "br", "hr", "meta"}); }

bool isTable(QStringView tag) { return isOneOf(tag, {"table"}); }

bool isNotSelfNesting(QStringView tag) { return isOneOf(tag, {"p", "li"}); }

// Tags after which text starts on a new line: the word before them ends there.
bool startsLine(QStringView tag)
{
    return isOneOf(tag, {"br", "p",  "div", "li",         "tr", "td", "th", "table", "ul", "ol", "dl",   "dt",
                         "dd", "hr", "pre", "blockquote", "h1", "h2", "h3", "h4",    "h5", "h6", "body", "html"});
}

// Elements whose content Qt does not read as markup.
bool isRawText(QStringView tag) { return isOneOf(tag, {"style", "script", "title", "textarea"}); }

// One tag at html[at] == '<': its name, whether it closes an element, and whether it ends
// with "/>". Returns the index after the tag's '>' (html.size() when there is none).
qsizetype readTag(QStringView html, qsizetype at, QStringView *name, bool *closing, bool *selfClosed)
{
    qsizetype i = at + 1;
    *closing = i < html.size() && html[i] == u'/';
    if (*closing)
        ++i;
    const qsizetype nameStart = i;
    while (i < html.size() && (html[i].isLetterOrNumber() || html[i] == u'-' || html[i] == u':'))
        ++i;
    *name = html.mid(nameStart, i - nameStart);
    QChar quote;
    QChar last;
    for (; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            break;
        }
        if (!c.isSpace())
            last = c;
    }
    *selfClosed = last == u'/';
    return i < html.size() ? i + 1 : html.size();
}

// The index after the end of a comment, "<!…>" or "<?…>" at html[at].
qsizetype skipDeclaration(QStringView html, qsizetype at)
{
    if (html.mid(at, 4) == QLatin1String("<!--")) {
        const qsizetype end = html.indexOf(QLatin1String("-->"), at + 4);
        return end < 0 ? html.size() : end + 3;
    }
    const qsizetype end = html.indexOf(u'>', at);
    return end < 0 ? html.size() : end + 1;
}

// A tag, a closing tag, a comment or a declaration starts at `i`; any other '<' is text.
bool startsMarkup(QStringView html, qsizetype i)
{
    if (html[i] != u'<' || i + 1 >= html.size())
        return false;
    const QChar next = html[i + 1];
    return next.isLetter() || next == u'/' || next == u'!' || next == u'?';
}

// A closing tag closes the innermost open element of its name and every element inside it
// (tables among them leave the count); one that closes nothing open is ignored.
void closeElement(QList<QStringView> &open, int &tables, QStringView name)
{
    for (qsizetype k = open.size() - 1; k >= 0; --k) {
        if (open.at(k).compare(name, Qt::CaseInsensitive) == 0) {
            for (qsizetype closed = k; closed < open.size(); ++closed)
                tables -= isTable(open.at(closed)) ? 1 : 0;
            open.resize(k);
            return;
        }
    }
}

} // namespace

QString HtmlLimits::check(QStringView html) const
{
    auto say = [](const char *text) { return QCoreApplication::translate("proofdesk::render::HtmlLimits", text); };
    if (html.size() > maxCharacters)
        return say("it has %1 characters; letters of more than %2 are not shown").arg(html.size()).arg(maxCharacters);
    QList<QStringView> open;
    qsizetype word = 0;
    int tables = 0; // tables open around the current position
    qint64 cost = 0;
    auto add = [&](qint64 units) {
        cost += units << std::min(tables, 40);
        return cost > maxLayoutCost;
    };
    const QString tooCostly = say("laying it out would cost more than %1 units (each character 1, more in long words, "
                                  "each element 16, doubled inside each table around them)")
                                  .arg(maxLayoutCost);
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html[i];
        if (!startsMarkup(html, i)) {
            word = breaksWord(c.unicode()) ? 0 : word + 1;
            if (word > maxWordLength)
                return say("it has a word longer than %1 characters with no place to break a line").arg(maxWordLength);
            if (add(1 + word / 256)) // breaking a long word costs in proportion to its length
                return tooCostly;
            ++i;
            continue;
        }
        if (html[i + 1] == u'!' || html[i + 1] == u'?') {
            i = skipDeclaration(html, i);
            continue;
        }
        QStringView name;
        bool closing = false, selfClosed = false;
        i = readTag(html, i, &name, &closing, &selfClosed);
        if (startsLine(name))
            word = 0;
        if (closing) {
            closeElement(open, tables, name);
            continue;
        }
        if (isRawText(name) && !selfClosed) {
            const qsizetype end = html.indexOf(QStringLiteral("</%1").arg(name), i, Qt::CaseInsensitive);
            i = end < 0 ? html.size() : end;
            continue;
        }
        if (add(16))
            return tooCostly;
        if (isLeaf(name) || selfClosed || name.isEmpty())
            continue;
        if (!open.isEmpty() && isNotSelfNesting(name) && open.last().compare(name, Qt::CaseInsensitive) == 0)
            open.removeLast();
        open.append(name);
        tables += isTable(name) ? 1 : 0;
        if (open.size() > maxDepth)
            return say("its elements are nested more than %1 deep").arg(maxDepth);
    }
    return {};
}

} // namespace proofdesk::render
