#pragma once

#include <QString>

// Edits of the search text that the filter controls make, so that the search box stays the
// one place where the query lives. Only positive top-level `field:value` tokens are read or
// replaced; a negated `-field:value` is the user's and is left alone.
namespace querytext {

// The value of the first `field:value` token (quotes removed); empty if there is none.
QString fieldValue(const QString &query, const QString &field);
// Removes every `field:…` token and, if `value` is not empty, appends `field:value`.
QString setFieldValue(const QString &query, const QString &field, const QString &value);
// `value` quoted when it holds spaces, quotes or parentheses.
QString quoted(const QString &value);

} // namespace querytext
