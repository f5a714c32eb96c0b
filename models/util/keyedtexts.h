#pragma once

#include <QString>
#include <cstddef>

namespace proofdesk::util {

// One English text under its key, in a constexpr table (audit reasons, the meanings of mapped
// fields). The text is wrapped in QT_TRANSLATE_NOOP where the table is written, so lupdate
// finds it there; the caller translates what it looks up.
struct KeyedText
{
    const char *key;
    const char *text;
};

// The table as a lookup by key (a QHash or a QMap of QString to const char *); a key written
// twice keeps its last text.
template <typename Map, std::size_t N> Map textsByKey(const KeyedText (&table)[N])
{
    Map byKey;
    for (const KeyedText &entry : table)
        byKey.insert(QString::fromLatin1(entry.key), entry.text);
    return byKey;
}

} // namespace proofdesk::util
