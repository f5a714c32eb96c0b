// The desk as its repository's witness (issue #63 item 2), against the fake CMIS server over
// real HTTP. The attack first, as the issue found it: a letter's properties and bytes rewritten
// and two letters deleted with no change token or event, after which a sync accepts 0 and
// deletes 0 and the desk says nothing. Then what a witness pass (services/repositorywitness.h)
// finds and does about it, what it does not call a finding (a change the log records during the
// pass), and what it refuses to conclude from (a repository that answers nothing).
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "cache/rowseal.h"
#include "dropbuilder.h"
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "services/repositorywitness.h"
#include "services/witnessschedule.h"
#include "sync/documentfetch.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace proofdesk;

class TestRepoWitness : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aRewriteBehindTheLogIsNotSeenBySync();
    void aRewriteAndDeletionsBecomeEntries();
    void aChangeTheLogRecordsMeanwhileIsNoFinding();
    void bytesRewrittenUnderTheirChecksumAreFoundByASample();
    void aLetterPutInTheCacheByHandIsGoneFromTheRepository();
    void aPassCancelledWhileReadingRecordsNothing();
    void aLineTakenOutOfADropIsGone();
    void anArchivesSpaceRepositoryIsWitnessedToo();
    void aPassIsDueAfterItsDays_data();
    void aPassIsDueAfterItsDays();
    void aRepositoryThatCannotBeReadConcludesNothing_data();
    void aRepositoryThatCannotBeReadConcludesNothing();

private:
    std::unique_ptr<fakeserver::FakeCmisServer> m_cmis;
    std::unique_ptr<NetRun> m_run;
};

namespace {

constexpr int kDocuments = 20;

QString docId(int i) { return QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')); }

services::WitnessReport witness(NetRun &run, int sample = 0)
{
    services::RepositoryWitness w(run.writer, run.folder.contentStore(), run.data.path(),
                                  records::Identity{QStringLiteral("carol"), QStringLiteral("Carol"), {}});
    w.setUseKeychain(false);
    w.setHttpDefaults(NetRun::fastHttp());
    w.setSample(sample);
    return w.witness(*cache::RepositoryStore(run.writer).findById(run.repo.id));
}

QList<audit::AuditEntry> entriesOf(NetRun &run, const QString &action)
{
    audit::AuditFilter filter;
    filter.action = action;
    return audit::AuditTrail(run.writer).entries(filter);
}

QJsonObject jsonOf(const QByteArray &canonical) { return QJsonDocument::fromJson(canonical).object(); }

QString customerOf(NetRun &run, const QString &id)
{
    cache::Statement st = run.writer.prepare("SELECT customer_id FROM communications WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? st.columnText(0) : QString();
}

qint64 liveLetters(NetRun &run)
{
    return run.count("SELECT count(*) FROM communications WHERE repo_deleted_at IS NULL");
}

} // namespace

void TestRepoWitness::init()
{
    m_cmis = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_cmis->start());
    for (int i = 0; i < kDocuments; ++i)
        m_cmis->addDocument(docId(i), {{QStringLiteral("exs:customerId"), QStringLiteral("C-%1").arg(i)}});
    m_run = std::make_unique<NetRun>(QStringLiteral("cmis"), m_cmis->serviceUrl(),
                                     QJsonObject{{QStringLiteral("page_size"), 6}});
    for (int i = 0; i < 2; ++i) { // the crawl, then a sync in the change-log phase
        const auto report = m_run->sync();
        QVERIFY2(report.ok(), qPrintable(report.error));
    }
    QCOMPARE(liveLetters(*m_run), kDocuments);
}

void TestRepoWitness::cleanup()
{
    m_run.reset();
    m_cmis.reset();
}

// The reproduction, kept: the desk's sync cannot see what the log does not say.
void TestRepoWitness::aRewriteBehindTheLogIsNotSeenBySync()
{
    m_cmis->rewriteSilently(docId(3), {{QStringLiteral("exs:customerId"), QStringLiteral("C-999")}},
                            QByteArray("%PDF-1.4 rewritten"));
    m_cmis->deleteSilently(docId(5));
    m_cmis->deleteSilently(docId(6));
    const auto report = m_run->sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.result.accepted, 0);
    QCOMPARE(report.result.deleted, 0);
    QCOMPARE(customerOf(*m_run, docId(3)), QStringLiteral("C-3"));
    QCOMPARE(liveLetters(*m_run), kDocuments);
}

