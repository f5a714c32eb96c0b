#pragma once

#include "querynode.h"

#include <QString>
#include <optional>
#include <vector>

namespace proofdesk::search {

struct QueryToken
{
    enum class Type { Word, Phrase, Field, LeftParen, RightParen, Or, Minus, End };

    Type type = Type::End;
    QString text;      // Word: as typed; Phrase: between the quotes; Field: the value
    QString fieldName; // Field: the name as typed (not yet checked against the known fields)
    int position = 0;  // the whole token in the query
    int length = 0;
    int valuePosition = 0; // Field: the value (inside its quotes, if quoted)
    int valueLength = 0;
};

struct LexResult
{
    std::vector<QueryToken> tokens; // always ends with an End token when there is no error
    std::optional<QueryError> error;
};

// Splits a query into tokens. Syntax that is wrong at the level of single tokens (an
// unclosed quote, a '-' with nothing attached, a field with no value) is reported here;
// the parser reports the rest.
LexResult lexQuery(const QString &query);

} // namespace proofdesk::search
