#include "storedtext.h"

#include "cache/columnview.h"
#include "cache/rowbits.h"
#include "cache/rowtextmatch.h"
#include "ftstext.h"
#include "rowidhalves.h"
#include "statementutil.h"

#include <algorithm>

namespace proofdesk::search {

namespace {

using Kind = QueryNode::Kind;
using Way = QueryNode::TermKind;

QString quoted(const QString &text) { return ftsString(text); }

// The FTS5 string of a stored key's rows: "TOKEN" or "TOKEN TOKEN" (a phrase).
QString ftsOfKey(const QString &key) { return quoted(key.mid(int(qstrlen("word:")))); }

// FTS5's own vocabulary, one row per term, made once per connection in its temporary schema: a
// term range is read term by term, each term's postings only when it is in the range.
void ensureVocabulary(cache::Database &db)
{
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.comm_fts_terms USING fts5vocab(main, 'comm_fts', 'row')");
}

} // namespace

StoredText::StoredText(cache::Database &db, std::shared_ptr<cache::RowTextMatch> tokenizer, cache::Database *helper)
    : m_db(db)
    , m_tokenizer(std::move(tokenizer))
    , m_helper(helper)
{}

std::optional<qint64> StoredText::cover(const QString &key) { return cache::RowBits(m_db).coveredUpTo(key); }

// A term as the stored rows answer it; Way::Fts when they do not.
StoredText::Term StoredText::term(const QueryNode &node)
{
    Term t;
    t.way = Term::Way::Fts;
    t.fts = ftsString(node.text, node.termKind == Way::Prefix);
    t.tokens = m_tokenizer->tokens(node.text.toStdString());
    if (t.tokens.empty())
        return t;
    if (node.termKind == Way::Prefix) {
        if (t.tokens.size() == 1) {
            t.keys = storedWordsBegun(t.tokens.front());
            const QString whole = cache::RowBits::prefixKey(t.tokens.front());
            if (const std::optional<qint64> upto = cover(whole)) {
                t.prefixKey = whole;
                t.prefixCover = *upto;
            }
        }
        if (!t.keys.empty() || !t.prefixKey.isEmpty())
            t.way = Term::Way::Prefix;
        return t;
    }
    const QString key = cache::RowBits::phraseKey(t.tokens);
    if (!key.isEmpty() && cover(key)) {
        t.way = Term::Way::Stored;
        t.keys = {key};
    } else if (const auto pieces = t.tokens.size() > 1 ? phrasePieces(t.tokens) : std::nullopt) {
        t.way = Term::Way::Narrowed;
        t.keys = *pieces;
    }
    return t;
}

// The stored keys a phrase's rows all hold: from each token, the phrase of three it begins when
// stored, else its pair, else the word itself, when stored. Nothing when none is stored.
std::optional<std::vector<QString>> StoredText::phrasePieces(const std::vector<std::string> &tokens)
{
    std::vector<QString> pieces;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        for (std::size_t n = std::min<std::size_t>(3, tokens.size() - i); n >= 1; --n) {
            const QString piece = cache::RowBits::phraseKey({tokens.begin() + long(i), tokens.begin() + long(i + n)});
            if (cover(piece)) {
                pieces.push_back(piece);
                break;
            }
        }
    }
    if (pieces.empty())
        return std::nullopt;
    return pieces;
}

// Text only: terms, And, Or and negations; a negation with no positive term beside it in its
// And only when the months are stored (its complement is taken in every row).
bool StoredText::worthAnswering(const QueryNode &node, bool underAnd)
{
    switch (node.kind) {
    case Kind::Term:
        return term(node).way != Term::Way::Fts;
    case Kind::Not:
        return (underAnd || monthsStored()) && worthAnswering(node.children.front(), false);
    case Kind::And:
    case Kind::Or: {
        const bool isAnd = node.kind == Kind::And;
        const bool onlyNegations = std::all_of(node.children.begin(), node.children.end(),
                                               [](const QueryNode &child) { return child.kind == Kind::Not; });
        bool any = false;
        for (const QueryNode &child : node.children) {
            if (child.kind != Kind::Term && child.kind != Kind::Not && child.kind != Kind::And
                && child.kind != Kind::Or)
                return false;
            any = worthAnswering(child, isAnd && !onlyNegations) || any;
        }
        return any;
    }
    case Kind::Field:
    case Kind::DateRange:
        break;
    }
    return false;
}

std::shared_ptr<cache::RowIdSet> StoredText::collect(const QueryNode &text, qint64 maxRowid, QStringList *log)
{
    if (!m_tokenizer || !worthAnswering(text, false))
        return nullptr;
    m_log = log;
    auto found = rows(text, maxRowid);
    m_log = nullptr;
    return found;
}

