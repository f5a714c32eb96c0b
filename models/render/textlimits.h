#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace proofdesk::render {

// Bounds on a plain-text letter (text/plain, text/csv, any text/*), checked by one linear pass
// before a QPlainTextEdit is given it. QPlainTextEdit makes one block per line when it is
// given the text (all of them, at once, in the window's thread) and lays out a block whole
// when any of it comes into view; the work of a block grows faster than its length with an
// unbreakable word (one 300 KB word took 6 s, one 1 MB word over a minute) and with marks
// stacked on one character (zalgo). So the letter is refused past a number of lines, a
// length of one line, a word, and a run of combining marks; within them what the window does
// at once is bounded (tst_textlimits lays out the costliest letters at every bound).
struct TextLimits
{
    qsizetype maxCharacters = 1 << 20; // the whole letter, in UTF-16 code units
    qsizetype maxLines = 100000;       // blocks: \n, \r\n, \r, U+2029 end one
    qsizetype maxLineLength = 32768;   // characters in one block, laid out at once
    qsizetype maxWordLength = 4096;    // characters with no white space to break the line at
    // Combining marks (and zero-width joiners) in a row on one character: Unicode's
    // stream-safe text format (UAX #15) allows 30; no script writes more than a few.
    int maxCombiningMarks = 30;

    // Why the UTF-8 `bytes` are past these bounds, in words for the notice; empty when they are
    // within, and then `text` (if given) holds them decoded. No character takes more than 4 bytes
    // (nor does a run of bytes decoded as one U+FFFD), so a letter of more than 4 × maxCharacters
    // bytes is refused before it is decoded.
    QString check(const QByteArray &bytes, QString *text = nullptr) const;
    // The same for text already decoded.
    QString check(QStringView text) const;
};

} // namespace proofdesk::render
