#include "auditreportexport.h"

#include "auditreport.h"
#include "records/recordsactor.h"
#include "util/outputfile.h"
#include "util/sha256.h"
#include "util/translation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <stdexcept>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::AuditReportExport", "proofdesk::compliance", text);
}

} // namespace

AuditReportExport exportAuditReport(records::RecordsActor &actor, cache::Database &reader, const QString &query,
                                    const QString &path, const std::atomic_bool *cancel)
{
    actor.require(records::Action::RunFindings, QStringLiteral("search"), query);
    AuditReport report = AuditReport::build(reader, query);
    if (!report.error.isEmpty())
        throw std::runtime_error(report.error.toStdString());
    if (cancel && cancel->load())
        throw std::runtime_error(tr("The audit report was cancelled; nothing was written.").toStdString());
    report.generatedBy = actor.user();
    const QByteArray bytes = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? report.csv() : report.pdf();
    util::OutputFile out(path);
    if (out.device().write(bytes) != bytes.size())
        throw util::OutputFileError(path, out.device().errorString());
    out.commit();
    AuditReportExport done{QFileInfo(path).absoluteFilePath(), QString::fromLatin1(sha256Hex(bytes)), report.total,
                           qint64(report.findings.findings.size())};
    try {
        actor.record(QStringLiteral("report.export"), QStringLiteral("search"), query, QString(), QJsonValue(),
                     QJsonObject{{QStringLiteral("path"), done.path},
                                 {QStringLiteral("sha256"), done.sha256},
                                 {QStringLiteral("communications"), done.communications},
                                 {QStringLiteral("findings"), done.findings}});
    } catch (...) {
        if (QFileInfo(done.path).isFile()) // --out may name a device, never to be deleted
            QFile::remove(done.path);
        throw;
    }
    return done;
}

} // namespace proofdesk::compliance
