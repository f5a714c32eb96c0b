// PgTestServer (tests/support), the real PostgreSQL server the team tests start for
// themselves: logins over TCP with scram passwords, trust over the unix socket, a restart under
// open connections, sessions ended from the server side, and a stop that frees the port.
// Never skipped: without PostgreSQL installed, initTestCase fails naming the package.
#include "pgtestserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTcpServer>
#include <QTest>
#include <libpq-fe.h>
#include <memory>

using proofdesk::test::PgTestServer;

namespace {

using Conn = std::unique_ptr<PGconn, void (*)(PGconn *)>;

Conn connectTo(const QString &url) { return Conn(PQconnectdb(url.toUtf8().constData()), &PQfinish); }

QString errorOf(PGconn *conn) { return QString::fromUtf8(PQerrorMessage(conn)).trimmed(); }

// The first column of the first row, or "ERROR: ..." (so that QCOMPARE shows what went wrong).
QString value(PGconn *conn, const char *sql)
{
    std::unique_ptr<PGresult, void (*)(PGresult *)> result(PQexec(conn, sql), &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return QLatin1String("ERROR: ") + errorOf(conn);
    if (PQntuples(result.get()) < 1 || PQgetisnull(result.get(), 0, 0))
        return QStringLiteral("NULL");
    return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
}

bool queryWorks(PGconn *conn) { return value(conn, "SELECT 1") == QLatin1String("1"); }

} // namespace

class TestPgTestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tcpLoginWithScramPassword();
    void superuserOverTcpNeedsItsPassword();
    void socketConnectionIsTrusted();
    void execReportsErrors();
    void restartKeepsDataAndPort();
    void terminateConnectionsBreaksOpenSessions();
    void twoServersSideBySide();
    void stopFreesThePort();

private:
    PgTestServer m_server;
};

void TestPgTestServer::initTestCase()
{
    // Only what the URLs say: no password from the environment or ~/.pgpass, no forced TLS.
    for (const char *name : {"PGPASSWORD", "PGSSLMODE", "PGSERVICE", "PGREQUIRESSL", "PGGSSENCMODE"})
        qunsetenv(name);
    qputenv("PGPASSFILE", "/nonexistent/pgpass");

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    qInfo("PostgreSQL test server ready in %lld ms (port %d, socket in %s)", timer.elapsed(), m_server.port(),
          qPrintable(m_server.socketDir()));
    QVERIFY(m_server.isRunning());
    QVERIFY(m_server.port() > 0);
    QVERIFY(!m_server.superuserPassword().isEmpty());
    QVERIFY(QFileInfo::exists(m_server.socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(m_server.port())));

    // A login with a password, and its database, for the functions below.
    QVERIFY2(m_server.exec(QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice s3cret:@/'"), &error),
             qPrintable(error));
    QCOMPARE(m_server.createDatabase(QStringLiteral("alice_db"), &error), QStringLiteral("alice_db"));
}

void TestPgTestServer::tcpLoginWithScramPassword()
{
    const Conn conn = connectTo(
        m_server.url(QStringLiteral("alice"), QStringLiteral("alice s3cret:@/"), true, QStringLiteral("alice_db")));
    QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, qPrintable(errorOf(conn.get())));
    QCOMPARE(value(conn.get(), "SELECT current_user"), QStringLiteral("alice"));
    QCOMPARE(value(conn.get(), "SELECT current_database()"), QStringLiteral("alice_db"));
    QCOMPARE(value(conn.get(), "SELECT host(inet_server_addr())"), QStringLiteral("127.0.0.1"));
    QCOMPARE(value(conn.get(), "SELECT inet_server_port()"), QString::number(m_server.port()));

    // The password is stored as a SCRAM verifier, and TCP logins are checked against it.
    const Conn super = connectTo(m_server.url(PgTestServer::superuser(), {}, false));
    QCOMPARE(value(super.get(), "SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = 'alice'"),
             QStringLiteral("SCRAM-SHA-256$"));
    QCOMPARE(value(super.get(), "SELECT auth_method FROM pg_hba_file_rules WHERE type = 'host' LIMIT 1"),
             QStringLiteral("scram-sha-256"));

    const Conn wrong =
        connectTo(m_server.url(QStringLiteral("alice"), QStringLiteral("wrong"), true, QStringLiteral("alice_db")));
    QCOMPARE(PQstatus(wrong.get()), CONNECTION_BAD);
    QVERIFY2(errorOf(wrong.get()).contains(QLatin1String("password authentication failed for user \"alice\"")),
             qPrintable(errorOf(wrong.get())));

    const Conn none = connectTo(m_server.url(QStringLiteral("alice"), {}, true, QStringLiteral("alice_db")));
    QCOMPARE(PQstatus(none.get()), CONNECTION_BAD);
    QVERIFY2(errorOf(none.get()).contains(QLatin1String("no password supplied")), qPrintable(errorOf(none.get())));
}

