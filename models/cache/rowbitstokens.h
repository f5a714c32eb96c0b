#pragma once

#include "asciiphrase.h"
#include "columnview.h"
#include "rowtextmatch.h"

#include <string>
#include <string_view>

// How the stored rows built from the rows' own text read it (rowbitstextpass.cpp,
// rowbitsprefixes.cpp): token by token, folded as comm_fts's tokenizer folds them, so that what
// they keep is what FTS5 finds.
namespace proofdesk::cache::rowbitstokens {

inline constexpr int kLongestStart = 3; // characters (code points) of a kept start

// Calls `token(column, token)` with each token of a row's columns `first`..`first + 2` (body,
// names, ids; `column` counts from 0), in order: an ASCII column without the tokenizer (its
// tokens are its runs of letters and digits, in lower case), any other with it. The view is
// valid until the next call.
template <typename F> void forEachToken(RowTextMatch &match, const Statement &row, int first, F &&token)
{
    std::string folded;
    for (int column = 0; column < 3; ++column) {
        const std::string_view text = columnView(row, first + column);
        if (!asciiphrase::isAscii(text)) {
            for (const std::string &t : match.tokens(text))
                token(column, std::string_view(t));
            continue;
        }
        for (auto at = asciiphrase::nextToken(text, 0); at.first < text.size();
             at = asciiphrase::nextToken(text, at.second)) {
            folded.assign(text.substr(at.first, at.second - at.first));
            for (char &c : folded)
                c = asciiphrase::lower(c);
            token(column, std::string_view(folded));
        }
    }
}

// Calls `start` with `token`'s first one, two and three characters (whole UTF-8 sequences).
template <typename F> void forEachStart(std::string_view token, F &&start)
{
    int characters = 0;
    for (std::size_t i = 1; i <= token.size() && characters < kLongestStart; ++i) {
        if (i == token.size() || (static_cast<unsigned char>(token[i]) & 0xC0) != 0x80) {
            ++characters;
            start(token.substr(0, i));
        }
    }
}

} // namespace proofdesk::cache::rowbitstokens
