#pragma once

#include "rowtextprobe.h"

#include <QtGlobal>
#include <limits>
#include <optional>

// The choosing half of the search planner (issue #42 item 4): small pure functions of the
// measurements SearchPlanner takes, so that how a query picks its plan reads as a table and is
// tested as one (tst_planchoice). Nothing here reads the cache. docs/search-plans.md has the
// decision tables, why each path exists and the figures the thresholds were set from, with the
// date each was measured.
namespace proofdesk::search {

// The thresholds that choose (docs/search-plans.md, "The costs"). Tests on a few rows set them
// to reach the plans a large cache would choose.
struct PlanCosts
{
    // A text with at most this many matches is collected and drives (Driver::Text), unless a
    // field's (or the dates') range is less than `lookup` times as large.
    qint64 textLeadLimit = 50000;
    qint64 lookup = 20;
    // A key or a range of at most `probeRows` rows has the text asked of each of them when the
    // text matches more than `probe` times as many rows (Driver::Narrow).
    qint64 probeRows = 20000;
    qint64 probe = 200;
    // Asking FTS5 about a phrase in one row costs about this many of its matches collected.
    double phraseProbe = 178;
    // A driving range of at least this many rows is walked for a page without counting first.
    qint64 walkRange = 300000;
    // Rows of at most this many tokens on average are asked on their own text; 0 never.
    double rowTextTokens = kRowTextTokens;
    // A key of at most this many rows has them asked on their own text without learning first
    // how common the text is.
    qint64 rowTextUnchecked = 32;
    // Collecting a match costs at least this many microseconds (a word's), a phrase's this many.
    double collectMatch = 0.1;
    double collectPhraseMatch = 0.45;
    // A phrase kept whole is collected from its stored rows (2 bytes a row, or a bitmap) for about
    // this many (F23).
    double collectStoredMatch = 0.01;
    // A walk reads an index entry and tests it in a set for about this many microseconds;
    // FTS5 reads a posting with its positions for about this many (F17).
    double walkStep = 0.1;
    double readPosting = 0.035;
    // A phrase's candidates are asked on their own text up to this many (StoredText::kNarrowRows).
    qint64 narrowRows = 20000;
    // A sorted page driven by a text whose rows are collected lists them to SQLite (json_each,
    // ~0.05 us a row, then a seek each, ~1-2 us) rather than have FTS5 read the text again: a
    // single word's rows up to the first many (FTS5 reads a word's postings about as fast, F25),
    // any other text's (a phrase's positions, several terms' postings) up to the second, which
    // bounds the list's text (~9 bytes a row, held twice while bound) (F26).
    qint64 listedWordRows = 8192;
    qint64 listedTextRows = 1 << 20;
    // A sorted page, newest or oldest first, of listed rows at least this many times the page
    // (offset + limit), where only the text and the issue dates are asked: the matches' dates are
    // read from the narrow (rowid, issued_at) index, ~190 entries a page, and only the rows from
    // the page's last date on are read whole, where sorting read every match's wide row (F32).
    qint64 narrowSortRatio = 4;
    // A narrow sort of a text alone reads the stored months, newest first (oldest first), until
    // they hold the page, and looks up only their matches' dates; a month costs one read of each
    // chunk the matches fall in, about this many lookups of the narrow index each (F36), and
    // the months are read only while they cost fewer lookups than they spare.
    qint64 lookupsPerMonthChunk = 2;
};

// What drives a query's rows (SearchPlanner::prepare).
enum class Driver {
    Planner, // nothing known: SQLite chooses
    Key,     // a business key (customer:, id:, batch:, …) narrows the query
    Text,    // the full-text part is small: its rows are looked up
    Range,   // a field's (or the dates') index range is smaller than the text part
    Narrow,  // that range selects few rows, the text far more: it is asked of each
};

// How a page is read (SearchPlanner::plan).
enum class PageWay {
    Sort,         // SQLite drives from the most selective condition and sorts the matches
    Walk,         // read in order from an index, the row sets only filtering
    Probe,        // the same, asking the full-text index row by row
    ProbeRowText, // the same, asking each row's own text (fts_row_match)
};

// What a page's plan is chosen from: the counting's results and a few cheap measurements.
struct PageFacts
{
    qint64 total = 0;  // the matches (exact, or an estimate above the walk cut-off)
    qint64 window = 0; // offset + limit
    qint64 rows = 0;   // max(rowid): the rows a walk of the whole table visits
    Driver driver = Driver::Planner;
    qint64 rangeRows = -1;       // Driver::Range: the driving range's rows
    bool byIssued = true;        // newest or oldest first (the issue-date index gives the order)
    bool narrowDates = false;    // a narrow date range with text only, in issue order
    bool textCollected = false;  // the text's rows (or the matches) are in a set
    bool textCandidates = false; // that set holds a phrase's candidates, each asked on its own text
    bool onlyText = false;       // the text is the query's only condition
    bool rowSets = false;        // text, blocks or holds: conditions a set answers
    bool prefix = false;         // a prefix term (FTS5 expands it into every term it begins)
    bool phrase = false;         // a phrase term (FTS5 reads positions)
    bool narrowSort = false;     // sorting reads the dates from the narrow index (Plan::narrowSort)
    // Asking a row on its own text, in microseconds; nothing when the rows are too long.
    std::optional<double> rowTextMicros;
};

namespace planchoice {

// Walking may visit this many times more rows than it finds before sorting is cheaper.
inline constexpr qint64 kWalkRatio = 8;
// The same when the text is the only condition and its rows are in a set: the walk tests each index
// entry in the set and reads no row (walkStep, 0.1 us, the entries in order on the disk), where
// sorting reads every match's row, each from its own place (~4 us with the cache's pages in memory,
// 90-150 us from the disk). At ten million rows a page of 100 then sorts up to ~3,200 matches
// (F29 in docs/search-plans.md).
inline constexpr qint64 kSetWalkRatio = 100;
// The same when sorting reads the matches' dates from the narrow (rowid, issued_at) index (~2-3 us
// a match with the pages in memory) and only the page's rows whole: a walk and that sort took the
// same at ~42 entries a match at 200,000 rows and at ~55 at a million (F32). From the disk that
// sort still reads a page a match where the walk reads the index in order.
inline constexpr qint64 kNarrowSortWalkRatio = 50;
// Asking the full-text index row by row pays off below this many rows.
inline constexpr qint64 kProbeBudget = 2000;

// How to read a page (the table "A page" of docs/search-plans.md).
PageWay page(const PageFacts &facts, const PlanCosts &costs);

// An And of text and a range: which drives, from the text's rows (`textRows`, capped at
// textLeadLimit + 1 when not collected whole) and the smallest range's (-1: none). Driver::Planner
// when neither does.
Driver textOrRange(qint64 textRows, qint64 smallest, const PlanCosts &costs);

// Whether a range of `smallest` rows is few enough to ask the text of each (then textOutnumbers
// is measured: Driver::Narrow when the text matches more than `probe` times as many rows).
bool fewEnoughToAsk(qint64 smallest, const PlanCosts &costs);

// The number of matches above which page() walks rather than sorts, whatever range is walked.
qint64 walkCutoff(qint64 window, qint64 rows);

// Whether a walk asking FTS5 row by row finds `window` of `sampled` matches (among `rows`) for
// less than collecting them.
bool probingPays(bool phrase, qint64 window, qint64 rows, qint64 sampled, const PlanCosts &costs);

// Whether a page of `window` matches of a phrase of `tokens` tokens (`sampled` matches among
// `rows`) costs less walked testing its `candidates` (StoredText::candidates), asking each
// candidate met on its own text (`perRow` us), than collected: a narrowed phrase asks all of its
// candidates; past StoredText::kNarrowRows, FTS5 reads every token's postings, each at least as
// many as the candidates.
bool candidateWalkPays(qint64 window, qint64 rows, qint64 sampled, qint64 candidates, int tokens, double perRow,
                       const PlanCosts &costs);

// Whether a walk asking `visits` rows on their own text (`perRow` us each) costs less than
// collecting the `matches` first (from their stored rows when `stored`: a phrase kept whole).
bool rowTextWalkPays(bool phrase, double perRow, qint64 visits, qint64 matches, const PlanCosts &costs,
                     bool stored = false);

} // namespace planchoice

} // namespace proofdesk::search
