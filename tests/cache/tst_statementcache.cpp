#include "cache/rowidset.h"
#include "cache/sqlite.h"
#include "cache/statementcache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace proofdesk::cache;

// Database::prepareCached hands back a compiled statement for the same SQL, reset and with
// its bindings cleared, and never one still in use; nothing outlives the connection wrongly.
class TestStatementCache : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = Database(m_dir.filePath(QStringLiteral("t.sqlite")));
        m_db.exec("CREATE TABLE IF NOT EXISTS t (x INTEGER)");
        m_db.exec("DELETE FROM t");
        m_db.exec("INSERT INTO t VALUES (1), (2), (3)");
    }
    void cleanup() { m_db.close(); }

    void theSameSqlGetsTheSameCompiledStatementBack()
    {
        const QString sql = QStringLiteral("SELECT count(*) FROM t WHERE x >= ?");
        sqlite3_stmt *first = nullptr;
        {
            Statement st = m_db.prepareCached(sql);
            st.bind(1, 2);
            QVERIFY(st.step());
            QCOMPARE(st.columnInt(0), qint64(2));
            first = handleOf(st);
        } // back to the cache in the middle of its run: reset
        Statement again = m_db.prepareCached(sql);
        QCOMPARE(handleOf(again), first);
        QVERIFY(again.step());
        QCOMPARE(again.columnInt(0), qint64(0)); // its binding was cleared: x >= NULL
    }

    // Text bound to a statement taken from the cache is held like a fresh one's, and read
    // correctly run after run (each value replaces the last in its parameter's buffer).
    void aReusedStatementBindsTextAgain()
    {
        m_db.exec("CREATE TABLE IF NOT EXISTS words (w TEXT)");
        m_db.exec("DELETE FROM words");
        m_db.exec("INSERT INTO words VALUES ('fee'), ('balance'), ('statement')");
        const QString sql = QStringLiteral("SELECT count(*) FROM words WHERE w = ?");
        for (const QString &word : {QStringLiteral("balance"), QStringLiteral("fee"), QStringLiteral("none")}) {
            Statement st = m_db.prepareCached(sql);
            QCOMPARE(st.parameterCount(), 1);
            st.bind(1, word);
            QVERIFY(st.step());
            QCOMPARE(st.columnInt(0), qint64(word == QLatin1String("none") ? 0 : 1));
        }
    }

    void aStatementInUseIsNeverHandedOutTwice()
    {
        const QString sql = QStringLiteral("SELECT x FROM t ORDER BY x");
        Statement outer = m_db.prepareCached(sql);
        QVERIFY(outer.step());
        {
            Statement inner = m_db.prepareCached(sql);
            QVERIFY(handleOf(inner) != handleOf(outer));
            int rows = 0;
            while (inner.step())
                ++rows;
            QCOMPARE(rows, 3);
        }
        QVERIFY(outer.step());
        QCOMPARE(outer.columnInt(0), qint64(2)); // the outer run went on undisturbed
    }

    void aBoundRowSetIsReleasedWithTheRun()
    {
        const QString sql = QStringLiteral("SELECT count(*) FROM t WHERE rowset_has(?, x)");
        {
            RowIdSet set(QList<qint64>{1, 3});
            Statement st = m_db.prepareCached(sql);
            st.bindRowSet(1, &set);
            QVERIFY(st.step());
            QCOMPARE(st.columnInt(0), qint64(2));
        } // the set is gone; the cached statement must not point at it
        Statement again = m_db.prepareCached(sql);
        QVERIFY_THROWS_EXCEPTION(SqliteError, again.step()); // "must be a bound row set"
    }

    void theOldestIdleStatementsAreFinalized()
    {
        sqlite3_stmt *oldest = nullptr;
        for (std::size_t i = 0; i <= StatementCache::kMaxIdle; ++i) {
            Statement st = m_db.prepareCached(QStringLiteral("SELECT %1").arg(i));
            if (i == 0)
                oldest = handleOf(st);
        }
        int live = 0;
        for (sqlite3_stmt *st = sqlite3_next_stmt(m_db.handle(), nullptr); st;
             st = sqlite3_next_stmt(m_db.handle(), st)) {
            ++live;
            QVERIFY(st != oldest);
        }
        QCOMPARE(live, int(StatementCache::kMaxIdle));
    }

    void aStatementOutlivingItsConnectionIsFinalized()
    {
        Statement st = m_db.prepareCached(QStringLiteral("SELECT 1"));
        Database moved = std::move(m_db); // the cache moves with the connection
        {
            Statement other = moved.prepareCached(QStringLiteral("SELECT 2"));
            QVERIFY(other.step());
        }
        moved.close(); // idle ones finalized; `st` is finalized when it goes (no cache to return to)
        m_db = Database(m_dir.filePath(QStringLiteral("t.sqlite")));
    }

private:
    static sqlite3_stmt *handleOf(const Statement &st) { return st.handle(); }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
