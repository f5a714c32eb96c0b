#include "appearance.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

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

QPalette darkPalette()
{
    // Contrasts chosen for text at WCAG AA on every role the widgets use.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x82, 0x88), highlight(0x3d, 0x8e, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
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

} // namespace

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

void apply(Theme theme)
{
    const Original &start = original(); // captured before the first change
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(start.style));
        QApplication::setPalette(start.palette);
        return;
    }
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : fusion->standardPalette());
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