void TestRepoWitness::aRewriteAndDeletionsBecomeEntries()
{
    m_cmis->rewriteSilently(docId(3), {{QStringLiteral("exs:customerId"), QStringLiteral("C-999")}},
                            QByteArray("%PDF-1.4 rewritten"));
    m_cmis->deleteSilently(docId(5));
    m_cmis->deleteSilently(docId(6));
    const services::WitnessReport report = witness(*m_run);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.cached, kDocuments);
    QCOMPARE(report.listed, kDocuments - 2);
    QCOMPARE(report.count(sync::WitnessDifference::Kind::Changed), 1);
    QCOMPARE(report.count(sync::WitnessDifference::Kind::Gone), 2);

    // The trail keeps what the desk saw and what the repository says now.
    const auto changed = entriesOf(*m_run, QStringLiteral("repository.witness_changed"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().objectId, report.differences.first().communicationId);
    QCOMPARE(changed.first().role, QStringLiteral("system"));
    QCOMPARE(jsonOf(changed.first().before).value(QStringLiteral("customer_id")).toString(), QStringLiteral("C-3"));
    QCOMPARE(jsonOf(changed.first().after).value(QStringLiteral("customer_id")).toString(), QStringLiteral("C-999"));
    QCOMPARE(jsonOf(changed.first().before).value(QStringLiteral("repository_object_id")).toString(), docId(3));
    const auto gone = entriesOf(*m_run, QStringLiteral("repository.witness_gone"));
    QCOMPARE(gone.size(), 2);
    QStringList goneObjects;
    for (const audit::AuditEntry &e : gone)
        goneObjects << jsonOf(e.before).value(QStringLiteral("repository_object_id")).toString();
    goneObjects.sort();
    QCOMPARE(goneObjects, (QStringList{docId(5), docId(6)}));

    // The cache says what the repository says now; the chain and the rows' seals hold.
    QCOMPARE(customerOf(*m_run, report.differences.first().communicationId), QStringLiteral("C-999"));
    QCOMPARE(liveLetters(*m_run), kDocuments - 2);
    QVERIFY(audit::AuditVerifier(m_run->writer).verify().ok);
    QVERIFY(cache::RowSeal::verify(m_run->writer).clean());

    // Witnessed again: nothing new, nothing recorded twice.
    const services::WitnessReport again = witness(*m_run);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.differences.isEmpty());
    QCOMPARE(entriesOf(*m_run, QStringLiteral("repository.witness_changed")).size(), 1);
    QCOMPARE(entriesOf(*m_run, QStringLiteral("repository.witness_gone")).size(), 2);
    // Each pass is on the record, with what it read and found.
    const auto passes = entriesOf(*m_run, QStringLiteral("repository.witness"));
    QCOMPARE(passes.size(), 2);
    QCOMPARE(passes.first().objectId, QStringLiteral("net"));
    const QJsonObject first = jsonOf(passes.first().after);
    QCOMPARE(first.value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("gone")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("listed")).toInt(), kDocuments - 2);
    QCOMPARE(jsonOf(passes.last().after).value(QStringLiteral("gone")).toInt(-1), 0);
}

// A letter changed and one deleted with their events while the pass reads the repository: the
// listing sees them, the change log names them, and the pass leaves them to the sync.
void TestRepoWitness::aChangeTheLogRecordsMeanwhileIsNoFinding()
{
    // Before the listing's second page (its first read D000 to D005; the sync before it asks
    // no query of a log that names nothing).
    std::atomic_int queries{0};
    std::atomic_bool done{false};
    m_cmis->setFaultHook([this, &queries, &done](const fakeserver::Request &r) {
        if (r.query(QStringLiteral("cmisselector")) == QLatin1String("query") && ++queries == 2) {
            m_cmis->updateDocument(docId(8), {{QStringLiteral("exs:customerId"), QStringLiteral("C-808")}});
            m_cmis->deleteDocument(docId(9));
            done = true;
        }
        return fakeserver::Fault{};
    });
    const services::WitnessReport report = witness(*m_run);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(done);
    QVERIFY(report.differences.isEmpty());
    QVERIFY(entriesOf(*m_run, QStringLiteral("repository.witness_changed")).isEmpty());
    QVERIFY(entriesOf(*m_run, QStringLiteral("repository.witness_gone")).isEmpty());
    // Applied by the sync that ends the pass, as any recorded change.
    QCOMPARE(liveLetters(*m_run), kDocuments - 1);
    QCOMPARE(customerOf(*m_run, docId(8)), QStringLiteral("C-808"));
}

