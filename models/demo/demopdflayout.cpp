#include "demopdflayout.h"

#include <QPainter>
#include <QPdfWriter>

namespace proofdesk::demo {

namespace {

constexpr qreal kLeftMm = 20, kRightMm = 190, kBottomMm = 270;
const QColor kNavy(0x1f, 0x3a, 0x5f);
const QColor kGrey(0x55, 0x5b, 0x66);
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kHeaderFill(0xe6, 0xec, 0xf3);
const QColor kRule(0xc9, 0xd2, 0xde);

qreal mm(qreal millimetres) { return millimetres * kPdfDpi / 25.4; }

// The one face every letter uses (see demopdf.cpp on why there is only one).
QFont face(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleStrategy(QFont::NoFontMerging);
    font.setPointSizeF(points);
    return font;
}

enum RowKind { HeaderRow, BodyRow, TotalRow };

} // namespace

PdfLayout::PdfLayout(QPainter &painter, QPdfWriter &writer, const Letter &letter, bool draw, int totalPages)
    : m_painter(painter)
    , m_writer(writer)
    , m_letter(letter)
    , m_draw(draw)
    , m_totalPages(totalPages)
{}

int PdfLayout::run()
{
    firstPageHeader();
    const QFont body = face(9.5);
    for (const LetterPart &part : m_letter.parts) {
        switch (part.kind) {
        case LetterPart::Paragraph:
            paragraph(part.text, body, kInk, 3.2);
            break;
        case LetterPart::Table:
            table();
            break;
        case LetterPart::SmallPrint:
            smallPrint(part);
            break;
        }
    }
    footer();
    return m_page;
}

void PdfLayout::text(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &color)
{
    if (!m_draw)
        return;
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(rect, flags, text);
}

qreal PdfLayout::textHeight(const QString &text, const QFont &font, qreal width)
{
    m_painter.setFont(font);
    return m_painter.boundingRect(QRectF(0, 0, width, mm(400)), Qt::TextWordWrap, text).height();
}

void PdfLayout::firstPageHeader()
{
    const qreal width = mm(kRightMm - kLeftMm);
    if (m_draw) {
        m_painter.fillRect(QRectF(0, 0, mm(210), mm(14)), kNavy);
        m_painter.fillRect(QRectF(0, mm(14), mm(210), mm(1.2)), QColor(0x2a, 0x9d, 0x8f));
    }
    text(QRectF(mm(kLeftMm), 0, width, mm(14)), Qt::AlignVCenter, QStringLiteral("NORTHBRIDGE"), face(15), Qt::white);
    text(QRectF(mm(kLeftMm), mm(19), mm(95), mm(8)), Qt::AlignLeft, m_letter.company, face(11), kNavy);
    text(QRectF(mm(120), mm(19), mm(kRightMm - 120), mm(20)), Qt::AlignRight,
         m_letter.senderLines.join(QLatin1Char('\n')), face(7.5), kGrey);
    // DIN 5008 window: return address line, then the recipient block.
    text(QRectF(mm(kLeftMm), mm(45), mm(85), mm(4)), Qt::AlignLeft, m_letter.returnAddress, face(6), kGrey);
    text(QRectF(mm(kLeftMm), mm(50), mm(85), mm(35)), Qt::AlignLeft | Qt::TextWordWrap,
         m_letter.recipientLines.join(QLatin1Char('\n')), face(10), kInk);
    qreal y = mm(50);
    for (const auto &ref : m_letter.references) {
        text(QRectF(mm(125), y, mm(22), mm(5)), Qt::AlignLeft, ref.first, face(8), kGrey);
        text(QRectF(mm(147), y, mm(kRightMm - 147), mm(5)), Qt::AlignLeft, ref.second, face(8), kInk);
        y += mm(4.6);
    }
    m_y = mm(88);
    paragraph(m_letter.subject, face(12), kNavy, 4);
}

void PdfLayout::continuationHeader()
{
    if (m_draw)
        m_painter.fillRect(QRectF(0, 0, mm(210), mm(6)), kNavy);
    text(QRectF(mm(kLeftMm), mm(10), mm(kRightMm - kLeftMm), mm(6)), Qt::AlignLeft,
         m_letter.company + QStringLiteral(" · ") + m_letter.subject + QStringLiteral(" (continued)"), face(8), kGrey);
    m_y = mm(22);
}

void PdfLayout::footer()
{
    if (m_draw) {
        m_painter.setPen(QPen(kRule, mm(0.25)));
        m_painter.drawLine(QPointF(mm(kLeftMm), mm(280)), QPointF(mm(kRightMm), mm(280)));
    }
    const QRectF line(mm(kLeftMm), mm(281.5), mm(kRightMm - kLeftMm), mm(5));
    text(line, Qt::AlignLeft, m_letter.footer, face(7), kGrey);
    text(line, Qt::AlignRight, QStringLiteral("Page %1 of %2").arg(m_page).arg(qMax(m_totalPages, m_page)), face(7),
         kGrey);
}

void PdfLayout::ensureSpace(qreal height)
{
    if (m_y + height <= mm(kBottomMm))
        return;
    footer();
    if (m_draw)
        m_writer.newPage();
    ++m_page;
    continuationHeader();
}

void PdfLayout::paragraph(const QString &body, const QFont &font, const QColor &color, qreal gapAfterMm)
{
    const qreal width = mm(kRightMm - kLeftMm);
    const qreal height = textHeight(body, font, width);
    ensureSpace(height);
    text(QRectF(mm(kLeftMm), m_y, width, height), Qt::AlignLeft | Qt::TextWordWrap, body, font, color);
    m_y += height + mm(gapAfterMm);
}

void PdfLayout::smallPrint(const LetterPart &part)
{
    const QString lead = part.title.isEmpty() ? QString() : part.title + QStringLiteral(". ");
    paragraph(lead + part.text, face(7.5), kGrey, 2.2);
}

void PdfLayout::table()
{
    const LetterTable &t = m_letter.table;
    m_y += mm(1);
    tableRow(t.headers, HeaderRow);
    for (const QStringList &row : t.rows)
        tableRow(row, BodyRow);
    if (!t.total.isEmpty())
        tableRow(t.total, TotalRow);
    m_y += mm(4);
}

void PdfLayout::tableRow(const QStringList &cells, int kind)
{
    const LetterTable &t = m_letter.table;
    const qreal rowHeight = mm(5.6);
    if (m_y + rowHeight > mm(kBottomMm)) {
        ensureSpace(rowHeight * 2);
        if (kind != HeaderRow)
            tableRow(t.headers, HeaderRow); // repeat the header on the new page
    }
    const qreal left = mm(kLeftMm), width = mm(kRightMm - kLeftMm);
    if (m_draw && kind == HeaderRow)
        m_painter.fillRect(QRectF(left, m_y, width, rowHeight), kHeaderFill);
    int totalWeight = 0;
    for (int w : t.widths)
        totalWeight += w;
    qreal x = left;
    const QFont font = face(kind == TotalRow ? 8.8 : 8.3);
    const QColor color = kind == BodyRow ? kInk : kNavy;
    for (int c = 0; c < cells.size() && c < t.widths.size(); ++c) {
        const qreal cellWidth = width * t.widths[c] / qMax(1, totalWeight);
        const int align = (t.rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        const QString shown = QFontMetricsF(font, &m_writer).elidedText(cells[c], Qt::ElideRight, cellWidth - mm(3));
        text(QRectF(x + mm(1.5), m_y, cellWidth - mm(3), rowHeight), align, shown, font, color);
        x += cellWidth;
    }
    m_y += rowHeight;
    if (m_draw) {
        m_painter.setPen(QPen(kind == BodyRow ? kRule : kNavy, mm(kind == BodyRow ? 0.15 : 0.3)));
        m_painter.drawLine(QPointF(left, m_y), QPointF(left + width, m_y));
    }
}

} // namespace proofdesk::demo
