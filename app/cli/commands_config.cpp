// config get KEY / config set KEY VALUE: the settings of the data folder (spec/cli.md). The
// one setting so far is documents.limit, the size the content store may grow to.
#include "clicontext.h"
#include "commands.h"
#include "recordsexit.h"
#include "services/documentsettings.h"
#include "util/bytesize.h"

#include <QJsonObject>

namespace proofdesk::cli {

namespace {

const QString kDocumentsLimit = QLatin1String(cache::DocumentLimit::kKey);

int unknownKey(const CliContext &ctx, const QString &key)
{
    return ctx.usageError(QStringLiteral("There is no setting \"%1\". Settings: %2, repo.NAME.scope (a repository's "
                                         "sync scope).")
                              .arg(key, kDocumentsLimit));
}

void printLimit(const CliContext &ctx, const cache::DocumentLimit &limit)
{
    const QString value = util::formatByteSize(limit.bytes);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("key"), kDocumentsLimit},
                                  {QStringLiteral("value"), value},
                                  {QStringLiteral("bytes"), limit.bytes},
                                  {QStringLiteral("default"), limit.isDefault}});
        return;
    }
    ctx.printText(QStringLiteral("%1 %2 (%3 bytes%4)")
                      .arg(kDocumentsLimit, value)
                      .arg(limit.bytes)
                      .arg(limit.isDefault ? QStringLiteral(", the default: 10 % of the data folder's disk, "
                                                            "between 1 GB and 20 GB")
                                           : QString()));
}

services::DocumentSettings settingsOf(CliContext &ctx)
{
    datafolder::DataFolder &folder = ctx.dataFolder();
    return services::DocumentSettings(folder.databasePath(), folder.path());
}

int setLimit(CliContext &ctx, const QString &text)
{
    const auto bytes = util::parseByteSize(text);
    if (!bytes)
        return ctx.usageError(QStringLiteral("\"%1\" is not a size for %2: give a number of bytes or a number with a "
                                             "unit, e.g. 20GB, 500MB or 1.5GiB.")
                                  .arg(text, kDocumentsLimit));
    try {
        const records::Identity me = records::Identity::fromOperatingSystem();
        printLimit(ctx, settingsOf(ctx).setLimit(services::Actor{me, requestedRole(ctx)}, *bytes));
    } catch (const records::RecordsError &e) {
        return recordsErrorExit(ctx, e);
    }
    ctx.message(QStringLiteral("The content store is brought within the new limit after the next import, sync or "
                               "fetch; `proofdesk-cli config free-space` does it now."));
    return Done;
}

int freeSpace(CliContext &ctx)
{
    const cache::DocumentCache::Eviction e = settingsOf(ctx).freeSpaceNow();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("evicted_objects"), e.objects},
                                  {QStringLiteral("evicted_bytes"), e.bytes},
                                  {QStringLiteral("bytes"), e.bytesAfter},
                                  {QStringLiteral("limit"), e.limit},
                                  {QStringLiteral("kept_over_limit"), e.keptOverLimit}});
    } else {
        ctx.printText(
            QStringLiteral("%1 document(s) evicted (%2); the store holds %3 of %4.")
                .arg(e.objects)
                .arg(util::formatByteSize(e.bytes), util::formatByteSize(e.bytesAfter), util::formatByteSize(e.limit)));
    }
    if (e.keptOverLimit)
        ctx.message(QStringLiteral("The store stays over its limit: what is left belongs to communications under hold "
                                   "or to evidence packages being built, and is never evicted."));
    return Done;
}

} // namespace

int runConfig(CliContext &ctx)
{
    const QStringList &a = ctx.args();
    const QString verb = a.value(0);
    if (a.size() >= 2 && scopeKeyRepository(a.at(1))) {
        if (verb == QLatin1String("get") && a.size() == 2)
            return runConfigScope(ctx, a.at(1), std::nullopt);
        if (verb == QLatin1String("set") && a.size() == 3)
            return runConfigScope(ctx, a.at(1), a.at(2));
    }
    if (verb == QLatin1String("get") && a.size() == 2) {
        if (a.at(1) != kDocumentsLimit)
            return unknownKey(ctx, a.at(1));
        printLimit(ctx, settingsOf(ctx).usage().limit);
        return Done;
    }
    if (verb == QLatin1String("set") && a.size() == 3) {
        if (a.at(1) != kDocumentsLimit)
            return unknownKey(ctx, a.at(1));
        return setLimit(ctx, a.at(2));
    }
    if (verb == QLatin1String("free-space") && a.size() == 1)
        return freeSpace(ctx);
    return ctx.usageError(QStringLiteral("config takes: get KEY, set KEY VALUE (e.g. config set documents.limit 20GB) "
                                         "or free-space."));
}

} // namespace proofdesk::cli
