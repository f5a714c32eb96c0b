#include "htmlstylecost.h"

#include <QSet>
#include <QStringList>
#include <cmath>

namespace proofdesk::render {

namespace {

QString keyOf(const QString &name, const QString &cls, const QString &id)
{
    return name + QChar(0x1f) + cls + QChar(0x1f) + id;
}

bool isIdentifier(QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; }

// The identifier after html[at] (a '.' or '#'), lower case.
QString identifierAfter(QStringView compound, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < compound.size() && isIdentifier(compound[end]))
        ++end;
    return compound.mid(at + 1, end - at - 1).toString().toLower();
}

// The selectors of a rule's prelude: split at the commas outside brackets, parentheses and quotes.
QList<QStringView> splitSelectors(QStringView prelude)
{
    QList<QStringView> selectors;
    int nesting = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < prelude.size(); ++i) {
        const QChar c = prelude[i];
        if (!quote.isNull())
            quote = c == quote ? QChar() : quote;
        else if (c == u'"' || c == u'\'')
            quote = c;
        else if (c == u'[' || c == u'(')
            ++nesting;
        else if ((c == u']' || c == u')') && nesting > 0)
            --nesting;
        else if (c == u',' && nesting == 0) {
            selectors << prelude.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    selectors << prelude.mid(start).trimmed();
    return selectors;
}

} // namespace

void HtmlStyleCost::addStyleSheet(QStringView css)
{
    qsizetype start = 0;
    QChar quote;
    for (qsizetype i = 0; i < css.size(); ++i) {
        const QChar c = css[i];
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'/' && css.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = css.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? css.size() : end + 1;
        } else if (c == u'{') {
            const QStringView prelude = css.mid(start, i - start).trimmed();
            if (!prelude.startsWith(u'@')) { // an at-rule's own prelude; the rules inside it count
                for (QStringView selector : splitSelectors(prelude))
                    addSelector(selector);
            }
            start = i + 1;
        } else if (c == u'}' || c == u';') {
            start = i + 1;
        }
    }
}

void HtmlStyleCost::Selectors::add(const Selectors &other)
{
    count += other.count;
    ancestors += other.ancestors;
    adjacent += other.adjacent;
    general += other.general;
}

void HtmlStyleCost::addSelector(QStringView selector)
{
    if (selector.isEmpty())
        return;
    Selectors found{1};
    qsizetype lastPart = 0;
    int nesting = 0;
    for (qsizetype i = 0; i < selector.size(); ++i) {
        const QChar c = selector[i];
        if (c == u'[' || c == u'(')
            ++nesting;
        else if ((c == u']' || c == u')') && nesting > 0)
            --nesting;
        if (nesting > 0 || !(c.isSpace() || c == u'>' || c == u'+' || c == u'~'))
            continue;
        found.ancestors = found.ancestors || c.isSpace() || c == u'>' ? 1 : 0;
        found.adjacent += c == u'+' ? 1 : 0;
        found.general = found.general || c == u'~' ? 1 : 0;
        lastPart = i + 1;
    }
    const QStringView last = selector.mid(lastPart);
    qsizetype nameEnd = 0;
    while (nameEnd < last.size() && isIdentifier(last[nameEnd]))
        ++nameEnd;
    const QString name = last.left(nameEnd).toString().toLower();
    const qsizetype dot = last.indexOf(u'.'), hash = last.indexOf(u'#');
    ++m_selectors;
    if (name.isEmpty())
        ++m_unnamed;
    else
        ++m_named[name];
    m_byKey[keyOf(name, dot < 0 ? QString() : identifierAfter(last, dot),
                  hash < 0 ? QString() : identifierAfter(last, hash))]
        .add(found);
    m_byKey[QString()].add(found); // all of them, for an element of too many classes to look up
}

double HtmlStyleCost::steps(const Selectors &s, int depth, double siblings) const
{
    const double sibling = 1 + siblings / kSiblingsPerUnit; // a step looks its node up among the siblings
    return double(s.count) + double(s.ancestors) * depth * kUnitsPerAncestorStep
           + double(s.general) * siblings * sibling + double(s.adjacent) * sibling;
}

qint64 HtmlStyleCost::elementCost(const QString &name, const QString &classes, const QString &id, int depth,
                                  qint64 siblingsBefore) const
{
    if (m_selectors == 0)
        return 0;
    double units = 0;
    const double siblings = double(siblingsBefore) + 1;
    QSet<QString> classList;
    for (const QString &cls : classes.simplified().split(u' ', Qt::SkipEmptyParts))
        classList.insert(cls.toLower());
    if (classList.size() > 64) {
        units = steps(m_byKey.value(QString()), depth, siblings);
    } else {
        classList.insert(QString());
        const QString lowerId = id.toLower();
        for (const QString &n : {name, QString()}) {
            for (const QString &cls : std::as_const(classList)) {
                for (const QString &i : {lowerId, QString()}) {
                    const auto found = m_byKey.constFind(keyOf(n, cls, i));
                    if (found != m_byKey.constEnd())
                        units += steps(*found, depth, siblings);
                    if (lowerId.isEmpty())
                        break;
                }
            }
        }
    }
    const double cost = double(m_unnamed + m_named.value(name)) + units * kTestsPerUnit;
    return cost > 1e15 ? qint64(1e15) : qint64(cost);
}

} // namespace proofdesk::render
