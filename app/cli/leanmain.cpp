// proofdesk-cli: what a user and a script run. Scripts ask one question a process (a CRM
// looking up a customer's letters, a nightly check) and wait for the whole process, so
// search, show and stats of a data folder that needs nothing done first run here, in a
// process that loads Qt Core (SQLite is linked in) and reads the folder as it is
// (LeanReads). Every other command, --help, an option this start does not know, and any
// folder that needs creating, migrating, checking, recovering or a team database go to
// proofdesk-cli-full beside it: exec'd with the same arguments, so the same process, output
// and exit codes.
#include "cache/sqlite.h"
#include "clicontext.h"
#include "commands.h"
#include "datafolder/datafolder.h"
#include "leanreads.h"
#include "queryarguments.h"
#include "records/roles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

using namespace proofdesk;
using namespace proofdesk::cli;

namespace {

// proofdesk-cli-full in this executable's folder (the build's bin, or /usr/bin installed).
std::string fullProgramPath()
{
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string path = n > 0 ? std::string(self, size_t(n)) : std::string();
    const size_t slash = path.rfind('/');
    path = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    return path + "proofdesk-cli-full";
}

// Replaces this process by the full program with the same arguments; returns only if it
// could not be started.
[[noreturn]] void runFullProgram(const std::vector<char *> &argv)
{
    std::fflush(stdout);
    const std::string full = fullProgramPath();
    execv(full.c_str(), argv.data());
    std::fprintf(stderr,
                 "%s could not be started (%s): proofdesk-cli needs it for this command; install "
                 "Proofdesk again.\n",
                 full.c_str(), std::strerror(errno));
    std::exit(Unusable);
}

// The options search, show and stats take (proofdesk-cli-full defines and describes them
// all): with any other, the full program parses the command line.
void addReadOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"), QString(), QStringLiteral("DIR")},
        {QStringLiteral("as"), QString(), QStringLiteral("ROLE")},
        {QStringLiteral("json"), QString()},
        {QStringLiteral("limit"), QString(), QStringLiteral("N")},
        {QStringLiteral("offset"), QString(), QStringLiteral("N")},
    });
}

// Exactly a role's name, as the full program accepts for --as.
bool isRoleName(const QString &text)
{
    const auto role = records::parseRole(text);
    return role && records::roleName(*role) == text;
}

} // namespace

int main(int argc, char **argv)
{
    // Kept as given for the full program (QCoreApplication may take arguments of its own).
    std::vector<char *> originalArgv(argv, argv + argc);
    originalArgv.push_back(nullptr);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    datafolder::DataFolder::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(PROOFDESK_VERSION));

    QCommandLineParser parser;
    addReadOptions(parser);
    if (!parser.parse(withQueryWordsAfterDashes(arguments, addReadOptions)) || parser.isSet(QStringLiteral("help")))
        runFullProgram(originalArgv); // its own words for the error, its whole help
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    QStringList args = parser.positionalArguments();
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    const bool read =
        command == QLatin1String("search") || command == QLatin1String("show") || command == QLatin1String("stats");
    if (!read || (parser.isSet(QStringLiteral("as")) && !isRoleName(parser.value(QStringLiteral("as")))))
        runFullProgram(originalArgv); // the full program refuses a role it does not know

    // No QCoreApplication: these reads need no event loop, plugin, translator or C locale of
    // Qt's, and making one (its event dispatcher, its locale and its teardown) was 0.33 ms of a
    // 6.2 ms search process at 200,000 communications (#43 item 4). Arguments were read above.
    // stderr is for messages a person acts on; diagnostics only when asked (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("proofdesk.*.debug=false\nproofdesk.*.info=false"));
    CliContext ctx(parser, args);
    LeanReads reads(ctx, ctx.dataPath());
    if (!reads.open())
        runFullProgram(originalArgv);
    ctx.setReads(&reads);
    try {
        if (command == QLatin1String("search"))
            return runSearch(ctx);
        if (command == QLatin1String("show"))
            return runShow(ctx);
        return runStats(ctx);
    } catch (const cache::SqliteError &e) {
        // A damaged page: nothing was recorded or printed yet (the reads come before both);
        // the full program meets it again and recovers the folder.
        if (e.isCorrupt())
            runFullProgram(originalArgv);
        return ctx.folderFailed(e);
    } catch (const std::exception &e) {
        return ctx.folderFailed(e);
    }
}
