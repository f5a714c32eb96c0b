// SearchPlanner's planning of a page without counting every match (issue #30): the page
// needs the total only to choose between sorting the matches and walking an order's index,
// and that choice turns on whether the matches are fewer than a cut-off of a few thousand.
#include "searchplanner.h"

#include <cmath>

namespace proofdesk::search {

// plan() sorts when walking would visit more than kWalkRatio rows per match: window * walked
// / total > kWalkRatio * total, i.e. total below sqrt(window * walked / kWalkRatio). With
// walked at its largest (the whole table) this bounds every range plan() may walk.
qint64 SearchPlanner::walkCutoff(qint64 window)
{
    const double rows = double(estimatedRows());
    const auto cutoff = qint64(std::ceil(std::sqrt(double(window) * rows / double(kWalkRatio))));
    return qMax(window, cutoff);
}

// A forced plan, a key or a narrow range is planned the same whatever the total.
bool SearchPlanner::planNeedsTotal(const Prepared &prepared, const SearchOrder &) const
{
    return m_choice == Choice::Automatic && prepared.driver != Driver::Key && prepared.driver != Driver::Narrow;
}

// An estimate of a total known to be above `floor`, from the sizes prepare() learnt: the
// text's rows and the driving range's, as if independent. It only chooses between two walks.
qint64 SearchPlanner::estimateAbove(const Prepared &prepared, qint64 floor)
{
    const qint64 rows = estimatedRows();
    qint64 estimate = rows;
    const bool textKnown = prepared.textRows && !prepared.probeText;
    if (textKnown)
        estimate = prepared.textRows->size();
    if (prepared.rangeRows >= 0)
        estimate = textKnown ? estimate * prepared.rangeRows / rows : qMin(estimate, prepared.rangeRows);
    return qMax(estimate, floor + 1);
}

SearchPlanner::Counted SearchPlanner::forPage(const QueryNode &root, qint64 window, const SearchOrder &order)
{
    Counted counted;
    counted.prepared = prepare(root);
    const Prepared &prepared = counted.prepared;
    if (prepared.total >= 0 && !root.matchesEverything()) {
        counted.total = prepared.total; // the sets gave it
        return counted;
    }
    counted.exact = false;
    if (root.matchesEverything() || !planNeedsTotal(prepared, order)) {
        counted.total = estimateAbove(prepared, window);
        return counted;
    }
    // Few matches are counted whole (at most the cut-off, a few thousand): then the total is
    // exact at once; past it, the plan is the same for any total.
    const qint64 cutoff = walkCutoff(window);
    const qint64 upTo = countUpTo(prepared, cutoff);
    counted.exact = upTo <= cutoff;
    counted.total = counted.exact ? upTo : estimateAbove(prepared, cutoff);
    return counted;
}

qint64 SearchPlanner::exactTotal(const QueryNode &root, const Counted &counted)
{
    return counted.exact ? counted.total : countNode(root, kMaxComplements, &counted.prepared);
}

} // namespace proofdesk::search
