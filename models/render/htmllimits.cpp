#include "htmllimits.h"

#include "htmlstylecost.h"
#include "htmltablegrid.h"
#include "htmltokens.h"
#include "util/translation.h"
#include "wordbreak.h"

#include <QList>
#include <algorithm>
#include <initializer_list>

namespace proofdesk::render {

namespace {

using htmltokens::Tag;

QString tr(const char *text) { return util::translateEither("proofdesk::render::HtmlScan", "proofdesk::render", text); }

bool isOneOf(QStringView name, std::initializer_list<const char *> names)
{
    for (const char *each : names) {
        if (name == QLatin1String(each))
            return true;
    }
    return false;
}

// The elements QTextHtmlParser gives no children.
bool isLeaf(QStringView id) { return isOneOf(id, {"img", "br", "hr", "meta"}); }

bool isNotSelfNesting(QStringView id) { return isOneOf(id, {"p", "li"}); }

// Qt's elements of "display: none": their text is not laid out.
bool isHidden(QStringView id) { return isOneOf(id, {"head", "link", "meta", "script", "style", "title"}); }

// Qt's block elements (QTextHtmlElement::DisplayBlock), which a <p> closes inline ones back to.
bool isBlock(QStringView id)
{
    return isOneOf(id, {"blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",  "h1", "h2", "h3",
                        "h4",         "h5",   "h6",      "hr",     "li", "ol",  "p",  "pre", "td", "th", "ul"});
}

// Tags after which text starts on a new line: the word before them ends there.
bool startsLine(QStringView id)
{
    return isOneOf(id, {"br", "p",  "div", "li",         "tr", "td", "th", "table", "ul", "ol", "dl",   "dt",
                        "dd", "hr", "pre", "blockquote", "h1", "h2", "h3", "h4",    "h5", "h6", "body", "html"});
}

// QTextHtmlParserNode::allowedInContext: the element `id` may be a child of `parent`.
bool allowedIn(QStringView id, QStringView parent)
{
    if (isOneOf(id, {"dd", "dt"}))
        return parent == QLatin1String("dl");
    if (id == QLatin1String("tr"))
        return isOneOf(parent, {"table", "thead", "tbody", "tfoot"});
    if (isOneOf(id, {"td", "th"}))
        return parent == QLatin1String("tr");
    if (isOneOf(id, {"thead", "tbody", "tfoot", "caption"}))
        return parent == QLatin1String("table");
    if (id == QLatin1String("body"))
        return parent != QLatin1String("head");
    return true;
}

// A letter refused before it is decoded (HtmlLimits::check of bytes).
QString tooManyBytes(qsizetype maxCharacters)
{
    return tr("it has more than %1 characters; longer letters are not shown").arg(maxCharacters);
}

// One pass over a letter, keeping the elements open as QTextHtmlParser nests them.
class HtmlScan
{
public:
    HtmlScan(const HtmlLimits &limits, QStringView html)
        : m_limits(limits)
        , m_html(html)
    {}
    QString run();

private:
    struct Open
    {
        QString tag;          // as written, lower case: what an end tag names
        QString id;           // what Qt takes it for ("qt" is a body)
        int grid = -1;        // of a table, or of the table a row is in
        bool hidden = false;  // display: none, or inside such an element
        qint64 children = 0;  // elements and runs of text in it so far
        qint64 siblings = 0;  // the most children before it or one of its ancestors
        qsizetype sheet = -1; // of a <style>: where its text starts
    };
    bool text(QChar c);
    bool markup(const Tag &tag, qsizetype at, qsizetype end);
    bool open(const Tag &tag, qsizetype at, qsizetype end);
    bool resolveParent(const QString &id, qsizetype at);
    bool push(Open entry, const Tag *tag);
    bool popTo(qsizetype size, qsizetype at);
    bool finishTable(int grid);
    bool hasOpen(QStringView id) const;
    int innermostTable() const;
    Open &parent() { return m_open.isEmpty() ? m_root : m_open.last(); }
    bool add(qint64 units);
    bool fail(const QString &why)
    {
        m_why = why;
        return false;
    }

