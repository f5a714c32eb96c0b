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

private:
    QStringListModel *m_model;
};
