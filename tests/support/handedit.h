#pragma once
// A data folder's SQLite file as another program opens it (the sqlite3 shell, Python): SQLite
// itself, the collation the schema names (an ASCII folding of its own), and none of Proofdesk's
// functions. For the tests of hand edits (issue #62).
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <sqlite3.h>

namespace test {

inline int asciiFolded(void *, int aBytes, const void *a, int bBytes, const void *b)
{
    const QByteArray x = QByteArray(static_cast<const char *>(a), aBytes).toLower();
    const QByteArray y = QByteArray(static_cast<const char *>(b), bBytes).toLower();
    return x < y ? -1 : (y < x ? 1 : 0);
}

// Runs the statements in order; SQLite's error of the first that fails, empty when all ran.
inline QString editByHand(const QString &path, const QStringList &statements)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_busy_timeout(db, 5000);
    sqlite3_create_collation(db, "fold", SQLITE_UTF8, nullptr, asciiFolded);
    QString error;
    for (const QString &sql : statements) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            error = QString::fromUtf8(message);
            sqlite3_free(message);
            break;
        }
    }
    sqlite3_close(db);
    return error;
}

} // namespace test
