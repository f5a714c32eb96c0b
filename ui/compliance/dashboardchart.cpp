#include "dashboardchart.h"

#include "filedialog.h"
#include "seriescolours.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtMath>
#include <algorithm>
#include <cmath>

static QString defaultHint()
{
    return DashboardChart::tr("Click a bar or point to open its communications; right-click to save as PNG");
}

DashboardChart::DashboardChart(Style style, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_style(style)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setToolTip(defaultHint());
    setFocusPolicy(Qt::StrongFocus);
    applyPalette();
}

void DashboardChart::setData(const proofdesk::compliance::ChartData &data)
{
    m_data = data;
    rebuild();
}

void DashboardChart::rebuild()
{
    m_s = 0;
    m_c = 0;
    setAccessibleName(m_data.title);
    viewport()->setAccessibleName(m_data.title); // the drawing surface, a focus stop of its own
    setAccessibleDescription(numbersText());
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(m_data.subtitle.isEmpty() ? m_data.title
                                          : QStringLiteral("%1<br><small>%2</small>")
                                                .arg(m_data.title.toHtmlEscaped(), m_data.subtitle.toHtmlEscaped()));
    if (m_style != Style::Lines)
        addBars();
    else
        addLines();
    c->legend()->setVisible(m_data.series.size() > 1);
    applyPalette();
}

// Long category runs (26 weeks) show every k-th label; the others are distinct blanks,
// since a category axis needs unique names. The data keeps every label.
static QStringList shownCategories(const QStringList &categories, bool reversed)
{
    QStringList shown;
    const int n = int(categories.size());
    const int every = n > 12 ? (n + 7) / 8 : 1;
    for (int i = 0; i < n; ++i)
        shown << (i % every == 0 ? categories.at(i) : QString(i + 1, QLatin1Char(' ')));
    if (reversed)
        std::reverse(shown.begin(), shown.end());
    return shown;
}

void DashboardChart::addBars()
{
    const bool horizontal = m_style == Style::HorizontalBars;
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    QList<qint64> totals(m_data.categories.size(), 0);
    for (int s = 0; s < m_data.series.size(); ++s) {
        auto *set = new QBarSet(m_data.series.at(s).name);
        const int n = int(m_data.categories.size());
        // Horizontal bars are drawn bottom-up: reversed, the first category is on top.
        for (int i = 0; i < n; ++i) {
            const int c = horizontal ? n - 1 - i : i;
            const qint64 v = m_data.series.at(s).values.value(c);
            *set << double(v);
            totals[c] += v;
        }
        connect(set, &QBarSet::clicked, this,
                [this, s, horizontal, n](int i) { activate(s, horizontal ? n - 1 - i : i); });
        connect(set, &QBarSet::hovered, this,
                [this, s, horizontal, n](bool on, int i) { showHint(on, s, horizontal ? n - 1 - i : i); });
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart()->addSeries(series);
    addAxes(series, totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend()), horizontal);
}

void DashboardChart::addLines()
{
    qint64 max = 0;
    QLineSeries *first = nullptr;
    for (int s = 0; s < m_data.series.size(); ++s) {
        auto *line = new QLineSeries;
        line->setName(m_data.series.at(s).name);
        line->setPointsVisible(true);
        for (int c = 0; c < m_data.categories.size(); ++c) {
            const qint64 v = m_data.series.at(s).values.value(c);
            line->append(c, double(v));
            max = qMax(max, v);
        }
        connect(line, &QLineSeries::clicked, this, [this, s](const QPointF &p) { activate(s, qRound(p.x())); });
        connect(line, &QLineSeries::hovered, this,
                [this, s](const QPointF &p, bool on) { showHint(on, s, qRound(p.x())); });
        chart()->addSeries(line);
        first = first ? first : line;
    }
    if (first)
        addAxes(first, max, false);
    for (QAbstractSeries *other : chart()->series()) {
        if (other != first)
            for (QAbstractAxis *axis : chart()->axes())
                other->attachAxis(axis);
    }
}

// Whole-number ticks at a round step (1, 2, 5, 10, 20, 50, …) so that counts read as counts.
static double niceStep(qint64 max)
{
    const double raw = qMax(1.0, double(max) / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return qMax(1.0, m * magnitude);
    }
    return 10.0 * magnitude;
}

