#include "focuschain.h"

#include <QWidget>

namespace {

// A control that Tab stops at now (one with a focus proxy is reached through its proxy).
bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisible() && w->isEnabled();
}

} // namespace

QWidget *tabStopAfter(const QList<QWidget *> &regions, QWidget *from, bool next)
{
    if (regions.isEmpty() || !from)
        return nullptr;
    QWidget *window = regions.first()->window();
    QList<QWidget *> today; // the window's controls in the focus chain's order
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain())
        if (takesTab(w))
            today << w;
    QList<QWidget *> order;
    for (QWidget *region : regions)
        for (QWidget *w : std::as_const(today))
            if ((w == region || region->isAncestorOf(w)) && !order.contains(w))
                order << w;
    const qsizetype at = order.indexOf(from);
    if (at < 0)
        return nullptr;
    return order.at((at + (next ? 1 : order.size() - 1)) % order.size());
}
