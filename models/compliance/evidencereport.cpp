#include "evidencereport.h"

#include "domain/codelabels.h"
#include "render/htmlpdf.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QCoreApplication>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::EvidenceReport", "proofdesk::compliance", text);
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString();
}

// A code (a type, channel, status, decision) as the reader reads it; the package's JSON keeps
// the code itself.
QString label(const QJsonObject &o, const char *key) { return domain::CodeLabels::label(str(o, key)); }

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(render::esc(label), render::esc(value));
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(render::esc(tr("None.")));
    QString html = QStringLiteral("<table width=\"100%\"><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(render::esc(h));
    html += QStringLiteral("</tr>");
    for (const QStringList &r : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : r)
            html += QStringLiteral("<td>%1</td>").arg(render::esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString summary(const QJsonObject &c)
{
    const QJsonObject tpl = c.value(QStringLiteral("template")).toObject();
    const QJsonObject recipient = c.value(QStringLiteral("recipient")).toObject();
    QString html = QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(render::esc(tr("What was sent")));
    html += row(tr("Communication"), str(c, "id")) + row(tr("Type"), label(c, "type"))
            + row(tr("Issued (UTC)"), str(c, "issued_at")) + row(tr("Channel"), label(c, "channel"))
            + row(tr("Recipient"),
                  str(recipient, "name") + QLatin1Char(' ') + str(recipient, "email") + str(recipient, "address"))
            + row(tr("Customer"), str(c, "customer_id"))
            + row(tr("Template"), str(tpl, "id") + QStringLiteral(" v") + str(tpl, "version"))
            + row(tr("Origin"),
                  label(c, "origin")
                      + (c.contains(QStringLiteral("reissue_of")) ? tr(", reissue of %1").arg(str(c, "reissue_of"))
                                                                  : QString()))
            + row(tr("Delivery status"), label(c, "status")) + row(tr("Fixity"), label(c, "fixity"))
            + row(tr("Retention class"), str(c.value(QStringLiteral("retention")).toObject(), "class"))
            + row(tr("Repository"), str(c, "repo"));
    return html + QStringLiteral("</table>");
}

QString templateSection(const QJsonObject &record)
{
    const QJsonObject tv = record.value(QStringLiteral("template_version")).toObject();
    QString html = QStringLiteral("<h2>%1</h2>").arg(render::esc(tr("Template version and approvals")));
    if (tv.isEmpty())
        return html
               + QStringLiteral("<p class=\"bad\">%1</p>")
                     .arg(render::esc(tr("The template version is not known to the cache.")));
    html += QStringLiteral("<p>%1</p>")
                .arg(render::esc(tr("%1 v%2 \"%3\", status %4, effective %5 to %6.")
                                     .arg(str(tv, "template_id"), str(tv, "version"), str(tv, "name"),
                                          label(tv, "status"), str(tv, "effective_from"),
                                          str(tv, "effective_to").isEmpty() ? tr("(open)") : str(tv, "effective_to"))));
    QList<QStringList> rows;
    for (const QJsonValue &v : tv.value(QStringLiteral("approvals")).toArray()) {
        const QJsonObject a = v.toObject();
        rows << QStringList{str(a, "step"), str(a, "by"), str(a, "at"), label(a, "decision"), str(a, "note")};
    }
    return html + table({tr("Step"), tr("By"), tr("At"), tr("Decision"), tr("Note")}, rows);
}

QString deliveryAndBlocks(const QJsonObject &record)
{
    QList<QStringList> events;
    for (const QJsonValue &v : record.value(QStringLiteral("delivery_events")).toArray()) {
        const QJsonObject e = v.toObject();
        events << QStringList{str(e, "at"), label(e, "event"), label(e, "channel"), str(e, "detail")};
    }
    QList<QStringList> blocks;
    for (const QJsonValue &v : record.value(QStringLiteral("content_blocks")).toArray()) {
        const QJsonObject b = v.toObject();
        blocks << QStringList{str(b, "id"), str(b, "version"), str(b, "title"), label(b, "status"),
                              str(b, "retired_at")};
    }
    return QStringLiteral("<h2>%1</h2>").arg(render::esc(tr("Delivery events")))
           + table({tr("At (UTC)"), tr("Event"), tr("Channel"), tr("Detail")}, events)
           + QStringLiteral("<h2>%1</h2>").arg(render::esc(tr("Content blocks")))
           + table({tr("Block"), tr("Version"), tr("Title"), tr("Status"), tr("Retired")}, blocks);
}

QString recordsSection(const QJsonObject &record)
{
    QList<QStringList> holds;
    for (const QJsonValue &v : record.value(QStringLiteral("holds")).toArray()) {
        const QJsonObject h = v.toObject();
        holds << QStringList{str(h, "id"), str(h, "name"), str(h, "reason"),
                             h.value(QStringLiteral("active")).toBool() ? tr("active") : tr("released or removed")};
    }
    QList<QStringList> reissues;
    const QJsonObject r = record.value(QStringLiteral("reissues")).toObject();
    for (const QJsonValue &v : r.value(QStringLiteral("requests")).toArray()) {
        const QJsonObject q = v.toObject();
        reissues << QStringList{str(q, "id"), str(q, "mode"), str(q, "status"), str(q, "requested_by"),
                                str(q, "requested_at")};
    }
    for (const QJsonValue &v : r.value(QStringLiteral("reissued_as")).toArray()) {
        const QJsonObject q = v.toObject();
        reissues << QStringList{str(q, "id"), str(q, "origin"), tr("received"), str(q, "request_id"),
                                str(q, "issued_at")};
    }
    QList<QStringList> findings;
    for (const QJsonValue &v : record.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        findings << QStringList{str(f, "kind"), str(f, "detail"),
                                f.contains(QStringLiteral("reviewed")) ? tr("reviewed") : tr("open")};
    }
    return QStringLiteral("<h2>%1</h2>").arg(render::esc(tr("Legal holds")))
           + table({tr("Hold"), tr("Name"), tr("Reason"), tr("State")}, holds)
           + QStringLiteral("<h2>%1</h2>").arg(render::esc(tr("Reissues")))
           + table({tr("Id"), tr("Mode"), tr("Status"), tr("By / request"), tr("At")}, reissues)
           + QStringLiteral("<h2>%1</h2>").arg(render::esc(tr("Compliance findings")))
           + table({tr("Kind"), tr("Detail"), tr("Review")}, findings);
}

QString verification(const EvidenceDocument &document, const QJsonArray &audit)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(render::esc(tr("How to verify this package")));
    if (document.problem.isEmpty())
        html += QStringLiteral("<p class=\"ok\">%1</p>")
                    .arg(render::esc(
                        tr("The document %1 (%2 bytes) is included as sent; its SHA-256 %3 was checked against the "
                           "repository's record when it was exported.")
                            .arg(document.fileName)
                            .arg(document.bytes)
                            .arg(document.sha256)));
    else
        html += QStringLiteral("<p class=\"bad\">%1</p>")
                    .arg(render::esc(tr("The document is not included: %1").arg(document.problem)));
    const QString head = audit.isEmpty() ? QString() : audit.last().toObject().value(QStringLiteral("hash")).toString();
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(render::esc(tr(
                "Every file is listed with its SHA-256 in SHA256SUMS; run \"sha256sum -c SHA256SUMS\" in the unpacked "
                "folder. audit.json holds the audit trail entries about this communication with their chain hashes.")));
    html += QStringLiteral("<p>%1</p>")
                .arg(render::esc(tr("Audit entries: %1; latest chain hash: %2")
                                     .arg(audit.size())
                                     .arg(head.isEmpty() ? tr("none") : head)));
    return html;
}

} // namespace

QString evidenceReportHtml(const QJsonObject &record, const EvidenceDocument &document, const QJsonArray &audit,
                           const EvidenceExporter &exporter)
{
    const QJsonObject c = record.value(QStringLiteral("communication")).toObject();
    QString html =
        QStringLiteral("<html><body><h1>%1</h1><p>%2</p>")
            .arg(render::esc(tr("Evidence package: %1").arg(str(c, "id"))),
                 render::esc(tr("Exported %1 by %2 (%3) on device %4.")
                                 .arg(formatUtc(exporter.at), exporter.user, exporter.role, exporter.device)));
    html += summary(c) + templateSection(record) + deliveryAndBlocks(record) + recordsSection(record)
            + verification(document, audit);
    return html + QStringLiteral("</body></html>");
}

QByteArray evidenceReportPdf(const QJsonObject &record, const EvidenceDocument &document, const QJsonArray &audit,
                             const EvidenceExporter &exporter)
{
    const QString id = record.value(QStringLiteral("communication")).toObject().value(QStringLiteral("id")).toString();
    return render::pdfFromHtml(evidenceReportHtml(record, document, audit, exporter),
                               tr("Evidence package %1").arg(id));
}

} // namespace proofdesk::compliance
