#pragma once

#include "search/querynode.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QAction;
class QHBoxLayout;
class QLineEdit;
class QTimer;
class QToolButton;
class SearchCompleter;

// The search box with what belongs to it: the exact total, the error of a malformed query
// under the box (message and the offending part highlighted), and the typing debounce that
// turns keystrokes into searches. It holds no results itself.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    // Keys that come closer together than this (autorepeat, a burst from a remote session, a
    // test's keyClicks) are coalesced: the first searches at once, the rest once at the end of
    // the burst. A person typing leaves 80-200 ms between keys, so each of their keystrokes
    // searches at once, with no wait added to the keystroke-to-results time (budget: 100 ms).
    // That costs little, because a newer search interrupts an older one that still runs
    // (SearchService, QueryInterrupter) and only the newest result is ever shown.
    static constexpr int kDebounceMs = 35;

    explicit SearchBar(QWidget *parent = nullptr);

    // Tests set their own (0: coalesce only what arrives before the event loop runs).
    void setDebounceMs(int ms);
    int debounceMs() const;

    QString text() const;
    // Replaces the text and searches at once (filters, saved searches, history, links).
    void setQuery(const QString &query);
    void setCompletions(const QStringList &completions);
    void focusSearch();
    QLineEdit *lineEdit() const { return m_edit; }
    // Milliseconds since the keystroke (or clear-button click) that produced the text being
    // searched; -1 when the text came from setQuery (filters, saved searches, history).
    qint64 msSinceLastKeystroke() const { return m_lastKeystroke.isValid() ? m_lastKeystroke.elapsed() : -1; }

    void showSearching();
    // The first page is shown; its matches are being counted (showTotal follows).
    void showCounting();
    void showTotal(qint64 total);
    // With the repositories' answer (Search the Repositories Too): the cache's exact total and
    // what the repositories hold apart ("1,234 cached + 56 in repositories"), or that they
    // are being searched.
    void showRemoteTotal(qint64 cached, int remote, bool searching);
    // A button for `action` between the box and the total (Search the Repositories Too).
    QToolButton *addButton(QAction *action);
    void showError(const proofdesk::search::QueryError &error);
    void showFailure(const QString &message);
    void clearError();
    bool hasError() const;
    QString errorText() const;
    QString totalText() const;

signals:
    // The text to search for: at once for a keystroke after a pause, Return and setQuery; at
    // the end of a burst of keys for the rest. Not repeated when only spaces around the last
    // search changed.
    void searchRequested(const QString &query);
    // The user typed (not a programmatic change): the filter controls follow the box.
    void textEdited(const QString &text);
    // The debounce after a keystroke ran out, whether or not that searched (a space after a
    // word does not): tests wait on it instead of sleeping past the debounce.
    void typingSettled();

private:
    void searchAsTyped();
    // A keystroke (or the clear button): searches at once after a pause, else at the burst's end.
    void keystroke();
    void emitSearch();
    void searchIfChanged();

    QLineEdit *m_edit;
    QLabel *m_total;
    QHBoxLayout *m_row;
    QLabel *m_error;
    QTimer *m_debounce;
    QElapsedTimer m_lastKeystroke;
    QString m_lastSearched; // what searchRequested last carried (the window opens on "")
    SearchCompleter *m_completer;
};
