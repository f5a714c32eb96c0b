#include "textdiff.h"

#include <dtl/dtl.hpp>
#include <vector>

namespace proofdesk::itemmodels {

namespace {

std::vector<QString> splitLines(const QString &text)
{
    std::vector<QString> lines;
    if (text.isEmpty())
        return lines;
    const QStringList parts = text.split(QLatin1Char('\n'));
    lines.assign(parts.cbegin(), parts.cend());
    return lines;
}

// Emits the pending removed/added lines as paired rows.
void flushRun(QList<DiffLine> &out, QList<DiffLine> &removed, QList<DiffLine> &added)
{
    const qsizetype n = qMax(removed.size(), added.size());
    for (qsizetype i = 0; i < n; ++i) {
        DiffLine row;
        if (i < removed.size()) {
            row.leftNumber = removed.at(i).leftNumber;
            row.left = removed.at(i).left;
        }
        if (i < added.size()) {
            row.rightNumber = added.at(i).rightNumber;
            row.right = added.at(i).right;
        }
        row.kind = i >= removed.size() ? DiffLine::Kind::Added
                   : i >= added.size() ? DiffLine::Kind::Removed
                                       : DiffLine::Kind::Changed;
        out.append(row);
    }
    removed.clear();
    added.clear();
}

} // namespace

QList<DiffLine> sideBySideDiff(const QString &oldText, const QString &newText)
{
    const std::vector<QString> a = splitLines(oldText);
    const std::vector<QString> b = splitLines(newText);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();

    QList<DiffLine> out;
    QList<DiffLine> removed;
    QList<DiffLine> added;
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_DELETE) {
            removed.append(DiffLine{DiffLine::Kind::Removed, int(info.beforeIdx), line, 0, {}});
        } else if (info.type == dtl::SES_ADD) {
            added.append(DiffLine{DiffLine::Kind::Added, 0, {}, int(info.afterIdx), line});
        } else {
            flushRun(out, removed, added);
            out.append(DiffLine{DiffLine::Kind::Same, int(info.beforeIdx), line, int(info.afterIdx), line});
        }
    }
    flushRun(out, removed, added);
    return out;
}

} // namespace proofdesk::itemmodels
