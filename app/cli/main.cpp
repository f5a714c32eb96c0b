// proofdesk-cli-full: the desktop client's library without a window (spec/cli.md). Every
// command runs here; proofdesk-cli (leanmain.cpp) runs search, show and stats itself when the
// data folder needs nothing done first, and hands everything else to this program.
#include "clicontext.h"
#include "commands.h"
#include "datafolder/datafolder.h"
#include "folderreads.h"
#include "queryarguments.h"
#include "util/steptimer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMap>
#include <functional>
#include <optional>
#include <unistd.h>

using namespace proofdesk;
using namespace proofdesk::cli;

namespace {

const QStringList kRoles = {QStringLiteral("agent"), QStringLiteral("compliance"), QStringLiteral("records"),
                            QStringLiteral("admin")};

// The commands, as --help lists them.
const char kDescription[] =
    "Proofdesk command-line client.\n\nCommands:\n"
    "  demo --out DIR [--count N] [--seed S]   write a demo drop\n"
    "  import DROP                             add a drop as a repository and sync it\n"
    "  repo add NAME --kind K --url U [--profile P] [--type T] [--template-type T] [--block-type T]\n"
    "           [--map FIELD=PROPERTY]... (FIELD also template.FIELD, block.FIELD)\n"
    "           [--user U] [--password-stdin|--password-file F] [--pin SHA256] [--scope QUERY] [--set K=V]...\n"
    "  repo list | test NAME | remove NAME     configured repositories (test: sign in, check the mapping)\n"
    "  repo password NAME --password-stdin|--password-file F   a new password, the cache kept\n"
    "  repo witness NAME|--due [--sample N]    read the repository whole: what changed or went without a record\n"
    "                                          goes to the audit trail (exit 1 when something did)\n"
    "  sync [REPO]                             sync one or all repositories\n"
    "  fetch ID                                a document from its repository, verified (exit 1 if not)\n"
    "  search QUERY [--limit N] [--offset N] [--remote]  the cache (search syntax); --remote: the repositories too\n"
    "                                          (-word is a word of the query; -- before a query of --words)\n"
    "  show ID                                 one communication, whole\n"
    "  stats                                   counts in the cache, and the content store's use\n"
    "  cache verify                            every letter's cached row against what Proofdesk wrote\n"
    "  config get|set KEY [VALUE] | free-space settings of the data folder (documents.limit 20GB);\n"
    "                                          free-space: the content store within its limit now\n"
    "  hold apply|release|add|remove|list|show legal holds (records role)\n"
    "  reissue request|approve|reject|cancel|list  reissues (approval by another compliance officer)\n"
    "  disposition review|approve ID…          retention and disposition (records role)\n"
    "  audit verify [--anchor FILE]|list       the hash-chained audit trail; --anchor also checks a kept head\n"
    "  audit anchor|export --out FILE          write the chain head (keep it elsewhere) / every entry\n"
    "  audit report --out FILE.pdf [--query Q] the audit report of a search or the whole cache (.csv: its table)\n"
    "  roles list|grant|revoke USER ROLE       role grants (admin)\n"
    "  records start-empty --reason R          a new, empty records.sqlite where it is lost for good\n"
    "  team init URL|connect URL [--user U] [--password-stdin|--password-file F]|disconnect|status\n"
    "  team user add LOGIN --role R...         the team database (PostgreSQL): shared records\n"
    "  findings [--query Q] [--reissue-days N] compliance findings (exit 1 when there are any)\n"
    "  exception open ID --finding KIND --reason R | list [ID]\n"
    "                                          exception cases from a finding, run in the workflow repository\n"
    "  evidence ID --out FILE.zip              the evidence package of a communication\n"
    "  matter open --title T --reason R [--tag TAG]... | list | show MATTER | close MATTER --reason R\n"
    "  matter add-search MATTER QUERY | watch|unwatch MATTER SEARCH | news [MATTER] | add-member MATTER USER\n"
    "  matter tag MATTER ID [TAG...] [--note TEXT] | review MATTER [--tag T] [--reviewer U] [--unreviewed]\n"
    "  matter hold MATTER --name N --reason R   a legal hold over the matter's review set (records role)\n"
    "  matter produce MATTER --out DIR [--tag T] [--prefix P]   a production: natives, text, load file, manifest\n"
    "  production verify DIR                   checks a production folder with nothing but the folder";

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("The data folder (cache, content store, settings)."),
         QStringLiteral("DIR")},
        {QStringLiteral("as"), QStringLiteral("The role to act in: agent, compliance, records or admin."),
         QStringLiteral("ROLE")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout and nothing else.")},
        {QStringLiteral("out"), QStringLiteral("Output folder or file."), QStringLiteral("PATH")},
        {QStringLiteral("count"), QStringLiteral("demo: number of communications (default 2000)."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("demo: random seed (same seed, same bytes)."), QStringLiteral("S")},
        {QStringLiteral("limit"), QStringLiteral("search: results to print (default 100)."), QStringLiteral("N")},
        {QStringLiteral("due"), QStringLiteral("repo witness: the most overdue repository's pass, if one is due.")},
        {QStringLiteral("sample"),
         QStringLiteral("repo witness: also ask the repository again for the bytes of N letters verified before."),
         QStringLiteral("N")},
        {QStringLiteral("offset"), QStringLiteral("search: results to skip."), QStringLiteral("N")},
        {QStringLiteral("remote"),
         QStringLiteral("search: also ask the repositories (results not cached are marked).")},
        {QStringLiteral("kind"), QStringLiteral("repo add: drop, cmis, archivesspace, workflow or delivery."),
         QStringLiteral("KIND")},
        {QStringLiteral("url"), QStringLiteral("repo add: the repository's address."), QStringLiteral("URL")},
        {QStringLiteral("user"), QStringLiteral("repo add: the user to sign in as."), QStringLiteral("U")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("repo add/password: read the password from stdin (to the keychain).")},
        {QStringLiteral("profile"),
         QStringLiteral(
             "repo add: start from a product's mapping: documentum, content-server, alfresco, nuxeo or archivesspace."),
         QStringLiteral("P")},
        {QStringLiteral("type"),
         QStringLiteral("repo add: the CMIS type of the communications (named in every query)."), QStringLiteral("T")},
        {QStringLiteral("template-type"), QStringLiteral("repo add: the CMIS type of template versions (empty: none)."),
         QStringLiteral("T")},
        {QStringLiteral("block-type"),
         QStringLiteral("repo add: the CMIS type of content-block versions (empty: none)."), QStringLiteral("T")},
        {QStringLiteral("map"),
         QStringLiteral("repo add: read FIELD from PROPERTY (repeatable; FIELD= leaves it unread)."),
         QStringLiteral("FIELD=PROPERTY")},
        {QStringLiteral("pin"), QStringLiteral("repo add: SHA-256 fingerprint of a self-signed certificate to trust."),
         QStringLiteral("SHA256")},
        {QStringLiteral("set"), QStringLiteral("repo add: a connector setting KEY=VALUE (repeatable)."),
         QStringLiteral("KEY=VALUE")},
    });
    addRecordsOptions(parser);
    addComplianceOptions(parser);
    addTeamOptions(parser);
    addMatterOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));
}

} // namespace

