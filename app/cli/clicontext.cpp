#include "clicontext.h"

#include "audit/changetransaction.h"
#include "sync/credentials/passwordfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace proofdesk::cli {

CliContext::CliContext(QCommandLineParser &parser, QStringList arguments)
    : m_parser(parser)
    , m_args(std::move(arguments))
{}

QString CliContext::dataPath() const
{
    return m_parser.isSet(QStringLiteral("data")) ? m_parser.value(QStringLiteral("data"))
                                                  : datafolder::DataFolder::defaultPath();
}

void CliContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printText(const QString &text) const
{
    if (json())
        return;
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::message(const QString &text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int CliContext::usageError(const QString &text) const
{
    message(text + QStringLiteral("\nRun `proofdesk-cli --help` for the commands and options."));
    return BadUsage;
}

int CliContext::folderFailed(const std::exception &e) const
{
    if (dynamic_cast<const audit::EntryKeptInCache *>(&e)) {
        // The change is stored: never "nothing was written" (audit/changetransaction.h).
        message(QStringLiteral("Written in part: %1.\nFree some space in %2; the next command adds the entry to the "
                               "audit trail.")
                    .arg(QString::fromUtf8(e.what()), dataPath()));
        return Unusable;
    }
    const auto *sqlite = dynamic_cast<const cache::SqliteError *>(&e);
    if (sqlite && sqlite->isDiskFull()) {
        // The cause, never "damaged": the advice for damage would throw the audit trail away.
        message(
            QStringLiteral("Nothing was written: %1.\nFree some space there and run the command again; "
                           "stats, hold list, findings and audit verify work meanwhile (search and show are refused: "
                           "they cannot be recorded in the audit trail).")
                .arg(cache::SqliteError::diskFullMessage(dataPath(), QString::fromUtf8(e.what()))));
        return Unusable;
    }
    message(QStringLiteral("The data folder %1 could not be used: %2\nCheck that it exists, "
                           "is writable and the disk is not full; --data DIR chooses another.")
                .arg(dataPath(), QString::fromUtf8(e.what())));
    return Unusable;
}

std::optional<QString> CliContext::password() const
{
    if (isSet(QStringLiteral("password-file")))
        return sync::PasswordFile::readFirstLine(value(QStringLiteral("password-file")));
    if (isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        return in.readLine();
    }
    return std::nullopt;
}

} // namespace proofdesk::cli
