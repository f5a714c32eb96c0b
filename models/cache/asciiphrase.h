#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace proofdesk::cache::asciiphrase {

// Whether `text` is ASCII throughout: its tokens under comm_fts's tokenizer (unicode61,
// remove_diacritics 2) are then its runs of ASCII letters and digits in lower case, and nothing
// else, so a phrase can be found in it without the tokenizer (~10x fewer instructions a row).
bool isAscii(std::string_view text);

// The token of ASCII `text` starting at or after `from`, as [begin, end) (not folded); begin is
// text.size() when there is none.
std::pair<std::size_t, std::size_t> nextToken(std::string_view text, std::size_t from);

// An ASCII byte as the tokenizer folds it: capitals to small letters, nothing else changed.
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// Whether the tokens of ASCII `text` hold `phrase` (tokens as the tokenizer folds them) at
// consecutive positions, as FTS5 matches a phrase within one column; with `lastIsPrefix`, its
// last token matches every token it begins (FTS5's "tok tok" *).
bool holds(std::string_view text, const std::vector<std::string> &phrase, bool lastIsPrefix = false);

} // namespace proofdesk::cache::asciiphrase
