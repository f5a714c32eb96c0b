#pragma once

// The generated cache the stored-rows tests search (tst_rowbits, tst_rowbitsdamage), and a mix
// of queries with the same question in plain SQL.

#include "cache/cachefile.h"
#include "cache/rowbits.h"
#include "cache/rowbitskeys.h"
#include "search/searchengine.h"
#include "tempdatafolder.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <optional>

namespace generatedcache {

using namespace proofdesk::cache;
using namespace proofdesk::search;

inline constexpr int kRows = 3000;

inline qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// Row bits for any cache of more than a few rows, from a sample of all of them.
inline RowBitsOptions everyCache()
{
    RowBitsOptions options;
    options.minRows = 100;
    options.sampleRows = 500;
    return options;
}

// A cache of kRows communications: "balance" in about 70% of them, "statement" in 40%,
// "fee" in 15%, rarer words besides; issued across 2025 and 2026 in no order of rowid.
class GeneratedCache
{
public:
    GeneratedCache()
    {
        m_path = CacheFile::prepare(m_folder.path()).databasePath;
        Database db = CacheFile::openWriter(m_path);
        Transaction tx(db);
        db.exec("INSERT INTO repositories(name, kind, url) VALUES('drop', 'drop', '/drop')");
        QRandomGenerator rnd(30);
        for (int i = 0; i < kRows; ++i)
            insert(db, rnd, QStringLiteral("EXS-%1").arg(i, 6, 10, QLatin1Char('0')));
        tx.commit();
    }

    // A copy of `made`'s folder, with no connection open on it: a test that edits the cache
    // starts from the same rows (and stored rows) without generating them again.
    struct CopyOf
    {
        const GeneratedCache &made;
    };
    explicit GeneratedCache(CopyOf from)
        : m_path(m_folder.path() + from.made.m_path.mid(from.made.m_folder.path().size()))
    {
        copyDataFolder(from.made.m_folder.path(), m_folder.path());
    }

    Database writer() const { return CacheFile::openWriter(m_path); }
    void refresh() const
    {
        Database db = writer();
        refreshRowBits(db, everyCache());
    }
    Database reader() const { return CacheFile::openReader(m_path); }

    static qint64 insert(Database &db, QRandomGenerator &rnd, const QString &id, std::optional<qint64> rowid = {})
    {
        QStringList words;
        const std::pair<const char *, int> vocabulary[] = {{"balance", 70}, {"statement", 40}, {"fee", 15},
                                                           {"jasanu", 5},   {"pilot", 3},      {"pilotage", 2}};
        for (const auto &[word, percent] : vocabulary) {
            if (int(rnd.bounded(100)) < percent)
                words << QString::fromLatin1(word);
        }
        words << QStringLiteral("dear");
        return insertWords(db, rnd, id, words, rowid);
    }

    // A communication whose text is `words` (body), issued on a random day of 2025-2026, of a
    // random type and customer; at `rowid` if given. Its rowid.
    static qint64 insertWords(Database &db, QRandomGenerator &rnd, const QString &id, const QStringList &words,
                              std::optional<qint64> rowid = {})
    {
        const qint64 issued = utc("2025-01-01T00:00:00Z") + qint64(rnd.bounded(730)) * 86400000 + rnd.bounded(86400000);
        Statement comm = db.prepareCached(
            "INSERT INTO communications(rowid, id, repo_id, type, issued_at, channel, template_id, template_version, "
            "rendition_path, media_type, rendition_sha256, rendition_bytes, recipient_name, customer_id, record_hash) "
            "VALUES(?1, ?2, 1, ?3, ?4, 'email', 'T', '1', 'x.pdf', 'application/pdf', '00', 1, 'N', ?5, 'h')");
        if (rowid)
            comm.bind(1, *rowid);
        else
            comm.bindNull(1);
        comm.bind(2, id)
            .bind(3, rnd.bounded(3) == 0 ? QStringLiteral("invoice") : QStringLiteral("letter"))
            .bind(4, issued)
            .bind(5, QStringLiteral("C%1").arg(rnd.bounded(40)))
            .run();
        const qint64 r = db.queryInt("SELECT last_insert_rowid()");
        insertText(db, r, words.join(QLatin1Char(' ')), QStringLiteral(""), id); // names: empty, not null
        return r;
    }