std::shared_ptr<cache::RowIdSet> StoredText::rows(const QueryNode &node, qint64 maxRowid)
{
    if (node.kind == Kind::Term)
        return termRows(term(node), maxRowid);
    if (node.kind == Kind::Not)
        return complement(node.children.front(), maxRowid);
    std::shared_ptr<cache::RowIdSet> result;
    std::vector<const QueryNode *> negated;
    for (const QueryNode &child : node.children) {
        if (child.kind == Kind::Not && node.kind == Kind::And) {
            negated.push_back(&child.children.front());
            continue;
        }
        auto part = rows(child, maxRowid);
        if (!part)
            return nullptr;
        if (!result)
            result = std::move(part);
        else if (node.kind == Kind::And)
            result->intersect(*part);
        else
            result->unite(*part);
    }
    if (!result) { // an And of negations only: taken from every row
        const auto every = everyRow(maxRowid);
        if (!every)
            return nullptr;
        result = std::make_shared<cache::RowIdSet>(*every);
    }
    for (const QueryNode *operand : negated) {
        auto part = rows(*operand, maxRowid);
        if (!part)
            return nullptr;
        result->subtract(*part);
    }
    return result;
}

std::shared_ptr<cache::RowIdSet> StoredText::complement(const QueryNode &operand, qint64 maxRowid)
{
    const auto every = everyRow(maxRowid);
    auto part = every ? rows(operand, maxRowid) : nullptr;
    if (!part)
        return nullptr;
    auto result = std::make_shared<cache::RowIdSet>(*every);
    result->subtract(*part);
    return result;
}

bool StoredText::monthsStored() { return cover(cache::RowBits::monthsCoverKey()).has_value(); }

// Each letter has one issue date (issued_at is NOT NULL): the months' stored rows, and the rows
// past their cover, are every row.
std::shared_ptr<const cache::RowIdSet> StoredText::everyRow(qint64 maxRowid)
{
    if (m_everyRow)
        return m_everyRow;
    const auto upto = cover(cache::RowBits::monthsCoverKey());
    if (!upto)
        return nullptr;
    auto every = std::make_shared<cache::RowIdSet>(cache::RowIdSet::withCapacity(maxRowid));
    cache::RowBits(m_db).addFamilyTo(cache::RowBits::monthsCoverKey(), *every);
    cache::Statement st =
        m_db.prepareCached("SELECT count(*) FROM communications WHERE rowid > ? AND rowset_add(?, rowid)");
    bindValues(st, {QVariant::fromValue(*upto), QVariant::fromValue(RowSetParameter{every.get()})});
    st.step();
    if (m_log)
        *m_log << QStringLiteral("every row from the months' stored rows, and the rows past them");
    m_everyRow = std::move(every);
    return m_everyRow;
}

std::shared_ptr<cache::RowIdSet> StoredText::termRows(const Term &term, qint64 maxRowid)
{
    auto rows = std::make_shared<cache::RowIdSet>(cache::RowIdSet::withCapacity(maxRowid));
    switch (term.way) {
    case Term::Way::Stored:
        addKeyRows(term.keys.front(), term.fts, *rows);
        if (m_log)
            *m_log << QStringLiteral("%1 from its stored rows").arg(term.fts);
        break;
    case Term::Way::Prefix: {
        if (addPrefixRows(term, maxRowid, *rows))
            break;
        for (const QString &key : term.keys)
            addKeyRows(key, ftsOfKey(key), *rows);
        // The other terms in two halves of their names, each listed and read on its own
        // connection (F18): a term's statement costs more than its postings, so halves of the
        // rowids would each read every term.
        cache::RowIdSet others[2] = {cache::RowIdSet::withCapacity(maxRowid), cache::RowIdSet::withCapacity(maxRowid)};
        RowidHalves(m_db, m_helper).share(maxRowid, [&](cache::Database &db, int half) {
            addOtherTermsBegun(db, term.tokens.front(), term.keys, half, others[qMax(half, 0)]);
        });
        rows->unite(others[0]);
        rows->unite(others[1]);
        if (m_log)
            *m_log << QStringLiteral(
                          "%1 from the stored rows of %2 and FTS5's vocabulary for the other terms it begins")
                          .arg(term.fts, QStringList(term.keys.begin(), term.keys.end()).join(QLatin1String(", ")));
        break;
    }
    case Term::Way::Narrowed:
        return narrowedRows(term, maxRowid);
    case Term::Way::Fts: {
        cache::Statement st =
            m_db.prepareCached("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? AND rowset_add(?, rowid)");
        bindValues(st, {term.fts, QVariant::fromValue(RowSetParameter{rows.get()})});
        st.step();
        if (m_log)
            *m_log << QStringLiteral("%1 from the full-text index alone").arg(term.fts);
        break;
    }
    }
    return rows;
}

