#include "searchcompleter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>

namespace {

// The enabled action of the search box's window that `key` is a shortcut of.
QAction *windowAction(const QWidget *box, const QKeyEvent *key)
{
    if (!box || !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return nullptr;
    const QKeySequence pressed(key->keyCombination());
    const QList<QAction *> actions = box->window()->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isEnabled() && action->shortcuts().contains(pressed))
            return action;
    }
    return nullptr;
}

} // namespace

SearchCompleter::SearchCompleter(QObject *parent)
    : QCompleter(parent)
    , m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

bool SearchCompleter::eventFilter(QObject *watched, QEvent *event)
{
    // The event's type first: popup() makes the popup when there is none, which sends events
    // here. A shortcut is first offered to the popup as ShortcutOverride (the key itself never
    // comes when the window's shortcut cannot take it).
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (key && watched == popup() && popup()->isVisible()) {
        if (QAction *action = windowAction(widget(), static_cast<QKeyEvent *>(event))) {
            event->accept();
            popup()->hide();
            action->trigger();
            return true;
        }
    }
    return QCompleter::eventFilter(watched, event);
}

void SearchCompleter::setCompletions(const QStringList &completions) { m_model->setStringList(completions); }

int SearchCompleter::wordStart(const QString &text)
{
    int start = 0;
    bool inQuote = false;
    // The last space outside quotes ends the previous word: `field:"two words` is one word.
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"'))
            inQuote = !inQuote;
        else if (!inQuote && text.at(i).isSpace())
            start = i + 1;
    }
    while (start < text.size() && (text.at(start) == QLatin1Char('-') || text.at(start) == QLatin1Char('(')))
        ++start;
    return start;
}

QStringList SearchCompleter::splitPath(const QString &path) const { return {path.mid(wordStart(path))}; }

QString SearchCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString completion = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<QLineEdit *>(widget());
    if (!edit)
        return completion;
    const QString text = edit->text();
    return text.left(wordStart(text)) + completion;
}