void DashboardChart::addAxes(QAbstractSeries *series, qint64 max, bool horizontal)
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QAbstractAxis *categories = nullptr;
    const int n = int(m_data.categories.size());
    if (!horizontal) {
        // One label per group of bars, centred over the group, as many as fit uncut (26 weeks
        // in a narrow chart: every fourth); a bar-category axis would cut every label to one
        // bar's width. labelCategories() regroups them when the chart is resized.
        auto *groups = new QCategoryAxis;
        groups->setStartValue(-0.5);
        groups->setRange(-0.5, n - 0.5);
        groups->setGridLineVisible(false);
        categories = groups;
    } else {
        auto *bars = new QBarCategoryAxis;
        bars->append(shownCategories(m_data.categories, horizontal));
        categories = bars;
    }
    categories->setLabelsFont(small);
    auto *values = new QValueAxis;
    const double step = niceStep(max);
    values->setRange(0, std::ceil((double(max) + 1) / step) * step);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    // The counts in the reader's digits and grouping (12.345 in German, 12,345 in English). With
    // localized numbers Qt Charts reads the format as "%.<precision><conversion>" only and draws
    // an empty label for anything else, "%d" included (354af95): "%.0f" is the locale's whole number.
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart()->setLocale(locale());
    chart()->setLocalizeNumbers(true);
    values->setLabelsFont(small);
    values->setTitleText(m_data.valueAxisTitle);
    chart()->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    labelCategories();
}

// The category labels of vertical bars and lines: a label every k categories, k the
// smallest with which the widest label fits its group's width.
void DashboardChart::labelCategories()
{
    QCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart()->axes(Qt::Horizontal))
        axis = axis ? axis : qobject_cast<QCategoryAxis *>(a);
    const int n = int(m_data.categories.size());
    if (!axis || n == 0)
        return;
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const QString &label : m_data.categories)
        widest = qMax(widest, metrics.horizontalAdvance(label));
    // The plot is the chart less the value axis, its title and the margins.
    qreal plot = width() - 4 * metrics.height() - metrics.horizontalAdvance(QStringLiteral("0000"));
    if (chart()->plotArea().width() > 0) // laid out before: the narrower is the safe one
        plot = qMin(plot, chart()->plotArea().width());
    plot = qMax<qreal>(40, plot);
    // Qt Charts gives each label an equal share of the axis, less padding, and cuts what is
    // wider: room for the widest with a quarter to spare.
    const qreal needed = widest * 1.25 + metrics.averageCharWidth() * 2;
    int every = 1;
    while (every < n && plot / std::ceil(double(n) / every) < needed)
        ++every;
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    for (int i = 0; i < n; i += every)
        axis->append(m_data.categories.at(i), qMin(n, i + every) - 0.5);
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    labelCategories();
}

void DashboardChart::activate(int s, int c)
{
    const QString query = m_data.queryAt(s, c);
    if (!query.isEmpty())
        emit queryRequested(query);
}

QString DashboardChart::hint(int s, int c) const
{
    if (s < 0 || s >= m_data.series.size() || c < 0 || c >= m_data.categories.size())
        return defaultHint();
    const proofdesk::compliance::ChartSeries &series = m_data.series.at(s);
    QString text = tr("%1, %2: %3").arg(series.name, m_data.categories.at(c)).arg(series.values.value(c));
    const QString query = m_data.queryAt(s, c);
    if (!query.isEmpty())
        text += QLatin1Char('\n') + tr("Click to search: %1").arg(query);
    if (!m_data.isExact(s, c))
        text += QLatin1Char('\n') + tr("Approximate: %1").arg(m_data.note);
    return text;
}

void DashboardChart::showHint(bool on, int s, int c) { setToolTip(on ? hint(s, c) : defaultHint()); }

// The chart follows the application palette: the dark theme for a dark window colour.
void DashboardChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QString title = chart()->title();
    if (chart()->theme() != (dark ? QChart::ChartThemeDark : QChart::ChartThemeLight))
        chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setTitle(title);
    chart()->setBackgroundBrush(pal.base());
    chart()->setTitleBrush(pal.text());
    chart()->legend()->setLabelColor(pal.color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.text());
        axis->setLabelsFont(small); // a new theme sets its own
    }
    chart()->legend()->setFont(small);        // four outcomes in German fit one row
    chart()->legend()->setShowToolTips(true); // and a name still cut shows whole on hover
    QFont f = font();
    f.setBold(true);
    chart()->setTitleFont(f);
    colourSeries(pal.color(QPalette::Base));
    labelCategories(); // in the font just set
}

// After the theme, which gives each series its own colours by position: every series keeps
// the colour of what it counts (seriescolours), in a shade readable on `background`.
void DashboardChart::colourSeries(const QColor &background)
{
    const auto colourOf = [this, &background](int s) {
        const QString key = s < m_data.series.size() ? m_data.series.at(s).key : QString();
        return seriescolours::forSeries(key, s, background);
    };
    const QList<QAbstractSeries *> all = chart()->series();
    for (int i = 0; i < all.size(); ++i) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(all.at(i))) {
            const QList<QBarSet *> sets = bars->barSets();
            for (int s = 0; s < sets.size(); ++s) {
                sets.at(s)->setColor(colourOf(s));
                sets.at(s)->setBorderColor(background); // a thin gap between stacked parts
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(all.at(i))) {
            QPen pen(colourOf(i));
            pen.setWidthF(2.0);
            line->setPen(pen);
            line->setBrush(pen.color()); // the points
        }
    }
}

