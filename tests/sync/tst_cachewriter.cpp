// CacheWriter keeps a document's fixity verdict across metadata updates: a repository that
// re-sends a record without its bytes says "missing", which must not undo a verification
// of the same rendition made when its bytes were fetched (DocumentFetch).
#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "cache/repositorystore.h"
#include "datafolder/datafolder.h"
#include "sync/cachewriter.h"
#include "sync/syncscope.h"
#include "tempdatafolder.h"

#include <QTest>

using namespace proofdesk;
using domain::Fixity;

namespace {

domain::Communication letter(const QString &renditionSha, Fixity fixity, const QString &contentSha,
                             const QString &recipient)
{
    domain::Communication c;
    c.id = QStringLiteral("CMIS-1");
    c.type = QStringLiteral("statement");
    c.issuedAt = 1790000000000;
    c.channel = QStringLiteral("print");
    c.templateId = QStringLiteral("TPL");
    c.templateVersion = QStringLiteral("1");
    c.renditionPath = QStringLiteral("cmis:doc-1");
    c.mediaType = QStringLiteral("application/pdf");
    c.renditionSha256 = renditionSha;
    c.renditionBytes = 10;
    c.recipientName = recipient;
    c.customerId = QStringLiteral("CUST-1");
    c.origin = QStringLiteral("original");
    c.fixity = fixity;
    c.contentSha256 = contentSha;
    c.recordHash = QString(renditionSha + recipient + domain::fixityName(fixity)).toUtf8();
    return c;
}

domain::Communication letterTo(const QString &id, const QString &recipient)
{
    domain::Communication c = letter(QString(64, QLatin1Char('a')), Fixity::Missing, QString(), recipient);
    c.id = id;
    c.recordHash = QString(id + recipient).toUtf8();
    c.contentBlocks = {{QStringLiteral("CB-1"), QStringLiteral("1")}};
    c.sourceFile = QStringLiteral("communications/part-0.ndjson");
    c.sourceLine = 1;
    return c;
}

domain::DeliveryEvent event(const QString &communicationId, const QString &what, qint64 at)
{
    domain::DeliveryEvent e;
    e.communicationId = communicationId;
    e.event = what;
    e.at = at;
    return e;
}

// Pages that take every path of a communication: new, replaced, unchanged, owned by another
// repository, joined to events that came before it. Returns what each page counted and the
// rows it left.
QStringList applyMixedPages(bool bulkLoad)
{
    TempDataFolder data;
    datafolder::DataFolder folder(data.path());
    cache::Database db = cache::CacheFile::openWriter(folder.databasePath());
    cache::RepositoryStore repos(db);
    const auto other = repos.add(QStringLiteral("other"), QStringLiteral("cmis"), QStringLiteral("https://x"));
    const auto repo = repos.add(QStringLiteral("r"), QStringLiteral("drop"), QStringLiteral("/drop"));
    sync::CacheWriter writer(db);
    sync::ChangePage theirs;
    theirs.communications << letterTo(QStringLiteral("X-1"), QStringLiteral("Xena"));
    writer.applyPage(other.id, theirs);
    if (bulkLoad)
        cache::BulkLoad::deferIndexes(db);

    QList<sync::ChangePage> pages(3);
    pages[0].communications << letterTo(QStringLiteral("C-1"), QStringLiteral("Ann"));
    pages[0].deliveryEvents << event(QStringLiteral("C-2"), QStringLiteral("sent"), 100);
    pages[1].communications << letterTo(QStringLiteral("C-1"), QStringLiteral("Anna"))
                            << letterTo(QStringLiteral("c-2"), QStringLiteral("Bob"))
                            << letterTo(QStringLiteral("C-1"), QStringLiteral("Anna"))
                            << letterTo(QStringLiteral("X-1"), QStringLiteral("Mallory"));
    pages[1].deliveryEvents << event(QStringLiteral("C-1"), QStringLiteral("delivered"), 50)
                            << event(QStringLiteral("C-2"), QStringLiteral("opened"), 90);
    pages[2].communications << letterTo(QStringLiteral("C-3"), QStringLiteral("Cy"))
                            << letterTo(QStringLiteral("C-3"), QStringLiteral("Cyd"));
    QStringList seen;
    for (const auto &page : pages) {
        const auto r = writer.applyPage(repo.id, page);
        seen << QStringLiteral("accepted %1 unchanged %2 rejected %3")
                    .arg(r.accepted)
                    .arg(r.unchanged)
                    .arg(r.rejected.size());
    }
    cache::Statement rows =
        db.prepare("SELECT c.rowid, c.id, c.repo_id, c.recipient_name, c.status, c.status_at, t.names, t.ids, "
                   "(SELECT group_concat(block_id) FROM comm_blocks WHERE comm_rowid = c.rowid) "
                   "FROM communications c LEFT JOIN comm_text t ON t.rowid = c.rowid ORDER BY c.rowid");
    while (rows.step()) {
        QStringList values;
        for (int i = 0; i < rows.columnCount(); ++i)
            values << (rows.isNull(i) ? QStringLiteral("NULL") : rows.columnText(i));
        seen << values.join(QLatin1Char('|'));
    }
    return seen;
}

} // namespace