// A letter's bytes rewritten with its checksum property kept: the properties say nothing, so the
// listing finds nothing; a sample that asks for the bytes again does, and the bytes first seen stay.
void TestRepoWitness::bytesRewrittenUnderTheirChecksumAreFoundByASample()
{
    {
        auto connector = m_run->connector();
        sync::DocumentFetch fetch(m_run->writer, m_run->repo.id, *connector);
        for (int i = 0; i < kDocuments; ++i)
            QCOMPARE(fetch.fetch(docId(i)).fixity, domain::Fixity::Verified);
    }
    const QString before = m_run->writer.queryText("SELECT content_sha256 FROM communications WHERE id = 'D004'");
    m_cmis->rewriteSilently(docId(4), {}, QByteArray("%PDF-1.4 other bytes, same checksum property"));
    const services::WitnessReport unsampled = witness(*m_run);
    QVERIFY2(unsampled.ok(), qPrintable(unsampled.error));
    QVERIFY(unsampled.differences.isEmpty());
    QCOMPARE(unsampled.sampled, 0);

    const services::WitnessReport sampled = witness(*m_run, kDocuments);
    QVERIFY2(sampled.ok(), qPrintable(sampled.error));
    QCOMPARE(sampled.sampled, kDocuments);
    QCOMPARE(sampled.differences.size(), 1);
    const sync::WitnessDifference &d = sampled.differences.first();
    QCOMPARE(d.communicationId, docId(4));
    QCOMPARE(d.before.value(QStringLiteral("content_sha256")).toString(), before);
    QCOMPARE(d.after.value(QStringLiteral("fixity")).toString(), QStringLiteral("failed"));
    QVERIFY(d.after.value(QStringLiteral("content_sha256")).toString() != before);
    QCOMPARE(m_run->writer.queryText("SELECT fixity FROM communications WHERE id = 'D004'"), QStringLiteral("failed"));
    QVERIFY(m_run->folder.contentStore().contains(before)); // the bytes first seen are kept
    const auto changed = entriesOf(*m_run, QStringLiteral("repository.witness_changed"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(jsonOf(changed.first().after).value(QStringLiteral("fixity")).toString(), QStringLiteral("failed"));
    QVERIFY(audit::AuditVerifier(m_run->writer).verify().ok);
    // The entry was staged with its transaction's own staging and cleared once records.sqlite had it.
    QCOMPARE(m_run->count("SELECT count(*) FROM trail_staged"), 0);
}

// Issue #62's last hand edit: a letter put into the cache (here through Proofdesk's own
// connection, so that every seal and count holds) whose repository never had it. `cache verify`
// cannot tell it from a letter the repository sent; the repository's witness can.
void TestRepoWitness::aLetterPutInTheCacheByHandIsGoneFromTheRepository()
{
    m_run->writer.exec("CREATE TEMP TABLE forged AS SELECT * FROM communications WHERE id = 'D001'");
    m_run->writer.exec("UPDATE temp.forged SET id = 'FORGED', repo_object_id = 'FORGED', customer_id = 'C-666', "
                       "rowid = (SELECT max(rowid) + 1 FROM main.communications)");
    m_run->writer.exec("INSERT INTO communications SELECT * FROM temp.forged");
    QCOMPARE(liveLetters(*m_run), kDocuments + 1);
    const services::WitnessReport report = witness(*m_run);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.differences.size(), 1);
    QCOMPARE(report.differences.first().kind, sync::WitnessDifference::Kind::Gone);
    QCOMPARE(report.differences.first().communicationId, QStringLiteral("FORGED"));
    QCOMPARE(report.differences.first().before.value(QStringLiteral("customer_id")).toString(),
             QStringLiteral("C-666"));
    QCOMPARE(liveLetters(*m_run), kDocuments);
    QCOMPARE(entriesOf(*m_run, QStringLiteral("repository.witness_gone")).size(), 1);
    QVERIFY(cache::RowSeal::verify(m_run->writer).clean());
}

// The pass is the connector's read from the start, whatever the kind: an ArchivesSpace
// repository lists what the desk holds, and a letter forged into its part of the cache is gone.
// (Its own sync already compares every id and re-reads what changed within its feed's window,
// so the fake's silent edits are seen by the sync before the pass.)
void TestRepoWitness::anArchivesSpaceRepositoryIsWitnessedToo()
{
    fakeserver::FakeAspaceServer aspace;
    QVERIFY(aspace.start());
    aspace.setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
    for (int i = 0; i < 8; ++i)
        aspace.addObject();
    NetRun run(QStringLiteral("archivesspace"), aspace.baseUrl());
    for (int i = 0; i < 2; ++i) {
        const auto report = run.sync();
        QVERIFY2(report.ok(), qPrintable(report.error));
    }
    const services::WitnessReport clean = witness(run);
    QVERIFY2(clean.ok(), qPrintable(clean.error));
    QCOMPARE(clean.listed, 8);
    QCOMPARE(clean.cached, 8);
    QVERIFY(clean.differences.isEmpty());

    run.writer.exec("CREATE TEMP TABLE forged AS SELECT * FROM communications LIMIT 1");
    run.writer.exec("UPDATE temp.forged SET id = 'FORGED', repo_object_id = '/repositories/2/digital_objects/999', "
                    "rowid = (SELECT max(rowid) + 1 FROM main.communications)");
    run.writer.exec("INSERT INTO communications SELECT * FROM temp.forged");
    const services::WitnessReport report = witness(run);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.differences.size(), 1);
    QCOMPARE(report.differences.first().kind, sync::WitnessDifference::Kind::Gone);
    QCOMPARE(report.differences.first().communicationId, QStringLiteral("FORGED"));
    QCOMPARE(liveLetters(run), 8);
    QCOMPARE(entriesOf(run, QStringLiteral("repository.witness")).size(), 2);
}

