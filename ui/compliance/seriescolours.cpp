#include "seriescolours.h"

#include <QHash>
#include <QList>
#include <cmath>

namespace seriescolours {

namespace {

// The hues with a meaning, at a middle shade; readableOn() adapts them to the background.
const QHash<QString, QColor> &keyed()
{
    static const QHash<QString, QColor> colours = {
        // Delivery outcomes: good green, degrees of trouble from orange to red.
        {QStringLiteral("delivered"), QColor(0x2e, 0x9d, 0x3a)},
        {QStringLiteral("bounced"), QColor(0xef, 0x7d, 0x00)},
        {QStringLiteral("returned"), QColor(0xb8, 0x8a, 0x00)},
        {QStringLiteral("failed"), QColor(0xd3, 0x2f, 0x2f)},
        // Channels.
        {QStringLiteral("email"), QColor(0x1e, 0x78, 0xd2)},
        {QStringLiteral("print"), QColor(0x8d, 0x6e, 0x63)},
        {QStringLiteral("web"), QColor(0x00, 0x96, 0xa7)},
        {QStringLiteral("mobile"), QColor(0x5c, 0x6b, 0xc0)},
        {QStringLiteral("sms"), QColor(0xc2, 0x18, 0x5b)},
        // Findings: open ones call for attention, reviewed ones are settled.
        {QStringLiteral("open"), QColor(0xe6, 0x4a, 0x19)},
        {QStringLiteral("findings"), QColor(0xe6, 0x4a, 0x19)},
        {QStringLiteral("reviewed"), QColor(0x78, 0x90, 0x9c)},
        // Legal holds.
        {QStringLiteral("held"), QColor(0x8e, 0x24, 0xaa)},
    };
    return colours;
}

// For series without a meaning (retention classes): hues apart from the outcomes' red,
// orange and green, so that no class reads as "failed" or "delivered".
const QList<QColor> &unkeyed()
{
    static const QList<QColor> colours = {QColor(0x1e, 0x78, 0xd2), QColor(0x00, 0x96, 0xa7), QColor(0x8e, 0x24, 0xaa),
                                          QColor(0x8d, 0x6e, 0x63), QColor(0x5c, 0x6b, 0xc0), QColor(0xc2, 0x18, 0x5b),
                                          QColor(0x60, 0x7d, 0x8b), QColor(0x00, 0x79, 0x6b)};
    return colours;
}

double channel(double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableOn(QColor colour, const QColor &background, double ratio)
{
    // Towards white on a background darker than the middle, towards black otherwise.
    const bool darkBackground = luminance(background) < 0.18;
    for (int step = 0; step < 60 && contrast(colour, background) < ratio; ++step) {
        const QColor next = darkBackground ? colour.lighter(106) : colour.darker(106);
        if (next == colour)
            break;
        colour = next;
    }
    return colour;
}

QColor forSeries(const QString &key, int index, const QColor &background)
{
    const QColor base = keyed().value(key.toLower(), unkeyed().at(qMax(0, index) % unkeyed().size()));
    return readableOn(base, background);
}

} // namespace seriescolours
