#pragma once

#include "search/querynode.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class SearchCompleter;

// The search box with what belongs to it: the exact total, the error of a malformed query
// under the box (message and the offending part highlighted), and the typing debounce that
// turns keystrokes into searches. It holds no results itself.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 150;

    explicit SearchBar(QWidget *parent = nullptr);

    QString text() const;
    // Replaces the text and searches at once (filters, saved searches, history, links).
    void setQuery(const QString &query);
    void setCompletions(const QStringList &completions);
    void focusSearch();
    QLineEdit *lineEdit() const { return m_edit; }

    void showSearching();
    void showTotal(qint64 total);
    void showError(const proofdesk::search::QueryError &error);
    void showFailure(const QString &message);
    void clearError();
    bool hasError() const;
    QString errorText() const;
    QString totalText() const;

signals:
    // The text to search for, after the debounce or at once (Return, setQuery).
    void searchRequested(const QString &query);
    // The user typed (not a programmatic change): the filter controls follow the box.
    void textEdited(const QString &text);

private:
    void emitSearch();

    QLineEdit *m_edit;
    QLabel *m_total;
    QLabel *m_error;
    QTimer *m_debounce;
    SearchCompleter *m_completer;
};
