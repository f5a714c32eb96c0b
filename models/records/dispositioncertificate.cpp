#include "dispositioncertificate.h"

#include "render/htmlpdf.h"
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

QString day(qint64 msecs)
{
    return formatUtc(msecs).left(10);
}

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>")
        .arg(render::esc(label), render::esc(value));
}

QString decision(const CertificateData &data)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\">")
           + field(tr("Batch"), data.batchId)
           + field(tr("Approved by"), tr("%1 (records manager)").arg(data.approvedBy))
           + field(tr("Approved at (UTC)"), formatUtc(data.approvedAt))
           + field(tr("Device"), data.device)
           + field(tr("Communications disposed of"), QString::number(data.lines.size()))
           + QStringLiteral("</table>");
}

// One row per communication and its record's SHA-256 on a row of its own beneath: 64
// characters with no place to break need the table's whole width. The header row repeats
// on every page.
QString items(const QList<CertificateLine> &lines)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr>"
                                  "<th width=\"40%\">%1</th><th width=\"20%\">%2</th>"
                                  "<th width=\"20%\">%3</th><th width=\"20%\">%4</th></tr></thead>")
                       .arg(render::esc(tr("Communication")), render::esc(tr("Retention class")),
                            render::esc(tr("Issued")), render::esc(tr("Eligible")));
    for (const CertificateLine &l : lines)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>"
                               "<tr><td colspan=\"4\" class=\"hash\">%5&nbsp;&nbsp;%6</td></tr>")
                    .arg(render::esc(l.communicationId), render::esc(l.retentionClass), render::esc(day(l.issuedAt)),
                         render::esc(day(l.eligibleAt)), render::esc(tr("SHA-256")), render::esc(l.recordSha256));
    return html + QStringLiteral("</table>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(render::esc(text));
}

QString paragraph(const QString &text, const char *cssClass = nullptr)
{
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(QLatin1String(cssClass), render::esc(text));
}

QString certificateHtml(const CertificateData &data)
{
    static const QLatin1String style(
        "<style>.hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; color: #333;"
        " background: #f4f6f9; } .lead { color: #444; } .reason { margin-left: 8px; }</style>");
    return QStringLiteral("<html><head>") + style + QStringLiteral("</head><body><h1>")
           + render::esc(tr("Certificate of disposition")) + QStringLiteral("</h1>")
           + paragraph(tr("This certifies that the communications listed below were disposed of "
                          "under an approved retention decision. Their records are replaced by "
                          "tombstones, and document bytes that no other communication shares are "
                          "purged from this cache."),
                       "lead")
           + heading(tr("Decision")) + decision(data)
           + heading(tr("Reason")) + paragraph(data.reason, "reason")
           + paragraph(tr("Each was past its retention period and under no active legal hold when "
                          "the decision was recorded (holds re-checked in the same transaction)."))
           + heading(tr("Communications disposed of")) + items(data.lines)
           + paragraph(tr("Each SHA-256 is of the communication's record (its metadata as "
                          "canonical JSON, RFC 8785) as it stood when it was disposed of."),
                       "small")
           + QStringLiteral("</body></html>");
}

} // namespace

QString writeDispositionCertificate(const QString &path, const CertificateData &data)
{
    const QByteArray pdf = render::pdfFromHtml(
        certificateHtml(data), tr("Certificate of disposition %1").arg(data.batchId));
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Whole or not at all: a reader never sees half a certificate, a failure keeps the old one.
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() ||
        !file.commit())
        return tr("cannot write the certificate %1").arg(path);
    return QString();
}

} // namespace proofdesk::records