// Cancel (the window's button) while the repository is read: a letter deleted behind the log is
// not yet known to be gone from a listing that did not end, and nothing is concluded or recorded.
void TestRepoWitness::aPassCancelledWhileReadingRecordsNothing()
{
    m_cmis->deleteSilently(docId(5));
    const QString before = m_run->dump();
    services::RepositoryWitness w(m_run->writer, m_run->folder.contentStore(), m_run->data.path(),
                                  records::Identity{QStringLiteral("carol"), QStringLiteral("Carol"), {}});
    w.setUseKeychain(false);
    w.setHttpDefaults(NetRun::fastHttp());
    std::atomic_bool cancel{false};
    int told = 0; // the first progress is the sync before the listing, the second its first page
    const services::WitnessReport report = w.witness(
        *cache::RepositoryStore(m_run->writer).findById(m_run->repo.id),
        [&](const QString &, qint64) {
            if (++told == 2)
                cancel = true;
        },
        &cancel);
    QCOMPARE(told, 2);
    QVERIFY(report.cancelled);
    QVERIFY(report.error.isEmpty());
    QVERIFY(report.differences.isEmpty());
    QVERIFY(entriesOf(*m_run, QStringLiteral("repository.witness_gone")).isEmpty());
    QVERIFY(entriesOf(*m_run, QStringLiteral("repository.witness")).isEmpty());
    QCOMPARE(m_run->dump(), before);
}

// A drop, whose letters' ids are the repository's identity (no object id): a record line taken
// out of a month's file is a letter gone without a deletion record, deleted by its id.
void TestRepoWitness::aLineTakenOutOfADropIsGone()
{
    TempDataFolder scratch;
    DropBuilder drop(scratch.filePath(QStringLiteral("drop")));
    const QString kept = QStringLiteral("EXS-2"), goneId = QStringLiteral("EXS-1");
    drop.append(QStringLiteral("communications/a.ndjson"),
                DropBuilder::line(drop.communication(goneId)) + DropBuilder::line(drop.communication(kept)));
    drop.appendRecord(QStringLiteral("communications/b.ndjson"), drop.communication(QStringLiteral("EXS-3")));
    NetRun run(QStringLiteral("drop"), QUrl(drop.root()));
    const auto synced = run.sync();
    QVERIFY2(synced.ok(), qPrintable(synced.error));
    QCOMPARE(liveLetters(run), 3);
    QFile file(drop.root() + QStringLiteral("/communications/a.ndjson"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(DropBuilder::line(drop.communication(kept))) > 0);
    file.close();
    const qint64 letters = 3;

    const services::WitnessReport report = witness(run);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.differences.size(), 1);
    const sync::WitnessDifference &d = report.differences.first();
    QCOMPARE(d.kind, sync::WitnessDifference::Kind::Gone);
    QCOMPARE(d.communicationId, goneId);
    QVERIFY(d.objectId.isEmpty());
    QCOMPARE(liveLetters(run), letters - 1);
    const auto gone = entriesOf(run, QStringLiteral("repository.witness_gone"));
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first().objectId, goneId);
    QVERIFY(!jsonOf(gone.first().before).contains(QStringLiteral("repository_object_id")));
}