void TestPgTestServer::superuserOverTcpNeedsItsPassword()
{
    const Conn conn = connectTo(m_server.url(PgTestServer::superuser(), m_server.superuserPassword()));
    QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, qPrintable(errorOf(conn.get())));
    QCOMPARE(value(conn.get(), "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"), QStringLiteral("t"));
    QCOMPARE(value(conn.get(), "SHOW server_encoding"), QStringLiteral("UTF8"));
    QCOMPARE(value(conn.get(), "SELECT current_setting('server_version_num')::int >= 150000"), QStringLiteral("t"));

    const Conn wrong = connectTo(m_server.url(PgTestServer::superuser(), QStringLiteral("not-it")));
    QCOMPARE(PQstatus(wrong.get()), CONNECTION_BAD);
}

void TestPgTestServer::socketConnectionIsTrusted()
{
    const Conn conn = connectTo(m_server.url(QStringLiteral("alice"), {}, false, QStringLiteral("alice_db")));
    QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, qPrintable(errorOf(conn.get())));
    QCOMPARE(value(conn.get(), "SELECT current_user"), QStringLiteral("alice"));
    QCOMPARE(value(conn.get(), "SELECT inet_server_addr()"), QStringLiteral("NULL")); // a unix socket
    QCOMPARE(QString::fromUtf8(PQhost(conn.get())), m_server.socketDir());
}

void TestPgTestServer::execReportsErrors()
{
    QString error;
    QVERIFY(!m_server.exec(QStringLiteral("SELECT * FROM no_such_table"), &error));
    QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));
    QVERIFY(!m_server.exec(QStringLiteral("SELECT 1"), &error, QStringLiteral("no_such_db")));
    QVERIFY2(error.contains(QLatin1String("no_such_db")), qPrintable(error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("CREATE DATABASE alice_db failed")));
    QVERIFY(m_server.createDatabase(QStringLiteral("alice_db")).isEmpty()); // exists already
}

void TestPgTestServer::restartKeepsDataAndPort()
{
    QString error;
    QVERIFY2(m_server.exec(QStringLiteral("CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)"), &error),
             qPrintable(error));
    const int port = m_server.port();
    const Conn before = connectTo(m_server.url(PgTestServer::superuser(), m_server.superuserPassword()));
    QVERIFY2(queryWorks(before.get()), qPrintable(errorOf(before.get())));

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    qInfo("restarted in %lld ms", timer.elapsed());
    QCOMPARE(m_server.port(), port);
    QVERIFY(m_server.isRunning());

    // The session from before the restart is gone; a new one sees the data.
    QVERIFY(!queryWorks(before.get()));
    QCOMPARE(PQstatus(before.get()), CONNECTION_BAD);
    const Conn after = connectTo(m_server.url(PgTestServer::superuser(), m_server.superuserPassword()));
    QVERIFY2(PQstatus(after.get()) == CONNECTION_OK, qPrintable(errorOf(after.get())));
    QCOMPARE(value(after.get(), "SELECT x FROM kept"), QStringLiteral("42"));
    // libpq's PQreset() reconnects the broken one, as a client's reconnect logic would.
    PQreset(before.get());
    QVERIFY2(queryWorks(before.get()), qPrintable(errorOf(before.get())));
}

