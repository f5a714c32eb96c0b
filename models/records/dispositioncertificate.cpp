#include "dispositioncertificate.h"

#include "util/translation.h"

#include "util/timeutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace proofdesk::records {

namespace {

QString tr(const char *text) { return util::translateEither("proofdesk::records::Certificate", "proofdesk::records", text); }

// Lays out lines top to bottom, starting a new page when one is full.
class PageWriter
{
public:
    PageWriter(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer), m_painter(painter)
    {
        m_bottom = painter.viewport().height() - margin();
        m_y = margin();
    }
    int margin() const { return m_writer.resolution() * 3 / 4; }
    void line(const QString &text, int pointSize, bool bold = false)
    {
        QFont font(QStringLiteral("Sans Serif"), pointSize);
        font.setBold(bold);
        m_painter.setFont(font);
        const int height = m_painter.fontMetrics().height() * 13 / 10;
        if (m_y + height > m_bottom) {
            m_writer.newPage();
            m_y = margin();
        }
        m_painter.drawText(margin(), m_y + m_painter.fontMetrics().ascent(), text);
        m_y += height;
    }
    void gap() { m_y += m_writer.resolution() / 6; }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    int m_y = 0;
    int m_bottom = 0;
};

} // namespace

QString writeDispositionCertificate(const QString &path, const CertificateData &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Certificate of disposition %1").arg(data.batchId));
    writer.setCreator(QStringLiteral("Proofdesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("cannot write the certificate %1").arg(path);
    PageWriter page(writer, painter);
    page.line(tr("Certificate of disposition"), 18, true);
    page.gap();
    page.line(tr("Batch: %1").arg(data.batchId), 10);
    page.line(tr("Approved by: %1 (records manager)").arg(data.approvedBy), 10);
    page.line(tr("Approved at: %1").arg(formatUtc(data.approvedAt)), 10);
    page.line(tr("Reason: %1").arg(data.reason), 10);
    page.line(tr("Device: %1").arg(data.device), 10);
    page.line(tr("Communications disposed of: %1").arg(data.lines.size()), 10);
    page.line(tr("Each was past its retention period and under no active legal hold when the "
                 "decision was recorded (holds re-checked in the same transaction)."), 8);
    page.gap();
    page.line(tr("Communication  |  class  |  issued  |  eligible  |  SHA-256 of the disposed record"), 8, true);
    for (const CertificateLine &l : data.lines)
        page.line(QStringLiteral("%1  |  %2  |  %3  |  %4  |  %5")
                      .arg(l.communicationId, l.retentionClass, formatUtc(l.issuedAt).left(10),
                           formatUtc(l.eligibleAt).left(10), l.recordSha256),
                  7);
    if (!painter.end())
        return tr("cannot finish the certificate %1").arg(path);
    return QString();
}

} // namespace proofdesk::records
