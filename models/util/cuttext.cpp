#include "cuttext.h"

namespace proofdesk::util {

QString cutText(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype keep = qMax<qsizetype>(0, max - 1);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

} // namespace proofdesk::util
