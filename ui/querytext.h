#pragma once

#include <QString>

// Edits of the search text that the filter controls make, so that the search box stays the
// one place where the query lives.
//
// A filter owns only the terms it can change without changing anything else the user wrote:
// positive `field:value` terms that are conjuncts of the whole query, outside any
// parentheses. The query parser says which terms those are and where they are, so the edit
// touches exactly their characters:
// - `garcia (channel:print OR channel:email)` + channel sms gives
//   `garcia (channel:print OR channel:email) channel:sms`: a term inside a group or an OR is
//   the user's and stays; the filter is ANDed with it.
// - A negated `-channel:print` is an exclusion the user wrote, not a filter value: it is
//   neither read, replaced nor removed (setting channel sms gives `-channel:print channel:sms`).
// - Values with spaces, quotes or parentheses are written quoted (`unit:"retail banking"`),
//   and quoted values are read and replaced whole.
// - When the query does not parse (an unclosed quote or parenthesis, an unknown field, a
//   malformed date), its terms cannot be told apart safely: setting a value appends it and
//   clearing one leaves the text as it is; the error shown under the box says what to fix.
namespace querytext {

// The value of the first filter-owned `field:value` term (quotes removed); empty if there is
// none or the query does not parse.
QString fieldValue(const QString &query, const QString &field);
// Replaces the first filter-owned `field:…` term by `field:value` and removes the others; with
// none, appends ` field:value`. An empty `value` removes them all. Text outside the edited
// terms (spacing inside phrases included) is kept as the user typed it.
QString setFieldValue(const QString &query, const QString &field, const QString &value);
// `value` quoted when it holds spaces, quotes or parentheses.
QString quoted(const QString &value);

} // namespace querytext
