#pragma once

#include <QString>

namespace proofdesk::util {

// `text` as a field is shown or kept when it must not be longer than `max` characters: itself
// when it is not, else its first characters and "…" (`max` in all; a pair of surrogates is not
// split). Laying out and eliding a string costs in proportion to its length, whatever is seen
// of it: a cell of the results list given a 4 MB value took a second to draw.
QString cutText(const QString &text, qsizetype max);

} // namespace proofdesk::util
