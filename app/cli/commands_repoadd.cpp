// repo add (spec/cli.md): a repository from the command line. Its profile, type and mapping
// are validated before anything is stored, and a CMIS repository that answers is asked
// whether its type has every mapped property, so that a typo is named now, not found as
// empty fields after a sync. A password goes to the keychain, or stays in the owner-only
// file named by --password-file (its path, never the secret, goes to the settings).
#include "clicontext.h"
#include "commands_repo.h"
#include "records/recordserror.h"
#include "recordsaction.h"
#include "services/repositoryadmin.h"
#include "sync/connectiontest.h"
#include "sync/connectorfactory.h"
#include "sync/credentials/credentialstore.h"
#include "sync/credentials/passwordfile.h"
#include "sync/http/httpoptions.h"
#include "sync/repositoryprofiles.h"
#include "sync/repositorysettings.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace proofdesk::cli {

namespace {

// --set, --map, --profile, --type, --template-type, --block-type, --user, --scope and --pin as the repository's
// settings; a sentence for the person in *error when one is malformed.
std::optional<QJsonObject> settingsFromOptions(const CliContext &ctx, QString *error)
{
    QJsonObject settings;
    for (const QString &pair : ctx.values(QStringLiteral("set"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("--set takes KEY=VALUE, not \"%1\".").arg(pair);
            return std::nullopt;
        }
        const QString key = pair.left(eq);
        if (key == QLatin1String("password") || key == QLatin1String("password_file")) {
            *error = QStringLiteral("A password is never a setting: give it with --password-stdin (the keychain) or "
                                    "--password-file FILE (an owner-only file).");
            return std::nullopt;
        }
        if (key == QLatin1String("mapping")) { // a JSON object, checked below like --map
            QJsonParseError parse{};
            const QJsonDocument doc = QJsonDocument::fromJson(pair.mid(eq + 1).toUtf8(), &parse);
            if (!doc.isObject()) {
                *error =
                    QStringLiteral("--set mapping= takes a JSON object of field: property, e.g. "
                                   "mapping='{\"customer_id\":\"acme:customerNo\"}'; or use --map FIELD=PROPERTY.");
                return std::nullopt;
            }
            settings.insert(key, doc.object());
            continue;
        }
        settings.insert(key, sync::typedSettingValue(pair.mid(eq + 1))); // page_size=200 stays a number
    }
    QJsonObject mapping = settings.value(QStringLiteral("mapping")).toObject();
    for (const QString &pair : ctx.values(QStringLiteral("map"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error =
                QStringLiteral("--map takes FIELD=PROPERTY (FIELD= leaves the field unread), not \"%1\".").arg(pair);
            return std::nullopt;
        }
        mapping.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    if (!mapping.isEmpty())
        settings.insert(QStringLiteral("mapping"), mapping);
    for (const char *option : {"profile", "type", "user", "template-type", "block-type"})
        if (ctx.isSet(QLatin1String(option)))
            settings.insert(QString::fromLatin1(option).replace(QLatin1Char('-'), QLatin1Char('_')),
                            ctx.value(QLatin1String(option)));
    if (ctx.isSet(QStringLiteral("scope"))) // checked with the rest (sync::settingsProblems)
        settings.insert(QStringLiteral("scope"), ctx.value(QStringLiteral("scope")).trimmed());
    if (ctx.isSet(QStringLiteral("pin"))) {
        const QByteArray pin = sync::HttpOptions::normalizePin(ctx.value(QStringLiteral("pin")));
        if (pin.isEmpty()) {
            *error =
                QStringLiteral("--pin takes the certificate's SHA-256 fingerprint: 64 hex digits (colons allowed).");
            return std::nullopt;
        }
        settings.insert(QStringLiteral("pin"), QString::fromLatin1(pin));
    }
    return settings;
}

// Asks a CMIS repository whether its type has every mapped property, and a workflow engine
// whether the process definitions it is to start are deployed, with the password given now.
// True when it may be added (fitting, or not reachable now: said, and `repo test` checks
// later); false after printing the problems.
bool typeFits(CliContext &ctx, const cache::RepositoryInfo &repository, const std::optional<QString> &secret,
              QJsonObject *out)
{
    const bool workflow = repository.kind == QLatin1String("workflow");
    if (repository.kind != QLatin1String("cmis") && !workflow)
        return true;
    sync::HttpOptions patience; // a quick look, not a sync's patience
    patience.maxAttempts = 1;
    patience.timeoutMs = 15000;
    try {
        QStringList unread; // fields of the profile the type does not carry: said, not refused
        const QStringList problems =
            sync::checkConfiguration(repository, ctx.dataFolder().path(), secret, patience, &unread);
        out->insert(QStringLiteral("checked"), true);
        for (const QString &w : std::as_const(unread))
            ctx.message(w);
        if (!unread.isEmpty())
            out->insert(QStringLiteral("warnings"), QJsonArray::fromStringList(unread));
        if (problems.isEmpty())
            return true;
        for (const QString &p : problems)
            ctx.message(p);
        ctx.message(
            workflow ? QStringLiteral("Nothing was added. `proofdesk-cli repo add` again with the process "
                                      "definition keys corrected (--set reissue_process=KEY, "
                                      "--set exception_process=KEY).")
                     : QStringLiteral("Nothing was added. `proofdesk-cli repo add` again with the mapping corrected."));
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
        return false;
    } catch (const sync::ConnectorError &e) {
        out->insert(QStringLiteral("checked"), false);
        ctx.message(QStringLiteral("The %1 was not checked against the repository, which could not be asked now: %2\n"
                                   "`proofdesk-cli repo test %3` checks it once it answers.")
                        .arg(workflow ? QStringLiteral("process definitions") : QStringLiteral("mapping"), e.message(),
                             repository.name));
        return true;
    }
}

// Where the password goes, once the repository is stored; the answer's "secret".
QString storeSecret(CliContext &ctx, const QString &name, const QJsonObject &settings,
                    const std::optional<QString> &secret)
{
    if (settings.contains(QStringLiteral("password_file")))
        return QStringLiteral("file");
    if (!secret)
        return QStringLiteral("none");
    const auto where = sync::CredentialStore()
                           .inFolder(ctx.dataFolder().path())
                           .write(name, settings.value(QStringLiteral("user")).toString(), *secret);
    if (where == sync::CredentialStore::Backend::Keychain)
        return QStringLiteral("keychain");
    ctx.message(
        QStringLiteral("No keychain is available (%1): the password is kept in memory for this session only and "
                       "is not saved anywhere. For scheduled syncs, `proofdesk-cli repo password %2 --password-file "
                       "FILE` names an owner-only file instead.")
            .arg(sync::CredentialStore::keychainProblem(), name));
    return QStringLiteral("session");
}

} // namespace

std::optional<QString> repoSecretFromOptions(CliContext &ctx, QString *passwordFile, int *exitCode)
{
    if (ctx.isSet(QStringLiteral("password-stdin")) && ctx.isSet(QStringLiteral("password-file"))) {
        *exitCode =
            ctx.usageError(QStringLiteral("Give the password one way: --password-stdin or --password-file FILE."));
        return std::nullopt;
    }
    if (!ctx.isSet(QStringLiteral("password-file")))
        return ctx.password(); // stdin, or none
    *passwordFile = QFileInfo(ctx.value(QStringLiteral("password-file"))).absoluteFilePath();
    const QString problem = sync::PasswordFile::ownerOnlyProblem(*passwordFile);
    if (!problem.isEmpty()) {
        *exitCode = ctx.usageError(problem);
        return std::nullopt;
    }
    return sync::PasswordFile::readFirstLine(*passwordFile);
}

// The repository the options describe, checked before anything is stored, and its secret;
// none after a usage error has been told (its exit code in `exitCode`).
std::optional<cache::RepositoryInfo> draftFromOptions(CliContext &ctx, const QString &name,
                                                      std::optional<QString> *secret, int *exitCode)
{
    const QString kind = ctx.value(QStringLiteral("kind"));
    QString url = ctx.value(QStringLiteral("url"));
    const auto refuse = [&](const QString &problem) {
        *exitCode = ctx.usageError(problem);
        return std::nullopt;
    };
    if (!sync::connectorKinds().contains(kind))
        return refuse(QStringLiteral("repo add needs --kind, one of: %1.")
                          .arg(sync::connectorKinds().join(QStringLiteral(", "))));
    if (url.isEmpty())
        return refuse(QStringLiteral("repo add needs --url: the repository's address (a folder for drops)."));
    if (kind == QLatin1String("drop"))
        url = QFileInfo(url).absoluteFilePath();
    QString error;
    auto settings = settingsFromOptions(ctx, &error);
    if (!settings)
        return refuse(error);
    // The URL and settings are stored in the cache and printed by `repo list`: a secret in them
    // would be kept in plain text. Refused before anything is stored.
    if (const QString problem = sync::secretProblem(kind == QLatin1String("drop") ? QString() : url, *settings);
        !problem.isEmpty())
        return refuse(problem);
    const QStringList problems = sync::settingsProblems(kind, *settings);
    if (!problems.isEmpty())
        return refuse(problems.join(QLatin1Char('\n')));
    QString passwordFile;
    *secret = repoSecretFromOptions(ctx, &passwordFile, exitCode);
    if (*exitCode != Done)
        return std::nullopt;
    if (!passwordFile.isEmpty())
        settings->insert(QStringLiteral("password_file"), passwordFile);
    cache::RepositoryInfo draft; // not stored yet: checked first
    draft.name = name;
    draft.kind = kind;
    draft.url = url;
    draft.settings = *settings;
    return draft;
}

int addRepo(CliContext &ctx, const QString &name)
{
    int exitCode = Done;
    std::optional<QString> secret;
    const std::optional<cache::RepositoryInfo> draft = draftFromOptions(ctx, name, &secret, &exitCode);
    if (!draft)
        return exitCode;
    QJsonObject out;
    if (!typeFits(ctx, *draft, secret, &out))
        return FoundProblems;
    // An admin's action, audited; the first repository of an unclaimed data folder claims it.
    datafolder::DataFolder &folder = ctx.dataFolder();
    services::RepositoryAdmin admin(folder.databasePath(), folder.path(),
                                    services::Actor{records::Identity::fromOperatingSystem(), requestedRole(ctx)});
    cache::RepositoryInfo repo;
    try {
        repo = admin.add(name, draft->kind, draft->url, draft->settings);
    } catch (const records::RecordsError &e) {
        if (e.kind() == records::RecordsError::Kind::Refused)
            return refusedExit(ctx, e);
        ctx.message(e.message());
        return Unusable;
    }
    const QJsonObject stored = repo.toJson();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        out.insert(it.key(), it.value());
    out.insert(QStringLiteral("secret"), storeSecret(ctx, name, draft->settings, secret));
    if (ctx.json())
        ctx.printJson(out);
    ctx.printText(QStringLiteral("Added %1 repository \"%2\" at %3.")
                      .arg(draft->kind, name, out.value(QStringLiteral("url")).toString()));
    return Done;
}

} // namespace proofdesk::cli
