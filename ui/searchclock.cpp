#include "searchclock.h"

#include "itemmodels/resultsmodel.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QWidget>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

using proofdesk::itemmodels::ResultsModel;

SearchClock::SearchClock(ResultsModel *results, QWidget *resultsViewport, QObject *parent)
    : QObject(parent)
    , m_results(results)
    , m_viewport(resultsViewport)
{
    m_viewport->installEventFilter(this);
    connect(results, &ResultsModel::countingStarted, this, [this] {
        qCInfo(lcUi) << "first page of" << m_results->shownQuery() << qPrintable(since()) << ", counting";
        m_pageIn = m_awaitingPaint = true;
    });
    connect(results, &ResultsModel::totalChanged, this, [this](qint64 total) {
        qCInfo(lcUi) << "results for" << m_results->shownQuery() << ":" << total << qPrintable(since()) << "(search"
                     << m_timer.elapsed() << "ms)";
        if (!std::exchange(m_pageIn, true))
            m_awaitingPaint = true; // the page came with its total
    });
    connect(results, &ResultsModel::rowIdsReady, this,
            [this] { qCDebug(lcUi) << "rowid list" << qPrintable(since()); });
}

void SearchClock::started(qint64 typedMsAgo)
{
    m_timer.start();
    m_typedMsAgo = typedMsAgo;
    m_pageIn = m_awaitingPaint = false;
}

// What the person feels: from the last keystroke when there was one.
QString SearchClock::since() const
{
    return m_typedMsAgo >= 0 ? QStringLiteral("in %1 ms after the last keystroke").arg(m_typedMsAgo + m_timer.elapsed())
                             : QStringLiteral("in %1 ms").arg(m_timer.elapsed());
}

bool SearchClock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_awaitingPaint && watched == m_viewport && event->type() == QEvent::Paint) {
        m_awaitingPaint = false;
        qCInfo(lcUi) << "first page shown" << qPrintable(since());
    }
    return QObject::eventFilter(watched, event);
}
