#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What the tests' servers have in common (PgTestServer, AutoFailoverCluster): where Debian's
// PostgreSQL programs are, a free loopback port, and running a program as the server's user.
namespace proofdesk::test::serverprocess {

bool isExecutableFile(const QString &path);
// The newest /usr/lib/postgresql/VERSION/bin (Debian's layout), else initdb's folder in PATH.
QString findBinDir();
// Whether a user other than the owner can reach `dir` (o+x on it and every folder above).
bool reachableByOthers(const QString &dir);
// A port nobody listens on now on 127.0.0.1 (a server may still lose it to someone else).
int freeTcpPort();
QString lastLines(const QString &text, int lines);

// Runs `program` as the server's user: as root, through setpriv as the "postgres" user (which
// execs it: the process QProcess sees is the program itself, so signals reach it directly).
struct Command
{
    QString program;
    QStringList arguments;
};
Command asServerUser(bool asPostgresUser, const QString &program, const QStringList &arguments, bool parentDeathSignal);
// The environment without libpq's variables that would point a server or a tool elsewhere.
QProcessEnvironment serverEnvironment();

} // namespace proofdesk::test::serverprocess
