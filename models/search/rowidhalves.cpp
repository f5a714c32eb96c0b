#include "rowidhalves.h"

#include "readsnapshot.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <exception>
#include <limits>

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
    QFuture<void> lowerHalf = QtConcurrent::run(&helperPool(), [&] {
        // On two cores the halves would take both while the window paints the page they
        // follow (F11 in docs/search-plans.md): the helper's half
        // runs only on a core nothing else wants (SCHED_IDLE), so at worst the halves are
        // read one after the other.
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        try {
            share(*m_helper, 0);
        } catch (...) {
            helperError = std::current_exception();
        }
    });
    try {
        share(m_db, 1);
    } catch (...) {
        lowerHalf.waitForFinished(); // what it writes to and the helper must outlive its work
        throw;
    }
    lowerHalf.waitForFinished();
    if (helperError)
        std::rethrow_exception(helperError);
}

} // namespace proofdesk::search
