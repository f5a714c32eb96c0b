#pragma once

#include <QString>
#include <QStringList>
#include <sys/types.h>

namespace proofdesk::test {

// A test CA and a server certificate it signed, for a PgTestServer that speaks TLS (and a second
// CA that signed nothing, to stand for "a certificate from another CA": a man in the middle, or
// the wrong --ca). Made with the openssl command (Debian package openssl), EC P-256 keys: a few
// tens of milliseconds.
struct PgTestCertificates
{
    QString caFile;      // the CA that signed the server's certificate
    QString otherCaFile; // a CA that signed nothing here
    QString certFile;    // the server's certificate: CN=localhost, and every name in `names` as a SAN
    QString keyFile;     // its key, 0600, owned by `owner` (the server refuses a key others read)

    // Makes them in `dir`; `names` are host names or IP addresses (the SANs). False and *error
    // on failure.
    bool make(const QString &dir, const QStringList &names, uid_t owner, gid_t group, QString *error);
};

} // namespace proofdesk::test
