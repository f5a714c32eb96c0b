#include "queryarguments.h"

#include <QCommandLineParser>

namespace proofdesk::cli {

namespace {

enum class OptionKind { Unknown, Flag, TakesValue };

// What the parser makes of `argument` (its name, before any '='), asked of a parser of its own.
OptionKind optionKind(const QString &argument, const std::function<void(QCommandLineParser &)> &configure)
{
    QCommandLineParser probe;
    configure(probe);
    const QString value = QStringLiteral("value");
    probe.parse({QStringLiteral("proofdesk-cli"), argument.section(QLatin1Char('='), 0, 0), value});
    if (!probe.unknownOptionNames().isEmpty())
        return OptionKind::Unknown;
    return probe.positionalArguments().contains(value) ? OptionKind::Flag : OptionKind::TakesValue;
}

} // namespace

QStringList withQueryWordsAfterDashes(const QStringList &arguments,
                                      const std::function<void(QCommandLineParser &)> &configure)
{
    QStringList options = arguments.mid(0, 1), words;
    QString command;
    bool afterDashes = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (afterDashes) {
            words << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            afterDashes = true;
            continue;
        }
        const bool dashed = argument.size() > 1 && argument.startsWith(QLatin1Char('-'));
        const OptionKind kind = dashed ? optionKind(argument, configure) : OptionKind::Unknown;
        const bool queryWord =
            dashed && kind == OptionKind::Unknown && !argument.startsWith(QLatin1String("--")) && !command.isEmpty();
        if (dashed && !queryWord) {
            options << argument;
            if (kind == OptionKind::TakesValue && !argument.contains(QLatin1Char('=')) && i + 1 < arguments.size())
                options << arguments.at(++i);
        } else if (command.isEmpty()) {
            command = argument;
        } else {
            words << argument;
        }
    }
    // `matter add-search MAT-1 -word …` takes a query as `search` does, after its matter.
    const bool matterSearch = command == QLatin1String("matter") && words.value(0) == QLatin1String("add-search");
    if (command != QLatin1String("search") && !matterSearch)
        return arguments;
    return options + QStringList{command, QStringLiteral("--")} + words;
}

} // namespace proofdesk::cli
