#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace proofdesk::itemmodels {
class ResultsModel;
}

// How long the window's searches take as a person feels them (proofdesk.ui info lines): from the
// last keystroke when the search was typed, else from its start, to its first page on screen
// (the first paint of the results after the page came), to its exact total, and to its rowid
// list (debug). The figures proofdesk-bench-ui measures, seen in a running desktop's log.
class SearchClock : public QObject
{
    Q_OBJECT

public:
    SearchClock(proofdesk::itemmodels::ResultsModel *results, QWidget *resultsViewport, QObject *parent);

    // A search starts; its last keystroke was `typedMsAgo` before (-1: not typed).
    void started(qint64 typedMsAgo);
    qint64 elapsedMs() const { return m_timer.elapsed(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString since() const;

    proofdesk::itemmodels::ResultsModel *m_results;
    QWidget *m_viewport;
    QElapsedTimer m_timer;
    qint64 m_typedMsAgo = -1;
    bool m_pageIn = false;        // the search's first page arrived (with its total or before it)
    bool m_awaitingPaint = false; // and has not been painted yet
};
