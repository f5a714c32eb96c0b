#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace proofdesk::search {
class SearchService;
struct SearchResult;
} // namespace proofdesk::search

// The search a new legal hold covers, typed or corrected in the New Hold dialog, with what it
// would hold before anything is applied: "Would hold 1,234 communications", or why the query
// is not a search (the parser's message and where). The count runs on the search worker
// (SearchService, the query the hold will resolve) a moment after the typing stops, so a
// million-row cache never stalls the dialog.
class HoldQueryField : public QWidget
{
    Q_OBJECT

public:
    // Long enough to wait for a word to be finished: every count is a full search.
    static constexpr int kDebounceMs = 250;

    explicit HoldQueryField(const QString &databasePath, QWidget *parent = nullptr);

    // Puts `query` in the box and counts it at once (the dialog's first text).
    void setQuery(const QString &query);
    QString query() const; // trimmed
    // The text in the box was counted, is a valid search and finds something to hold.
    bool isReady() const;
    // What the text in the box finds; -1 while unknown (counting, invalid, empty).
    qint64 count() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // isReady() or what the status says changed.
    void stateChanged();

private:
    void countNow();
    void onCounted(int generation, const proofdesk::search::SearchResult &result);
    void onFailed(int generation, const QString &message);
    void showStatus(const QString &text);

    QLineEdit *m_edit;
    QLabel *m_status;
    QTimer *m_debounce;
    proofdesk::search::SearchService *m_search;
    int m_generation = 0;
    QString m_submitted; // the text of the count on its way
    QString m_counted;   // the text whose count (or error) is shown
    qint64 m_count = -1; // of m_counted; -1 when it is not a search
};