    const HtmlLimits &m_limits;
    QStringView m_html;
    QList<Open> m_open;
    Open m_root;
    QList<HtmlTableGrid> m_grids;
    HtmlStyleCost m_style;
    int m_tables = 0;           // open around the current position
    qsizetype m_word = 0;       // characters into the current word
    qint64 m_blockElements = 0; // elements in the current paragraph
    qint64 m_cost = 0;
    qint64 m_styleTests = 0; // HtmlStyleCost's units × kTestsPerUnit
    qint64 m_cells = 0;
    QString m_why;
};

QString HtmlScan::run()
{
    if (m_html.size() > m_limits.maxCharacters)
        return tr("it has %1 characters; letters of more than %2 are not shown")
            .arg(m_html.size())
            .arg(m_limits.maxCharacters);
    bool inText = false;
    for (qsizetype i = 0; i < m_html.size();) {
        if (m_html[i] != u'<') {
            if (!inText)
                ++parent().children;
            inText = true;
            if (!text(m_html[i++]))
                return m_why;
            continue;
        }
        inText = false;
        Tag tag;
        const qsizetype at = i;
        i = htmltokens::readTag(m_html, i, &tag);
        if (!markup(tag, at, i))
            return m_why;
    }
    return popTo(0, m_html.size()) ? QString() : m_why;
}

bool HtmlScan::text(QChar c)
{
    if (parent().hidden)
        return true;
    m_word = breaksWord(c.unicode()) ? 0 : m_word + 1;
    if (m_word > m_limits.maxWordLength)
        return fail(
            tr("it has a word longer than %1 characters with no place to break a line").arg(m_limits.maxWordLength));
    return add(1 + m_word / 256); // breaking a long word costs in proportion to its length
}

bool HtmlScan::markup(const Tag &tag, qsizetype at, qsizetype end)
{
    if (tag.kind == Tag::Other)
        return true;
    if (startsLine(tag.name)) {
        m_word = 0;
        if (tag.name != QLatin1String("br")) // a line break stays in its paragraph
            m_blockElements = 0;
    }
    if (tag.kind == Tag::Open)
        return open(tag, at, end);
    if (!add(m_word / 16)) // a format ends inside a word
        return false;
    for (qsizetype k = m_open.size() - 1; k >= 0 && !tag.name.isEmpty(); --k) {
        if (m_open.at(k).tag == tag.name)
            return popTo(k, at);
    }
    return true; // Qt ignores an end tag that closes nothing open
}

bool HtmlScan::open(const Tag &tag, qsizetype at, qsizetype end)
{
    if (!add(16 + m_word / 16 + m_blockElements++ / 4096))
        return false;
    if (tag.name.isEmpty()) // a node Qt gives no tag holds no children
        return true;
    const QString id = tag.name == QLatin1String("qt") ? QStringLiteral("body") : tag.name;
    if (!resolveParent(id, at))
        return false;
    Open entry{tag.name, id};
    entry.sheet = id == QLatin1String("style") ? end : -1;
    return push(std::move(entry), &tag);
}

// QTextHtmlParser::resolveParent: the rows and tables Qt makes for a cell or a row outside one,
// and the elements a new one closes.
bool HtmlScan::resolveParent(const QString &id, qsizetype at)
{
    if (id == QLatin1String("td") && !hasOpen(u"tr")) {
        if (!push(Open{QStringLiteral("table"), QStringLiteral("table")}, nullptr)
            || !push(Open{QStringLiteral("tr"), QStringLiteral("tr")}, nullptr))
            return false;
    }
    if (id == QLatin1String("tr") && !hasOpen(u"table")
        && !push(Open{QStringLiteral("table"), QStringLiteral("table")}, nullptr))
        return false;
    if (id == QLatin1String("p")) {
        qsizetype block = m_open.size() - 1;
        while (block >= 0 && !isBlock(m_open.at(block).id))
            --block;
        if (block >= 0 && m_open.at(block).id == QLatin1String("p") && !popTo(block + 1, at))
            return false;
    }
    if (isNotSelfNesting(id) && !m_open.isEmpty() && m_open.last().id == id && !popTo(m_open.size() - 1, at))
        return false;
    qsizetype allowed = m_open.size();
    while (allowed > 0 && !allowedIn(id, m_open.at(allowed - 1).id))
        --allowed;
    return popTo(allowed, at);
}

// Counts the new element in its parent (and in its table), then opens it unless Qt gives it no
// children. `tag` is null for an element Qt makes itself.
bool HtmlScan::push(Open entry, const Tag *tag)
{
    Open &above = parent();
    entry.siblings = std::max(above.siblings, above.children++);
    entry.hidden = above.hidden || isHidden(entry.id);
    const int depth = int(m_open.size()) + 1;
    if (tag) {
        m_styleTests += m_style.elementCost(entry.id, tag->classes, tag->id, depth, entry.siblings);
        if (m_styleTests / HtmlStyleCost::kTestsPerUnit > m_limits.maxStyleCost)
            return fail(tr("matching its style sheets to its elements would cost more than %1 units (each selector "
                           "tested 1/16, each that may match 1, each step up to an ancestor 4, to a sibling 1)")
                            .arg(m_limits.maxStyleCost));
    }
    if (entry.id == QLatin1String("tr") && innermostTable() >= 0) {
        entry.grid = innermostTable();
        m_grids[entry.grid].startRow();
    }
    if ((entry.id == QLatin1String("td") || entry.id == QLatin1String("th")) && !m_open.isEmpty()
        && m_open.last().id == QLatin1String("tr") && m_open.last().grid >= 0)
        m_grids[m_open.last().grid].addCell(htmltokens::intAttribute(tag ? tag->colspan : QString(), 1),
                                            htmltokens::intAttribute(tag ? tag->rowspan : QString(), 1));
    if (isLeaf(entry.id) || (tag && tag->closed))
        return true;
    if (entry.id == QLatin1String("table")) {
        entry.grid = int(m_grids.size());
        m_grids.append(HtmlTableGrid());
        ++m_tables;
    }
    m_open.append(std::move(entry));
    if (m_open.size() > m_limits.maxDepth)
        return fail(tr("its elements are nested more than %1 deep").arg(m_limits.maxDepth));
    return true;
}

// Closes the elements open past the first `size`: a table's cells are counted, a style sheet
// applies from here on (Qt reads one when it is closed).
bool HtmlScan::popTo(qsizetype size, qsizetype at)
{
    while (m_open.size() > size) {
        const Open closed = m_open.takeLast();
        if (closed.sheet >= 0)
            m_style.addStyleSheet(htmltokens::decodeReferences(m_html.mid(closed.sheet, at - closed.sheet)));
        if (closed.id == QLatin1String("table") && closed.grid >= 0) {
            --m_tables;
            if (!finishTable(closed.grid))
                return false;
        }
    }
    return true;
}

bool HtmlScan::finishTable(int grid)
{
    const qint64 cells = m_grids[grid].cells();
    m_cells = std::min(m_cells + cells, m_limits.maxTableCells + 1);
    if (m_cells > m_limits.maxTableCells)
        return fail(tr("its tables would have more than %1 cells (rows × columns, with the columns and rows its "
                       "cells span)")
                        .arg(m_limits.maxTableCells));
    return add(16 * cells);
}

bool HtmlScan::hasOpen(QStringView id) const
{
    return std::any_of(m_open.cbegin(), m_open.cend(), [id](const Open &o) { return o.id == id; });
}

int HtmlScan::innermostTable() const
{
    for (qsizetype k = m_open.size() - 1; k >= 0; --k) {
        if (m_open.at(k).id == QLatin1String("table"))
            return m_open.at(k).grid;
    }
    return -1;
}

// Adds `units` of layout work, doubled for each table open around it.
bool HtmlScan::add(qint64 units)
{
    const int shift = std::min(m_tables, 40);
    if (units > (m_limits.maxLayoutCost >> shift) + 1 || (m_cost += units << shift) > m_limits.maxLayoutCost)
        return fail(tr("laying it out would cost more than %1 units (each character 1, more in long words, each "
                       "element and table cell 16, more inside long words and long paragraphs, doubled inside each "
                       "table around them)")
                        .arg(m_limits.maxLayoutCost));
    return true;
}

} // namespace

QString HtmlLimits::check(QStringView html) const { return HtmlScan(*this, html).run(); }

QString HtmlLimits::check(const QByteArray &bytes, QString *html) const
{
    if (bytes.size() > 4 * maxCharacters)
        return tooManyBytes(maxCharacters);
    QString decoded = QString::fromUtf8(bytes);
    QString why = check(decoded);
    if (why.isEmpty() && html)
        *html = std::move(decoded);
    return why;
}

} // namespace proofdesk::render
