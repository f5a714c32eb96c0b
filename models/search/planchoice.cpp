#include "planchoice.h"

#include <cmath>

namespace proofdesk::search::planchoice {

PageWay page(const PageFacts &f, const PlanCosts &costs)
{
    // A narrow date range in issue order: its own index gives the order, so the walk stops at the page.
    if (f.total > f.window && f.narrowDates)
        return f.textCollected ? PageWay::Walk : PageWay::Probe;
    // Every match is on the page anyway, or a key or a narrow range has narrowed them.
    if (f.total <= f.window || f.driver == Driver::Key || f.driver == Driver::Narrow)
        return PageWay::Sort;
    // Without row sets, a field's own (field, issued_at, id) index filters and orders at once.
    if (f.byIssued && !f.rowSets)
        return PageWay::Walk;
    // The rows a walk visits to find `window` matches spread evenly: the driving range in issue
    // order when there is one, else the whole table.
    const bool inRange = f.byIssued && f.driver == Driver::Range && f.rangeRows > 0;
    const qint64 walked = inRange ? f.rangeRows : f.rows;
    const qint64 visits = f.total > 0 ? f.window * walked / f.total : walked;
    const qint64 ratio = !(f.onlyText && f.textCollected) ? kWalkRatio
                         : f.narrowSort                   ? kNarrowSortWalkRatio
                                                          : kSetWalkRatio;
    if (visits > ratio * f.total)
        return PageWay::Sort;
    if (!f.rowSets)
        return PageWay::Walk;
    // A phrase's candidates: only a walk stops asking them at the page.
    if (f.textCandidates)
        return PageWay::Walk;
    if (f.rowTextMicros)
        return rowTextWalkPays(f.phrase, *f.rowTextMicros, visits, f.total, costs) ? PageWay::ProbeRowText
                                                                                   : PageWay::Walk;
    return visits <= kProbeBudget && !f.prefix ? PageWay::Probe : PageWay::Walk;
}

Driver textOrRange(qint64 textRows, qint64 smallest, const PlanCosts &costs)
{
    const bool small = textRows <= costs.textLeadLimit;
    if (smallest >= 0 && (!small || textRows * costs.lookup > smallest))
        return Driver::Range;
    return small ? Driver::Text : Driver::Planner;
}

bool fewEnoughToAsk(qint64 smallest, const PlanCosts &costs) { return smallest >= 0 && smallest <= costs.probeRows; }

qint64 walkCutoff(qint64 window, qint64 rows)
{
    // page() sorts when window * walked / total > kWalkRatio * total, i.e. total below
    // sqrt(window * walked / kWalkRatio); walked is at most the whole table.
    const auto cutoff = qint64(std::ceil(std::sqrt(double(window) * double(rows) / double(kWalkRatio))));
    return qMax(window, cutoff);
}

bool probingPays(bool phrase, qint64 window, qint64 rows, qint64 sampled, const PlanCosts &costs)
{
    const double probes = double(window) * double(rows) / double(qMax<qint64>(1, sampled));
    if (phrase)
        return probes <= kProbeBudget && probes * costs.phraseProbe < double(sampled);
    return 2 * probes <= kProbeBudget;
}

bool candidateWalkPays(qint64 window, qint64 rows, qint64 sampled, qint64 candidates, int tokens, double perRow,
                       const PlanCosts &costs)
{
    const double visits = double(window) * double(rows) / double(qMax<qint64>(1, sampled));
    const double asked = visits * double(candidates) / double(qMax<qint64>(1, rows));
    const double walk = visits * costs.walkStep + asked * perRow;
    const double collect = candidates <= costs.narrowRows ? double(candidates) * perRow
                                                          : double(tokens) * double(candidates) * costs.readPosting;
    return walk < collect;
}

bool rowTextWalkPays(bool phrase, double perRow, qint64 visits, qint64 matches, const PlanCosts &costs, bool stored)
{
    const double collect = stored ? costs.collectStoredMatch : phrase ? costs.collectPhraseMatch : costs.collectMatch;
    return double(visits) * perRow < double(matches) * collect;
}

} // namespace proofdesk::search::planchoice
