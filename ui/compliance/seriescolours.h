#pragma once

#include <QColor>
#include <QString>

// The colours of the dashboard's series. A series that counts something with a meaning (a
// delivery outcome, a channel, open or reviewed findings, held communications) has one hue
// in every chart and theme: failed is red, delivered green, whatever the palette. The shade
// is made readable on the chart's background (at least 3:1, WCAG's contrast for graphics),
// lighter on a dark one, darker on a light one, without changing the hue.
namespace seriescolours {

// The colour of series `key` (ChartSeries::key) drawn on `background`; a series without a
// key takes the `index`-th of a set of hues without the outcomes' green, orange and red.
QColor forSeries(const QString &key, int index, const QColor &background);

// `colour` with its value moved away from `background`'s until their contrast is at least
// `ratio` (or as far as it goes); the hue stays.
QColor readableOn(QColor colour, const QColor &background, double ratio = 3.0);

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

} // namespace seriescolours
