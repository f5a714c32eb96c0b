#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::team {

// Which team database a data folder's records live in (`team connect`): kept in the data
// folder as team.json, without any password. The password comes from the keychain (stored
// at connect), or from libpq's own sources (PGPASSWORD, PGPASSFILE, ~/.pgpass), or the
// server needs none (peer or certificate authentication).
struct TeamConfig
{
    QString url;  // libpq URI without a password
    QString user; // the login, as the server authenticated it at connect
    // After `team disconnect`: the folder keeps its copy of the team's holds and requests,
    // read-only (changing them here would fork the team's records); `team connect` again to act.
    bool disconnected = false;
    // The login's roles when the server last answered: what an action made offline is checked
    // against here (the server checks it again when the action arrives).
    QStringList roles;
    // `--password-file F` at connect: read again at every connection (a headless machine with
    // no keychain, a secret mounted by the service manager), never copied.
    QString passwordFile;
    // `team connect --insecure`: the person chose a connection that does not verify the
    // server's certificate (sslmode weaker than verify-full, in the URL or PGSSLMODE). Without
    // it such a connection is refused (PgConnection::Verification).
    bool insecure = false;

    // nullopt when the folder is not connected; throws std::runtime_error on a damaged file.
    static std::optional<TeamConfig> load(const QString &dataDir);
    // Written whole or not at all; throws std::runtime_error.
    void save(const QString &dataDir) const;

    // The URL with any password taken out (returned in *password), for storing; any form, any
    // number of hosts (ConnInfo).
    static QString withoutPassword(const QString &url, QString *password = nullptr);
    // The URL with `user` as its login (replacing one it names).
    static QString withUser(const QString &url, const QString &user);
    // The URL with the team's CA certificate: sslrootcert=FILE and sslmode=verify-full (the
    // server's certificate must be signed by it and name the host connected to).
    static QString withCertificateAuthority(const QString &url, const QString &caFile);
    // The keychain entry's name for this database.
    QString credentialName() const;
    // How a connection to the team will be protected, as the URL (or PGSSLMODE) says before any
    // connection (PgConnection::protectionOf): in words for the person, and whether the server's
    // certificate will be verified.
    QString protectionSummary() const;
    bool protectionVerified() const;
    // The password for this login: the password file's first line, else the keychain's, else
    // empty (libpq's own sources apply). Throws TeamError when the password file cannot be read.
    QString storedPassword() const;
};

} // namespace proofdesk::team
