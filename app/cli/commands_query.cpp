// search, show and stats: the commands that only read the cache.
#include "cache/documentlimit.h"
#include "cache/rebuiltcache.h"
#include "cache/recordreader.h"
#include "cachereads.h"
#include "clicontext.h"
#include "commands.h"
#include "records/tombstones.h"
#include "search/searchengine.h"
#include "searchoutput.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::cli {

namespace {

bool readCount(CliContext &ctx, const char *option, int fallback, int *out)
{
    const QString name = QLatin1String(option);
    if (!ctx.isSet(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = ctx.value(name).toInt(&ok);
    return ok && *out >= 0;
}

} // namespace

SearchArguments readSearchArguments(CliContext &ctx)
{
    SearchArguments a;
    if (ctx.args().isEmpty())
        a.refused =
            ctx.usageError(QStringLiteral("search needs a query, e.g. proofdesk-cli search 'garcia type:statement'."));
    else if (!readCount(ctx, "limit", 100, &a.limit) || !readCount(ctx, "offset", 0, &a.offset))
        a.refused = ctx.usageError(QStringLiteral("--limit and --offset take whole numbers of 0 or more."));
    a.query = ctx.args().join(QLatin1Char(' '));
    return a;
}

int queryRefused(CliContext &ctx, const QString &query, const search::QueryError &e)
{
    using Kind = search::QueryError::Kind;
    if (e.kind == Kind::TooSlow) {
        ctx.message(QStringLiteral("The search was stopped: %1").arg(e.message));
        return BadUsage;
    }
    // A query too large is not shown whole (it may be 100 KB): the part around where it is.
    const qsizetype from = qMax<qsizetype>(0, e.position - 60);
    const QString shown = query.mid(from, 120);
    ctx.message(QStringLiteral("%1 at character %2: %3\n  %4\n  %5^")
                    .arg(e.kind == Kind::TooLarge ? QStringLiteral("The query is too large to search")
                                                  : QStringLiteral("The query is not valid"))
                    .arg(e.position + 1)
                    .arg(e.message, shown, QString(e.position - from, QLatin1Char(' '))));
    return BadUsage;
}

QJsonObject hitJson(const search::SearchHit &h)
{
    return QJsonObject{{QStringLiteral("id"), h.id},
                       {QStringLiteral("issued_at"), formatUtc(h.issuedAt)},
                       {QStringLiteral("type"), h.type},
                       {QStringLiteral("channel"), h.channel},
                       {QStringLiteral("customer_id"), h.customerId},
                       {QStringLiteral("recipient"), h.recipientName},
                       {QStringLiteral("status"), h.status},
                       {QStringLiteral("fixity"), h.fixity}};
}

void tellDamagedStoredRows(CliContext &ctx, const QString &found)
{
    if (found.isEmpty())
        return;
    ctx.message(QStringLiteral("The counts the cache keeps to answer faster were found altered (%1). This answer was "
                               "counted without them and is exact; they were removed, and the next sync builds them "
                               "again.")
                    .arg(found));
}

bool tellRebuiltCache(CliContext &ctx, const cache::Database &reader)
{
    const auto unfilled = cache::RebuiltCache::unfilled(reader);
    if (!unfilled)
        return false;
    const QStringList &names = unfilled->repositories;
    const QString next =
        names.isEmpty()
            ? QStringLiteral(
                "No repository was carried into it: add them again with `proofdesk-cli repo add`, then run "
                "`proofdesk-cli sync`.")
            : QStringLiteral("%1 not been synced into it since: run `proofdesk-cli sync` to fill it again.")
                  .arg(names.size() == 1
                           ? QStringLiteral("The repository \"%1\" has").arg(names.first())
                           : QStringLiteral("The repositories \"%1\" have").arg(names.join(QStringLiteral("\", \""))));
    ctx.message(
        QStringLiteral("The cache of %1 was started again on %2 because the one before it was damaged (kept as %3), "
                       "and holds %4 communications. %5 Until then, what is read here is only what it holds.")
            .arg(ctx.dataPath(), formatUtc(unfilled->rebuiltAt), unfilled->movedAsidePath)
            .arg(unfilled->communications)
            .arg(next));
    return true;
}

int runSearch(CliContext &ctx)
{
    const SearchArguments a = readSearchArguments(ctx);
    if (a.refused >= 0)
        return a.refused;
    const QString &query = a.query;
    cache::Database &reader = ctx.reads().reader();
    search::SearchEngine engine(reader);
    engine.setTimeLimit(search::SearchEngine::kTimeLimitMs);
    const search::SearchResult result = engine.run(query, a.limit, a.offset);
    if (result.error)
        return queryRefused(ctx, query, *result.error);
    tellDamagedStoredRows(ctx, result.damagedStoredRows);
    // An answer from a cache that was started again is not the archive's: said, and exit 1.
    const int done = tellRebuiltCache(ctx, reader) ? FoundProblems : Done;
    // The role table and the audit trail (records): every search is recorded.
    if (const int refused = ctx.reads().recordRead(
            true, QString(), QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("total"), result.total}}))
        return refused;
    if (ctx.json()) {
        QJsonArray hits;
        for (const auto &h : result.hits)
            hits.append(hitJson(h));
        ctx.printJson(QJsonObject{{QStringLiteral("total"), result.total}, {QStringLiteral("results"), hits}});
        return done;
    }
    for (const auto &h : result.hits)
        ctx.printText(QStringLiteral("%1  %2  %3  %4  %5  %6")
                          .arg(formatUtc(h.issuedAt), h.id, h.type, h.channel, h.customerId, h.recipientName));
    ctx.printText(QStringLiteral("%1 of %2 communications").arg(result.hits.size()).arg(result.total));
    return done;
}

