#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QString>

namespace proofdesk::search {

// The order of a search's results. The default, and the order search-syntax.md names, is
// newest first (issued_at descending, then id in byte order). The other keys are the
// low-cardinality columns with an index for each direction (migrations 1 and 6) and the
// customer: rows are ordered by that column (case-insensitively, as the column compares),
// and ties newest first then by id in byte order, so that every order is total and stable.
struct SearchOrder
{
    enum class Key { Issued, Type, Channel, Customer, Status };

    Key key = Key::Issued;
    bool ascending = false;

    static SearchOrder newestFirst() { return {}; }
    bool isNewestFirst() const { return key == Key::Issued && !ascending; }
    bool byIssued() const { return key == Key::Issued; }
    // The column of communications the key orders by.
    QLatin1String column() const;

    // The ORDER BY clause over `communications AS c`. `sortMatches`: SQLite sorts the
    // candidates ('+' keeps the order's indexes from being chosen); otherwise the terms are
    // bare columns, which an index delivers in order: comm_issued, the key's
    // (column, issued_at DESC, id) index ascending, or its (column, issued_at, id) index
    // read backwards descending (ties on issued_at, a few rows, are sorted by id).
    QString orderBy(bool sortMatches) const;

    friend bool operator==(const SearchOrder &a, const SearchOrder &b)
    {
        return a.key == b.key && a.ascending == b.ascending;
    }
    friend bool operator!=(const SearchOrder &a, const SearchOrder &b) { return !(a == b); }
};

} // namespace proofdesk::search

Q_DECLARE_METATYPE(proofdesk::search::SearchOrder)
