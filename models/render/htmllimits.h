#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace proofdesk::render {

// Bounds on an HTML letter, checked by one linear pass over its text before QTextDocument
// is given it: QTextDocument parses and lays out in the window's thread, and its work grows
// faster than the size with nesting (100,000 nested <div> froze the window for minutes), with
// the length of an unbreakable word (one 5 MB word did), with the cells of a table (ten cells
// spanning 60,000 columns and rows did) and with the selectors of a style sheet matched against
// deeply nested elements ("div span" over spans 100 deep: 9 s for 10,000 of them). Within these
// bounds the letters tst_htmllimits builds at each bound are laid out in a few seconds at most,
// and every hostile letter of #26 and #44 is refused at once.
struct HtmlLimits
{
    qsizetype maxCharacters = 2 * 1024 * 1024; // the whole letter, markup included
    int maxDepth = 128;                        // elements open inside each other
    qsizetype maxWordLength = 4096;            // characters of text with no place to break
    // Cells of all its tables: each table has rows × columns, whatever its cells span.
    qint64 maxTableCells = 200000;
    // What laying the letter out costs, in units of one character of text: a character n
    // characters into a word costs 1 + n / 256 (a long word is broken by trying each place in
    // it: 2 MB of 4,096-character words took 4.8 s), an element costs 16, more n characters into
    // a word (n / 16: a format that changes inside a long word makes each try costlier) and as
    // the n-th element of one paragraph (n / 4,096: 50,000 spans in one took 0.3 s, 140,000
    // 1.6 s), a table cell costs 16, and all of it doubles inside each table around it, because
    // QTextDocumentLayout lays a table's cells out twice (to find the columns' widths, then for
    // good), so the work of tables nested n deep is 2^n times their content. Measured: 18
    // nested one-cell tables took 3 s, 42 never finished; 1,000 rows of 100 cells took 3.6 s.
    // At this bound the costliest letters tst_htmllimits builds take under 2 s.
    qint64 maxLayoutCost = 3'000'000;
    // What matching its style sheets to its elements costs (render/htmlstylecost.h), in the
    // same units: a selector tested 1/16, one that may match 1, a step up to an ancestor 4, a
    // step to a sibling about 1.
    qint64 maxStyleCost = 2'000'000;

    // Why `html` is past these bounds, in words for the notice; empty when it is within.
    //
    // The markup is read as QTextHtmlParser reads it (render/htmltokens.h: every '<' starts a
    // tag), and the elements are nested as it nests them: every start tag opens an element
    // except <img>, <br>, <hr>, <meta> and a tag with a '/' before its '>'; an end tag closes
    // back to the innermost element of its name, and is ignored when none is open; a <p> or
    // <li> directly inside one of its own name replaces it, a <p> closes the inline elements
    // back to a <p> around it; a <tr>, <td>, <th>, <thead>, <tbody>, <tfoot>, <caption>, <dt>
    // and <dd> closes back to the element it must be in, and a <td> or <tr> outside a table
    // gets one (and a row) made for it. Where Qt moves elements in other ways this count keeps
    // them deeper, so it counts Qt's depth or more. Text inside <head>, <style>, <script>,
    // <title> and <link> is not laid out.
    // A word is counted across inline tags (<b>a</b>b is one word) and broken only by white
    // space, an ideographic character, or a tag that starts a line; character references count
    // as the characters they are written with.
    QString check(QStringView html) const;
    // The same for the UTF-8 `bytes` of a letter, decoded into `html` (if given) when they are
    // within. A letter of more than 4 × maxCharacters bytes has more characters than that
    // (none takes more than 4 bytes), and is refused before it is decoded.
    QString check(const QByteArray &bytes, QString *html) const;
};

} // namespace proofdesk::render
