#pragma once

#include <QStringList>
#include <functional>

class QCommandLineParser;

namespace proofdesk::cli {

// `proofdesk-cli search -kujobo` (issue #43 item 5): QCommandLineParser takes an argument that
// starts with '-' for options ("-kujobo" is -k -u -j …, none known). For the search command, an
// argument that starts with a single '-' and is no option the parser knows is a word of the
// query (search-syntax.md: "-a" is "not a"): the arguments come back with the query's words
// after "--", in their order, the options before it, so that the parser leaves the words as
// they are. One that starts with "--" stays an option (the lean start hands an option it does
// not know, --remote, to the full program): such a query is written after "--" by the person.
// Any other command's arguments come back as they were. `configure` adds the parser's options.
QStringList withQueryWordsAfterDashes(const QStringList &arguments,
                                      const std::function<void(QCommandLineParser &)> &configure);

} // namespace proofdesk::cli
