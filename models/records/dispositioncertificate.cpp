#include "dispositioncertificate.h"

#include "render/htmlpdf.h"
#include "render/pdfpages.h"
#include "util/outputfile.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::Certificate", "proofdesk::records", text);
}

QString day(qint64 msecs) { return formatUtc(msecs).left(10); }

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>").arg(render::esc(label), render::esc(value));
}

QString decision(const CertificateData &data)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\">") + field(tr("Batch"), data.batchId)
           + field(tr("Approved by"), tr("%1 (records manager)").arg(data.approvedBy))
           + field(tr("Approved at (UTC)"), formatUtc(data.approvedAt)) + field(tr("Device"), data.device)
           + field(tr("Communications disposed of"), QString::number(data.lines.size())) + QStringLiteral("</table>");
}

// One row per communication and its record's SHA-256 on a line of its own beneath: 64
// characters with no place to break need the table's whole width. A plain table painted row
// by row (render::PdfPages): as an HTML table, 10,000 rows took over a minute to lay out.
render::PlainTable items(const QList<CertificateLine> &lines)
{
    render::PlainTable table;
    table.header = {tr("Communication"), tr("Retention class"), tr("Issued"), tr("Eligible")};
    table.widths = {0.4, 0.2, 0.2, 0.2};
    table.rows.reserve(lines.size());
    const QString hashLabel = tr("SHA-256") + QStringLiteral("  ");
    for (const CertificateLine &l : lines)
        table.rows.append(
            {{l.communicationId, l.retentionClass, day(l.issuedAt), day(l.eligibleAt)}, hashLabel + l.recordSha256});
    return table;
}

QString heading(const QString &text) { return QStringLiteral("<h2>%1</h2>").arg(render::esc(text)); }

QString paragraph(const QString &text, const char *cssClass = nullptr)
{
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(QLatin1String(cssClass), render::esc(text));
}

QString page(const QString &body)
{
    static const QLatin1String style("<style>.lead { color: #444; } .reason { margin-left: 8px; }</style>");
    return QStringLiteral("<html><head>") + style + QStringLiteral("</head><body>") + body
           + QStringLiteral("</body></html>");
}

QByteArray certificatePdf(const CertificateData &data)
{
    render::PdfPages pdf(tr("Certificate of disposition %1").arg(data.batchId));
    pdf.addHtml(page(QStringLiteral("<h1>") + render::esc(tr("Certificate of disposition")) + QStringLiteral("</h1>")
                     + paragraph(tr("This certifies that the communications listed below were disposed of "
                                    "under an approved retention decision. Their records are replaced by "
                                    "tombstones, and document bytes that no other communication shares are "
                                    "purged from this cache."),
                                 "lead")
                     + heading(tr("Decision")) + decision(data) + heading(tr("Reason"))
                     + paragraph(data.reason, "reason")
                     + paragraph(tr("Each was past its retention period and under no active legal hold when "
                                    "the decision was recorded (holds re-checked in the same transaction)."))
                     + heading(tr("Communications disposed of"))));
    pdf.addTable(items(data.lines));
    pdf.addHtml(page(paragraph(tr("Each SHA-256 is of the communication's record (its metadata as "
                                  "canonical JSON, RFC 8785) as it stood when it was disposed of."),
                               "small")));
    return pdf.finish();
}

} // namespace

QString writeDispositionCertificate(const QString &path, const CertificateData &data)
{
    const QByteArray pdf = certificatePdf(data);
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Whole or not at all: a reader never sees half a certificate, a failure keeps the old one.
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !util::commitWhole(file))
        return tr("cannot write the certificate %1").arg(path);
    return QString();
}

} // namespace proofdesk::records