bool StoredText::storedWhole(const QueryNode &term)
{
    return term.kind == Kind::Term && this->term(term).way == Term::Way::Stored;
}

std::shared_ptr<cache::RowIdSet> StoredText::candidates(const QueryNode &phrase, qint64 maxRowid)
{
    if (!m_tokenizer || phrase.kind != Kind::Term || phrase.termKind != Way::Phrase)
        return nullptr;
    const Term t = term(phrase);
    if (t.way != Term::Way::Narrowed)
        return nullptr;
    return std::make_shared<cache::RowIdSet>(candidatesOf(t, maxRowid));
}

// The rows its pieces' stored rows all hold.
cache::RowIdSet StoredText::candidatesOf(const Term &term, qint64 maxRowid)
{
    cache::RowIdSet candidates = cache::RowIdSet::withCapacity(maxRowid);
    addKeyRows(term.keys.front(), ftsOfKey(term.keys.front()), candidates);
    for (std::size_t i = 1; i < term.keys.size(); ++i) {
        cache::RowIdSet piece = cache::RowIdSet::withCapacity(maxRowid);
        addKeyRows(term.keys[i], ftsOfKey(term.keys[i]), piece);
        candidates.intersect(piece);
    }
    return candidates;
}

// A phrase's candidates, each asked on its own text; many of them in two halves at once.
std::shared_ptr<cache::RowIdSet> StoredText::narrowedRows(const Term &term, qint64 maxRowid)
{
    const cache::RowIdSet candidates = candidatesOf(term, maxRowid);
    const auto expression = m_tokenizer->parse(term.fts.toStdString());
    if (candidates.size() > kNarrowRows || !expression)
        return nullptr;
    const QList<qint64> sorted = candidates.sorted();
    cache::RowIdSet holding[2] = {cache::RowIdSet::withCapacity(maxRowid), cache::RowIdSet::withCapacity(maxRowid)};
    RowidHalves(m_db, candidates.size() >= m_halvedCandidates ? m_helper : nullptr)
        .run(maxRowid, [&](cache::Database &db, qint64 lo, qint64 hi, int half) {
            askOwnText(db, **expression, sorted, lo, hi, holding[half]);
        });
    holding[1].unite(holding[0]);
    if (m_log)
        *m_log << QStringLiteral("%1 narrowed to %2 rows by the stored rows of %3, asked on their own text")
                      .arg(term.fts)
                      .arg(candidates.size())
                      .arg(QStringList(term.keys.begin(), term.keys.end()).join(QLatin1String(", ")));
    return std::make_shared<cache::RowIdSet>(std::move(holding[1]));
}

// Each row asked with `db`'s own tokenizer (one is not shared between threads); an ASCII row is
// read without it (RowTextMatch::matches).
void StoredText::askOwnText(cache::Database &db, const cache::RowTextMatch::Expression &expression,
                            const QList<qint64> &rows, qint64 lo, qint64 hi, cache::RowIdSet &holding)
{
    const std::shared_ptr<cache::RowTextMatch> tokenizer =
        &db == &m_db ? m_tokenizer : cache::RowTextMatch::forConnection(db.handle());
    if (!tokenizer)
        throw cache::SqliteError(SQLITE_ERROR, QStringLiteral("FTS5's tokenizer is not available"));
    cache::Statement st = db.prepareCached("SELECT body, names, ids FROM comm_text WHERE rowid = ?");
    const auto first = std::lower_bound(rows.begin(), rows.end(), lo);
    const auto last = std::lower_bound(first, rows.end(), hi);
    std::vector<std::string_view> columns(3);
    for (auto row = first; row != last; ++row) {
        st.bind(1, *row);
        if (st.step()) {
            for (int i = 0; i < 3; ++i)
                columns[std::size_t(i)] = cache::columnView(st, i);
            if (tokenizer->matches(expression, columns))
                holding.insert(*row);
        }
        st.reset();
    }
}

