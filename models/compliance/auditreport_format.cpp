// The audit report as HTML (laid out as PDF) and as CSV.
#include "auditreport.h"
#include "complianceformat.h"
#include "domain/codelabels.h"
#include "render/htmlpdf.h"
#include "util/csv.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QLocale>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::AuditReport", "proofdesk::compliance", text);
}

// The report is read: codes as their labels, counts with the reader's digit grouping ("2.000"
// in German). The CSV keeps the codes and plain numbers for whoever processes it.
QString number(qint64 n) { return QLocale().toString(n); }

QString countsTable(const QString &heading, const QList<QPair<QString, qint64>> &counts)
{
    QString html = QStringLiteral("<h2>%1</h2><table width=\"100%\"><tr><th>%1</th><th>%2</th></tr>")
                       .arg(render::esc(heading), render::esc(tr("Communications")));
    for (const auto &c : counts)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(render::esc(domain::CodeLabels::label(c.first)), number(c.second));
    return html + QStringLiteral("</table>");
}

// "legal review by m.okafor on 2025-12-10: approved (note)": for the reader (translated, the
// decision's label) or for the CSV (English, its code).
enum class Words { Reader, Codes };

QStringList decisionLines(const QList<TemplateDecision> &decisions, Words words)
{
    QStringList out;
    for (const TemplateDecision &d : decisions) {
        const bool reader = words == Words::Reader;
        QString line = (reader ? tr("%1 by %2 on %3: %4") : QStringLiteral("%1 by %2 on %3: %4"))
                           .arg(d.step, d.by, d.at ? formatDay(*d.at) : QStringLiteral("?"),
                                reader ? domain::CodeLabels::label(d.decision) : d.decision);
        if (!d.note.isEmpty())
            line += QStringLiteral(" (%1)").arg(d.note);
        out << line;
    }
    return out;
}

} // namespace

QString AuditReport::html() const
{
    QString html = QStringLiteral("<html><body><h1>%1</h1><p>%2</p><p>%3</p>")
                       .arg(render::esc(tr("Audit report")),
                            render::esc(tr("Scope: %1").arg(query.isEmpty() ? tr("the whole cache") : query)),
                            render::esc(tr("%1 communications; generated %2%3")
                                            .arg(number(total))
                                            .arg(formatMinute(generatedAt))
                                            .arg(generatedBy.isEmpty() ? QString() : tr(" by %1").arg(generatedBy))));
    html += countsTable(tr("Delivery status"), byStatus) + countsTable(tr("Channel"), byChannel);
    html += QStringLiteral("<h2>%1</h2><table width=\"100%\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(render::esc(tr("Template versions used")), render::esc(tr("Template")), render::esc(tr("Status")),
                     render::esc(tr("Communications")), render::esc(tr("Approval records")));
    for (const TemplateUse &t : templates)
        html += QStringLiteral("<tr><td>%1 v%2<br/>%3</td><td>%4</td><td align=\"right\">%5</td><td>%6</td></tr>")
                    .arg(render::esc(t.templateId), render::esc(t.version), render::esc(t.name),
                         t.status.isEmpty()
                             ? QStringLiteral("<span class=\"bad\">%1</span>").arg(render::esc(tr("unknown")))
                             : render::esc(domain::CodeLabels::label(t.status)))
                    .arg(number(t.count))
                    .arg(t.approvals.isEmpty()
                             ? QStringLiteral("<span class=\"bad\">%1</span>").arg(render::esc(tr("none")))
                             : render::esc(decisionLines(t.approvals, Words::Reader).join(QLatin1Char('\n')))
                                   .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    html += QStringLiteral("</table><h2>%1</h2>").arg(render::esc(tr("Findings")));
    QStringList counts;
    for (FindingKind kind : allKinds())
        counts << QStringLiteral("%1: %2").arg(kindTitle(kind)).arg(number(findings.count(kind)));
    html += QStringLiteral("<p>%1</p><table width=\"100%\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(render::esc(counts.join(QStringLiteral("; "))), render::esc(tr("Kind")),
                     render::esc(tr("Communication")), render::esc(tr("Detail")), render::esc(tr("Review")));
    for (const Finding &f : findings.findings)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(render::esc(kindName(f.kind)), render::esc(f.commId), render::esc(f.detail),
                         f.review ? render::esc(tr("%1: %2").arg(f.review->by, f.review->note)) : QString());
    return html + QStringLiteral("</table></body></html>");
}

QByteArray AuditReport::pdf() const { return render::pdfFromHtml(html(), tr("Audit report")); }

QByteArray AuditReport::csv() const
{
    QByteArray out = util::csvRecord(
        {QStringLiteral("section"), QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("detail")});
    out += util::csvRecord({QStringLiteral("scope"), query.isEmpty() ? QStringLiteral("(whole cache)") : query,
                            QString::number(total), formatMinute(generatedAt)});
    for (const auto &c : byStatus)
        out += util::csvRecord({QStringLiteral("status"), c.first, QString::number(c.second), QString()});
    for (const auto &c : byChannel)
        out += util::csvRecord({QStringLiteral("channel"), c.first, QString::number(c.second), QString()});
    for (const TemplateUse &t : templates)
        out += util::csvRecord(
            {QStringLiteral("template_version"), t.templateId + QStringLiteral(" v") + t.version,
             QString::number(t.count),
             (t.status.isEmpty() ? QStringLiteral("unknown version") : t.status) + QStringLiteral("; ")
                 + (t.approvals.isEmpty() ? QStringLiteral("no approvals")
                                          : decisionLines(t.approvals, Words::Codes).join(QStringLiteral("; ")))});
    for (const Finding &f : findings.findings)
        out += util::csvRecord(
            {QStringLiteral("finding:") + kindName(f.kind), f.commId, QStringLiteral("1"),
             f.detail
                 + (f.review ? QStringLiteral(" [reviewed by %1: %2]").arg(f.review->by, f.review->note) : QString())});
    return out;
}

} // namespace proofdesk::compliance
