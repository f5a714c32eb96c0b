#include "textfold.h"

namespace proofdesk::domain {

QString foldCase(QStringView text) { return text.toString().toCaseFolded(); }

bool sameFolded(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // Qt folds each code point as toCaseFolded()
}

namespace {

int asciiFolded(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// The folded UTF-16 of two tails, compared code unit by code unit.
int compareFoldedTails(const char *a, int aBytes, const char *b, int bBytes)
{
    const QString fa = QString::fromUtf8(a, aBytes).toCaseFolded();
    const QString fb = QString::fromUtf8(b, bBytes).toCaseFolded();
    const int n = int(std::min(fa.size(), fb.size()));
    for (int i = 0; i < n; ++i)
        if (fa.at(i) != fb.at(i))
            return fa.at(i).unicode() < fb.at(i).unicode() ? -1 : 1;
    return fa.size() == fb.size() ? 0 : (fa.size() < fb.size() ? -1 : 1);
}

} // namespace

int compareFoldedUtf8(const char *a, int aBytes, const char *b, int bBytes)
{
    // An ASCII letter folds to its small letter and nothing else folds to it but two
    // non-ASCII code points (ſ → s, K → k), which the tails' comparison meets: so the ASCII
    // prefix is compared byte by byte, and the rest, from the first non-ASCII byte, decoded.
    int i = 0;
    for (; i < aBytes && i < bBytes; ++i) {
        const auto ca = static_cast<unsigned char>(a[i]);
        const auto cb = static_cast<unsigned char>(b[i]);
        if (ca >= 0x80 || cb >= 0x80)
            return compareFoldedTails(a + i, aBytes - i, b + i, bBytes - i);
        const int fa = asciiFolded(ca), fb = asciiFolded(cb);
        if (fa != fb)
            return fa < fb ? -1 : 1;
    }
    if (i < aBytes && static_cast<unsigned char>(a[i]) >= 0x80)
        return compareFoldedTails(a + i, aBytes - i, b + i, bBytes - i);
    if (i < bBytes && static_cast<unsigned char>(b[i]) >= 0x80)
        return compareFoldedTails(a + i, aBytes - i, b + i, bBytes - i);
    return aBytes == bBytes ? 0 : (aBytes < bBytes ? -1 : 1);
}

FoldingTable foldingTable(char32_t first, char32_t last)
{
    FoldingTable t;
    for (char32_t c = first; c <= last; ++c) {
        if (c >= 0xD800 && c < 0xE000)
            continue; // surrogates are not characters
        const char32_t folded = QChar::toCaseFolded(c);
        if (folded == c)
            continue;
        t.from += QString::fromUcs4(&c, 1);
        t.to += QString::fromUcs4(&folded, 1);
    }
    return t;
}

} // namespace proofdesk::domain
