#pragma once

#include "datafolder/datafolder.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <exception>
#include <memory>
#include <optional>

namespace proofdesk::cli {

class CacheReads;

// Exit codes of spec/cli.md.
enum ExitCode { Done = 0, FoundProblems = 1, BadUsage = 2, Unusable = 3 };

// What every command gets: the parsed options, its arguments, the data folder (opened on
// first use) and the output conventions (--json: one JSON document on stdout, nothing else;
// messages on stderr).
class CliContext
{
public:
    CliContext(QCommandLineParser &parser, QStringList arguments);

    const QStringList &args() const { return m_args; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }

    QString dataPath() const;
    // Opens (and if needed creates and migrates) the data folder; throws on failure.
    // (clicontext_folder.cpp: proofdesk-cli's lean start neither links nor calls it.)
    datafolder::DataFolder &dataFolder();

    // How search, show and stats read the cache (set by the process's main).
    void setReads(CacheReads *reads) { m_reads = reads; }
    CacheReads &reads() const { return *m_reads; }

    // The password given with --password-stdin (one line) or --password-file F (its first
    // line); nullopt when neither was given. Throws std::runtime_error for an unreadable file.
    std::optional<QString> password() const;

    void printJson(const QJsonValue &value) const;
    void printText(const QString &text) const; // ignored with --json
    void message(const QString &text) const;   // to stderr
    int usageError(const QString &text) const; // message + BadUsage
    // A command failed on the data folder (not a damaged page): the message for a full disk
    // (nothing written, reads go on) or for a folder that cannot be used. Returns Unusable.
    int folderFailed(const std::exception &e) const;
    // A command met a damaged page of the cache: the folder is recovered as a failed check
    // at opening would (the cache started again with its repositories) and the person is
    // told what happened and to sync. Returns Unusable: the command did not finish.
    int recoverDamagedCache(const std::exception &met); // clicontext_folder.cpp

private:
    static QString rebuiltMessage(const QString &folder, const cache::CacheOpenReport &report);
    // Says what the opening does before it can answer, when that takes long; true when it did.
    bool tellRecoveryAhead();

    QCommandLineParser &m_parser;
    QStringList m_args;
    // shared_ptr: its deleter is made where the folder is (clicontext_folder.cpp), so that a
    // process that never opens one does not link DataFolder and what it pulls in.
    std::shared_ptr<datafolder::DataFolder> m_folder;
    CacheReads *m_reads = nullptr;
};

} // namespace proofdesk::cli
