#pragma once

#include <QSet>
#include <QString>

namespace proofdesk::itemmodels {

// One copy of each repeated value: rows that read "verified", "email" or a template id from
// the cache each get their own string, a page of 200 rows about eight hundred of them, when
// a handful of distinct values would do. Interned, the rows share those few (QString is
// implicitly shared, its count atomic: pages made on the loader's thread and read on the GUI
// thread share them safely). Bounded: past kMaxValues distinct values the pool starts over,
// so a column of unique values cannot make it grow without end. Used by one thread.
class StringPool
{
public:
    static constexpr int kMaxValues = 4096;

    // Makes `value` the pool's copy of it (adding it when new).
    void intern(QString &value);
    int size() const { return int(m_values.size()); }

private:
    QSet<QString> m_values;
};

} // namespace proofdesk::itemmodels
