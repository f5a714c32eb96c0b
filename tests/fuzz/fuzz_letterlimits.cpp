// libFuzzer: an HTML or text letter through the scans that bound what the viewer may be given
// (models/render/htmllimits.h, textlimits.h). Neither reads outside the letter nor hangs, each
// answers a reason or nothing, and a bound only ever refuses more when it is lowered.
#include "render/htmllimits.h"
#include "render/textlimits.h"

#include <cstdint>
#include <cstdlib>

using namespace proofdesk::render;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString letter = QString::fromUtf8(bytes);

    const QString html = HtmlLimits().check(letter);
    HtmlLimits small;
    small.maxDepth = 4;
    small.maxWordLength = 16;
    small.maxTableCells = 64;
    small.maxLayoutCost = 2000;
    small.maxStyleCost = 200;
    // Lower bounds refuse whatever the defaults refuse (each is checked as the letter is read).
    if (!html.isEmpty() && small.check(letter).isEmpty())
        std::abort();

    QString decoded;
    const QString text = TextLimits().check(bytes, &decoded);
    if (text != TextLimits().check(letter) || (text.isEmpty() && decoded != letter))
        std::abort();
    TextLimits tight;
    tight.maxLines = 3;
    tight.maxLineLength = 32;
    tight.maxWordLength = 8;
    tight.maxCombiningMarks = 2;
    if (!text.isEmpty() && tight.check(letter).isEmpty())
        std::abort();
    return 0;
}
