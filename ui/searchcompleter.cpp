#include "searchcompleter.h"

#include <QLineEdit>
#include <QStringListModel>

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
