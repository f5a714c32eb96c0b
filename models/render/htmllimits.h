#pragma once

#include <QString>
#include <QStringView>

namespace proofdesk::render {

// Bounds on an HTML letter, checked by one linear pass over its text before QTextDocument
// is given it: QTextDocument parses and lays out in the window's thread, and its work grows
// faster than the size with nesting (100,000 nested <div> froze the window for minutes) and
// with the length of an unbreakable word (one 5 MB word did). Within these bounds the
// letters tst_htmllimits builds at each bound are laid out in a few seconds at most,
// and every hostile letter of #26 is refused at once.
struct HtmlLimits
{
    qsizetype maxCharacters = 2 * 1024 * 1024; // the whole letter, markup included
    int maxDepth = 128;                        // elements open inside each other
    qsizetype maxWordLength = 4096;            // characters of text with no place to break
    // What laying the letter out costs, in units of one character of text: a character n
    // characters into a word costs 1 + n / 256 (a long word is broken by trying each place in
    // it: 2 MB of 4,096-character words took 4.8 s), an element costs 16, and both double
    // inside each table around them, because QTextDocumentLayout lays a
    // table's cells out twice (to find the columns' widths, then for good), so the work of
    // tables nested n deep is 2^n times their content. Measured: 18 nested one-cell tables
    // took 3 s, 42 never finished; 1,000 rows of 100 cells took 3.6 s. At this bound
    // the costliest letters tst_htmllimits builds take under 2 s.
    qint64 maxLayoutCost = 3'000'000;

    // Why `html` is past these bounds, in words for the notice; empty when it is within.
    //
    // The depth counted follows QTextHtmlParser: every start tag opens an element except
    // <img>, <br>, <hr>, <meta> and a tag closed by "/>" (the ones Qt gives no children); an
    // end tag closes back to the innermost element of its name, and is ignored when none is
    // open; a <p> or <li> directly inside one of its own name replaces it (Qt's "not
    // self-nesting"). Qt moves other elements up where this count does not, so it counts
    // Qt's depth or more. The text of <style>, <script>, <title> and comments is not markup.
    // The cost counts the tables open by the same rule as the depth.
    // A word is counted across inline tags (<b>a</b>b is one word) and broken only by white
    // space, an ideographic character, or a tag that starts a line.
    QString check(QStringView html) const;
};

} // namespace proofdesk::render
