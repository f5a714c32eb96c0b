#include "auditreport.h"

#include "complianceformat.h"
#include "findingscope.h"
#include "findingsengine.h"
#include "util/outputfile.h"

#include <QDateTime>
#include <QSaveFile>
#include <sqlite3.h>
#include <stdexcept>

namespace proofdesk::compliance {

namespace {

QList<QPair<QString, qint64>> countsBy(cache::Database &db, const FindingScope &scope, const char *column)
{
    // Over a large search the (column, issued_at, id) index is read with the scope filtering.
    cache::Statement st = db.prepare(
        QStringLiteral("SELECT fold(c.%1), count(*) FROM %2 WHERE %3 GROUP BY 1 ORDER BY 2 DESC, 1")
            .arg(QLatin1String(column), scope.from(QStringLiteral("c")), scope.condition(QStringLiteral("c"))));
    QList<QPair<QString, qint64>> out;
    while (st.step())
        out << qMakePair(st.columnText(0), st.columnInt(1));
    return out;
}

QList<TemplateUse> templatesUsed(cache::Database &db, const FindingScope &scope)
{
    cache::Statement st = db.prepare(
        QStringLiteral(
            "SELECT u.t, u.v, u.n, tv.name, tv.status FROM (SELECT c.template_id AS t, c.template_version AS v, "
            "count(*) AS n FROM %1 WHERE %2 GROUP BY 1, 2) u LEFT JOIN template_versions tv "
            "ON tv.template_id = u.t AND tv.version = u.v ORDER BY u.t, u.v")
            .arg(scope.from(QStringLiteral("c")), scope.condition(QStringLiteral("c"))));
    cache::Statement approvals = db.prepare("SELECT step, by, at, decision, note FROM template_approvals WHERE "
                                            "template_id = ?1 AND version = ?2 ORDER BY ordinal");
    QList<TemplateUse> out;
    while (st.step()) {
        TemplateUse use{st.columnText(0), st.columnText(1), st.columnText(3), st.columnText(4), st.columnInt(2), {}};
        approvals.bind(1, use.templateId).bind(2, use.version);
        while (approvals.step())
            use.approvals << TemplateDecision{approvals.columnText(0), approvals.columnText(1),
                                              approvals.isNull(2) ? std::nullopt
                                                                  : std::optional(approvals.columnInt(2)),
                                              approvals.columnText(3), approvals.columnText(4)};
        approvals.reset();
        out << use;
    }
    return out;
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !util::commitWhole(file))
        throw std::runtime_error(
            QStringLiteral("%1 could not be written: %2").arg(path, file.errorString()).toStdString());
}

} // namespace

AuditReport AuditReport::build(cache::Database &db, const QString &query, const FindingOptions &options)
{
    AuditReport report;
    report.query = query.trimmed();
    report.generatedAt = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    const bool own = sqlite3_get_autocommit(db.handle()) != 0;
    try {
        if (own)
            db.exec("BEGIN");
        {
            FindingScope scope(db, report.query, FindingsEngine::kDriveLimit);
            report.error = scope.error();
            if (report.error.isEmpty()) {
                report.total = scope.count();
                report.byStatus = countsBy(db, scope, "status");
                report.byChannel = countsBy(db, scope, "channel");
                report.templates = templatesUsed(db, scope);
            }
        }
        if (own)
            db.exec("COMMIT");
    } catch (const std::exception &e) {
        report.error = QString::fromUtf8(e.what());
        if (own)
            sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    if (report.error.isEmpty()) {
        FindingOptions effective = options;
        effective.now = report.generatedAt;
        report.findings = FindingsEngine(db).run(report.query, effective);
        report.error = report.findings.error;
    }
    return report;
}

void AuditReport::writePdf(const QString &path) const { writeAtomically(path, pdf()); }

void AuditReport::writeCsv(const QString &path) const { writeAtomically(path, csv()); }

} // namespace proofdesk::compliance
