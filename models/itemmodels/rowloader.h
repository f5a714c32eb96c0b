#pragma once

#include "resultrow.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace proofdesk::itemmodels {

// Loads pages of result rows by rowid on a worker thread with its own reader connection, so
// that scrolling never runs SQL on the GUI thread.
//
// Requests wait in a short stack: the newest is served first (the page the user scrolled
// to now, not the ones flown past), and beyond kMaxWaiting the oldest are dropped and
// handed back to the caller so it can ask again if it still needs them. Signals arrive on
// the loader's thread.
class RowLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxWaiting = 6;

    explicit RowLoader(const QString &databasePath, QObject *parent = nullptr);
    ~RowLoader() override;

    // Queues a page; returns the pages dropped to make room (never `page` itself).
    QList<int> request(int generation, int page, const QList<qint64> &rowIds);
    // Forgets every waiting request (a new query or a new order).
    void clear();

signals:
    void pageLoaded(int generation, int page, const proofdesk::itemmodels::ResultRows &rows);
    void failed(const QString &message);

private:
    struct Shared;
    void serveNewest(); // on the worker thread

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: queued work runs there
};

} // namespace proofdesk::itemmodels