// A prefix whose rows are kept whole (RowBits::prefixKey): its stored rows, and the rows past
// their cover asked on their own text. False, with nothing added, when it is not kept or more
// than kNarrowRows rows are past its cover (the next refresh brings it up; until then the terms
// it begins are read as before).
bool StoredText::addPrefixRows(const Term &term, qint64 maxRowid, cache::RowIdSet &rows)
{
    const qint64 upto = term.prefixCover;
    if (term.prefixKey.isEmpty() || maxRowid - upto > kNarrowRows)
        return false;
    std::optional<std::shared_ptr<const cache::RowTextMatch::Expression>> expression;
    QList<qint64> past;
    if (upto < maxRowid) {
        expression = m_tokenizer->parse(term.fts.toStdString());
        if (!expression)
            return false;
        cache::Statement st = m_db.prepareCached("SELECT rowid FROM comm_text WHERE rowid > ? AND rowid <= ?");
        st.bind(1, upto).bind(2, maxRowid);
        while (st.step())
            past << st.columnInt(0);
    }
    cache::RowBits(m_db).addStoredTo(term.prefixKey, rows);
    if (!past.isEmpty())
        askOwnText(m_db, **expression, past, upto + 1, maxRowid + 1, rows);
    if (m_log)
        *m_log << QStringLiteral("%1 from the stored rows of every term it begins, and %2 rows past them asked on "
                                 "their own text")
                      .arg(term.fts)
                      .arg(past.size());
    return true;
}

void StoredText::addKeyRows(const QString &key, const QString &fts, cache::RowIdSet &rows)
{
    const auto upto = cover(key);
    cache::RowBits(m_db).addStoredTo(key, rows);
    cache::Statement st = m_db.prepareCached(
        "SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? AND rowid > ? AND rowset_add(?, rowid)");
    bindValues(st, {fts, QVariant::fromValue(upto.value_or(-1)), QVariant::fromValue(RowSetParameter{&rows})});
    st.step();
}

std::vector<QString> StoredText::storedWordsBegun(const std::string &token)
{
    const QString start = cache::RowBits::wordKey(token);
    cache::Statement st = m_db.prepareCached("SELECT key FROM rowbits_cover WHERE key >= ? ORDER BY key");
    st.bind(1, start);
    std::vector<QString> keys;
    while (st.step()) {
        const QString key = st.columnText(0);
        if (!key.startsWith(start))
            break;
        if (!key.contains(QLatin1Char(' ')) && cover(key)) // a pair's key is a phrase, not a term
            keys.push_back(key);
    }
    return keys;
}

// The rows of the terms `token` begins other than the stored words (`stored`, ascending): their
// names from FTS5's vocabulary, read in the ranges between the stored words so that their
// postings are never read, then each term's rows from FTS5 (one term a statement: an OR of
// hundreds of terms merges far slower, and the vocabulary's instances cost ~0.3 us each, F15).
// The bounds are inclusive and exclude the stored words themselves: fts5vocab seeks to its lower
// bound and stops past its upper one, reading every term in between (a strict '>' of a stored
// word would read its postings first, SQLite only filtering it out).
void StoredText::addOtherTermsBegun(cache::Database &db, const std::string &token, const std::vector<QString> &stored,
                                    int half, cache::RowIdSet &rows)
{
    ensureVocabulary(db);
    // Half 0 the names below the token followed by 'm', half 1 the rest: the letters after a
    // prefix split its terms about evenly (no UTF-8 byte is 0xff, so "…l\xff" is above every
    // name that begins "…l").
    const QByteArray tokenBytes = QByteArray::fromStdString(token);
    const QByteArray lastOfHalf0 = tokenBytes + "l\xff", firstOfHalf1 = tokenBytes + 'm';
    QStringList terms;
    const auto list = [&](QByteArray lowest, QByteArray highest) {
        if (half == 0)
            highest = qMin(highest, lastOfHalf0);
        else if (half == 1)
            lowest = qMax(lowest, firstOfHalf1);
        if (lowest > highest)
            return;
        cache::Statement st = db.prepareCached("SELECT term FROM temp.comm_fts_terms WHERE term >= ? AND term <= ?");
        st.bind(1, lowest).bind(2, highest);
        while (st.step())
            terms << st.columnText(0);
    };
    QByteArray from = tokenBytes;
    for (const QString &key : stored) {
        const QByteArray word = key.mid(int(qstrlen("word:"))).toUtf8();
        // Every text below the word: its last byte one less, then a byte above any UTF-8 byte.
        QByteArray below = word;
        below[below.size() - 1] = char(quint8(below.back()) - 1);
        list(from, below + '\xff');
        from = word + '\x01'; // the least text above the word (no token holds a byte below 0x20)
    }
    list(from, tokenBytes + "\xf4\x90"); // past every UTF-8 text that starts with the token
    cache::Statement st =
        db.prepareCached("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? AND rowset_add(?, rowid)");
    for (const QString &term : terms) {
        bindValues(st, {quoted(term), QVariant::fromValue(RowSetParameter{&rows})});
        st.step();
        st.reset();
    }
}

} // namespace proofdesk::search
