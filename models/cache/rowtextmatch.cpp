#include "rowtextmatch.h"

#include "asciiphrase.h"

#include <algorithm>

namespace proofdesk::cache {

// comm_fts's tokenizer and its arguments (migrations.cpp, schema 1): the two must stay alike,
// which tst_rowtextmatch checks against FTS5 itself.
namespace {
constexpr char kTokenizerName[] = "unicode61";
const char *kTokenizerArguments[] = {"remove_diacritics", "2"}; // xCreate takes them non-const
} // namespace

struct RowTextMatch::Tokenizer
{
    fts5_tokenizer api{};
    Fts5Tokenizer *instance = nullptr;
    ~Tokenizer()
    {
        if (instance)
            api.xDelete(instance);
    }
};

struct RowTextMatch::Expression
{
    enum class Kind { Phrase, And, Or, Not };
    Kind kind = Kind::Phrase;
    std::vector<std::string> tokens;                         // Phrase
    bool prefix = false;                                     // Phrase: its last token matches by its first bytes
    std::vector<std::shared_ptr<const Expression>> operands; // And, Or; Not: left NOT right
};

namespace {

using Expression = RowTextMatch::Expression;
using Node = std::shared_ptr<const Expression>;

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

// A recursive descent over SqlCompiler's FTS5 syntax, binding as FTS5 does: NOT before AND
// before OR, each to the left. Two phrases side by side (FTS5's implicit AND, which binds
// tighter than NOT and only between phrases) are refused: SqlCompiler always writes AND.
class Parser
{
public:
    Parser(const std::string &text, RowTextMatch &match)
        : m_text(text)
        , m_match(match)
    {}

    Node parse()
    {
        Node node = orExpression();
        skipSpace();
        return m_failed || m_at != m_text.size() ? nullptr : node;
    }

private:
    Node orExpression()
    {
        return binary(Expression::Kind::Or, "OR", [this] { return andExpression(); });
    }
    Node andExpression()
    {
        return binary(Expression::Kind::And, "AND", [this] { return notExpression(); });
    }
    Node notExpression()
    {
        Node left = primary();
        while (left && keyword("NOT")) {
            Node right = primary();
            if (!right)
                return fail();
            auto node = std::make_shared<Expression>();
            node->kind = Expression::Kind::Not;
            node->operands = {left, right};
            left = node;
        }
        return left;
    }

    template <typename Next> Node binary(Expression::Kind kind, const char *word, Next next)
    {
        Node left = next();
        while (left) {
            if (!keyword(word))
                break;
            Node right = next();
            if (!right)
                return fail();
            auto node = std::make_shared<Expression>();
            node->kind = kind;
            node->operands = {left, right};
            left = node;
        }
        return left;
    }

    Node primary()
    {
        skipSpace();
        // Bounded, so that neither this descent nor evaluate() can run out of stack: a search
        // query's text is far smaller, and FTS5 answers anything larger.
        if (++m_operands > kMaxOperands)
            return fail();
        if (m_at < m_text.size() && m_text[m_at] == '(') {
            if (++m_depth > kMaxDepth)
                return fail();
            ++m_at;
            Node inner = orExpression();
            --m_depth;
            skipSpace();
            if (!inner || m_at >= m_text.size() || m_text[m_at] != ')')
                return fail();
            ++m_at;
            return inner;
        }
        if (m_at >= m_text.size() || m_text[m_at] != '"')
            return fail();
        std::string phrase;
        for (++m_at;; ++m_at) {
            if (m_at >= m_text.size())
                return fail();
            if (m_text[m_at] == '"') {
                if (m_at + 1 < m_text.size() && m_text[m_at + 1] == '"') {
                    phrase += '"';
                    ++m_at;
                    continue;
                }
                ++m_at;
                break;
            }
            phrase += m_text[m_at];
        }
        auto node = std::make_shared<Expression>();
        const size_t afterQuote = m_at;
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == '*') {
            node->prefix = true;
            ++m_at;
        } else {
            m_at = afterQuote;
        }
        node->tokens = m_match.tokens(phrase);
        if (node->tokens.empty())
            return fail(); // FTS5 drops an empty phrase from the expression: not this grammar's meaning
        return node;
    }

    bool keyword(const char *word)
    {
        skipSpace();
        const size_t n = std::char_traits<char>::length(word);
        if (m_text.compare(m_at, n, word) != 0)
            return false;
        const size_t after = m_at + n;
        if (after < m_text.size() && m_text[after] != ' ' && m_text[after] != '(' && m_text[after] != '"')
            return false;
        m_at = after;
        return true;
    }

    void skipSpace()
    {
        while (m_at < m_text.size() && m_text[m_at] == ' ')
            ++m_at;
    }

    Node fail()
    {
        m_failed = true;
        return nullptr;
    }

    static constexpr int kMaxDepth = 32;
    static constexpr int kMaxOperands = 256;

