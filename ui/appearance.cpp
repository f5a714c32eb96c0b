#include "appearance.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QProcess>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <memory>

namespace appearance {

namespace {

constexpr char kKey[] = "appearance/theme";

// What the application started with, to go back to for System.
struct Original
{
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original o{QApplication::style()->name(), QApplication::palette()};
    return o;
}

} // namespace

QPalette lightPalette()
{
    // Fusion's, with the two pairs below 4.5:1 made darker (#41): placeholders (4.00:1) and
    // white on the selected row (3.69:1).
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    p.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f, 0x64, 0xa8));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f, 0x64, 0xa8));
    return p;
}

QPalette darkPalette()
{
    // Contrasts chosen for text at WCAG AA on every role the widgets use.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x82, 0x88), highlight(0x2a, 0x6f, 0xbd); // white on it: 5.1:1
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa3)); // 6:1 on Base (was 4.29)
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb2, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x52));
    return p;
}

Theme fromName(const QString &n)
{
    if (n.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Theme::Dark;
    if (n.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Theme::Light;
    return Theme::System;
}

QString name(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme saved() { return fromName(QSettings().value(QLatin1String(kKey)).toString()); }

void save(Theme theme) { QSettings().setValue(QLatin1String(kKey), name(theme)); }

bool systemPrefersDark()
{
    // Qt 6.4 has no colour scheme hint (6.5's QStyleHints::colorScheme): GNOME's setting, or a
    // GTK theme named ":dark", as Debian's desktops say it (#41: System never turned dark).
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    const QString scheme = qEnvironmentVariable("PROOFDESK_COLOR_SCHEME"); // tests, and desktops without gsettings
    if (!scheme.isEmpty())
        return scheme.contains(QLatin1String("dark"), Qt::CaseInsensitive);
    QProcess gsettings;
    gsettings.start(QStringLiteral("gsettings"), {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                                                  QStringLiteral("color-scheme")});
    if (!gsettings.waitForFinished(500)) {
        gsettings.kill();
        gsettings.waitForFinished(100);
        return false;
    }
    return QString::fromUtf8(gsettings.readAllStandardOutput()).contains(QLatin1String("prefer-dark"));
}

void apply(Theme theme)
{
    const Original &start = original(); // captured before the first change
    const bool startedLight = start.palette.color(QPalette::Window).lightness() >= 128;
    if (theme == Theme::System && !(startedLight && systemPrefersDark())) {
        QApplication::setStyle(QStyleFactory::create(start.style));
        QApplication::setPalette(start.palette);
        return;
    }
    if (theme == Theme::System)
        theme = Theme::Dark; // the desktop is dark but Qt was not told: our dark palette
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

void addMenu(QMainWindow *window)
{
    QAction *help = nullptr;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->menu()->objectName() == QLatin1String("helpMenu"))
            help = a;
    }
    auto *view = new QMenu(QApplication::translate("appearance", "&View"), window);
    view->setObjectName(QStringLiteral("viewMenu"));
    window->menuBar()->insertMenu(help, view);
    QMenu *menu = view->addMenu(QApplication::translate("appearance", "&Appearance"));
    auto *group = new QActionGroup(menu);
    const Theme current = saved();
    const struct
    {
        Theme theme;
        QString text;
        QString tip;
    } choices[] = {
        {Theme::System, QApplication::translate("appearance", "Follow the &System"),
         QApplication::translate("appearance", "Use the desktop's style and light or dark palette")},
        {Theme::Light, QApplication::translate("appearance", "&Light"),
         QApplication::translate("appearance", "Light palette, whatever the desktop uses")},
        {Theme::Dark, QApplication::translate("appearance", "&Dark"),
         QApplication::translate("appearance", "Dark palette, whatever the desktop uses")},
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(QStringLiteral("appearance_") + name(choice.theme));
        action->setStatusTip(choice.tip);
        action->setCheckable(true);
        action->setChecked(choice.theme == current);
        group->addAction(action);
        const Theme theme = choice.theme;
        QObject::connect(action, &QAction::triggered, window, [theme] {
            save(theme);
            apply(theme);
        });
    }
}

} // namespace appearance
