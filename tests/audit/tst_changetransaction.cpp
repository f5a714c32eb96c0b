// A change to cache.sqlite and its audit entries as one (issue #44 item 2): SQLite commits the
// cache and the attached records.sqlite one after the other, so each entry of such a change is
// staged in the cache by the change's own transaction, cleared once records.sqlite has it, and
// appended by finishStagedEntries() when a kill or a full disk kept it from records.sqlite:
// at its own place when the trail is as it was, after the entries appended since otherwise.
// (The kill between the two commits, through the real CLI: tst_cli_commitpoint.)
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "audit/changetransaction.h"
#include "cache/cachefile.h"
#include "tempdatafolder.h"

#include <QTest>

using namespace proofdesk;
using namespace proofdesk::audit;

namespace {

AuditEntry entry(const QString &action)
{
    AuditEntry e;
    e.at = 1790000000000;
    e.user = QStringLiteral("ada");
    e.role = QStringLiteral("admin");
    e.action = action;
    e.objectType = QStringLiteral("repository");
    e.objectId = QStringLiteral("r");
    e.device = QStringLiteral("dev-1");
    return e; // reason, before and after NULL: kept NULL through the staged copy
}

struct Folder
{
    TempDataFolder data;
    cache::Database db;
    Folder()
    {
        db = cache::CacheFile::openWriter(cache::CacheFile::prepare(data.path()).databasePath);
        for (int i = 0; i < 3; ++i)
            AuditTrail(db).append(entry(QStringLiteral("earlier")));
    }
    qint64 staged() const { return db.queryInt("SELECT count(*) FROM trail_staged"); }
    // A change and its entry whose commit landed in the cache only, as a kill between the two
    // files' commits (or records.sqlite's disk full then) leaves them: returns the entry.
    AuditEntry changeWithoutItsEntry()
    {
        AuditEntry stored;
        {
            ChangeTransaction tx(db);
            db.exec("INSERT INTO meta(key, value) VALUES('documents.limit', '5')");
            stored = AuditTrail(db).append(entry(QStringLiteral("settings.change")));
            db.exec("CREATE TEMP TABLE kept AS SELECT * FROM trail_staged");
            tx.commit();
        }
        db.exec("DROP TRIGGER rec.audit_no_delete"); // the records file's part undone
        db.prepare("DELETE FROM rec.audit_entries WHERE seq = ?1").bind(1, stored.seq).run();
        db.exec("INSERT INTO trail_staged SELECT * FROM temp.kept");
        db.exec("DROP TABLE temp.kept");
        return stored;
    }
};

} // namespace

class TestChangeTransaction : public QObject
{
    Q_OBJECT

private slots:
    void aCommittedChangeLeavesNoStagedCopy();
    void aRolledBackChangeLeavesNeitherEntryNorCopy();
    void entryTheRecordsFileLacksIsAppendedAtItsPlace();
    void entryIsAppendedAfterThoseAppendedSince();
    void aCopyTheTrailHasIsOnlyCleared();
    void entriesOutsideAChangeAreNotStaged();
};

void TestChangeTransaction::aCommittedChangeLeavesNoStagedCopy()
{
    Folder f;
    {
        ChangeTransaction tx(f.db);
        f.db.exec("INSERT INTO meta(key, value) VALUES('documents.limit', '5')");
        AuditTrail(f.db).append(entry(QStringLiteral("settings.change")));
        QCOMPARE(f.staged(), qint64(1)); // in the change's own transaction
        tx.commit();
    }
    QCOMPARE(f.staged(), qint64(0));
    QCOMPARE(AuditTrail(f.db).count(), qint64(4));
    QCOMPARE(finishStagedEntries(f.db), 0);
}

void TestChangeTransaction::aRolledBackChangeLeavesNeitherEntryNorCopy()
{
    Folder f;
    {
        ChangeTransaction tx(f.db);
        f.db.exec("INSERT INTO meta(key, value) VALUES('documents.limit', '5')");
        AuditTrail(f.db).append(entry(QStringLiteral("settings.change")));
    }
    QCOMPARE(f.staged(), qint64(0));
    QCOMPARE(AuditTrail(f.db).count(), qint64(3));
    QCOMPARE(f.db.queryInt("SELECT count(*) FROM meta WHERE key = 'documents.limit'"), qint64(0));
}

void TestChangeTransaction::entryTheRecordsFileLacksIsAppendedAtItsPlace()
{
    Folder f;
    const AuditEntry lost = f.changeWithoutItsEntry();
    QCOMPARE(AuditTrail(f.db).count(), qint64(3));
    QCOMPARE(finishStagedEntries(f.db), 1);
    // The same entry, byte for byte: its seq, link and hash as first appended.
    QCOMPARE(AuditTrail(f.db).hashAt(lost.seq), std::optional<QString>(lost.hash));
    QCOMPARE(f.staged(), qint64(0));
    QVERIFY(AuditVerifier(f.db).verify().ok);
    QCOMPARE(finishStagedEntries(f.db), 0); // once
}

void TestChangeTransaction::entryIsAppendedAfterThoseAppendedSince()
{
    Folder f;
    const AuditEntry lost = f.changeWithoutItsEntry();
    // Another process appended before the next opening finished the staged copy.
    AuditTrail(f.db).append(entry(QStringLiteral("search")));
    QCOMPARE(finishStagedEntries(f.db), 1);
    const QList<AuditEntry> all = AuditTrail(f.db).entries();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.at(3).action, QStringLiteral("search"));
    QCOMPARE(all.at(4).action, QStringLiteral("settings.change"));
    QCOMPARE(all.at(4).at, lost.at); // when it was done, not when it was finished
    QVERIFY(all.at(4).reason.isNull() && all.at(4).before.isEmpty());
    QCOMPARE(f.staged(), qint64(0));
    QVERIFY(AuditVerifier(f.db).verify().ok);
}

void TestChangeTransaction::aCopyTheTrailHasIsOnlyCleared()
{
    Folder f;
    {
        ChangeTransaction tx(f.db);
        AuditTrail(f.db).append(entry(QStringLiteral("settings.change")));
        f.db.exec("CREATE TEMP TABLE kept AS SELECT * FROM trail_staged");
        tx.commit();
    }
    f.db.exec("INSERT INTO trail_staged SELECT * FROM temp.kept"); // killed before the copy was cleared
    QCOMPARE(finishStagedEntries(f.db), 0);
    QCOMPARE(AuditTrail(f.db).count(), qint64(4));
    QCOMPARE(f.staged(), qint64(0));
}

void TestChangeTransaction::entriesOutsideAChangeAreNotStaged()
{
    Folder f;
    {
        cache::Transaction tx(f.db); // a records-only action
        AuditTrail(f.db).append(entry(QStringLiteral("hold.create")));
        QCOMPARE(f.staged(), qint64(0));
        tx.commit();
    }
    AuditTrail(f.db).append(entry(QStringLiteral("search")));
    QCOMPARE(f.staged(), qint64(0));
}

QTEST_GUILESS_MAIN(TestChangeTransaction)
#include "tst_changetransaction.moc"
