#include "textlimits.h"

#include "util/translation.h"
#include "wordbreak.h"

namespace proofdesk::render {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::render::TextLimits", "proofdesk::render", text);
}

// QTextDocument starts a new block at each of these (QTextCursor::insertText).
bool endsBlock(char32_t c) { return c == u'\n' || c == u'\r' || c == 0x2029 || c == 0xFDD0 || c == 0xFDD1; }

// What stacks on the character before it, into one cluster the shaper handles at once.
bool joinsPrevious(char32_t c) { return QChar::isMark(c) || c == 0x200D; }

// The code point at text[i] (a pair of surrogates read as one), and how many units it takes.
char32_t codePointAt(QStringView text, qsizetype i, int *units)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *units = 1;
    return c.unicode();
}

} // namespace

QString TextLimits::check(const QByteArray &bytes, QString *text) const
{
    // A character takes at most 4 bytes of UTF-8, and so does what becomes one U+FFFD: a longer
    // letter has more characters than the bound.
    if (bytes.size() > 4 * maxCharacters)
        return tr("it has more than %1 characters; longer text letters are not shown").arg(maxCharacters);
    QString decoded = QString::fromUtf8(bytes);
    QString why = check(decoded);
    if (why.isEmpty() && text)
        *text = std::move(decoded);
    return why;
}

QString TextLimits::check(QStringView text) const
{
    if (text.size() > maxCharacters)
        return tr("it has more than %1 characters; longer text letters are not shown").arg(maxCharacters);
    qsizetype lines = 1, line = 0, word = 0;
    int marks = 0;
    for (qsizetype i = 0; i < text.size();) {
        int units = 1;
        const char32_t c = codePointAt(text, i, &units);
        i += units;
        if (endsBlock(c)) {
            if (c == u'\r' && i < text.size() && text[i] == u'\n')
                ++i;
            if (++lines > maxLines)
                return tr("it has more than %1 lines").arg(maxLines);
            line = word = marks = 0;
            continue;
        }
        line += units;
        word = breaksWord(c) ? 0 : word + units;
        marks = joinsPrevious(c) ? marks + 1 : 0;
        if (word > maxWordLength)
            return tr("it has a word longer than %1 characters with no place to break a line").arg(maxWordLength);
        if (marks > maxCombiningMarks)
            return tr("it has more than %1 combining marks on one character").arg(maxCombiningMarks);
        if (line > maxLineLength)
            return tr("it has a line of more than %1 characters").arg(maxLineLength);
    }
    return {};
}

} // namespace proofdesk::render
