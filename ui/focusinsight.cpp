#include "focusinsight.h"

#include <QApplication>
#include <QScrollArea>

void keepFocusInSight(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        QWidget *contents = area->widget();
        if (now && contents && contents->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
}