    const std::string &m_text;
    RowTextMatch &m_match;
    size_t m_at = 0;
    int m_depth = 0;
    int m_operands = 0;
    bool m_failed = false;
};

bool tokenMatches(const std::string &token, const std::string &wanted, bool prefix)
{
    if (!prefix)
        return token == wanted;
    return token.size() >= wanted.size() && token.compare(0, wanted.size(), wanted) == 0;
}

// Whether `phrase` occurs in `column` at consecutive positions.
bool phraseIn(const Expression &phrase, const std::vector<std::string> &column)
{
    const size_t n = phrase.tokens.size();
    for (size_t start = 0; start + n <= column.size(); ++start) {
        size_t k = 0;
        while (k < n && tokenMatches(column[start + k], phrase.tokens[k], phrase.prefix && k + 1 == n))
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

// `holds(phrase)`: whether the row holds a phrase of the expression.
template <typename PhraseTest> bool evaluate(const Expression &e, const PhraseTest &holds)
{
    switch (e.kind) {
    case Expression::Kind::Phrase:
        return holds(e);
    case Expression::Kind::And:
        return evaluate(*e.operands[0], holds) && evaluate(*e.operands[1], holds);
    case Expression::Kind::Or:
        return evaluate(*e.operands[0], holds) || evaluate(*e.operands[1], holds);
    case Expression::Kind::Not:
        return evaluate(*e.operands[0], holds) && !evaluate(*e.operands[1], holds);
    }
    return false;
}

int keepToken(void *context, int flags, const char *token, int size, int, int)
{
    auto *out = static_cast<std::vector<std::string> *>(context);
    if (!(flags & FTS5_TOKEN_COLOCATED)) // unicode61 never colocates; a synonym adds no position
        out->emplace_back(token, size_t(size));
    return SQLITE_OK;
}

} // namespace

RowTextMatch::RowTextMatch(std::unique_ptr<Tokenizer> tokenizer)
    : m_tokenizer(std::move(tokenizer))
{}

RowTextMatch::~RowTextMatch() = default;

std::shared_ptr<RowTextMatch> RowTextMatch::forConnection(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return nullptr;
    auto tokenizer = std::make_unique<Tokenizer>();
    void *userData = nullptr;
    if (api->xFindTokenizer(api, kTokenizerName, &userData, &tokenizer->api) != SQLITE_OK
        || tokenizer->api.xCreate(userData, kTokenizerArguments, 2, &tokenizer->instance) != SQLITE_OK)
        return nullptr;
    return std::shared_ptr<RowTextMatch>(new RowTextMatch(std::move(tokenizer)));
}

std::vector<std::string> RowTextMatch::tokens(std::string_view text)
{
    std::vector<std::string> out;
    m_tokenizer->api.xTokenize(m_tokenizer->instance, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), int(text.size()),
                               keepToken);
    return out;
}

std::optional<std::shared_ptr<const RowTextMatch::Expression>> RowTextMatch::parse(const std::string &fts)
{
    Node node = Parser(fts, *this).parse();
    if (!node)
        return std::nullopt;
    return node;
}

// A row whose text is all ASCII has its phrases found by jumping to the bytes that may begin
// them (asciiphrase.h, F16 in docs/search-plans.md), without the tokenizer; any other row is
// tokenized whole.
bool RowTextMatch::matches(const Expression &expression, const std::vector<std::string_view> &columns)
{
    if (std::all_of(columns.begin(), columns.end(), asciiphrase::isAscii)) {
        return evaluate(expression, [&](const Expression &phrase) {
            return std::any_of(columns.begin(), columns.end(), [&](std::string_view column) {
                return asciiphrase::holds(column, phrase.tokens, phrase.prefix);
            });
        });
    }
    std::vector<std::vector<std::string>> tokenized;
    tokenized.reserve(columns.size());
    for (const std::string_view column : columns)
        tokenized.push_back(tokens(column));
    return evaluate(expression, [&](const Expression &phrase) {
        return std::any_of(tokenized.begin(), tokenized.end(),
                           [&](const std::vector<std::string> &column) { return phraseIn(phrase, column); });
    });
}

namespace {

struct FunctionState
{
    std::shared_ptr<RowTextMatch> match;
    bool tried = false;
};

void rowMatch(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    auto *state = static_cast<FunctionState *>(sqlite3_user_data(context));
    if (!state->tried) {
        state->tried = true;
        state->match = RowTextMatch::forConnection(sqlite3_context_db_handle(context));
    }
    if (!state->match) {
        sqlite3_result_error(context, "fts_row_match: FTS5's tokenizer is not available", -1);
        return;
    }
    Node parsedHere;
    const Node *expression = static_cast<Node *>(sqlite3_get_auxdata(context, 0));
    if (!expression) {
        const char *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        const auto parsed = state->match->parse(text ? std::string(text) : std::string());
        if (!parsed) {
            sqlite3_result_error(context, "fts_row_match: not an expression it can evaluate", -1);
            return;
        }
        parsedHere = *parsed;
        // Kept for the statement's run when the argument is constant (a bound parameter);
        // SQLite may also delete it at once, so this row uses its own reference.
        sqlite3_set_auxdata(context, 0, new Node(parsedHere), [](void *p) { delete static_cast<Node *>(p); });
        expression = &parsedHere;
    }
    std::vector<std::string_view> columns;
    columns.reserve(size_t(argc - 1));
    for (int i = 1; i < argc; ++i) {
        const char *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        columns.emplace_back(text ? text : "", size_t(sqlite3_value_bytes(argv[i])));
    }
    sqlite3_result_int(context, state->match->matches(**expression, columns) ? 1 : 0);
}

} // namespace

void registerRowTextMatchFunction(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "fts_row_match", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, new FunctionState, rowMatch,
                               nullptr, nullptr, [](void *p) { delete static_cast<FunctionState *>(p); });
}

} // namespace proofdesk::cache