int runShow(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usageError(QStringLiteral("show takes one argument: a communication id."));
    cache::Database &reader = ctx.reads().reader();
    tellRebuiltCache(ctx, reader);
    const auto record = cache::RecordReader(reader).communication(ctx.args().first());
    if (!record) {
        if (const auto t = records::findTombstone(reader, ctx.args().first())) {
            ctx.message(
                QStringLiteral("%1 was disposed of on %2 by %3, under retention class %4 (batch %5%6).")
                    .arg(t->communicationId, formatUtc(t->disposedAt), t->approvedBy, t->retentionClass, t->batchId,
                         t->certificatePath.isEmpty() ? QString()
                                                      : QStringLiteral(", certificate %1").arg(t->certificatePath)));
            return FoundProblems;
        }
        ctx.message(QStringLiteral("No communication with id \"%1\" in the cache. Search for it with "
                                   "proofdesk-cli search, or sync first.")
                        .arg(ctx.args().first()));
        return FoundProblems;
    }
    if (const int refused = ctx.reads().recordRead(false, record->value(QStringLiteral("id")).toString(), {}))
        return refused; // every view of a document is recorded (records)
    if (ctx.json()) {
        ctx.printJson(*record);
        return Done;
    }
    // Before the fields: the repository no longer has it (a hold keeps it here).
    const QString deletedAt = record->value(QStringLiteral("repository_deleted_at")).toString();
    if (!deletedAt.isEmpty())
        ctx.printText(QStringLiteral("%1: deleted in the repository %2 on %3; kept in the cache, marked deleted, "
                                     "while under legal hold")
                          .arg(QStringLiteral("state"), -18)
                          .arg(record->value(QStringLiteral("repo")).toString(), deletedAt));
    for (auto it = record->begin(); it != record->end(); ++it) {
        const QJsonValue v = it.value();
        if (it.key() == QLatin1String("text") || v.isBool() || v.isNull())
            continue; // the flags and empty times say nothing the lines above do not
        QString text = v.isString()   ? v.toString()
                       : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                      : QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray())
                                                                                    : QJsonDocument(v.toObject()))
                                                              .toJson(QJsonDocument::Compact));
        ctx.printText(QStringLiteral("%1: %2").arg(it.key(), -18).arg(text));
    }
    return Done;
}

int runStats(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usageError(QStringLiteral("stats takes no arguments."));
    cache::Database &reader = ctx.reads().reader();
    tellRebuiltCache(ctx, reader);
    QJsonObject stats = cache::RecordReader(reader).stats();
    // The content store (DESIGN.md "The cache"): its limit, what it holds now. Documents read
    // in place from a drop on local storage are not in it.
    const cache::DocumentUsage documents = cache::DocumentUsage::read(reader, ctx.dataPath());
    stats.insert(QStringLiteral("documents"), QJsonObject{{QStringLiteral("limit"), documents.limit.bytes},
                                                          {QStringLiteral("limit_default"), documents.limit.isDefault},
                                                          {QStringLiteral("bytes"), documents.bytes},
                                                          {QStringLiteral("objects"), documents.objects}});
    if (ctx.json()) {
        ctx.printJson(stats);
        return Done;
    }
    for (auto it = stats.begin(); it != stats.end(); ++it)
        ctx.printText(QStringLiteral("%1 %2")
                          .arg(it.key() + QLatin1Char(':'), -22)
                          .arg(it.value().isObject() ? QString::fromUtf8(
                                   QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
                                                     : QString::number(it.value().toInteger())));
    return Done;
}

} // namespace proofdesk::cli
