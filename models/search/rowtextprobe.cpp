#include "rowtextprobe.h"

#include "cache/rowtextmatch.h"
#include "ftstext.h"

#include <algorithm>

namespace proofdesk::search {

bool rowTextCanAnswer(cache::RowTextMatch &match, const QueryNode &root)
{
    if (root.kind == QueryNode::Kind::Term)
        return match.parse(ftsString(root.text, root.termKind == QueryNode::TermKind::Prefix).toStdString())
            .has_value();
    return std::all_of(root.children.begin(), root.children.end(),
                       [&](const QueryNode &child) { return rowTextCanAnswer(match, child); });
}

namespace {
// FTS5's varint: SQLite's, big-endian, 7 bits a byte, the ninth byte whole.
bool readVarint(const QByteArray &bytes, int &at, quint64 &value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (at >= bytes.size())
            return false;
        const auto byte = quint8(bytes[at++]);
        if (i == 8) {
            value = (value << 8) | byte;
            return true;
        }
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return true;
    }
    return true;
}
} // namespace

std::optional<double> averageTokensPerRow(cache::Database &db)
{
    // The averages record (id 1): the number of rows, then the number of tokens in each column.
    cache::Statement st = db.prepareCached("SELECT block FROM comm_fts_data WHERE id = 1");
    if (!st.step())
        return std::nullopt;
    const QByteArray record = st.columnUtf8(0);
    int at = 0;
    quint64 rows = 0, column = 0, tokens = 0;
    if (!readVarint(record, at, rows) || rows == 0)
        return std::nullopt;
    while (at < record.size() && readVarint(record, at, column))
        tokens += column;
    return double(tokens) / double(rows);
}

std::optional<double> rowTextMicros(cache::Database &db, cache::RowTextMatch *tokenizer, const QueryNode &root,
                                    double maxTokens)
{
    const auto tokens = averageTokensPerRow(db);
    if (!tokens || *tokens > maxTokens || !tokenizer || !rowTextCanAnswer(*tokenizer, root))
        return std::nullopt;
    return kRowTextMicros + kRowTextTokenMicros * *tokens;
}

} // namespace proofdesk::search