QColor DashboardChart::seriesColour(int s) const
{
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            return s < bars->count() ? bars->barSets().at(s)->color() : QColor();
    }
    const QList<QAbstractSeries *> all = chart()->series();
    if (s < all.size())
        if (auto *line = qobject_cast<QLineSeries *>(all.at(s)))
            return line->pen().color();
    return QColor();
}

void DashboardChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

bool DashboardChart::savePng(const QString &path) { return grab().save(path, "PNG"); }

QString DashboardChart::numbersText() const
{
    QStringList lines;
    for (int c = 0; c < m_data.categories.size(); ++c) {
        QStringList values;
        for (const auto &series : m_data.series)
            values << QStringLiteral("%1 %2").arg(series.name, QLocale().toString(series.values.value(c)));
        lines << QStringLiteral("%1: %2").arg(m_data.categories.at(c), values.join(QLatin1String(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void DashboardChart::moveKeyboardPoint(int ds, int dc)
{
    if (m_data.series.isEmpty() || m_data.categories.isEmpty())
        return;
    m_s = qBound(0, m_s + ds, int(m_data.series.size()) - 1);
    m_c = qBound(0, m_c + dc, int(m_data.categories.size()) - 1);
    const QString text = hint(m_s, m_c);
    setToolTip(text);
    // Said by a screen reader as the chart's description, and shown where a mouse would show it.
    setAccessibleDescription(text);
    QToolTip::showText(mapToGlobal(QPoint(width() / 2, height() / 3)), text, this);
}

void DashboardChart::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    setAccessibleDescription(tr("Left and Right choose a bar, Up and Down a series, Return opens its "
                                "communications.")
                             + QLatin1Char('\n') + numbersText());
}

void DashboardChart::keyPressEvent(QKeyEvent *event)
{
    // Horizontal bars list their categories top to bottom: Up and Down move along them.
    const bool horizontal = m_style == Style::HorizontalBars;
    switch (event->key()) {
    case Qt::Key_Left:
        moveKeyboardPoint(horizontal ? -1 : 0, horizontal ? 0 : -1);
        return;
    case Qt::Key_Right:
        moveKeyboardPoint(horizontal ? 1 : 0, horizontal ? 0 : 1);
        return;
    case Qt::Key_Up:
        moveKeyboardPoint(horizontal ? 0 : 1, horizontal ? -1 : 0);
        return;
    case Qt::Key_Down:
        moveKeyboardPoint(horizontal ? 0 : -1, horizontal ? 1 : 0);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_s, m_c);
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

QWidget *DashboardChart::numbersTable(QWidget *parent)
{
    auto *table = new QTableWidget(int(m_data.categories.size()), int(m_data.series.size()), parent);
    table->setObjectName(QStringLiteral("chartNumbers"));
    table->setAccessibleName(tr("The numbers of %1").arg(m_data.title));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setVerticalHeaderLabels(m_data.categories);
    QStringList names;
    for (int s = 0; s < m_data.series.size(); ++s) {
        names << m_data.series.at(s).name;
        for (int c = 0; c < m_data.categories.size(); ++c) {
            auto *item = new QTableWidgetItem(QLocale().toString(m_data.series.at(s).values.value(c)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(hint(s, c));
            table->setItem(c, s, item);
        }
    }
    table->setHorizontalHeaderLabels(names);
    connect(table, &QTableWidget::activated, this, [this](const QModelIndex &i) { activate(i.column(), i.row()); });
    return table;
}

void DashboardChart::showNumbers()
{
    QDialog dialog(this);
    dialog.setWindowTitle(m_data.title);
    auto *layout = new QVBoxLayout(&dialog);
    QWidget *table = numbersTable(&dialog);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(this, &DashboardChart::queryRequested, &dialog, &QDialog::accept); // a row opened: back to Review
    layout->addWidget(buttons);
    dialog.resize(520, 420);
    dialog.exec();
}

void DashboardChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *numbers = menu.addAction(tr("Show the &Numbers…"));
    QAction *save = menu.addAction(tr("Save Chart as PNG…"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == numbers)
        showNumbers();
    if (chosen != save)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Save Chart"),
                                                     QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                                                         + QLatin1Char('/') + m_data.title + QStringLiteral(".png"),
                                                     tr("PNG images (*.png)"));
    if (!path.isEmpty())
        savePng(path);
}