class TestCacheWriter : public QObject
{
    Q_OBJECT

private slots:
    void fixityVerdictSurvivesMetadataUpdates_data();
    void fixityVerdictSurvivesMetadataUpdates();
    void bulkLoadWritesWhatRowByRowWrites();
    void evictionByRebuildLeavesWhatRowByRowLeaves();
    void evictionTouchesOnlyItsRepository_data();
    void evictionTouchesOnlyItsRepository();
};

void TestCacheWriter::fixityVerdictSurvivesMetadataUpdates_data()
{
    const QString a(64, QLatin1Char('a')), b(64, QLatin1Char('b')), c(64, QLatin1Char('c'));
    QTest::addColumn<QString>("renditionSha");
    QTest::addColumn<int>("incomingFixity");
    QTest::addColumn<QString>("incomingContent");
    QTest::addColumn<QString>("fixity");
    QTest::addColumn<QString>("content");
    QTest::newRow("same rendition, sent without bytes: verdict stays")
        << a << int(Fixity::Missing) << QString() << QStringLiteral("verified") << a;
    QTest::newRow("new rendition hash: the old verdict no longer applies")
        << b << int(Fixity::Missing) << QString() << QStringLiteral("missing") << QString();
    QTest::newRow("the repository's own failed verdict wins")
        << a << int(Fixity::Failed) << c << QStringLiteral("failed") << c;
    QTest::newRow("a new verified rendition replaces the old")
        << b << int(Fixity::Verified) << b << QStringLiteral("verified") << b;
}

void TestCacheWriter::fixityVerdictSurvivesMetadataUpdates()
{
    QFETCH(QString, renditionSha);
    QFETCH(int, incomingFixity);
    QFETCH(QString, incomingContent);
    QFETCH(QString, fixity);
    QFETCH(QString, content);
    TempDataFolder data;
    datafolder::DataFolder folder(data.path());
    cache::Database db = cache::CacheFile::openWriter(folder.databasePath());
    const auto repo =
        cache::RepositoryStore(db).add(QStringLiteral("r"), QStringLiteral("cmis"), QStringLiteral("https://x"));
    sync::CacheWriter writer(db);
    const QString a(64, QLatin1Char('a'));
    sync::ChangePage first;
    first.communications << letter(a, Fixity::Missing, QString(), QStringLiteral("Ann"));
    QCOMPARE(writer.applyPage(repo.id, first).accepted, 1);
    // DocumentFetch verified the bytes.
    db.exec("UPDATE communications SET fixity = 'verified', content_sha256 = rendition_sha256");

    sync::ChangePage second;
    second.communications << letter(renditionSha, Fixity(incomingFixity), incomingContent, QStringLiteral("Anna"));
    QCOMPARE(writer.applyPage(repo.id, second).accepted, 1);
    QCOMPARE(db.queryText("SELECT recipient_name FROM communications"), QStringLiteral("Anna"));
    QCOMPARE(db.queryText("SELECT fixity FROM communications"), fixity);
    QCOMPARE(db.queryText("SELECT coalesce(content_sha256, '') FROM communications"), content);
}

// A bulk load inserts first and looks an id up only when it is taken, and joins no events
// while there are none: the rows and counts must be those of the row-by-row path.
void TestCacheWriter::bulkLoadWritesWhatRowByRowWrites()
{
    const QStringList rowByRow = applyMixedPages(false);
    QCOMPARE(rowByRow.size(), 3 + 4);
    QCOMPARE(rowByRow.at(1), QStringLiteral("accepted 4 unchanged 1 rejected 1"));
    QCOMPARE(applyMixedPages(true), rowByRow);
}

