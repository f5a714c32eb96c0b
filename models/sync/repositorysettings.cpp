#include "repositorysettings.h"

#include "cache/cachefile.h"
#include "connectorfactory.h"
#include "credentials/credentialstore.h"
#include "http/httpoptions.h"
#include "repositoryprofiles.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace proofdesk::sync {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::sync::RepositorySettings", "proofdesk::sync", text);
}

const QStringList kFormKeys{QStringLiteral("user"),       QStringLiteral("pin"),  QStringLiteral("mapping"),
                            QStringLiteral("profile"),    QStringLiteral("type"), QStringLiteral("template_type"),
                            QStringLiteral("block_type"), QStringLiteral("scope")};

std::optional<QString> optionalSetting(const QJsonObject &settings, const QString &key)
{
    const QJsonValue v = settings.value(key);
    return v.isUndefined() ? std::nullopt : std::optional<QString>(v.toString());
}

// The data folder of a cache connection: its secrets are keyed by it.
QString dataDirOf(const cache::Database &db) { return QFileInfo(db.path()).absolutePath(); }

} // namespace

QJsonValue typedSettingValue(const QString &text)
{
    bool isNumber = false;
    const double n = text.toDouble(&isNumber);
    if (isNumber)
        return n;
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    return text;
}

std::optional<QJsonObject> parseKeyValues(const QString &text, bool typed, QString *error)
{
    QJsonObject out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = tr("Line %1 is not key=value: \"%2\"").arg(i + 1).arg(line);
            return std::nullopt;
        }
        const QString value = line.mid(eq + 1).trimmed();
        out.insert(line.left(eq).trimmed(), typed ? typedSettingValue(value) : QJsonValue(value));
    }
    return out;
}

QString keyValueText(const QJsonObject &object)
{
    QStringList lines;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isBool()     ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                             : v.isDouble() ? QString::number(v.toDouble())
                                            : v.toString();
        lines << it.key() + QLatin1Char('=') + text;
    }
    return lines.join(QLatin1Char('\n'));
}

RepositoryDraft draftOf(const cache::RepositoryInfo &repository)
{
    RepositoryDraft d;
    d.name = repository.name;
    d.kind = repository.kind;
    d.url = repository.url;
    d.user = repository.settings.value(QStringLiteral("user")).toString();
    d.pin = repository.settings.value(QStringLiteral("pin")).toString();
    d.profile = repository.settings.value(QStringLiteral("profile")).toString();
    d.type = repository.settings.value(QStringLiteral("type")).toString();
    d.templateType = optionalSetting(repository.settings, QStringLiteral("template_type"));
    d.blockType = optionalSetting(repository.settings, QStringLiteral("block_type"));
    d.mapping = keyValueText(repository.settings.value(QStringLiteral("mapping")).toObject());
    d.scope = repository.settings.value(QStringLiteral("scope")).toString();
    QJsonObject extra = repository.settings;
    for (const QString &key : kFormKeys)
        extra.remove(key);
    d.extra = keyValueText(extra);
    return d;
}

// A secret written into an address (user:password@, ?password=, ?token=, ?session=,
// #access_token=, …) would be stored in the settings and printed by `repo list`: refused, naming
// where it was; secrets go to the keychain or an owner-only password file.
namespace {

QString secretInAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    if (!url.password().isEmpty())
        return QStringLiteral("a password after the user name");
    static const QStringList secretNames = {
        QStringLiteral("password"), QStringLiteral("passwd"),    QStringLiteral("pwd"),
        QStringLiteral("pass"),     QStringLiteral("token"),     QStringLiteral("access_token"),
        QStringLiteral("api_key"),  QStringLiteral("apikey"),    QStringLiteral("key"),
        QStringLiteral("secret"),   QStringLiteral("session"),   QStringLiteral("sessionid"),
        QStringLiteral("sig"),      QStringLiteral("signature"), QStringLiteral("ticket"),
        QStringLiteral("auth")};
    for (const auto &item : QUrlQuery(url).queryItems()) {
        if (secretNames.contains(item.first.toLower()))
            return QStringLiteral("\"%1=\" in its query").arg(item.first);
    }
    // An OAuth redirect carries its token in the fragment (#access_token=…): stored the same.
    for (const auto &item : QUrlQuery(url.fragment()).queryItems()) {
        if (secretNames.contains(item.first.toLower()))
            return QStringLiteral("\"%1=\" in its fragment").arg(item.first);
    }
    return {};
}

} // namespace

QString secretProblem(const QString &url, const QJsonObject &settings)
{
    if (const QString secret = secretInAddress(url); !secret.isEmpty())
        return tr("The address carries a secret (%1); a repository's address is stored and shown, so it must not. "
                  "Give the address without it, the login with --user USER and the password on standard input "
                  "with --password-stdin (kept in the OS keychain) or in an owner-only file with --password-file FILE.")
            .arg(secret);
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (const QString secret = secretInAddress(it.value().toString()); !secret.isEmpty())
            return tr("The setting %1 carries a secret (%2); settings are stored and shown, so it must not. Give "
                      "the password with --password-stdin or --password-file FILE.")
                .arg(it.key(), secret);
    }
    return {};
}

