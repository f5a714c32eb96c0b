#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

// Colours that carry a meaning in text (approved, refused, verified, failed) and the check
// that every text colour the window draws is readable on its background: WCAG 2.1 contrast
// (EN 301 549 9.1.4.3), 4.5:1 for text, 3:1 for large text. Models and widgets take their
// meaning colours here, so that light and dark both stay readable (#41: "Refused" was 2.13:1
// on the dark palette, the verify line 1.80).
namespace proofdesk::itemmodels::tones {

enum class Tone { Good, Bad, Warning };

// A text colour for `tone` readable on `palette`'s Base, AlternateBase and Window.
QColor text(Tone tone, const QPalette &palette);
// The same on the application's palette now.
QColor text(Tone tone);

// WCAG 2.1 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

struct Pair
{
    QString name;
    QColor text;
    QColor background;
    bool large = false; // 18 pt, or 14 pt bold: 3:1 suffices
};

// Every text/background pair of `palette` the widgets draw, with the meaning colours on each
// background they are drawn on.
QList<Pair> pairs(const QPalette &palette);

} // namespace proofdesk::itemmodels::tones