// QPdfWriter (demo renditions) needs a GUI application but no screen; headless sessions
// (cron, CI) have no runtime folder, and Qt would warn on stderr and use this one anyway.
static void prepareHeadlessEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = "/tmp/runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
}

// The commands of spec/cli.md and the function that runs each.
static const QMap<QString, std::function<int(CliContext &)>> &commands()
{
    static const QMap<QString, std::function<int(CliContext &)>> table = {
        {QStringLiteral("demo"), runDemo},           {QStringLiteral("import"), runImport},
        {QStringLiteral("sync"), runSync},           {QStringLiteral("search"), runSearchCommand},
        {QStringLiteral("fetch"), runFetch},         {QStringLiteral("repo"), runRepo},
        {QStringLiteral("show"), runShow},           {QStringLiteral("stats"), runStats},
        {QStringLiteral("cache"), runCache},         {QStringLiteral("hold"), runHold},
        {QStringLiteral("reissue"), runReissue},     {QStringLiteral("disposition"), runDisposition},
        {QStringLiteral("audit"), runAudit},         {QStringLiteral("roles"), runRoles},
        {QStringLiteral("team"), runTeam},           {QStringLiteral("records"), runRecordsFile},
        {QStringLiteral("findings"), runFindings},   {QStringLiteral("evidence"), runEvidence},
        {QStringLiteral("exception"), runException}, {QStringLiteral("config"), runConfig},
        {QStringLiteral("matter"), runMatter},       {QStringLiteral("production"), runProduction},
    };
    return table;
}

int main(int argc, char **argv)
{
    prepareHeadlessEnvironment();
    std::optional<util::StepTimer> startStep(std::in_place, "cli.application");
    QGuiApplication app(argc, argv);
    startStep.reset();
    // stderr is for messages a person acts on; diagnostics only when asked (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("proofdesk.*.debug=false\nproofdesk.*.info=false"));
    datafolder::DataFolder::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(PROOFDESK_VERSION));

    QCommandLineParser parser;
    addOptions(parser);
    const QStringList arguments = withQueryWordsAfterDashes(QCoreApplication::arguments(), addOptions);
    if (!parser.parse(arguments)) {
        // A query word that starts with "--" is taken for an option (queryarguments.h).
        const bool search = arguments.contains(QLatin1String("search"));
        fprintf(stderr, "%s\n%sRun `proofdesk-cli --help` for the commands and options.\n",
                qPrintable(parser.errorText()),
                search ? "To search for text that starts with '--', write -- before the query: "
                         "proofdesk-cli search -- '--word'.\n"
                       : "");
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Done);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        fprintf(stderr, "No command given.\n%s", qPrintable(parser.helpText()));
        return BadUsage;
    }
    const QString command = args.takeFirst();
    CliContext ctx(parser, args);
    FolderReads reads(ctx);
    ctx.setReads(&reads);
    if (parser.isSet(QStringLiteral("as")) && !kRoles.contains(parser.value(QStringLiteral("as"))))
        return ctx.usageError(QStringLiteral("--as takes one of: %1.").arg(kRoles.join(QStringLiteral(", "))));

    const auto it = commands().find(command);
    if (it == commands().end())
        return ctx.usageError(QStringLiteral("Unknown command \"%1\".").arg(command));
    try {
        return (*it)(ctx);
    } catch (const cache::SqliteError &e) {
        if (e.isCorrupt()) {
            reads.close();
            return ctx.recoverDamagedCache(e);
        }
        return ctx.folderFailed(e);
    } catch (const std::exception &e) {
        return ctx.folderFailed(e);
    }
}
