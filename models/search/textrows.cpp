#include "textrows.h"

#include "cache/rowbits.h"
#include "cache/rowtextmatch.h"
#include "rowidhalves.h"
#include "sqlcompiler.h"
#include "statementutil.h"
#include "storedtext.h"

namespace proofdesk::search {

TextRows::TextRows(cache::Database &db, cache::Database *helper, bool storedRows)
    : m_db(db)
    , m_helper(helper)
    , m_storedRows(storedRows)
{}

void TextRows::inHalves(qint64 maxRowid, const Part &part) { RowidHalves(m_db, m_helper).run(maxRowid, part); }

// A word is written as one FTS5 string ("tok", ftstext.h); it is one of the stored words when
// the tokenizer makes one token of it and that token's key has a cover.
std::optional<TextRows::StoredWord> TextRows::storedWord(const QString &fts)
{
    if (!m_storedRows || fts.size() < 3 || !fts.startsWith(QLatin1Char('"')) || !fts.endsWith(QLatin1Char('"'))
        || fts.mid(1, fts.size() - 2).contains(QLatin1Char('"')))
        return std::nullopt;
    if (!tokenizer())
        return std::nullopt;
    const std::vector<std::string> tokens = m_tokenizer->tokens(fts.mid(1, fts.size() - 2).toStdString());
    if (tokens.size() != 1)
        return std::nullopt;
    StoredWord word{cache::RowBits::wordKey(tokens.front())};
    const auto upto = cache::RowBits(m_db).coveredUpTo(word.key);
    if (!upto)
        return std::nullopt;
    word.upto = *upto;
    return word;
}

std::shared_ptr<cache::RowTextMatch> TextRows::tokenizer()
{
    if (!m_tokenizer)
        m_tokenizer = cache::RowTextMatch::forConnection(m_db.handle());
    return m_tokenizer;
}

std::shared_ptr<cache::RowIdSet> TextRows::collectStored(const QueryNode &text, qint64 maxRowid)
{
    return m_storedRows ? StoredText(m_db, tokenizer(), m_helper).collect(text, maxRowid, m_log) : nullptr;
}

std::shared_ptr<cache::RowIdSet> TextRows::phraseCandidates(const QueryNode &phrase, qint64 maxRowid)
{
    return m_storedRows ? StoredText(m_db, tokenizer()).candidates(phrase, maxRowid) : nullptr;
}

bool TextRows::storedWhole(const QueryNode &term)
{
    return m_storedRows && StoredText(m_db, tokenizer()).storedWhole(term);
}

std::shared_ptr<cache::RowIdSet> TextRows::collect(const QueryNode &text, qint64 maxRowid)
{
    const QString fts = SqlCompiler::ftsExpression(text).value_or(QString());
    if (m_storedRows && !storedWord(fts)) { // a single stored word: collect(fts) reads it the same
        if (auto rows = StoredText(m_db, tokenizer(), m_helper).collect(text, maxRowid, m_log))
            return rows;
    }
    return collect(fts, maxRowid);
}

qint64 TextRows::count(const QueryNode &text, qint64 maxRowid)
{
    const QString fts = SqlCompiler::ftsExpression(text).value_or(QString());
    if (m_storedRows && !storedWord(fts)) { // a single stored word: counted from its chunks' counts
        if (const auto rows = StoredText(m_db, tokenizer(), m_helper).collect(text, maxRowid, m_log))
            return rows->size();
    }
    return count(fts, maxRowid);
}

std::shared_ptr<cache::RowIdSet> TextRows::collect(const QString &fts, qint64 maxRowid)
{
    if (const auto stored = storedWord(fts)) {
        auto rows = std::make_shared<cache::RowIdSet>(cache::RowIdSet::withCapacity(maxRowid));
        cache::RowBits(m_db).addStoredTo(stored->key, *rows);
        cache::Statement st = m_db.prepareCached(
            "SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? AND rowid > ? AND rowset_add(?, rowid)");
        bindValues(st, {fts, QVariant::fromValue(stored->upto), QVariant::fromValue(RowSetParameter{rows.get()})});
        st.step();
        return rows;
    }
    cache::RowIdSet halves[2] = {cache::RowIdSet::withCapacity(maxRowid / 2), cache::RowIdSet::withCapacity(maxRowid)};
    inHalves(maxRowid, [&](cache::Database &db, qint64 lo, qint64 hi, int half) {
        cache::Statement st =
            db.prepareCached("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? AND rowid >= ? AND rowid < ? "
                             "AND rowset_add(?, rowid)");
        bindValues(st, {fts, QVariant::fromValue(lo), QVariant::fromValue(hi),
                        QVariant::fromValue(RowSetParameter{&halves[half]})});
        st.step();
    });
    halves[1].unite(halves[0]);
    return std::make_shared<cache::RowIdSet>(std::move(halves[1]));
}

qint64 TextRows::count(const QString &fts, qint64 maxRowid)
{
    if (const auto stored = storedWord(fts)) {
        cache::Statement st = m_db.prepareCached("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? AND rowid > ?");
        bindValues(st, {fts, QVariant::fromValue(stored->upto)});
        return cache::RowBits(m_db).storedCount(stored->key) + (st.step() ? st.columnInt(0) : 0);
    }
    qint64 halves[2] = {0, 0};
    inHalves(maxRowid, [&](cache::Database &db, qint64 lo, qint64 hi, int half) {
        cache::Statement st =
            db.prepareCached("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? AND rowid >= ? AND rowid < ?");
        bindValues(st, {fts, QVariant::fromValue(lo), QVariant::fromValue(hi)});
        halves[half] = st.step() ? st.columnInt(0) : 0;
    });
    return halves[0] + halves[1];
}

std::shared_ptr<cache::RowIdSet> TextRows::collectUpTo(const QString &fts, qint64 cap, qint64 maxRowid)
{
    auto rows = std::make_shared<cache::RowIdSet>(cache::RowIdSet::withCapacity(maxRowid));
    cache::Statement st =
        m_db.prepareCached("SELECT count(*) FROM (SELECT rowid AS r FROM comm_fts WHERE comm_fts MATCH ? LIMIT ?) "
                           "WHERE rowset_add(?, r)");
    bindValues(st, {fts, QVariant::fromValue(cap + 1), QVariant::fromValue(RowSetParameter{rows.get()})});
    st.step();
    return rows;
}

} // namespace proofdesk::search
