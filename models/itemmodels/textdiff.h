#pragma once

#include <QList>
#include <QString>

namespace proofdesk::itemmodels {

// One row of a side-by-side line diff.
struct DiffLine
{
    enum class Kind { Same, Removed, Added, Changed };
    Kind kind = Kind::Same;
    int leftNumber = 0; // 1-based line number in the old text; 0 when the row has no left line
    QString left;
    int rightNumber = 0; // likewise in the new text
    QString right;
};

// Aligns the lines of `oldText` and `newText` (libdtl's shortest edit script). A run of
// removed lines followed by added lines is paired up row by row as "changed", so that
// an edited line sits beside its new form.
QList<DiffLine> sideBySideDiff(const QString &oldText, const QString &newText);

} // namespace proofdesk::itemmodels
