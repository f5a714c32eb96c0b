#include "mattersets.h"

#include "domain/textfold.h"
#include "recordserror.h"
#include "search/searchengine.h"
#include "util/translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace proofdesk::records::mattersets {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::mattersets", "proofdesk::records", text);
}

constexpr qsizetype kChunk = 10000;

} // namespace

MatterNews news(cache::Database &db, const QString &matterId, const MatterSearch &search, const QStringList &reviewSet)
{
    const search::RowIdsResult found = search::SearchEngine(db).allRowIds(search.query);
    if (found.error)
        throw RecordsError(RecordsError::Kind::Invalid, tr("Search %1 of matter %2 is not valid at character %3: %4")
                                                            .arg(search.seq)
                                                            .arg(matterId)
                                                            .arg(found.error->position + 1)
                                                            .arg(found.error->message));
    QSet<QString> known;
    known.reserve(reviewSet.size());
    for (const QString &id : reviewSet)
        known.insert(domain::foldCase(id));
    MatterNews news{matterId, search.seq, search.query, {}};
    cache::Statement st = db.prepare("SELECT id FROM communications WHERE rowid = ?1");
    for (const qint64 row : found.rowIds) {
        st.bind(1, row);
        if (st.step() && !known.contains(domain::foldCase(st.columnText(0))))
            news.ids << st.columnText(0);
        st.reset();
    }
    return news;
}

QStringList productionOrder(cache::Database &db, const QStringList &ids)
{
    QStringList ordered;
    ordered.reserve(ids.size());
    QSet<QString> cached;
    QList<std::pair<qint64, QString>> dated;
    cache::Statement issued = db.prepare("SELECT c.id, coalesce(c.issued_at, 0) FROM json_each(?1) j "
                                         "JOIN communications c ON c.id = j.value");
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        issued.bind(
            1, QString::fromUtf8(
                   QJsonDocument(QJsonArray::fromStringList(ids.mid(from, kChunk))).toJson(QJsonDocument::Compact)));
        while (issued.step()) {
            dated.append({issued.columnInt(1), issued.columnText(0)});
            cached.insert(domain::foldCase(issued.columnText(0)));
        }
        issued.reset();
    }
    std::sort(dated.begin(), dated.end());
    for (const auto &[at, id] : dated)
        ordered << id;
    QStringList gone;
    for (const QString &id : ids) {
        if (!cached.contains(domain::foldCase(id)))
            gone << id;
    }
    std::sort(gone.begin(), gone.end());
    return ordered + gone;
}

} // namespace proofdesk::records::mattersets
