#include "pgtestcertificates.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <unistd.h>

namespace proofdesk::test {

namespace {

bool openssl(const QStringList &arguments, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed (Debian package openssl; .ci/install-deps installs it): %2 %3")
                         .arg(arguments.join(QLatin1Char(' ')), p.errorString(), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool selfSignedCa(const QString &dir, const QString &name, QString *error)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-nodes"),
                    QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-keyout"),
                    QDir(dir).filePath(name + QLatin1String(".key")), QStringLiteral("-out"),
                    QDir(dir).filePath(name + QLatin1String(".crt")), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Proofdesk test ") + name},
                   error);
}

} // namespace

bool PgTestCertificates::make(const QString &dir, const QStringList &names, uid_t owner, gid_t group, QString *error)
{
    const QDir d(dir);
    caFile = d.filePath(QStringLiteral("ca.crt"));
    otherCaFile = d.filePath(QStringLiteral("other-ca.crt"));
    certFile = d.filePath(QStringLiteral("server.crt"));
    keyFile = d.filePath(QStringLiteral("server.key"));
    if (!selfSignedCa(dir, QStringLiteral("ca"), error) || !selfSignedCa(dir, QStringLiteral("other-ca"), error))
        return false;
    QStringList sans = {QStringLiteral("DNS:localhost")};
    for (const QString &n : names)
        sans << (QHostAddress(n).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + n;
    const QString ext = d.filePath(QStringLiteral("server.ext"));
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly)
        || extFile.write("subjectAltName=" + sans.join(QLatin1Char(',')).toLatin1() + "\n") < 0) {
        *error = QStringLiteral("Cannot write %1").arg(ext);
        return false;
    }
    extFile.close();
    const QString csr = d.filePath(QStringLiteral("server.csr"));
    if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"), QStringLiteral("-newkey"),
                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                  QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                  QStringLiteral("/CN=localhost")},
                 error)
        || !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                     caFile, QStringLiteral("-CAkey"), d.filePath(QStringLiteral("ca.key")),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), certFile, QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), ext},
                    error))
        return false;
    const QByteArray key = QFile::encodeName(keyFile);
    if (::chown(key.constData(), owner, group) != 0
        || !QFile::setPermissions(keyFile, QFile::ReadOwner | QFile::WriteOwner)) {
        *error = QStringLiteral("Cannot give %1 to the server's user alone").arg(keyFile);
        return false;
    }
    return true;
}

} // namespace proofdesk::test
