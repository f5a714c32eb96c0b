#include "tones.h"

#include <QGuiApplication>
#include <cmath>

namespace proofdesk::itemmodels::tones {

namespace {

bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

QColor text(Tone tone, const QPalette &palette)
{
    // Each at least 4.5:1 on white, #f7f7f7 and Fusion's window grey (light), and on the dark
    // palette's #1e1f22, #26282c and #2b2d31 (dark): the contrast test checks every pair.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xa3, 0x1a, 0x1a);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x7a, 0x4a, 0x00);
    }
    return palette.color(QPalette::Text);
}

QColor text(Tone tone) { return text(tone, QGuiApplication::palette()); }

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QList<Pair> pairs(const QPalette &p)
{
    const auto c = [&p](QPalette::ColorRole role) { return p.color(QPalette::Active, role); };
    QList<Pair> out = {
        {QStringLiteral("WindowText on Window"), c(QPalette::WindowText), c(QPalette::Window)},
        {QStringLiteral("Text on Base"), c(QPalette::Text), c(QPalette::Base)},
        {QStringLiteral("Text on AlternateBase"), c(QPalette::Text), c(QPalette::AlternateBase)},
        {QStringLiteral("ButtonText on Button"), c(QPalette::ButtonText), c(QPalette::Button)},
        {QStringLiteral("HighlightedText on Highlight (selected row)"), c(QPalette::HighlightedText),
         c(QPalette::Highlight)},
        {QStringLiteral("PlaceholderText on Base"), c(QPalette::PlaceholderText), c(QPalette::Base)},
        {QStringLiteral("ToolTipText on ToolTipBase"), c(QPalette::ToolTipText), c(QPalette::ToolTipBase)},
        {QStringLiteral("Link on Base"), c(QPalette::Link), c(QPalette::Base)},
    };
    const QList<std::pair<QString, Tone>> meanings = {{QStringLiteral("good"), Tone::Good},
                                                      {QStringLiteral("bad"), Tone::Bad},
                                                      {QStringLiteral("warning"), Tone::Warning}};
    for (const auto &[name, tone] : meanings) {
        for (const auto role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window})
            out.append({QStringLiteral("%1 text on %2")
                            .arg(name, role == QPalette::Window ? QStringLiteral("Window")
                                       : role == QPalette::Base ? QStringLiteral("Base")
                                                                : QStringLiteral("AlternateBase")),
                        text(tone, p), c(role)});
    }
    return out;
}

} // namespace proofdesk::itemmodels::tones
