#pragma once

#include <QString>
#include <QStringView>

namespace proofdesk::render {

// Bounds on an HTML letter, checked by one linear pass over its text before QTextDocument
// is given it: QTextDocument parses and lays out in the window's thread, and its work grows
// faster than the size with nesting (100,000 nested <div> froze the window for minutes) and
// with the length of an unbreakable word (one 5 MB word did). Within these bounds the
// letters tst_htmllimits builds at each bound are shown in well under a second.
struct HtmlLimits
{
    qsizetype maxCharacters = 2 * 1024 * 1024; // the whole letter, markup included
    int maxDepth = 128;                        // elements open inside each other
    qsizetype maxWordLength = 4096;            // characters of text with no place to break

    // Why `html` is past these bounds, in words for the notice; empty when it is within.
    //
    // The depth counted follows QTextHtmlParser: every start tag opens an element except
    // <img>, <br>, <hr>, <meta> and a tag closed by "/>" (the ones Qt gives no children); an
    // end tag closes back to the innermost element of its name, and is ignored when none is
    // open; a <p> or <li> directly inside one of its own name replaces it (Qt's "not
    // self-nesting"). Qt moves other elements up where this count does not, so it counts
    // Qt's depth or more. The text of <style>, <script>, <title> and comments is not markup.
    // A word is counted across inline tags (<b>a</b>b is one word) and broken only by white
    // space, an ideographic character, or a tag that starts a line.
    QString check(QStringView html) const;
};

} // namespace proofdesk::render
