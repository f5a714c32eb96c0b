#pragma once

#include <QChar>

namespace proofdesk::render {

// A place where QTextLayout may break a line, as the limits count words: white space but the
// no-break spaces, or a character of an ideographic script (which breaks between any two
// characters and writes no spaces). Other places Unicode allows a break at (after a hyphen,
// say) are not counted, so a word is counted as long as the layout finds it or longer.
inline bool breaksWord(char32_t c)
{
    const bool noBreakSpace = c == 0x00A0 || c == 0x2007 || c == 0x202F;
    return (QChar::isSpace(c) && !noBreakSpace) || (c >= 0x2E80 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace proofdesk::render