std::optional<QJsonObject> settingsOf(const RepositoryDraft &draft, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (draft.name.trimmed().isEmpty())
        return fail(tr("Give the repository a name."));
    if (!connectorKinds().contains(draft.kind))
        return fail(tr("Choose the kind of repository."));
    if (draft.url.trimmed().isEmpty())
        return fail(draft.kind == QLatin1String("drop") ? tr("Choose the drop folder.")
                                                        : tr("Enter the repository's address."));
    QString lineError;
    auto settings = parseKeyValues(draft.extra, true, &lineError);
    if (!settings)
        return fail(tr("Other settings: %1").arg(lineError));
    if (const QString secret = secretProblem(draft.url, *settings); !secret.isEmpty())
        return fail(secret);
    const auto mapping = parseKeyValues(draft.mapping, false, &lineError);
    if (!mapping)
        return fail(tr("Mapping: %1").arg(lineError));
    for (const QString &key : kFormKeys)
        settings->remove(key);
    if (!mapping->isEmpty())
        settings->insert(QStringLiteral("mapping"), *mapping);
    if (!draft.profile.trimmed().isEmpty())
        settings->insert(QStringLiteral("profile"), draft.profile.trimmed());
    if (!draft.type.trimmed().isEmpty())
        settings->insert(QStringLiteral("type"), draft.type.trimmed());
    if (draft.templateType)
        settings->insert(QStringLiteral("template_type"), draft.templateType->trimmed());
    if (draft.blockType)
        settings->insert(QStringLiteral("block_type"), draft.blockType->trimmed());
    if (!draft.scope.trimmed().isEmpty())
        settings->insert(QStringLiteral("scope"), draft.scope.trimmed());
    const QStringList problems = settingsProblems(draft.kind, *settings);
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    if (!draft.user.trimmed().isEmpty())
        settings->insert(QStringLiteral("user"), draft.user.trimmed());
    if (!draft.pin.trimmed().isEmpty()) {
        const QByteArray pin = HttpOptions::normalizePin(draft.pin.trimmed());
        if (pin.isEmpty())
            return fail(tr("The certificate fingerprint must be a SHA-256: 64 hex digits (colons allowed)."));
        settings->insert(QStringLiteral("pin"), QString::fromLatin1(pin));
    }
    return settings;
}

QList<RepositoryStatus> listRepositories(const QString &databasePath)
{
    cache::Database reader = cache::CacheFile::openReader(databasePath);
    cache::RepositoryStore store(reader);
    QList<RepositoryStatus> out;
    for (const auto &info : store.list())
        out << RepositoryStatus{info, store.communicationCount(info.id)};
    return out;
}

SaveOutcome saveRepository(const QString &databasePath, const RepositoryDraft &draft, std::optional<qint64> editId,
                           bool useKeychain)
{
    try {
        cache::Database writer = cache::CacheFile::openWriter(databasePath);
        return saveRepository(writer, draft, editId, useKeychain);
    } catch (const std::exception &e) {
        SaveOutcome outcome;
        outcome.error = QString::fromUtf8(e.what());
        return outcome;
    }
}

SaveOutcome saveRepository(cache::Database &writer, const RepositoryDraft &draft, std::optional<qint64> editId,
                           bool useKeychain)
{
    SaveOutcome outcome;
    const auto settings = settingsOf(draft, &outcome.error);
    if (!settings)
        return outcome;
    QString url = draft.url.trimmed();
    if (draft.kind == QLatin1String("drop"))
        url = QDir::cleanPath(QFileInfo(url).absoluteFilePath());
    try {
        cache::RepositoryStore store(writer);
        const QString name = draft.name.trimmed();
        if (editId) {
            if (!store.update(*editId, url, *settings)) {
                outcome.error = tr("The repository no longer exists.");
                return outcome;
            }
            outcome.repository = store.findById(*editId);
        } else {
            if (store.find(name)) {
                outcome.error = tr("A repository named \"%1\" exists already: choose another name.").arg(name);
                return outcome;
            }
            outcome.repository = store.add(name, draft.kind, url, *settings);
        }
    } catch (const std::exception &e) {
        outcome.error = QString::fromUtf8(e.what());
        return outcome;
    }
    if (!draft.password.isEmpty()) {
        const auto where = CredentialStore(useKeychain)
                               .inFolder(dataDirOf(writer))
                               .write(outcome.repository->name, draft.user.trimmed(), draft.password);
        outcome.sessionOnly = where == CredentialStore::Backend::SessionMemory;
    }
    return outcome;
}

std::optional<cache::RepositoryInfo> removeRepository(cache::Database &writer, const QString &name, bool useKeychain)
{
    cache::RepositoryStore store(writer);
    const auto repo = store.find(name);
    if (!repo || !store.remove(name))
        return std::nullopt;
    CredentialStore(useKeychain)
        .inFolder(dataDirOf(writer))
        .remove(name, repo->settings.value(QStringLiteral("user")).toString());
    return repo;
}

} // namespace proofdesk::sync
