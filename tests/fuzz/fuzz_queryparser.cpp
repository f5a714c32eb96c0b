// libFuzzer: a search query (spec/search-syntax.md) through the lexer and the parser. Every
// error points inside the query; a query that parses renders to a tree.
#include "search/querylexer.h"
#include "search/queryparser.h"

#include <cstdint>
#include <cstdlib>

using namespace proofdesk::search;

namespace {

void checkError(const QueryError &error, const QString &query)
{
    if (error.position < 0 || error.length < 0 || error.position + error.length > query.size() + 1
        || error.message.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const LexResult lexed = lexQuery(query);
    if (lexed.error)
        checkError(*lexed.error, query);
    else if (lexed.tokens.empty() || lexed.tokens.back().type != QueryToken::Type::End)
        std::abort();
    const ParseResult parsed = QueryParser::parse(query);
    if (parsed.error)
        checkError(*parsed.error, query);
    else
        (void)toDebugString(parsed.root);
    return 0;
}
