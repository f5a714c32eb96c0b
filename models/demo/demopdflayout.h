#pragma once

#include "demoletter.h"

#include <QColor>
#include <QFont>

class QPainter;
class QPdfWriter;

namespace proofdesk::demo {

constexpr int kPdfDpi = 300;

// Lays a letter out on A4 pages. Run once without drawing to count the pages, then again
// drawing; both runs take identical decisions, so the page count the footers print is right.
class PdfLayout
{
public:
    PdfLayout(QPainter &painter, QPdfWriter &writer, const Letter &letter, bool draw, int totalPages);
    int run(); // the number of pages used

private:
    void firstPageHeader();
    void continuationHeader();
    void footer();
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal gapAfterMm);
    void smallPrint(const LetterPart &part);
    void table();
    void tableRow(const QStringList &cells, int kind);
    void ensureSpace(qreal height);
    void text(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &color);
    qreal textHeight(const QString &text, const QFont &font, qreal width);

    QPainter &m_painter;
    QPdfWriter &m_writer;
    const Letter &m_letter;
    bool m_draw;
    int m_totalPages;
    int m_page = 1;
    qreal m_y = 0;
};

} // namespace proofdesk::demo
