// A record's fields are bounded where every record is written (#44 item 1): the drop format
// bounds a line at 16 MiB, not a field, and a record whose type was 4 MB and recipient 8 MB made
// the results list take 4.4 s a paint. A text past its bound is cut (and says so with "…"), with
// a warning naming the file and line, or the record; an id or key past it rejects the record
// (cut, it could be another's). Drops and repositories alike: the cache writer applies them.
#include "cache/cachefile.h"
#include "cache/repositorystore.h"
#include "importfixture.h"
#include "sync/cachewriter.h"
#include "sync/fieldbounds.h"

#include <QJsonDocument>
#include <QTest>

using namespace proofdesk;
using sync::FieldBounds;

namespace {

// Sets the field at a dotted path ("recipient.name") of a drop record.
void setField(QJsonObject &record, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        record.insert(path, value);
        return;
    }
    QJsonObject inner = record.value(path.left(dot)).toObject();
    setField(inner, path.mid(dot + 1), value);
    record.insert(path.left(dot), inner);
}

qint64 storedLength(ImportFixture &f, const QString &column)
{
    return f.writer.queryInt(QStringLiteral("SELECT length(%1) FROM communications").arg(column).toUtf8().constData());
}

domain::Communication repositoryRecord()
{
    domain::Communication c;
    c.id = QStringLiteral("CMIS-7");
    c.type = QStringLiteral("statement");
    c.issuedAt = 1790000000000;
    c.channel = QStringLiteral("email");
    c.templateId = QStringLiteral("TPL");
    c.templateVersion = QStringLiteral("1");
    c.renditionPath = QStringLiteral("cmis:doc-7");
    c.mediaType = QStringLiteral("application/pdf");
    c.renditionSha256 = QString(64, u'a');
    c.customerId = QStringLiteral("CUST-1");
    c.recipientName = QString(8 << 20, u'R');
    c.recordHash = "cmis-7";
    c.sourceFile = QStringLiteral("https://cmis.example/browser/root?cmisselector=contentChanges");
    return c;
}

// A CMIS repository in the fixture's cache, for pages a network connector would send.
qint64 cmisRepository(ImportFixture &f)
{
    return cache::RepositoryStore(f.writer)
        .add(QStringLiteral("dctm"), QStringLiteral("cmis"), QStringLiteral("https://cmis.example"))
        .id;
}

} // namespace

class TestFieldBounds : public QObject
{
    Q_OBJECT

private slots:
    void aTextPastItsBoundIsCutWithAWarning_data();
    void aTextPastItsBoundIsCutWithAWarning();
    void anUnknownFieldsLongNameIsCut();
    void aKeyPastItsBoundRejectsTheRecord_data();
    void aKeyPastItsBoundRejectsTheRecord();
    void aRepositorysRecordsAreBoundedToo();
    void aRecordARemoteSearchKeepsIsBoundedToo();
};

void TestFieldBounds::aTextPastItsBoundIsCutWithAWarning_data()
{
    QTest::addColumn<QString>("field");  // in the drop line
    QTest::addColumn<QString>("column"); // in the cache
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("stored");
    QTest::newRow("a 4 MB type") << QStringLiteral("type") << QStringLiteral("type") << (4 << 20) << 1024;
    QTest::newRow("an 8 MB recipient") << QStringLiteral("recipient.name") << QStringLiteral("recipient_name")
                                       << (8 << 20) << 1024;
    QTest::newRow("a 5,000-character workspace title")
        << QStringLiteral("workspace.title") << QStringLiteral("workspace_title") << 5000 << 1024;
    QTest::newRow("a business unit one past the bound")
        << QStringLiteral("business_unit") << QStringLiteral("business_unit") << 1025 << 1024;
    QTest::newRow("a business unit at the bound, kept whole")
        << QStringLiteral("business_unit") << QStringLiteral("business_unit") << 1024 << 1024;
    QTest::newRow("a 100,000-character unknown field")
        << QStringLiteral("remarks") << QStringLiteral("json_extract(extra, '$.remarks')") << 100000 << 16384;
    QTest::newRow("a 1,500-character unknown field, kept whole")
        << QStringLiteral("remarks") << QStringLiteral("json_extract(extra, '$.remarks')") << 1500 << 1500;
    QTest::newRow("a 300 KB text, searched whole and not cut")
        << QStringLiteral("text") << QStringLiteral("(SELECT body FROM comm_text)") << (300 << 10) << (300 << 10);
}

void TestFieldBounds::aTextPastItsBoundIsCutWithAWarning()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    QFETCH(int, length);
    QFETCH(int, stored);
    ImportFixture f;
    QJsonObject record = f.drop.communication(QStringLiteral("EXS-1"));
    if (field.startsWith(QLatin1String("workspace.")))
        record.insert(QStringLiteral("workspace"), QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                                               {QStringLiteral("id"), QStringLiteral("CLM-1")}});
    setField(record, field, QString(length, u'x'));
    f.drop.appendRecord(QStringLiteral("communications/a.ndjson"), record);
    const auto outcome = f.import();
    QCOMPARE(outcome.report.result.rejected.size(), 0);
    QCOMPARE(f.count("SELECT count(*) FROM communications"), 1);
    QCOMPARE(storedLength(f, column), qint64(stored));
    const auto &warnings = outcome.report.result.warnings;
    if (stored == length) {
        QCOMPARE(warnings.size(), 0);
        return;
    }
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().file, QStringLiteral("communications/a.ndjson"));
    QCOMPARE(warnings.first().line, 1);
    const QString expected = QStringLiteral("communication EXS-1: \"%1\" (%2 characters) cut").arg(field).arg(length);
    QVERIFY2(warnings.first().reason.startsWith(expected), qPrintable(warnings.first().reason));
    QVERIFY(
        f.writer.queryInt(QStringLiteral("SELECT %1 LIKE '%…' FROM communications").arg(column).toUtf8().constData()));
}

