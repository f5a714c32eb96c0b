#include "htmltablegrid.h"

#include <limits>

namespace proofdesk::render {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 4;

qint64 saturatingAdd(qint64 a, qint64 b) { return a > kMax - b ? kMax : a + b; }

} // namespace

void HtmlTableGrid::startRow()
{
    finishRow();
    ++m_rows;
}

void HtmlTableGrid::addCell(qint64 colspan, qint64 rowspan)
{
    if (m_rows == 0) // a cell before any row: Qt gives it a row
        ++m_rows;
    colspan = qMax<qint64>(1, colspan);
    m_rowColumns = saturatingAdd(m_rowColumns, colspan);
    m_rowHasCells = true;
    if (rowspan > 1)
        m_rowSpans.append({rowspan, colspan});
}

void HtmlTableGrid::finishRow()
{
    if (!m_rowHasCells)
        return;
    const qint64 row = m_rows - 1;
    while (!m_spans.empty() && m_spans.begin()->first <= row) {
        m_spanColumns -= m_spans.begin()->second;
        m_spans.erase(m_spans.begin());
    }
    m_columns = qMax(m_columns, saturatingAdd(m_rowColumns, m_spanColumns));
    for (const auto &[rows, columns] : std::as_const(m_rowSpans)) {
        m_spans.emplace(saturatingAdd(row, rows), columns);
        m_spanColumns = saturatingAdd(m_spanColumns, columns);
    }
    m_rowSpans.clear();
    m_rowColumns = 0;
    m_rowHasCells = false;
}

qint64 HtmlTableGrid::cells()
{
    finishRow();
    if (m_rows == 0 || m_columns == 0)
        return 0;
    return m_columns > kMax / m_rows ? kMax : m_rows * m_columns;
}

} // namespace proofdesk::render
