#pragma once

// A page of a cache's table overwritten with garbage, as a failing disk or a stray write
// would leave it: found by the whole-file check (quick_check) and by a read that meets it.
// Header-only: the tests that include it link the cache layer, the support library does not.
#include "cache/sqlite.h"

#include <QByteArray>
#include <QFile>
#include <QString>

// Overwrites the root page of `table` in the SQLite file at `databasePath`; false when the
// write failed.
inline bool damageRootPage(const QString &databasePath, const char *table)
{
    qint64 offset = 0, pageSize = 0;
    {
        proofdesk::cache::Database db(databasePath, proofdesk::cache::Database::Mode::ReadOnly);
        pageSize = db.queryInt("PRAGMA page_size");
        proofdesk::cache::Statement st = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?1");
        st.bind(1, QString::fromLatin1(table));
        if (!st.step())
            return false;
        offset = (st.columnInt(0) - 1) * pageSize;
    }
    QFile file(databasePath);
    return file.open(QIODevice::ReadWrite) && file.seek(offset)
           && file.write(QByteArray(int(pageSize), char(0x5a))) == pageSize;
}
