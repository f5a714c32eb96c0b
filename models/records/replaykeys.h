#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace proofdesk::records {

// The replays' walk (HoldReplay, ReissueReplay, DispositionReplay): every key of the rows and of
// what the entries made, in order, each with its row and its made state (nullptr where the key
// has none: a row no entry made, or an entry whose row is gone).
template <typename Row, typename Made, typename Compare>
void forEachKey(const QMap<QString, Row> &rows, const QMap<QString, Made> &made, Compare compare)
{
    QStringList keys = rows.keys() + made.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const auto r = rows.constFind(key);
        const auto m = made.constFind(key);
        compare(key, r == rows.cend() ? nullptr : &*r, m == made.cend() ? nullptr : &*m);
    }
}

} // namespace proofdesk::records
