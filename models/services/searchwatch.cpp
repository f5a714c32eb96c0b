#include "searchwatch.h"

#include "cache/sqlite.h"
#include "domain/textfold.h"
#include "search/searchengine.h"
#include "util/translation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace proofdesk::services {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::services::SearchWatch", "proofdesk::services", text);
}

struct Found
{
    QStringList ids;
    QString error;
};

Found findIds(cache::Database &db, const QString &query)
{
    const search::RowIdsResult rows = search::SearchEngine(db).allRowIds(query);
    if (rows.error)
        return {{},
                tr("The watched search “%1” is not valid at character %2: %3")
                    .arg(query)
                    .arg(rows.error->position + 1)
                    .arg(rows.error->message)};
    Found found;
    found.ids.reserve(rows.rowIds.size());
    cache::Statement st = db.prepare("SELECT id FROM communications WHERE rowid = ?1");
    for (const qint64 row : rows.rowIds) {
        st.bind(1, row);
        if (st.step())
            found.ids << st.columnText(0);
        st.reset();
    }
    return found;
}

} // namespace

SearchWatch::SearchWatch(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

QString SearchWatch::seenFile(const QString &query) const
{
    // The query itself may hold any character; its hash names the file.
    const QByteArray key = QCryptographicHash::hash(query.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_dataDir).filePath(QStringLiteral("watches/") + QString::fromLatin1(key) + QStringLiteral(".seen"));
}

SearchWatch::News SearchWatch::news(cache::Database &db, const QString &query) const
{
    QFile file(seenFile(query));
    if (!file.exists()) {
        News first;
        first.first = true;
        first.error = markSeen(db, query);
        return first;
    }
    if (!file.open(QIODevice::ReadOnly))
        return {{},
                tr("What the watched search “%1” found before cannot be read from %2: %3")
                    .arg(query, file.fileName(), file.errorString())};
    QSet<QString> seen;
    const QList<QByteArray> lines = file.readAll().split('\n');
    seen.reserve(lines.size());
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            seen.insert(QString::fromUtf8(line));
    }
    const Found found = findIds(db, query);
    News news;
    news.error = found.error;
    for (const QString &id : found.ids) {
        if (!seen.contains(domain::foldCase(id)))
            news.ids << id;
    }
    return news;
}

QString SearchWatch::markSeen(cache::Database &db, const QString &query) const
{
    const Found found = findIds(db, query);
    if (!found.error.isEmpty())
        return found.error;
    const QString path = seenFile(query);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("The folder for watched searches cannot be made beside %1.").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("What the watched search found cannot be kept in %1: %2").arg(path, file.errorString());
    for (const QString &id : found.ids)
        file.write(domain::foldCase(id).toUtf8() + '\n');
    if (!file.commit())
        return tr("What the watched search found cannot be kept in %1: %2").arg(path, file.errorString());
    return {};
}

void SearchWatch::forget(const QString &query) const { QFile::remove(seenFile(query)); }

} // namespace proofdesk::services