void TestFieldBounds::anUnknownFieldsLongNameIsCut()
{
    ImportFixture f;
    QJsonObject record = f.drop.communication(QStringLiteral("EXS-1"));
    record.insert(QString(2000, u'n'), QStringLiteral("value"));
    f.drop.appendRecord(QStringLiteral("communications/a.ndjson"), record);
    const auto outcome = f.import();
    QCOMPARE(outcome.report.result.warnings.size(), 1);
    QVERIFY2(outcome.report.result.warnings.first().reason.contains(
                 QLatin1String("the name of an unknown field (2000 characters)")),
             qPrintable(outcome.report.result.warnings.first().reason));
    const QJsonObject extra =
        QJsonDocument::fromJson(f.writer.queryText("SELECT extra FROM communications").toUtf8()).object();
    QCOMPARE(extra.keys().first().size(), FieldBounds::kKey);
    QCOMPARE(extra.value(extra.keys().first()).toString(), QStringLiteral("value"));
}

void TestFieldBounds::aKeyPastItsBoundRejectsTheRecord_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("a 2,000-character id") << QStringLiteral("id") << QJsonValue(QString(2000, u'I'));
    QTest::newRow("a customer id one past the bound")
        << QStringLiteral("customer_id") << QJsonValue(QString(1025, u'C'));
    QTest::newRow("an 8 MB template id") << QStringLiteral("template.id") << QJsonValue(QString(8 << 20, u'T'));
    QTest::newRow("a content block's id")
        << QStringLiteral("content_blocks.id")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("id"), QString(5000, u'B')},
                                             {QStringLiteral("version"), QStringLiteral("1")}}});
}

void TestFieldBounds::aKeyPastItsBoundRejectsTheRecord()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    ImportFixture f;
    QJsonObject record = f.drop.communication(QStringLiteral("EXS-1"));
    if (field == QLatin1String("content_blocks.id"))
        record.insert(QStringLiteral("content_blocks"), value);
    else
        setField(record, field, value);
    f.drop.appendRecord(QStringLiteral("communications/a.ndjson"), record);
    const auto outcome = f.import();
    QCOMPARE(outcome.report.result.rejected.size(), 1);
    const sync::RejectedRecord &rejected = outcome.report.result.rejected.first();
    QCOMPARE(rejected.file, QStringLiteral("communications/a.ndjson"));
    QCOMPARE(rejected.line, 1);
    QVERIFY2(rejected.reason.contains(QStringLiteral("field \"%1\" has").arg(field)), qPrintable(rejected.reason));
    QVERIFY2(rejected.reason.size() < 400, "the message names the record without its megabytes");
    QCOMPARE(f.count("SELECT count(*) FROM communications"), 0);
}

// A network connector's page goes through the same writer: each kind of record is bounded, and
// a warning names the record where there is no line.
void TestFieldBounds::aRepositorysRecordsAreBoundedToo()
{
    ImportFixture f;
    const qint64 repo = cmisRepository(f);
    sync::ChangePage page;
    page.communications << repositoryRecord();
    domain::TemplateVersion version;
    version.templateId = QStringLiteral("TPL");
    version.version = QStringLiteral("1");
    version.name = QString(2 << 20, u'N');
    version.status = QStringLiteral("approved");
    version.body = QStringLiteral("Dear customer");
    version.sha256 = QString(64, u'b');
    version.changeNote = QString(20000, u'n');
    version.recordHash = "tpl-1";
    page.templates << version;
    domain::DeliveryEvent bounce;
    bounce.communicationId = QStringLiteral("CMIS-7");
    bounce.event = QStringLiteral("bounced");
    bounce.at = 1790000001000;
    bounce.detail = QString(1 << 20, u'd');
    page.deliveryEvents << bounce;
    sync::CacheWriter writer(f.writer);
    const sync::ApplyResult r = writer.applyPage(repo, page);
    QCOMPARE(r.rejected.size(), 0);
    QCOMPARE(r.accepted, 3);
    QStringList warned;
    for (const auto &w : r.warnings)
        warned << w.reason.section(u':', 0, 0);
    QCOMPARE(warned, QStringList({QStringLiteral("template TPL version 1"), QStringLiteral("communication CMIS-7"),
                                  QStringLiteral("delivery event of CMIS-7")}));
    QCOMPARE(r.warnings.at(1).file, repositoryRecord().sourceFile);
    QCOMPARE(storedLength(f, QStringLiteral("recipient_name")), qint64(FieldBounds::kKey));
    QCOMPARE(f.count("SELECT length(name) FROM template_versions"), qint64(FieldBounds::kKey));
    QCOMPARE(f.count("SELECT length(change_note) FROM template_versions"), qint64(FieldBounds::kNote));
    QCOMPARE(f.count("SELECT length(detail) FROM delivery_events"), qint64(FieldBounds::kNote));
}

void TestFieldBounds::aRecordARemoteSearchKeepsIsBoundedToo()
{
    ImportFixture f;
    const qint64 repo = cmisRepository(f);
    sync::ChangePage page;
    page.communications << repositoryRecord();
    const sync::ApplyResult r = sync::CacheWriter(f.writer).keepRecords(repo, page);
    QCOMPARE(r.communicationsAccepted, 1);
    QCOMPARE(r.warnings.size(), 1);
    QCOMPARE(storedLength(f, QStringLiteral("recipient_name")), qint64(FieldBounds::kKey));
}

QTEST_MAIN(TestFieldBounds)
#include "tst_fieldbounds.moc"
