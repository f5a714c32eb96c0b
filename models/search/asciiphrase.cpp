#include "asciiphrase.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace proofdesk::search::asciiphrase {

namespace {

bool isTokenByte(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool sameToken(std::string_view token, const std::string &folded)
{
    return token.size() == folded.size()
           && std::equal(token.begin(), token.end(), folded.begin(), [](char a, char b) { return lower(a) == b; });
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

// In one pass: each token equal to the phrase's first is followed by its others, read from there.
bool holds(std::string_view text, const std::vector<std::string> &phrase)
{
    if (phrase.empty())
        return false;
    for (auto [begin, end] = nextToken(text, 0); begin < text.size(); std::tie(begin, end) = nextToken(text, end)) {
        if (!sameToken(text.substr(begin, end - begin), phrase.front()))
            continue;
        std::size_t k = 1;
        for (auto next = nextToken(text, end); k < phrase.size() && next.first < text.size();
             next = nextToken(text, next.second), ++k) {
            if (!sameToken(text.substr(next.first, next.second - next.first), phrase[k]))
                break;
        }
        if (k == phrase.size())
            return true;
    }
    return false;
}

} // namespace proofdesk::search::asciiphrase
