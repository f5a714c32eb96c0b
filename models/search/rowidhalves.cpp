#include "rowidhalves.h"

#include "readsnapshot.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <atomic>
#include <exception>
#include <limits>
#include <pthread.h>
#include <sched.h>

namespace proofdesk::search {

namespace {

// FTS5's structure record (its segments and a write counter), as bytes.
QByteArray ftsStructure(cache::Database &db)
{
    cache::Statement st = db.prepareCached("SELECT block FROM comm_fts_data WHERE id = 10");
    return st.step() ? st.columnUtf8(0) : QByteArray();
}

// Its own small pool: the global one may be busy with other work (page rendering), and
// the main half would then wait for the helper's half to even start.
QThreadPool &helperPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return *pool;
}

// Out of SCHED_IDLE, back to the usual policy (QThread::setPriority leaves a thread in it).
void atUsualPriority(Qt::HANDLE thread)
{
    const sched_param usual{};
    pthread_setschedparam(reinterpret_cast<pthread_t>(thread), SCHED_OTHER, &usual);
}

} // namespace

RowidHalves::RowidHalves(cache::Database &db, cache::Database *helper)
    : m_db(db)
    , m_helper(helper)
{}

void RowidHalves::run(qint64 maxRowid, const Part &part)
{
    constexpr qint64 kFirst = std::numeric_limits<qint64>::min();
    constexpr qint64 kAll = std::numeric_limits<qint64>::max();
    const qint64 split = maxRowid / 2;
    share(maxRowid, [&](cache::Database &db, int half) {
        if (half < 0)
            part(db, kFirst, kAll, 1);
        else
            part(db, half == 0 ? kFirst : split, half == 0 ? split : kAll, half);
    });
}

void RowidHalves::share(qint64 maxRowid, const Share &share)
{
    if (!m_helper || maxRowid < kParallelRows) {
        share(m_db, -1);
        return;
    }
    // Reading the record on `db` first also fixes its snapshot (the caller's BEGIN is
    // deferred), so the helper's, taken next, can only be the same or newer.
    const QByteArray structure = ftsStructure(m_db);
    const ReadSnapshot helperSnapshot(*m_helper);
    if (ftsStructure(*m_helper) != structure) {
        share(m_db, -1);
        return;
    }
    std::exception_ptr helperError;
    // On two cores the halves would take both while the window paints the page they follow
    // (F11 in docs/search-plans.md): the helper's half runs only on a core nothing else wants
    // (SCHED_IDLE). On a machine whose cores are all wanted that is never: whichever side comes
    // to the lower half first reads it. The helper takes it only when it is there before the
    // main half is read, and is then back at the usual priority for the rest of it.
    const Qt::HANDLE caller = QThread::currentThreadId();
    std::atomic_bool lowerTaken{false};
    std::atomic<Qt::HANDLE> helperThread{nullptr};
    QFuture<void> lowerHalf = QtConcurrent::run(&helperPool(), [&] {
        if (QThread::currentThreadId() != caller) { // not run by waitForFinished() below
            QThread::currentThread()->setPriority(QThread::IdlePriority);
            helperThread = QThread::currentThreadId();
        }
        if (lowerTaken.exchange(true))
            return; // read on the main connection
        try {
            share(*m_helper, 0);
        } catch (...) {
            helperError = std::current_exception();
        }
    });
    try {
        share(m_db, 1);
        if (!lowerTaken.exchange(true))
            share(m_db, 0);
        else if (const Qt::HANDLE helper = helperThread.load())
            atUsualPriority(helper);
    } catch (...) {
        lowerHalf.waitForFinished(); // what it writes to and the helper must outlive its work
        throw;
    }
    lowerHalf.waitForFinished();
    if (helperError)
        std::rethrow_exception(helperError);
}

} // namespace proofdesk::search