void TestRepoWitness::aPassIsDueAfterItsDays_data()
{
    QTest::addColumn<QJsonValue>("setting"); // witness_days as stored; undefined: not set
    QTest::addColumn<int>("days");           // -1: never due on a schedule
    QTest::newRow("not set: a week") << QJsonValue(QJsonValue::Undefined) << 7;
    QTest::newRow("14 as a number") << QJsonValue(14) << 14;
    QTest::newRow("\"2\" as text") << QJsonValue(QStringLiteral("2")) << 2;
    QTest::newRow("0: never") << QJsonValue(0) << -1;
    QTest::newRow("nonsense: a week") << QJsonValue(QStringLiteral("often")) << 7;
}

void TestRepoWitness::aPassIsDueAfterItsDays()
{
    QFETCH(QJsonValue, setting);
    QFETCH(int, days);
    if (!setting.isUndefined()) {
        QJsonObject settings = m_run->repo.settings;
        settings.insert(QStringLiteral("witness_days"), setting);
        QVERIFY(cache::RepositoryStore(m_run->writer).update(m_run->repo.id, m_run->repo.url, settings));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Synced, never witnessed: due now, unless never on a schedule.
    QCOMPARE(services::duePasses(m_run->writer, now).size(), days < 0 ? 0 : 1);
    const services::WitnessReport report = witness(*m_run);
    QVERIFY2(report.ok(), qPrintable(report.error));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(services::duePasses(m_run->writer, after).isEmpty());
    const qint64 day = 86400000;
    if (days < 0) {
        QVERIFY(services::duePasses(m_run->writer, after + 400 * day).isEmpty());
        return;
    }
    QVERIFY(services::duePasses(m_run->writer, after + (days - 1) * day).isEmpty());
    const QList<services::WitnessDue> due = services::duePasses(m_run->writer, after + days * day);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().repository.name, QStringLiteral("net"));
    QVERIFY(due.first().lastPass && *due.first().lastPass >= now && *due.first().lastPass <= after);
}

void TestRepoWitness::aRepositoryThatCannotBeReadConcludesNothing_data()
{
    QTest::addColumn<bool>("failing");
    QTest::newRow("its queries fail") << true;
    QTest::newRow("it lists nothing") << false;
}

void TestRepoWitness::aRepositoryThatCannotBeReadConcludesNothing()
{
    QFETCH(bool, failing);
    const QString before = m_run->dump();
    if (failing) {
        m_cmis->setFaultHook([](const fakeserver::Request &r) {
            return r.query(QStringLiteral("cmisselector")) == QLatin1String("query")
                       ? fakeserver::Fault::httpStatus(503)
                       : fakeserver::Fault{};
        });
    } else {
        for (int i = 0; i < kDocuments; ++i)
            m_cmis->deleteSilently(docId(i));
    }
    const services::WitnessReport report = witness(*m_run);
    QVERIFY(!report.ok());
    QVERIFY2(failing || report.error.contains(QLatin1String("listed nothing")), qPrintable(report.error));
    QVERIFY(report.differences.isEmpty());
    QVERIFY(entriesOf(*m_run, QStringLiteral("repository.witness_gone")).isEmpty());
    QVERIFY(entriesOf(*m_run, QStringLiteral("repository.witness")).isEmpty()); // no pass to speak of
    QCOMPARE(m_run->dump(), before);
    QCOMPARE(liveLetters(*m_run), kDocuments);
}

QTEST_GUILESS_MAIN(TestRepoWitness)
#include "tst_repowitness.moc"
