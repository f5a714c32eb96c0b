// libFuzzer: fts_row_match (cache/rowtextmatch.h) against FTS5 itself. The input is an FTS5
// expression, a newline, and a row's three columns separated by 0x1f. Whenever the row text
// matcher accepts the expression, FTS5 must accept it too and answer the same for that row:
// the planner asks the matcher instead of the full-text index, so any difference would be a
// wrong search result.
#include "cache/rowtextmatch.h"

#include <cstdint>
#include <cstdlib>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace proofdesk::cache;

namespace {

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *opened = nullptr;
        if (sqlite3_open(":memory:", &opened) != SQLITE_OK
            || sqlite3_exec(opened,
                            // comm_fts's definition (migrations.cpp), without its content table
                            "CREATE VIRTUAL TABLE f USING fts5(body, names, ids, "
                            "tokenize='unicode61 remove_diacritics 2')",
                            nullptr, nullptr, nullptr)
                   != SQLITE_OK)
            std::abort();
        return opened;
    }();
    return db;
}

// 1 or 0 from FTS5, -1 when it refuses the expression.
int ftsMatches(sqlite3 *db, const std::string &expression, const std::vector<std::string> &columns)
{
    sqlite3_exec(db, "DELETE FROM f", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO f(rowid, body, names, ids) VALUES (1, ?, ?, ?)", -1, &insert, nullptr);
    for (int i = 0; i < 3; ++i)
        sqlite3_bind_text(insert, i + 1, columns[size_t(i)].data(), int(columns[size_t(i)].size()), SQLITE_TRANSIENT);
    sqlite3_step(insert);
    sqlite3_finalize(insert);
    sqlite3_stmt *query = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM f WHERE f MATCH ?", -1, &query, nullptr);
    sqlite3_bind_text(query, 1, expression.data(), int(expression.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(query);
    const int answer = rc == SQLITE_ROW ? sqlite3_column_int(query, 0) : -1;
    sqlite3_finalize(query);
    return answer;
}

bool validUtf8(const std::string &text)
{
    // A row holds UTF-8 (SQLite would store other bytes as they are; neither side is meant for them).
    for (size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (n == 0 || i + n > text.size())
            return false;
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2)
                return false;
        i += n;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    if (!validUtf8(input) || input.find('\0') != std::string::npos)
        return 0;
    const size_t newline = input.find('\n');
    if (newline == std::string::npos)
        return 0;
    const std::string expression = input.substr(0, newline);
    std::vector<std::string> columns(3);
    size_t column = 0;
    for (const char c : input.substr(newline + 1)) {
        if (c == '\x1f' && column < 2)
            ++column;
        else
            columns[column] += c;
    }
    sqlite3 *db = database();
    static const auto match = RowTextMatch::forConnection(db);
    if (!match)
        std::abort();
    const auto parsed = match->parse(expression);
    if (!parsed)
        return 0;
    const int fts = ftsMatches(db, expression, columns);
    const bool ours = match->matches(**parsed, {columns[0], columns[1], columns[2]});
    if (fts < 0 || (fts > 0) != ours)
        std::abort();
    return 0;
}
