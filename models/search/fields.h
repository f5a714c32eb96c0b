#pragma once

#include <QLatin1String>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace proofdesk::search {

// How a field of search-syntax.md is answered from the cache schema.
enum class FieldKind {
    Column,  // equality on a COLLATE NOCASE column of communications
    Block,   // the communication contains that content block (comm_blocks)
    Hold,    // a member of that hold, or "any" active hold (hold_items, holds)
    Repo,    // came from the repository of that name (repositories.name)
    Issued,  // issued_at in a UTC day, month, year or range of them
    Finding, // has that kind of finding now, or "any" (findingconditions.h)
};

struct FieldInfo
{
    QLatin1String name; // as typed in a query (lower case; matched case-insensitively)
    FieldKind kind;
    QLatin1String column; // FieldKind::Column: the column of communications
    // A low-cardinality column with a (column, issued_at, id) index: its matches can be
    // read newest first straight from the index.
    bool ordered = false;
    // A business key or similar (id, customer, batch, …): an equality matches few rows.
    bool key = false;
};

// Every field, in the order the spec lists them (completion shows them in this order).
const std::vector<FieldInfo> &searchFields();
// nullptr when the name is not a field. Case-insensitive.
const FieldInfo *findField(QStringView name);
// The field names, for completion and for error messages.
QStringList fieldNames();

} // namespace proofdesk::search