void TestPgTestServer::terminateConnectionsBreaksOpenSessions()
{
    QString error;
    const QString db = m_server.createDatabase({}, &error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    const Conn tcp = connectTo(m_server.url(QStringLiteral("alice"), QStringLiteral("alice s3cret:@/"), true, db));
    const Conn socket = connectTo(m_server.url(QStringLiteral("alice"), {}, false, db));
    const Conn elsewhere = connectTo(m_server.url(QStringLiteral("alice"), {}, false, QStringLiteral("alice_db")));
    for (PGconn *conn : {tcp.get(), socket.get(), elsewhere.get()})
        QVERIFY2(queryWorks(conn), qPrintable(errorOf(conn)));

    QVERIFY2(m_server.terminateConnections(db, &error), qPrintable(error));

    for (PGconn *conn : {tcp.get(), socket.get()}) {
        QVERIFY(!queryWorks(conn));
        QCOMPARE(PQstatus(conn), CONNECTION_BAD);
        QVERIFY2(errorOf(conn).contains(QLatin1String("terminating connection due to administrator command"))
                     || errorOf(conn).contains(QLatin1String("server closed the connection")),
                 qPrintable(errorOf(conn)));
    }
    QVERIFY2(queryWorks(elsewhere.get()), qPrintable(errorOf(elsewhere.get()))); // other databases untouched
    const Conn again = connectTo(m_server.url(QStringLiteral("alice"), {}, false, db));
    QVERIFY2(queryWorks(again.get()), qPrintable(errorOf(again.get())));
    QVERIFY2(m_server.terminateConnections(QStringLiteral("no_sessions_here"), &error), qPrintable(error));
}

void TestPgTestServer::twoServersSideBySide()
{
    QString dir;
    int port = 0;
    {
        PgTestServer other;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(other.start(&error), qPrintable(error));
        qInfo("second server ready in %lld ms", timer.elapsed());
        QVERIFY(other.port() != m_server.port());
        QVERIFY(other.socketDir() != m_server.socketDir());
        QVERIFY(other.superuserPassword() != m_server.superuserPassword());
        const Conn conn = connectTo(other.url(PgTestServer::superuser(), other.superuserPassword()));
        QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, qPrintable(errorOf(conn.get())));
        QCOMPARE(value(conn.get(), "SELECT count(*) FROM pg_roles WHERE rolname = 'alice'"), QStringLiteral("0"));
        dir = other.socketDir();
        port = other.port();
    } // an open connection does not hold up the destructor
    QVERIFY(!QFileInfo::exists(dir));
    const QByteArray ping = "host=127.0.0.1 port=" + QByteArray::number(port) + " connect_timeout=2";
    QCOMPARE(PQping(ping.constData()), PQPING_NO_RESPONSE);
}

void TestPgTestServer::stopFreesThePort()
{
    QString error;
    QVERIFY2(m_server.exec(QStringLiteral("CREATE TABLE survives_stop AS SELECT 7 AS x"), &error), qPrintable(error));
    const int port = m_server.port();
    const Conn open = connectTo(m_server.url(PgTestServer::superuser(), {}, false));
    QVERIFY(queryWorks(open.get()));

    QElapsedTimer timer;
    timer.start();
    m_server.stop(); // fast shutdown: the open session does not hold it up
    qInfo("stopped in %lld ms", timer.elapsed());
    QVERIFY(!m_server.isRunning());
    QVERIFY(!queryWorks(open.get()));
    const QByteArray ping = "host=127.0.0.1 port=" + QByteArray::number(port) + " connect_timeout=2";
    QCOMPARE(PQping(ping.constData()), PQPING_NO_RESPONSE);
    QVERIFY(!QFileInfo::exists(m_server.socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(port)));
    {
        QTcpServer listener;
        QVERIFY2(listener.listen(QHostAddress::LocalHost, quint16(port)), qPrintable(listener.errorString()));
        // While someone else has the port, the cluster cannot come back on it, and says why.
        QVERIFY(!m_server.start(&error));
        QVERIFY2(error.contains(QLatin1String("Address already in use")), qPrintable(error));
        QVERIFY(!m_server.isRunning());
    }

    // Once it is free again, start() brings the same cluster back on the same port.
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QCOMPARE(m_server.port(), port);
    const Conn conn = connectTo(m_server.url(PgTestServer::superuser(), m_server.superuserPassword()));
    QCOMPARE(value(conn.get(), "SELECT x FROM survives_stop"), QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(TestPgTestServer)
#include "tst_pgtestserver.moc"
