// CacheWriter keeps a document's fixity verdict across metadata updates: a repository that
// re-sends a record without its bytes says "missing", which must not undo a verification
// of the same rendition made when its bytes were fetched (DocumentFetch).
#include "cache/cachefile.h"
#include "cache/cachewriter.h"
#include "cache/datafolder.h"
#include "cache/repositorystore.h"
#include "tempdatafolder.h"

#include <QtTest>

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

} // namespace

class TestCacheWriter : public QObject
{
    Q_OBJECT

private slots:
    void fixityVerdictSurvivesMetadataUpdates_data();
    void fixityVerdictSurvivesMetadataUpdates();
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
    cache::DataFolder folder(data.path());
    cache::Database db = cache::CacheFile::openWriter(folder.databasePath());
    const auto repo = cache::RepositoryStore(db).add(QStringLiteral("r"), QStringLiteral("cmis"),
                                                     QStringLiteral("https://x"));
    cache::CacheWriter writer(db);
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

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
