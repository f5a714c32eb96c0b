#include "repositorycarryover.h"

#include "util/outputfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace proofdesk::cache::RepositoryCarryOver {

namespace {

QString copyPath(const QString &dataDir) { return QDir(dataDir).filePath(QStringLiteral("repositories.json")); }

QJsonArray repositoriesOf(Database &db)
{
    QJsonArray repositories;
    Statement st = db.prepare("SELECT id, name, kind, url, settings FROM repositories ORDER BY id");
    while (st.step())
        repositories.append(QJsonObject{{QStringLiteral("id"), st.columnInt(0)},
                                        {QStringLiteral("name"), st.columnText(1)},
                                        {QStringLiteral("kind"), st.columnText(2)},
                                        {QStringLiteral("url"), st.columnText(3)},
                                        {QStringLiteral("settings"), st.columnText(4)}});
    return repositories;
}

QByteArray bytesOf(const QJsonArray &repositories)
{
    return QJsonDocument(repositories).toJson(QJsonDocument::Indented);
}

} // namespace

void remember(Database &writer, const QString &dataDir)
{
    const QByteArray now = bytesOf(repositoriesOf(writer));
    QFile known(copyPath(dataDir));
    if (known.open(QIODevice::ReadOnly) && known.readAll() == now)
        return; // most opens: nothing changed, nothing written
    known.close();
    try {
        // Whole or not at all: a full disk once renamed an empty file over the last good copy.
        util::OutputFile::write(copyPath(dataDir), now);
    } catch (const util::OutputFileError &) {
        // Best effort: the copy before stays, and the damaged file itself is the first source.
    }
}

QJsonArray rescue(const QString &damagedPath, const QString &dataDir)
{
    try {
        Database damaged(damagedPath, Database::Mode::ReadOnly);
        return repositoriesOf(damaged);
    } catch (const SqliteError &) {
        QFile known(copyPath(dataDir));
        if (!known.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(known.readAll()).array();
    }
}

int restore(Database &writer, const QJsonArray &repositories)
{
    Transaction tx(writer);
    Statement insert = writer.prepare("INSERT OR IGNORE INTO repositories(id, name, kind, url, settings) "
                                      "VALUES(?1, ?2, ?3, ?4, ?5)");
    int restored = 0;
    for (const QJsonValue &v : repositories) {
        const QJsonObject r = v.toObject();
        insert.bind(1, qint64(r.value(QStringLiteral("id")).toDouble()))
            .bind(2, r.value(QStringLiteral("name")).toString())
            .bind(3, r.value(QStringLiteral("kind")).toString())
            .bind(4, r.value(QStringLiteral("url")).toString())
            .bind(5, r.value(QStringLiteral("settings")).toString(QStringLiteral("{}")));
        insert.run();
        insert.reset();
        restored += writer.changes();
    }
    tx.commit();
    return restored;
}

namespace {

constexpr const char *kStagedColumns[] = {"seq",     "at",          "user",      "role",   "action",
                                          "outcome", "object_type", "object_id", "reason", "before",
                                          "after",   "device",      "prev_hash", "hash"};
constexpr int kStagedCount = int(sizeof(kStagedColumns) / sizeof(kStagedColumns[0]));

QString stagedColumnList()
{
    QStringList names;
    for (const char *c : kStagedColumns)
        names << QLatin1String(c);
    return names.join(QLatin1String(", "));
}

// The staged entries of the damaged file, as far as they can be read (none when they cannot).
QJsonArray stagedEntriesOf(const QString &damagedPath)
{
    QJsonArray rows;
    try {
        Database damaged(damagedPath, Database::Mode::ReadOnly);
        Statement st =
            damaged.prepare(QStringLiteral("SELECT %1 FROM trail_staged ORDER BY id").arg(stagedColumnList()));
        while (st.step()) {
            QJsonObject row;
            for (int c = 0; c < kStagedCount; ++c)
                row.insert(QLatin1String(kStagedColumns[c]), st.isNull(c) ? QJsonValue()
                                                             : c < 2      ? QJsonValue(double(st.columnInt(c)))
                                                                          : QJsonValue(st.columnText(c)));
            rows.append(row);
        }
    } catch (const SqliteError &) {
        // Unreadable (or from before migration 12): what it staged is lost with it.
    }
    return rows;
}

} // namespace

Rescued rescueForRebuild(const QString &damagedPath, const QString &dataDir)
{
    return Rescued{rescue(damagedPath, dataDir), stagedEntriesOf(damagedPath)};
}

int restore(Database &writer, const Rescued &rescued)
{
    const int restored = restore(writer, rescued.repositories);
    QStringList parameters;
    for (int c = 1; c <= kStagedCount; ++c)
        parameters << QStringLiteral("?%1").arg(c);
    Statement insert = writer.prepare(QStringLiteral("INSERT INTO trail_staged(%1) VALUES(%2)")
                                          .arg(stagedColumnList(), parameters.join(QLatin1String(", "))));
    for (const QJsonValue &v : rescued.stagedEntries) {
        const QJsonObject row = v.toObject();
        for (int c = 0; c < kStagedCount; ++c) {
            const QJsonValue value = row.value(QLatin1String(kStagedColumns[c]));
            if (value.isNull())
                insert.bindNull(c + 1);
            else if (c < 2)
                insert.bind(c + 1, qint64(value.toDouble()));
            else
                insert.bind(c + 1, value.toString());
        }
        insert.run();
        insert.reset();
    }
    return restored;
}

} // namespace proofdesk::cache::RepositoryCarryOver
