#pragma once

#include "sqlite.h"

#include <sqlite3.h>
#include <string_view>

namespace proofdesk::cache {

// A column of the statement's current row as SQLite holds it, without a copy: valid until the
// statement steps or resets. For loops over many rows' text (a QByteArray each is a malloc).
inline std::string_view columnView(const Statement &st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st.handle(), column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(st.handle(), column))) : std::string_view();
}

} // namespace proofdesk::cache
