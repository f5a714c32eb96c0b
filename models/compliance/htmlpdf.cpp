#include "htmlpdf.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace proofdesk::compliance {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray pdfFromHtml(const QString &html, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Proofdesk"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 18, 18, 20), QPageLayout::Millimeter));

    QTextDocument doc;
    doc.setDefaultStyleSheet(QStringLiteral(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111; }"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }"
        "table { border-collapse: collapse; } th { background: #e8ecf2; text-align: left; }"
        "td, th { padding: 3px 6px; border: 1px solid #b8c0cc; } .bad { color: #a00000; } "
        ".ok { color: #006000; } .small { font-size: 7pt; color: #444; }"));
    doc.setHtml(html);
    // print() paginates at the writer's resolution and numbers the pages.
    doc.print(&writer);
    return bytes;
}

} // namespace proofdesk::compliance
