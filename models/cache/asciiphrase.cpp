#include "asciiphrase.h"

#include <algorithm>
#include <cstring>
#include <tuple>
#include <utility>

namespace proofdesk::cache::asciiphrase {

namespace {

bool isTokenByte(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `token` (as in the text) folds to `folded`, or with `prefix` begins with it.
bool sameToken(std::string_view token, const std::string &folded, bool prefix = false)
{
    return (prefix ? token.size() >= folded.size() : token.size() == folded.size())
           && std::equal(folded.begin(), folded.end(), token.begin(), [](char b, char a) { return lower(a) == b; });
}

} // namespace

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The token starting at or after `from` ([begin, end) of text), or begin == text.size().
std::pair<std::size_t, std::size_t> nextToken(std::string_view text, std::size_t from)
{
    while (from < text.size() && !isTokenByte(text[from]))
        ++from;
    std::size_t end = from;
    while (end < text.size() && isTokenByte(text[end]))
        ++end;
    return {from, end};
}

// The next byte at or after `from` that is `lower` or its capital (`upper`), or npos: memchr
// skips the text between a phrase's possible starts many bytes at a time.
class FirstByteScan
{
public:
    FirstByteScan(std::string_view text, char lower, char upper)
        : m_text(text)
        , m_lower(lower)
        , m_upper(upper)
        , m_atLower(find(lower, 0))
        , m_atUpper(upper == lower ? m_atLower : find(upper, 0))
    {}

    std::size_t next(std::size_t from)
    {
        if (m_atLower < from)
            m_atLower = find(m_lower, from);
        if (m_atUpper < from)
            m_atUpper = m_upper == m_lower ? m_atLower : find(m_upper, from);
        return std::min(m_atLower, m_atUpper);
    }

private:
    std::size_t find(char c, std::size_t from) const
    {
        if (from >= m_text.size())
            return std::string_view::npos;
        const void *at = std::memchr(m_text.data() + from, c, m_text.size() - from);
        return at ? std::size_t(static_cast<const char *>(at) - m_text.data()) : std::string_view::npos;
    }

    std::string_view m_text;
    char m_lower, m_upper;
    std::size_t m_atLower, m_atUpper; // the next of each at or after the last `from` (npos: none)
};

// Only where a token begins with the phrase's first byte (in either case) is the token read,
// and then the tokens after it: the rest of the text is skipped by memchr (F16 in
// docs/search-plans.md: tokenizing every token was 55% of a narrowed phrase's cost).
bool holds(std::string_view text, const std::vector<std::string> &phrase, bool lastIsPrefix)
{
    if (phrase.empty() || phrase.front().empty())
        return false;
    const std::string &first = phrase.front();
    const char upper = first[0] >= 'a' && first[0] <= 'z' ? char(first[0] - 'a' + 'A') : first[0];
    FirstByteScan scan(text, first[0], upper);
    for (std::size_t at = scan.next(0); at != std::string_view::npos; at = scan.next(at + 1)) {
        if (at > 0 && isTokenByte(text[at - 1]))
            continue; // inside a token, not at its start
        const auto [begin, end] = nextToken(text, at);
        if (!sameToken(text.substr(begin, end - begin), first, lastIsPrefix && phrase.size() == 1))
            continue;
        std::size_t k = 1;
        for (auto next = nextToken(text, end); k < phrase.size() && next.first < text.size();
             next = nextToken(text, next.second), ++k) {
            if (!sameToken(text.substr(next.first, next.second - next.first), phrase[k],
                           lastIsPrefix && k + 1 == phrase.size()))
                break;
        }
        if (k == phrase.size())
            return true;
    }
    return false;
}

} // namespace proofdesk::cache::asciiphrase