namespace {

// 3,000 communications, two in three outside the scope type:statement, every 50th of those
// held in the repository; evicted with the indexes kept or rebuilt. Returns the rows left,
// what a full-text search finds, and the checks' verdicts.
QStringList evictOutsideStatements(bool rebuild)
{
    TempDataFolder data;
    datafolder::DataFolder folder(data.path());
    cache::Database db = cache::CacheFile::openWriter(folder.databasePath());
    const auto repo =
        cache::RepositoryStore(db).add(QStringLiteral("r"), QStringLiteral("drop"), QStringLiteral("/drop"));
    sync::CacheWriter writer(db);
    sync::ChangePage page;
    for (int i = 0; i < 3000; ++i) {
        domain::Communication c =
            letterTo(QStringLiteral("E-%1").arg(i), i % 7 ? QStringLiteral("Ann Lee") : QStringLiteral("Bo Lund"));
        c.type = i % 3 ? QStringLiteral("notice") : QStringLiteral("statement");
        if (i % 3 && i % 50 == 1)
            c.repositoryHoldIds = QStringList{QStringLiteral("LH-1")};
        page.communications << c;
    }
    writer.applyPage(repo.id, page);
    QString error;
    const auto scope = sync::SyncScope::parse(QStringLiteral("type:statement"), &error);
    writer.setEvictionRebuildAtLeast(rebuild ? 1 : 1000000);
    sync::ApplyResult r;
    writer.evictOutsideScope(repo, *scope, r);
    QStringList seen{
        QStringLiteral("left %1").arg(r.leftScope),
        QStringLiteral("pending %1").arg(cache::BulkLoad::pendingIndexes(db)),
        QStringLiteral("indexes %1").arg(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index'")),
        QStringLiteral("weeks %1").arg(db.queryInt("SELECT sum(n) FROM agg_comm_week")),
        QStringLiteral("bo %1").arg(db.queryInt("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH 'lund'"))};
    db.exec("INSERT INTO comm_fts(comm_fts, rank) VALUES('integrity-check', 1)"); // throws when the index disagrees
    cache::Statement rows =
        db.prepare("SELECT c.id, c.type, t.names, (SELECT count(*) FROM comm_blocks WHERE comm_rowid = c.rowid) "
                   "FROM communications c JOIN comm_text t ON t.rowid = c.rowid ORDER BY c.id");
    while (rows.step())
        seen << QStringLiteral("%1|%2|%3|%4")
                    .arg(rows.columnText(0), rows.columnText(1), rows.columnText(2), rows.columnText(3));
    return seen;
}

} // namespace

// The eviction of a narrowed scope (issue #28) drops the indexes and rebuilds them when many
// rows leave: it leaves the same rows, text, blocks, full-text entries and aggregates as
// deleting row by row, with every index back.
void TestCacheWriter::evictionByRebuildLeavesWhatRowByRowLeaves()
{
    const QStringList rowByRow = evictOutsideStatements(false);
    QCOMPARE(rowByRow.at(0), QStringLiteral("left 1960")); // 2,000 notices less 40 held
    QCOMPARE(rowByRow.at(1), QStringLiteral("pending 0"));
    QCOMPARE(rowByRow.size(), 5 + 1000 + 40);
    QCOMPARE(evictOutsideStatements(true), rowByRow);
}

void TestCacheWriter::evictionTouchesOnlyItsRepository_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("a plain name") << QStringLiteral("archive");
    QTest::newRow("a name the search syntax cannot quote") << QStringLiteral("the \"old\" archive");
}

// Two repositories with notices and statements; one is narrowed to statements: only its
// notices leave, the other's all stay (also when its name cannot be written in a query).
void TestCacheWriter::evictionTouchesOnlyItsRepository()
{
    QFETCH(QString, name);
    TempDataFolder data;
    datafolder::DataFolder folder(data.path());
    cache::Database db = cache::CacheFile::openWriter(folder.databasePath());
    cache::RepositoryStore repos(db);
    const auto narrowed = repos.add(name, QStringLiteral("drop"), QStringLiteral("/a"));
    const auto other = repos.add(QStringLiteral("other"), QStringLiteral("drop"), QStringLiteral("/b"));
    sync::CacheWriter writer(db);
    for (const auto &repo : {narrowed, other}) {
        sync::ChangePage page;
        for (int i = 0; i < 4; ++i) {
            domain::Communication c = letterTo(QStringLiteral("%1-%2").arg(repo.id).arg(i), QStringLiteral("Ann"));
            c.type = i % 2 ? QStringLiteral("notice") : QStringLiteral("statement");
            page.communications << c;
        }
        writer.applyPage(repo.id, page);
    }
    QString error;
    sync::ApplyResult r;
    writer.evictOutsideScope(narrowed, *sync::SyncScope::parse(QStringLiteral("type:statement"), &error), r);
    QCOMPARE(r.leftScope, 2);
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM communications WHERE repo_id = %1")
                             .arg(narrowed.id)
                             .toUtf8()
                             .constData()),
             2);
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM communications WHERE repo_id = %1")
                             .arg(other.id)
                             .toUtf8()
                             .constData()),
             4);
}

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
