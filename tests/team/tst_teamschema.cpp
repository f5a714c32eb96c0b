// Issue #42 item 7: models/team/teamschema.sql is the team database as its migrations leave it,
// for a person to read; the migrations (teamschema_v*.sql) stay the deltas that shipped. A fresh
// database is made from them with `team init`'s code on a throwaway server, its schema dumped
// (pg_dump) and compared with the file. `cmake --build build --target team_schema` writes the
// file anew from such a database (CONTRIBUTING.md "Adding a team function").
#include "pgtestserver.h"
#include "team/pgconnection.h"
#include "team/teamschema.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTest>

using namespace proofdesk;

namespace {

// The database is named "team", so the team's roles read as pd_team_agent, … (a real team's
// are pd_<its database>_<role>); the login that runs `team init` owns what it makes.
const QString kDatabase = QStringLiteral("team");
const QString kSteward = QStringLiteral("steward");

const char kHeader[] = R"(-- The Proofdesk team database as its migrations leave it (teamschema_v1.sql onwards), for
-- reading. Generated: never edit it, and never run it (a team is made and brought up to date by
-- `proofdesk-cli team init`, one migration after another). Made by the login "steward" in a fresh
-- database named "team", so a team's roles read pd_team_agent, pd_team_compliance and so on: a
-- real team's are pd_<its database>_<role>, and everything is owned by the login that ran
-- `team init`. After a change to the migrations: cmake --build build --target team_schema
-- (tst_teamschema checks that a fresh database equals this file).
)";

// The roles of the cluster that migrations make or give (roles are not in a database's dump).
const char kRolesQuery[] = R"SQL(
SELECT line FROM (
    SELECT 1 AS part, format('CREATE ROLE %I %s;', r.rolname, CASE WHEN r.rolcanlogin THEN 'LOGIN' ELSE 'NOLOGIN' END)
           AS line
    FROM proofdesk.team_roles t JOIN pg_roles r ON r.rolname = t.rolname
    UNION ALL
    SELECT 2, format('GRANT %I TO %I;', g.rolname, m.rolname)
    FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
    WHERE g.rolname IN (SELECT rolname FROM proofdesk.team_roles) OR m.rolname = 'steward'
) lines ORDER BY part, line
)SQL";

// The tables whose rows are part of the schema: the team's roles, the actions a desk may record
// (and refuse) and the trail's head before the first entry.
const QStringList kSchemaRows = {QStringLiteral("proofdesk.team_roles"), QStringLiteral("proofdesk.recordable_actions"),
                                 QStringLiteral("proofdesk.refusable_actions"), QStringLiteral("proofdesk.audit_head")};

// pg_dump's lines that say where and when it ran, or that make the database itself (the team's
// steward does that, not a migration).
bool isNoise(const QString &line)
{
    static const QRegularExpression noise(
        QStringLiteral("^(SET |SELECT pg_catalog\\.set_config|-- Dumped (from|by) |-- PostgreSQL database dump"
                       "|\\\\connect |\\\\(un)?restrict |CREATE DATABASE )"));
    return noise.match(line).hasMatch();
}

// A title pg_dump gave a statement that isNoise() took away: "--", "-- Name: …", "--".
bool isEmptyTitle(const QStringList &lines, qsizetype i)
{
    qsizetype next = i + 3;
    while (next < lines.size() && lines.at(next).trimmed().isEmpty())
        ++next;
    return lines.at(i) == QLatin1String("--") && lines.value(i + 1).startsWith(QLatin1String("-- Name: "))
           && lines.value(i + 2) == QLatin1String("--") && lines.value(next) == QLatin1String("--");
}

// A table's rows sorted: their order on disk is no part of the schema.
void sortRows(QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        qsizetype end = i;
        while (end < lines.size() && lines.at(end).startsWith(QLatin1String("INSERT INTO ")))
            ++end;
        std::sort(lines.begin() + i, lines.begin() + end);
        i = end;
    }
}

// pg_dump's output without the noise, nor the owner in its titles (always the login that ran
// `team init`), with one blank line between statements and each table's rows sorted.
QStringList readable(const QStringList &dump)
{
    static const QRegularExpression owner(QStringLiteral("; Owner: .*$"));
    QStringList kept;
    for (QString line : dump) {
        if (!isNoise(line))
            kept << line.remove(owner);
    }
    QStringList out;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (isEmptyTitle(kept, i)) {
            i += 2;
            continue;
        }
        const QString &line = kept.at(i);
        if (line.trimmed().isEmpty() && (out.isEmpty() || out.last().isEmpty()))
            continue;
        if (line == QLatin1String("--") && !kept.value(i - 1).startsWith(QLatin1String("-- "))
            && !kept.value(i + 1).startsWith(QLatin1String("-- ")))
            continue; // what framed a title of the noise's
        out << line;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    sortRows(out);
    return out;
}

} // namespace

class TestTeamSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshDatabaseEqualsTheReadableSchema();
    void aDatabaseThatIsNotUtf8IsRefused();

