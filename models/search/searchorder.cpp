#include "searchorder.h"

namespace proofdesk::search {

QLatin1String SearchOrder::column() const
{
    switch (key) {
    case Key::Issued:
        break;
    case Key::Type:
        return QLatin1String("type");
    case Key::Channel:
        return QLatin1String("channel");
    case Key::Customer:
        return QLatin1String("customer_id");
    case Key::Status:
        return QLatin1String("status");
    }
    return QLatin1String("issued_at");
}

QString SearchOrder::orderBy(bool sortMatches) const
{
    // id COLLATE BINARY: the column is COLLATE fold, but ties are broken in byte order. The
    // indexes hold id in folded order, so on a walk SQLite sorts only the rows of one
    // issued_at ("TEMP B-TREE FOR RIGHT PART OF ORDER BY"), never the whole set.
    const QLatin1String plus(sortMatches ? "+" : "");
    if (key == Key::Issued) {
        // Ascending is the exact reverse of newest first, ties included.
        return QLatin1String(" ORDER BY ") + plus
               + QLatin1String(ascending ? "c.issued_at ASC, c.id COLLATE BINARY DESC"
                                         : "c.issued_at DESC, c.id COLLATE BINARY");
    }
    // The key compares as its column does (fold); said explicitly, since '+c.type' is an
    // expression rather than the column.
    return QLatin1String(" ORDER BY ") + plus + QLatin1String("c.") + column()
           + QLatin1String(ascending ? " COLLATE fold ASC, " : " COLLATE fold DESC, ") + plus
           + QLatin1String("c.issued_at DESC, c.id COLLATE BINARY");
}

} // namespace proofdesk::search
