#include "clicontext.h"

#include <QFile>
#include <QTextStream>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace proofdesk::cli {

CliContext::CliContext(QCommandLineParser &parser, QStringList arguments)
    : m_parser(parser)
    , m_args(std::move(arguments))
{
}

QString CliContext::dataPath() const
{
    return m_parser.isSet(QStringLiteral("data")) ? m_parser.value(QStringLiteral("data"))
                                                  : cache::DataFolder::defaultPath();
}

cache::DataFolder &CliContext::dataFolder()
{
    if (!m_folder) {
        m_folder = std::make_unique<cache::DataFolder>(dataPath());
        const auto &report = m_folder->openReport();
        if (report.rebuilt)
            message(QStringLiteral("The cache in %1 was damaged (%2). It was moved to %3 and a new "
                                   "one was started; run `proofdesk-cli sync` to fill it again.")
                        .arg(m_folder->path(), report.problem, report.movedAsidePath));
    }
    return *m_folder;
}

void CliContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
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

std::optional<QString> CliContext::password() const
{
    if (isSet(QStringLiteral("password-file"))) {
        QFile file(value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(QStringLiteral("Cannot read the password file %1: %2")
                                         .arg(file.fileName(), file.errorString()).toStdString());
        return QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    if (isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        return in.readLine();
    }
    return std::nullopt;
}

} // namespace proofdesk::cli
