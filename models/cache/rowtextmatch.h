#pragma once

#include <memory>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace proofdesk::cache {

// One row's text checked for a full-text expression without the full-text index: the row's
// columns are tokenized with comm_fts's own tokenizer (FTS5's unicode61, remove_diacritics 2,
// reached through fts5_api) and the expression evaluated on the tokens as FTS5 would.
//
// Why: FTS5 answers "does row r match?" by seeking in each term's doclist, and that seek
// walks the doclist index page by page: ~12 us a row for a common word at a million
// communications, ~80 us at ten million. Reading the row's text and tokenizing it costs the
// same at any size (a few us for a ~300-byte communication), so the few rows a key or a day
// selects are checked here (SQL function fts_row_match, registered on every connection).
//
// The expressions are the ones SqlCompiler writes: phrases ("tok tok", '"' doubled), a
// prefix phrase ("tok" *), AND, OR, binary NOT and parentheses (no implicit AND). FTS5
// matches a phrase within one column at consecutive token positions; a prefix phrase's last
// token by its first bytes.
class RowTextMatch
{
public:
    // The tokenizer of `db`'s FTS5; null when FTS5 is missing.
    static std::shared_ptr<RowTextMatch> forConnection(sqlite3 *db);
    ~RowTextMatch();
    RowTextMatch(const RowTextMatch &) = delete;
    RowTextMatch &operator=(const RowTextMatch &) = delete;

    struct Expression;
    // Nothing when `fts` is not an expression of that grammar, or holds a phrase without a
    // token (which FTS5 drops from its expression, changing its meaning): ask FTS5 then.
    std::optional<std::shared_ptr<const Expression>> parse(const std::string &fts);
    // Whether the row whose columns are `columns` matches.
    bool matches(const Expression &expression, const std::vector<std::string_view> &columns);

    std::vector<std::string> tokens(std::string_view text);

private:
    struct Tokenizer;
    explicit RowTextMatch(std::unique_ptr<Tokenizer> tokenizer);
    std::unique_ptr<Tokenizer> m_tokenizer;
};

// fts_row_match(expression, column, …): 1 when the columns (comm_text's body, names, ids in
// comm_fts's order) match the FTS5 expression, else 0. The parsed expression is kept for the
// statement's run (sqlite3_set_auxdata), so a statement asking thousands of rows parses once.
void registerRowTextMatchFunction(sqlite3 *db);

} // namespace proofdesk::cache
