#pragma once

#include "cache/sqlite.h"
#include "tempdatafolder.h"

#include <QString>

// A fresh cache in a temporary data folder, filled with the small hand-made set of
// communications listed in searchfixture.cpp (the expected results of the search tests
// are worked out by hand from that list). Throws cache::SqliteError if it cannot be built.
class SearchFixture
{
public:
    SearchFixture();

    QString databasePath() const { return m_databasePath; }
    proofdesk::cache::Database openReader() const;
    // The rowid of a communication id (for comparing rowid lists with id lists).
    qint64 rowidOf(const QString &id) const;

private:
    void insertAll(proofdesk::cache::Database &db);

    TempDataFolder m_folder;
    QString m_databasePath;
};
