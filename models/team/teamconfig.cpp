#include "teamconfig.h"

#include "conninfo.h"
#include "pgconnection.h"
#include "sync/credentials/credentialstore.h"
#include "sync/credentials/passwordfile.h"
#include "util/outputfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <stdexcept>

namespace proofdesk::team {

namespace {

QString configPath(const QString &dataDir) { return QDir(dataDir).filePath(QStringLiteral("team.json")); }

} // namespace

std::optional<TeamConfig> TeamConfig::load(const QString &dataDir)
{
    QFile file(configPath(dataDir));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString()).toStdString());
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QStringLiteral("url")).toString().isEmpty())
        throw std::runtime_error(QStringLiteral("%1 is damaged (%2): `proofdesk-cli team connect URL` writes it again.")
                                     .arg(file.fileName(), error.error != QJsonParseError::NoError
                                                               ? error.errorString()
                                                               : QStringLiteral("no url"))
                                     .toStdString());
    QStringList roles;
    for (const QJsonValue &r : o.value(QStringLiteral("roles")).toArray())
        roles << r.toString();
    return TeamConfig{
        o.value(QStringLiteral("url")).toString(),           o.value(QStringLiteral("user")).toString(),
        o.value(QStringLiteral("disconnected")).toBool(),    roles,
        o.value(QStringLiteral("password_file")).toString(), o.value(QStringLiteral("insecure")).toBool()};
}

void TeamConfig::save(const QString &dataDir) const
{
    QSaveFile file(configPath(dataDir));
    QJsonObject o{{QStringLiteral("url"), withoutPassword(url)}, {QStringLiteral("user"), user}};
    if (disconnected)
        o.insert(QStringLiteral("disconnected"), true);
    if (!roles.isEmpty())
        o.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    if (!passwordFile.isEmpty())
        o.insert(QStringLiteral("password_file"), passwordFile);
    if (insecure)
        o.insert(QStringLiteral("insecure"), true);
    const QByteArray text = QJsonDocument(o).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !util::commitWhole(file))
        throw std::runtime_error(
            QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()).toStdString());
}

QString TeamConfig::withoutPassword(const QString &url, QString *password)
{
    ConnInfo info(url);
    const QString given = info.value(QStringLiteral("password"));
    if (password)
        *password = given;
    if (given.isNull())
        return url; // as written
    info.remove(QStringLiteral("password"));
    return info.toString();
}

QString TeamConfig::withUser(const QString &url, const QString &user)
{
    if (user.isEmpty())
        return url;
    ConnInfo info(url);
    info.set(QStringLiteral("user"), user);
    return info.toString();
}

QString TeamConfig::withCertificateAuthority(const QString &url, const QString &caFile)
{
    ConnInfo info(url);
    info.set(QStringLiteral("sslrootcert"), caFile);
    info.set(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    return info.toString();
}

QString TeamConfig::credentialName() const { return QStringLiteral("team:") + withoutPassword(url); }

QString TeamConfig::storedPassword() const
{
    if (!passwordFile.isEmpty()) {
        try {
            return sync::PasswordFile::readFirstLine(passwordFile);
        } catch (const std::runtime_error &e) {
            throw TeamError(TeamError::Kind::Refused,
                            QStringLiteral("Team database: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    return sync::CredentialStore().read(credentialName(), user).value_or(QString());
}

QString TeamConfig::protectionSummary() const { return PgConnection::protectionOf(url).summary(); }

bool TeamConfig::protectionVerified() const { return PgConnection::protectionOf(url).verified(); }

} // namespace proofdesk::team
