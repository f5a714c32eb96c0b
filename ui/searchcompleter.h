#pragma once

#include <QCompleter>

class QStringListModel;

// Completes the word under the end of the search text: field names ("cu" -> "customer:")
// and known values ("type:re" -> "type:renewal_letter"), keeping the rest of the query and
// a leading '-' or '(' of the word as typed.
class SearchCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit SearchCompleter(QObject *parent = nullptr);

    void setCompletions(const QStringList &completions);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

    // Where the completed word starts in `text` (after a space, '-' or '(').
    static int wordStart(const QString &text);

protected:
    // The open popup has the keyboard (a window of its own): a window's shortcut such as Ctrl+1
    // (to the results) reached the popup instead, was lost, and the next Return accepted a
    // completion. Such a key closes the popup and triggers the window's action.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringListModel *m_model;
};
