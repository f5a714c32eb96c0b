// matter: a compliance officer's question, its searches, review, holds and productions
// (spec/cli.md "Matters and productions"). The rules are in models/records (MatterRecords);
// these functions parse, call and print.
#include "clicontext.h"
#include "commands.h"
#include "holdoutput.h"
#include "records/matterhold.h"
#include "records/recordsstore.h"
#include "recordsaction.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

using records::Action;
using records::MatterRecords;

namespace {

QString option(const CliContext &ctx, const char *name) { return ctx.value(QLatin1String(name)).trimmed(); }

// Reading a matter and tagging its letters are open to compliance, records and an agent added
// to it: without --as, the first of those the person has (an agent sees only some matters).
int withMatters(CliContext &ctx, records::Action action, const std::function<int(MatterRecords &)> &body)
{
    datafolder::DataFolder &folder = ctx.dataFolder();
    services::ActionRunner runner(folder.databasePath(), folder.path());
    std::optional<records::Role> role = requestedRole(ctx);
    const QList<records::Role> known = runner.knownRoles(records::Identity::fromOperatingSystem());
    for (const records::Role r : {records::Role::Compliance, records::Role::Records, records::Role::Agent}) {
        if (!role && known.contains(r) && records::AccessPolicy::permits(r, action))
            role = r;
    }
    return withActionAs(ctx, runner, role, action,
                        [&](services::ActionContext &a) { return body(a.records.matters()); });
}

int matterOpen(CliContext &ctx)
{
    return withRecords(ctx, Action::ManageMatter, &records::RecordsStore::matters, [&](MatterRecords &m) {
        ctx.printJson(
            m.openMatter(option(ctx, "title"), option(ctx, "reason"), ctx.values(QStringLiteral("tag"))).toJson());
        return int(Done);
    });
}

int matterAddSearch(CliContext &ctx, const QStringList &args)
{
    if (args.size() < 2)
        return ctx.usageError(QStringLiteral("matter add-search takes a matter and a query, e.g. "
                                             "matter add-search MAT-1 'type:fee_notice issued:2025-07..2025-09'."));
    const QString query = args.mid(1).join(QLatin1Char(' '));
    return withRecords(ctx, Action::ManageMatter, &records::RecordsStore::matters, [&](MatterRecords &m) {
        const records::AddedSearch added = m.addSearch(args.first(), query);
        ctx.printJson(QJsonObject{{QStringLiteral("matter"), added.matter},
                                  {QStringLiteral("search"), added.search.seq},
                                  {QStringLiteral("query"), added.search.query},
                                  {QStringLiteral("total"), added.search.total},
                                  {QStringLiteral("added"), added.search.added},
                                  {QStringLiteral("ids_sha256"), added.search.idsSha256}});
        return int(Done);
    });
}

int matterRead(CliContext &ctx, const QString &sub, const QStringList &args)
{
    if (sub != QLatin1String("list") && args.size() != 1 && sub != QLatin1String("news"))
        return ctx.usageError(QStringLiteral("matter %1 takes one matter id.").arg(sub));
    return withMatters(ctx, Action::ReviewMatter, [&](MatterRecords &m) {
        QJsonArray out;
        if (sub == QLatin1String("list")) {
            for (const records::MatterInfo &matter : m.list())
                out.append(matter.toJson());
        } else if (sub == QLatin1String("news")) {
            for (const records::MatterNews &n : m.news(args.value(0)))
                out.append(n.toJson());
        } else if (sub == QLatin1String("show")) {
            ctx.printJson(m.show(args.first())->toJson());
            return int(Done);
        } else {
            records::ReviewFilter filter;
            filter.tag = option(ctx, "tag");
            filter.reviewer = option(ctx, "reviewer");
            filter.unreviewedOnly = ctx.isSet(QStringLiteral("unreviewed"));
            for (const records::ReviewItem &item : m.review(args.first(), filter))
                out.append(item.toJson());
            ctx.printJson(QJsonObject{{QStringLiteral("matter"), args.first()}, {QStringLiteral("items"), out}});
            return int(Done);
        }
        ctx.printJson(out);
        return int(Done);
    });
}

int matterTag(CliContext &ctx, const QStringList &args)
{
    if (args.size() < 2)
        return ctx.usageError(
            QStringLiteral("matter tag takes a matter, a letter of its review set and its tags, e.g. "
                           "matter tag MAT-1 EXS-2025-07-000123 relevant --note 'fee stated twice'."));
    const std::optional<QString> note =
        ctx.isSet(QStringLiteral("note")) ? std::optional<QString>(ctx.value(QStringLiteral("note"))) : std::nullopt;
    return withMatters(ctx, Action::ReviewMatter, [&](MatterRecords &m) {
        ctx.printJson(m.tag(args.at(0), args.at(1), args.mid(2), note).toJson());
        return int(Done);
    });
}

int matterChange(CliContext &ctx, const QString &sub, const QStringList &args)
{
    const bool watch = sub == QLatin1String("watch") || sub == QLatin1String("unwatch");
    if (args.size() != (watch || sub == QLatin1String("add-member") ? 2 : 1))
        return ctx.usageError(QStringLiteral("matter %1 takes %2.")
                                  .arg(sub, watch ? QStringLiteral("a matter and the number of one of its searches")
                                            : sub == QLatin1String("add-member") ? QStringLiteral("a matter and a user")
                                                                                 : QStringLiteral("one matter id")));
    return withRecords(ctx, Action::ManageMatter, &records::RecordsStore::matters, [&](MatterRecords &m) {
        if (watch) {
            bool ok = false;
            const int search = args.at(1).toInt(&ok);
            if (!ok)
                return ctx.usageError(QStringLiteral("\"%1\" is not a search's number (1, 2, …).").arg(args.at(1)));
            ctx.printJson(m.setWatch(args.at(0), search, sub == QLatin1String("watch")).toJson());
        } else if (sub == QLatin1String("add-member")) {
            m.addMember(args.at(0), args.at(1), option(ctx, "reason"));
            ctx.printJson(m.show(args.at(0))->toJson());
        } else {
            ctx.printJson(m.closeMatter(args.at(0), option(ctx, "reason")).toJson());
        }
        return int(Done);
    });
}

int matterHold(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.usageError(QStringLiteral("matter hold takes one matter id, --name and --reason."));
    records::HoldInfo hold;
    return withAction(
        ctx, Action::ApplyHold,
        [&](services::ActionContext &a) {
            hold = records::placeMatterHold(a.records.matters(), a.records.holds(), args.first(), option(ctx, "name"),
                                            option(ctx, "reason"));
            return int(Done);
        },
        [&](services::ActionContext &a) {
            const records::HoldInfo sent = a.records.holds().findHold(hold.id).value_or(hold);
            ctx.printJson(QJsonObject{{QStringLiteral("hold"), holdJson(sent)}, {QStringLiteral("items"), sent.items}});
            return int(Done);
        });
}

} // namespace

void addMatterOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("title"), QStringLiteral("matter open: what the matter is called."), QStringLiteral("T")},
        {QStringLiteral("tag"),
         QStringLiteral("matter open: a review tag (repeatable; default relevant, not relevant, escalate). "
                        "matter produce / review: only the letters tagged so."),
         QStringLiteral("TAG")},
        {QStringLiteral("note"), QStringLiteral("matter tag: a note on the letter."), QStringLiteral("TEXT")},
        {QStringLiteral("reviewer"), QStringLiteral("matter review: only the letters this person reviewed."),
         QStringLiteral("USER")},
        {QStringLiteral("unreviewed"), QStringLiteral("matter review: only the letters nobody reviewed yet.")},
        {QStringLiteral("prefix"), QStringLiteral("matter produce: what begins each production number."),
         QStringLiteral("P")},
    });
}

int runMatter(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("open"))
        return matterOpen(ctx);
    if (sub == QLatin1String("add-search"))
        return matterAddSearch(ctx, args);
    if (sub == QLatin1String("list") || sub == QLatin1String("show") || sub == QLatin1String("review")
        || sub == QLatin1String("news"))
        return matterRead(ctx, sub, args);
    if (sub == QLatin1String("tag"))
        return matterTag(ctx, args);
    if (sub == QLatin1String("close") || sub == QLatin1String("watch") || sub == QLatin1String("unwatch")
        || sub == QLatin1String("add-member"))
        return matterChange(ctx, sub, args);
    if (sub == QLatin1String("hold"))
        return matterHold(ctx, args);
    if (sub == QLatin1String("produce"))
        return runMatterProduce(ctx, args);
    return ctx.usageError(QStringLiteral(
        "matter takes open, list, show, add-search, tag, review, hold, watch, unwatch, news, add-member, produce or "
        "close, e.g. matter open --title T --reason R."));
}

} // namespace proofdesk::cli
