#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace proofdesk::render {

// What matching an HTML letter's style sheets costs QTextHtmlParser, element by element. Qt
// tests each element against every selector of the sheets read so far whose last part names
// no element, and those that name the element's own; a selector that matches has its
// declarations sorted and applied (2,000 class selectors matching 16,000 spans: 6.7 s); one with
// combinators walks up the element's ancestors one by one (no memo: "div span" over spans 100
// deep took 9 s for 10,000 of them) or, for '~' and '+', along its siblings, each step looking
// the node up among its parent's children ("div ~ span" over 3,000 siblings: 1.8 s). The count
// is an upper bound: a selector may match when the element has the name, a class and the id of
// its last part, and a walk is counted to the root or the first sibling.
class HtmlStyleCost
{
public:
    // Units, as HtmlLimits counts them (a character laid out is about one): a selector tested
    // 1/16, one that may match 1, a step up to an ancestor 4, a step to a sibling 1 and 1/2,048
    // for each sibling before it.
    static constexpr qint64 kTestsPerUnit = 16;
    static constexpr qint64 kUnitsPerAncestorStep = 4;
    static constexpr qint64 kSiblingsPerUnit = 2048;

    // The selectors of a style sheet (a <style> element's text) apply to the elements after it.
    void addStyleSheet(QStringView css);
    // What matching the element costs, in units × kTestsPerUnit: its name (lower case), its
    // class attribute and id, its depth, and the most children before it or one of its
    // ancestors among their siblings.
    qint64 elementCost(const QString &name, const QString &classes, const QString &id, int depth,
                       qint64 siblingsBefore) const;
    bool isEmpty() const { return m_selectors == 0; }

private:
    // The selectors whose last part is one key (name, class and id), and their walks.
    struct Selectors
    {
        qint64 count = 0;
        qint64 ancestors = 0; // with a descendant or child combinator
        qint64 adjacent = 0;  // '+' combinators
        qint64 general = 0;   // with a '~' combinator
        void add(const Selectors &other);
    };
    void addSelector(QStringView selector);
    double steps(const Selectors &s, int depth, double siblings) const;

    qint64 m_selectors = 0;
    qint64 m_unnamed = 0;           // tested against every element
    QHash<QString, qint64> m_named; // tested against elements of the name
    QHash<QString, Selectors> m_byKey;
};

} // namespace proofdesk::render
