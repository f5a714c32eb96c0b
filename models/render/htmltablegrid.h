#pragma once

#include <QList>
#include <QtGlobal>
#include <map>

namespace proofdesk::render {

// The cells QTextHtmlImporter::scanTable gives one table to QTextCursor::insertTable: a row for
// each <tr> and as many columns as the widest row reaches, a row counting the columns its cells
// span and those that cells of the rows above span down into it. Cells spanning 60,000 columns
// and rows, ten of them in a letter of 551 bytes, made a table Qt was still filling after 4
// minutes. Counted as an upper bound: every span still open from above is counted in a row.
class HtmlTableGrid
{
public:
    void startRow();
    void addCell(qint64 colspan, qint64 rowspan);
    // Rows × columns (saturating), once the last row is in.
    qint64 cells();

private:
    void finishRow();

    qint64 m_rows = 0;
    qint64 m_columns = 0;
    qint64 m_rowColumns = 0; // of the row being read
    bool m_rowHasCells = false;
    QList<std::pair<qint64, qint64>> m_rowSpans; // the row's cells spanning rows: rows, columns
    std::multimap<qint64, qint64> m_spans;       // from rows above: the row it ends before, columns
    qint64 m_spanColumns = 0;
};

} // namespace proofdesk::render