private:
    QString pgDump(const QStringList &arguments);
    QStringList roles();
    QString freshSchema();

    test::PgTestServer m_server;
};

void TestTeamSchema::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(kSteward), &error), qPrintable(error));
    QVERIFY2(m_server.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(kDatabase, kSteward), &error),
             qPrintable(error));
    team::PgConnection steward(m_server.url(kSteward, {}, false, kDatabase));
    QCOMPARE(team::TeamSchema::init(steward), team::TeamSchema::latestVersion());
}

// Issue #65 item 4: on SQL_ASCII, fold('ÉPARGNE') is 'Épargne' and a hold does not cover its
// letters. Neither team init nor any later connection goes on with such a database.
void TestTeamSchema::aDatabaseThatIsNotUtf8IsRefused()
{
    QString error;
    QVERIFY2(m_server.exec(QStringLiteral("CREATE DATABASE ascii OWNER %1 ENCODING 'SQL_ASCII' LC_COLLATE 'C' "
                                          "LC_CTYPE 'C' TEMPLATE template0")
                               .arg(kSteward),
                           &error),
             qPrintable(error));
    try {
        team::PgConnection steward(m_server.url(kSteward, {}, false, QStringLiteral("ascii")));
        team::TeamSchema::init(steward);
        QFAIL("a SQL_ASCII database was taken");
    } catch (const team::TeamError &e) {
        QCOMPARE(e.kind(), team::TeamError::Kind::Invalid);
        QVERIFY2(e.message().contains(QLatin1String("ascii is encoded SQL_ASCII, not UTF8"))
                     && e.message().contains(QLatin1String("createdb --encoding=UTF8")),
                 qPrintable(e.message()));
    }
    QVERIFY2(
        m_server.exec(QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = "
                                     "'proofdesk') THEN RAISE EXCEPTION 'team init made its schema'; END IF; END $$"),
                      &error, QStringLiteral("ascii")),
        qPrintable(error));
}

QString TestTeamSchema::pgDump(const QStringList &arguments)
{
    QProcess dump;
    dump.start(m_server.binDir() + QLatin1String("/pg_dump"),
               QStringList{QStringLiteral("--dbname"),
                           m_server.url(test::PgTestServer::superuser(), m_server.superuserPassword(), true, kDatabase)}
                   + arguments);
    if (!dump.waitForFinished(60000) || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        qWarning("pg_dump %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), dump.readAllStandardError().data());
        return {};
    }
    return QString::fromUtf8(dump.readAllStandardOutput());
}

QStringList TestTeamSchema::roles()
{
    team::PgConnection superuser(m_server.url(test::PgTestServer::superuser(), {}, false, kDatabase));
    const team::PgResult lines = superuser.exec(QString::fromLatin1(kRolesQuery));
    QStringList out{QStringLiteral("--"), QStringLiteral("-- The team's roles, on the cluster"), QStringLiteral("--"),
                    QString()};
    for (int row = 0; row < lines.rows(); ++row)
        out << lines.text(row, 0);
    return out;
}

// The file as a fresh database has it: its roles, its schema and the rows that are schema.
QString TestTeamSchema::freshSchema()
{
    const QString schema =
        pgDump({QStringLiteral("--schema-only"), QStringLiteral("--no-owner"), QStringLiteral("--create")});
    QStringList rowsOptions{QStringLiteral("--data-only"), QStringLiteral("--column-inserts")};
    for (const QString &table : kSchemaRows)
        rowsOptions << QStringLiteral("--table") << table;
    const QString rows = pgDump(rowsOptions);
    if (schema.isEmpty() || rows.isEmpty())
        return {};
    const QStringList lines =
        roles() + QStringList{QString()} + schema.split(QLatin1Char('\n')) + rows.split(QLatin1Char('\n'));
    return QString::fromUtf8(kHeader) + readable(lines).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TestTeamSchema::freshDatabaseEqualsTheReadableSchema()
{
    const QString fresh = freshSchema();
    QVERIFY(!fresh.isEmpty());
    const QString path = QString::fromLatin1(PROOFDESK_TEAM_SCHEMA);
    if (qEnvironmentVariableIsSet("PROOFDESK_WRITE_TEAM_SCHEMA")) {
        QSaveFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly) && out.write(fresh.toUtf8()) >= 0 && out.commit(),
                 qPrintable(out.errorString()));
        qInfo("wrote %s", qPrintable(path));
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QLatin1String(": ") + file.errorString()));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList actual = fresh.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i) {
        if (expected.value(i) != actual.value(i))
            QFAIL(
                qPrintable(QStringLiteral("%1 differs from a fresh database at line %2:\n  file:  %3\n  fresh: %4\n"
                                          "After a change to the migrations: cmake --build build --target team_schema")
                               .arg(path)
                               .arg(i + 1)
                               .arg(expected.value(i).left(200), actual.value(i).left(200))));
    }
}

QTEST_GUILESS_MAIN(TestTeamSchema)
#include "tst_teamschema.moc"
