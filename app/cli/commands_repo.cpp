// repo add / list / remove (spec/cli.md): repositories and their settings. A password goes
// to the OS keychain (or, where none runs, this process's memory, and the user is told);
// it is never printed, never written to the cache or the settings.
#include "clicontext.h"
#include "commands.h"
#include "sync/connectorfactory.h"
#include "sync/credentials/credentialstore.h"
#include "sync/http/httpoptions.h"
#include "records/recordserror.h"
#include "recordsaction.h"
#include "services/repositoryadmin.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

namespace proofdesk::cli {

namespace {

// "--set page_size=200": numbers and true/false keep their JSON type.
QJsonValue settingValue(const QString &text)
{
    bool isNumber = false;
    const double n = text.toDouble(&isNumber);
    if (isNumber)
        return n;
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    return text;
}

QString statusOf(const cache::RepositoryInfo &r)
{
    if (r.offlineSince)
        return QStringLiteral("offline");
    return r.lastSync ? QStringLiteral("ok") : QStringLiteral("never synced");
}

int addRepo(CliContext &ctx, const QString &name)
{
    const QString kind = ctx.value(QStringLiteral("kind"));
    QString url = ctx.value(QStringLiteral("url"));
    if (!sync::connectorKinds().contains(kind))
        return ctx.usageError(QStringLiteral("repo add needs --kind, one of: %1.").arg(sync::connectorKinds().join(QStringLiteral(", "))));
    if (url.isEmpty())
        return ctx.usageError(QStringLiteral("repo add needs --url: the repository's address (a folder for drops)."));
    if (kind == QLatin1String("drop"))
        url = QFileInfo(url).absoluteFilePath();
    else if (!QUrl(url).password().isEmpty())
        // The URL is stored in the cache and printed by `repo list`: a password in it would be
        // kept in plain text. Refused before anything is stored.
        return ctx.usageError(QStringLiteral("The URL carries a password; a repository's address is stored and shown, so "
                                             "it must not. Give the URL without it, the login with --user USER and the "
                                             "password on standard input with --password-stdin (kept in the OS keychain)."));
    QJsonObject settings;
    for (const QString &pair : ctx.values(QStringLiteral("set"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usageError(QStringLiteral("--set takes KEY=VALUE, not \"%1\".").arg(pair));
        settings.insert(pair.left(eq), settingValue(pair.mid(eq + 1)));
    }
    if (ctx.isSet(QStringLiteral("user")))
        settings.insert(QStringLiteral("user"), ctx.value(QStringLiteral("user")));
    if (ctx.isSet(QStringLiteral("pin"))) {
        const QByteArray pin = sync::HttpOptions::normalizePin(ctx.value(QStringLiteral("pin")));
        if (pin.isEmpty())
            return ctx.usageError(QStringLiteral("--pin takes the certificate's SHA-256 fingerprint: 64 hex digits (colons allowed)."));
        settings.insert(QStringLiteral("pin"), QString::fromLatin1(pin));
    }
    // An admin's action, audited; the first repository of an unclaimed data folder claims it.
    cache::DataFolder &folder = ctx.dataFolder();
    services::RepositoryAdmin admin(folder.databasePath(), folder.path(),
                                    services::Actor{records::Identity::fromOperatingSystem(), requestedRole(ctx)});
    cache::RepositoryInfo repo;
    try {
        repo = admin.add(name, kind, url, settings);
    } catch (const records::RecordsError &e) {
        if (e.kind() == records::RecordsError::Kind::Refused)
            return refusedExit(ctx, e);
        ctx.message(e.message());
        return Unusable;
    }
    QJsonObject out = repo.toJson();
    out.insert(QStringLiteral("secret"), QStringLiteral("none"));
    if (ctx.isSet(QStringLiteral("password-stdin"))) {
        const auto where = sync::CredentialStore().write(name, settings.value(QStringLiteral("user")).toString(), ctx.password().value_or(QString()));
        const bool keychain = where == sync::CredentialStore::Backend::Keychain;
        out.insert(QStringLiteral("secret"), keychain ? QStringLiteral("keychain") : QStringLiteral("session"));
        if (!keychain)
            ctx.message(QStringLiteral("No keychain is available (%1): the password is kept in memory for this "
                                       "session only and is not saved anywhere.")
                            .arg(sync::CredentialStore::keychainProblem()));
    }
    if (ctx.json())
        ctx.printJson(out);
    ctx.printText(QStringLiteral("Added %1 repository \"%2\" at %3.").arg(kind, name, out.value(QStringLiteral("url")).toString()));
    return Done;
}

} // namespace

int runRepo(CliContext &ctx)
{
    const QString sub = ctx.args().value(0);
    if (sub == QLatin1String("add") && ctx.args().size() == 2)
        return addRepo(ctx, ctx.args().at(1));
    if (sub == QLatin1String("list") && ctx.args().size() == 1) {
        cache::Database reader = cache::CacheFile::openReader(ctx.dataFolder().databasePath());
        QJsonArray out;
        for (const auto &r : cache::RepositoryStore(reader).list()) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("status"), statusOf(r));
            out.append(o);
            // The URL as toJson() shows it: without user information, in case an older
            // version stored a password in it.
            ctx.printText(QStringLiteral("%1\t%2\t%3\t%4%5").arg(r.name, r.kind, o.value(QStringLiteral("url")).toString(), statusOf(r),
                                                                r.lastError.isEmpty() ? QString() : QStringLiteral("\t") + r.lastError));
        }
        if (ctx.json())
            ctx.printJson(out);
        return Done;
    }
    if (sub == QLatin1String("remove") && ctx.args().size() == 2) {
        cache::DataFolder &folder = ctx.dataFolder();
        services::RepositoryAdmin admin(folder.databasePath(), folder.path(),
                                        services::Actor{records::Identity::fromOperatingSystem(), requestedRole(ctx)});
        std::optional<cache::RepositoryInfo> repo;
        try {
            repo = admin.remove(ctx.args().at(1));
        } catch (const records::RecordsError &e) {
            if (e.kind() == records::RecordsError::Kind::Refused)
                return refusedExit(ctx, e);
            ctx.message(QStringLiteral("No repository named \"%1\". `proofdesk-cli repo list` shows them.").arg(ctx.args().at(1)));
            return Unusable;
        }
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("removed"), repo->name}});
        ctx.printText(QStringLiteral("Removed repository \"%1\" and everything cached from it.").arg(repo->name));
        return Done;
    }
    return ctx.usageError(QStringLiteral("repo takes: add NAME --kind KIND --url URL [--user U] [--password-stdin] "
                                         "[--pin SHA256] [--set KEY=VALUE]…, list, or remove NAME."));
}

} // namespace proofdesk::cli
