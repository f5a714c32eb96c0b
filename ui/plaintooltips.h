#pragma once

#include <QObject>

// Item views show an index's tooltip through QToolTip, which renders anything that looks
// like markup, so a repository field such as <img src="file:///…"> in a delivery detail or a
// metadata value would load a local file (or freeze on /dev/zero). Installed on the
// application, this filter shows every item view's tooltip as plain text instead.
class PlainToolTips : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    static void install(QObject *application);
    // A widget with this property set to true keeps its tooltip as plain text, and is shown so
    // (a screen reader reads the tooltip as the widget's description: no markup in it, #41).
    static constexpr char kPlainToolTip[] = "plainToolTip";
    // The tooltip text as QToolTip shows it: rich text that displays `text` literally.
    static QString plain(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