    // The text of communication `rowid`, and its full-text index's, as the cache writer keeps them.
    static void insertText(Database &db, qint64 rowid, const QString &body, const QString &names, const QString &ids)
    {
        for (const char *table : {"comm_text", "comm_fts"}) {
            db.prepareCached(QStringLiteral("INSERT INTO %1(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)")
                                 .arg(QLatin1String(table)))
                .bind(1, rowid)
                .bind(2, body)
                .bind(3, names)
                .bind(4, ids)
                .run();
        }
    }

private:
    TempDataFolder m_folder;
    QString m_path;
};

// The number of rows `where` selects, in plain SQL beside the full-text index.
inline qint64 rawCount(Database &db, const QString &where)
{
    return db.queryInt(
        QStringLiteral("SELECT count(*) FROM communications c WHERE %1").arg(where).toUtf8().constData());
}

inline QString fts(const char *word)
{
    return QStringLiteral("c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '%1')").arg(QLatin1String(word));
}

inline QString issued(const char *from, const char *to)
{
    return QStringLiteral("c.issued_at >= %1 AND c.issued_at < %2").arg(utc(from)).arg(utc(to));
}

struct MixRow
{
    const char *label;
    QString query;
    QString where;
};

inline QList<MixRow> mix()
{
    return {
        {"common word", QStringLiteral("balance"), fts("balance")},
        {"mid word", QStringLiteral("statement"), fts("statement")},
        {"rare word", QStringLiteral("pilotage"), fts("pilotage")},
        {"common word in a year", QStringLiteral("balance issued:2026"),
         fts("balance") + QLatin1String(" AND ") + issued("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")},
        {"mid word in a month", QStringLiteral("statement issued:2025-02"),
         fts("statement") + QLatin1String(" AND ") + issued("2025-02-01T00:00:00Z", "2025-03-01T00:00:00Z")},
        {"word over part-months", QStringLiteral("fee issued:2025-03-15..2026-02-10"),
         fts("fee") + QLatin1String(" AND ") + issued("2025-03-15T00:00:00Z", "2026-02-11T00:00:00Z")},
        {"two words in a year", QStringLiteral("balance statement issued:2025"),
         fts("balance") + QLatin1String(" AND ") + fts("statement") + QLatin1String(" AND ")
             + issued("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")},
        {"word but not another, in a year", QStringLiteral("balance -fee issued:2026"),
         fts("balance")
             + QLatin1String(" AND c.rowid NOT IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH 'fee') AND ")
             + issued("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")},
        {"key and common word", QStringLiteral("customer:C7 balance"),
         QLatin1String("c.customer_id = 'C7' AND ") + fts("balance")},
        {"key, word, not another", QStringLiteral("customer:C7 balance -fee"),
         QLatin1String("c.customer_id = 'C7' AND ") + fts("balance")
             + QLatin1String(" AND c.rowid NOT IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH 'fee')")},
        {"day and common word", QStringLiteral("issued:2026-03-05 balance"),
         fts("balance") + QLatin1String(" AND ") + issued("2026-03-05T00:00:00Z", "2026-03-06T00:00:00Z")},
        {"week, word, not another", QStringLiteral("issued:2025-09-01..2025-09-07 statement -balance"),
         fts("statement")
             + QLatin1String(" AND c.rowid NOT IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH 'balance') AND ")
             + issued("2025-09-01T00:00:00Z", "2025-09-08T00:00:00Z")},
        {"field and mid word", QStringLiteral("type:invoice statement"),
         QLatin1String("c.type = 'invoice' AND ") + fts("statement")},
        {"field in capitals, word", QStringLiteral("type:INVOICE fee"),
         QLatin1String("c.type = 'invoice' AND ") + fts("fee")},
        {"two fields, word, year", QStringLiteral("type:letter channel:email statement issued:2025"),
         QLatin1String("c.type = 'letter' AND c.channel = 'email' AND ") + fts("statement") + QLatin1String(" AND ")
             + issued("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")},
        {"field, word, part-months", QStringLiteral("type:invoice balance issued:2025-03-15..2025-06-20"),
         QLatin1String("c.type = 'invoice' AND ") + fts("balance") + QLatin1String(" AND ")
             + issued("2025-03-15T00:00:00Z", "2025-06-21T00:00:00Z")},
        {"negated field, word", QStringLiteral("-type:invoice fee"),
         QLatin1String("c.type <> 'invoice' AND ") + fts("fee")},
        {"field and common word", QStringLiteral("type:invoice balance"),
         QLatin1String("c.type = 'invoice' AND ") + fts("balance")},
        {"prefix", QStringLiteral("pilot*"), fts("pilot*")},
    };
}

inline void addMixRows()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    for (const MixRow &row : mix())
        QTest::newRow(row.label) << row.query << row.where;
}

// The engine's total and first page against plain SQL's count (and the page's ids in SQL order).
inline void compareWithSql(Database &db, const QString &query, const QString &where)
{
    SearchEngine engine(db);
    const SearchResult result = engine.run(query, 50, 0);
    QVERIFY(!result.error.has_value());
    QCOMPARE(result.total, rawCount(db, where));
    Statement page = db.prepare(
        QStringLiteral("SELECT id FROM communications c WHERE %1 ORDER BY issued_at DESC, id COLLATE BINARY LIMIT 50")
            .arg(where));
    QStringList expected;
    while (page.step())
        expected << page.columnText(0);
    QStringList got;
    for (const auto &hit : result.hits)
        got << hit.id;
    QCOMPARE(got, expected);
}

inline bool covered(Database &db, const QString &key) { return RowBits(db).coveredUpTo(key).has_value(); }

// For a hand that knows the digests (white box): after it wrote a key's chunk, the key's count of
// chunks and rows, and its cover's seal, made to match (cache/rowbitskeys.h).
inline void resealKey(Database &writer, const QString &key)
{
    rowbitskeys::record(writer, key);
    const QString cover = RowBits::coverKeyOf(key);
    Statement upto = writer.prepare("SELECT upto FROM rowbits_cover WHERE key = ?1");
    upto.bind(1, cover);
    if (upto.step())
        RowBits(writer).setCover(cover, upto.columnInt(0));
}

} // namespace generatedcache
