#include "statusbarlabel.h"

#include <QStatusBar>

void StatusBarLabel::setVisible(bool visible)
{
    const auto *bar = qobject_cast<const QStatusBar *>(parentWidget());
    if (visible && bar && !bar->currentMessage().isEmpty())
        return; // the bar shows it when the message ends (QStatusBar::hideOrShow)
    ElidedLabel::setVisible(visible);
}
