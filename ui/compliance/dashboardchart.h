#pragma once

#include "compliance/chartdata.h"

#include <QChartView>

// One dashboard chart: draws a ChartData as stacked bars or lines, in the application's
// palette (light or dark), and turns a click on a bar or point into the search behind it.
// The keyboard reaches the same (#41): Left/Right pick a category, Up/Down a series, Return
// opens its search; the numbers are its text alternative (accessible description, and Show
// the Numbers… in its context menu, a table whose rows open their searches too).
class DashboardChart : public QChartView
{
    Q_OBJECT

public:
    enum class Style { StackedBars, HorizontalBars, Lines };

    explicit DashboardChart(Style style, QWidget *parent = nullptr);

    void setData(const proofdesk::compliance::ChartData &data);
    const proofdesk::compliance::ChartData &data() const { return m_data; }
    // Renders the chart at its current size; false if the file cannot be written.
    bool savePng(const QString &path);
    // What a click on series `s`, category `c` does (tests call it directly).
    void activate(int s, int c);
    // The tooltip of that bar or point: its value and the search a click opens, and, when
    // that search cannot show exactly the bar, the chart's note saying why.
    QString hint(int s, int c) const;
    // The colour series `s` is drawn in (invalid if there is no such series).
    QColor seriesColour(int s) const;
    // The numbers as plain text, a line per category: "Category: series value, …".
    QString numbersText() const;
    // The bar or point the keyboard is on (series, category).
    QPoint keyboardPoint() const { return {m_s, m_c}; }
    // A table of the numbers (Return or a double-click on a cell opens its search).
    QWidget *numbersTable(QWidget *parent);

signals:
    void queryRequested(const QString &query);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void colourSeries(const QColor &background);
    void addBars();
    void addLines();
    void addAxes(QAbstractSeries *series, qint64 max, bool horizontal);
    void labelCategories();
    void showHint(bool on, int s, int c);
    void moveKeyboardPoint(int ds, int dc);
    void showNumbers();

    Style m_style;
    proofdesk::compliance::ChartData m_data;
    int m_s = 0; // the keyboard's series and category
    int m_c = 0;
};
