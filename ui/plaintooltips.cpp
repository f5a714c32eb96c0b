#include "plaintooltips.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QToolTip>

void PlainToolTips::install(QObject *application)
{
    if (application->findChild<PlainToolTips *>(QString(), Qt::FindDirectChildrenOnly))
        return; // once per application, however many windows install it
    application->installEventFilter(new PlainToolTips(application));
}

QString PlainToolTips::plain(const QString &text)
{
    // Escaped and wrapped, so QToolTip takes it as rich text whose only content is the
    // literal characters: no tag of the field is ever interpreted.
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto *viewport = qobject_cast<QWidget *>(watched);
    if (viewport && viewport->property(kPlainToolTip).toBool()) {
        // Its tooltip is plain text (and so is the description a screen reader reads from it).
        const auto *help = static_cast<QHelpEvent *>(event);
        if (viewport->toolTip().isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plain(viewport->toolTip()), viewport);
        return true;
    }
    auto *view = viewport ? qobject_cast<QAbstractItemView *>(viewport->parentWidget()) : nullptr;
    if (!view || view->viewport() != viewport)
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = view->indexAt(help->pos());
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), plain(text), viewport, view->visualRect(index));
    return true;
}
