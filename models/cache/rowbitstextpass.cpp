#include "rowbitstextpass.h"

#include "rowbitskeptkeys.h"

#include <QLoggingCategory>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string_view>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

namespace {

using textpass::FoundWindow;
using textpass::KeptKeys;
using textpass::kWindowChunks;

// Reads the text of the rows in (from, to], handing what each window of rows found to `done`.
template <typename Done>
void scanText(Database &db, RowTextMatch &match, KeptKeys &keys, qint64 from, qint64 to, const Done &done)
{
    const qint64 windowRows = kWindowChunks * RowIdSet::kChunkRows;
    qint64 windowEnd = 0;
    int previous[2] = {-1, -1};
    int column = -1;
    Statement st = db.prepare("SELECT rowid, body, names, ids FROM comm_text WHERE rowid > ? AND rowid <= ?");
    st.bind(1, from).bind(2, to);
    while (st.step()) {
        const qint64 rowid = st.columnInt(0);
        if (rowid >= windowEnd) {
            windowEnd = (rowid / windowRows + 1) * windowRows;
            done(keys.take(windowEnd - windowRows));
        }
        column = -1;
        rowbitstokens::forEachToken(match, st, 1, [&](int inColumn, std::string_view token) {
            if (inColumn != column) { // a phrase is found within one column
                previous[0] = previous[1] = -1;
                column = inColumn;
            }
            const int number = keys.found(rowid, token, previous);
            previous[1] = previous[0];
            previous[0] = number;
        });
    }
    done(keys.take(windowEnd));
}

// The upper half of the rows read on a connection and thread of their own: what its windows find
// waits here (at most two windows, so that the memory stays a few windows') for the writer's
// thread, the only one that writes.
class TextAside
{
public:
    TextAside(const QString &path, KeptKeys keys, qint64 from, qint64 to)
        : m_thread([this, path, keys = std::move(keys), from, to]() mutable { run(path, keys, from, to); })
    {}

    // Stops the reading if the refresh stopped first (an error), and waits for its thread.
    ~TextAside()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // Hands over what its windows found so far; with `wait`, waits for a window unless the
    // reading is done, so that an empty list then says it is. Rethrows the reading's error.
    std::vector<FoundWindow> take(bool wait)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (wait)
            m_changed.wait(lock, [this] { return m_done || !m_windows.empty(); });
        if (m_error)
            std::rethrow_exception(m_error);
        std::vector<FoundWindow> windows(std::make_move_iterator(m_windows.begin()),
                                         std::make_move_iterator(m_windows.end()));
        m_windows.clear();
        lock.unlock();
        m_changed.notify_all();
        return windows;
    }

private:
    struct Stopped
    {};

    void run(const QString &path, KeptKeys &keys, qint64 from, qint64 to)
    {
        try {
            Database reader(path, Database::Mode::ReadOnly);
            const auto match = RowTextMatch::forConnection(reader.handle());
            if (!match)
                throw SqliteError(0, QStringLiteral("no full-text tokenizer on a second connection"));
            scanText(reader, *match, keys, from, to, [this](FoundWindow found) {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stopped || m_windows.size() < 2; });
                if (m_stopped)
                    throw Stopped{};
                m_windows.push_back(std::move(found));
                m_changed.notify_all();
            });
        } catch (const Stopped &) {
        } catch (...) {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_error = std::current_exception();
        }
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<FoundWindow> m_windows;
    bool m_stopped = false;
    bool m_done = false;
    std::exception_ptr m_error;
    std::thread m_thread; // last: it starts once the rest is made
};

} // namespace

// The rows are read in two halves at once, the upper one on a second connection (F27): the
// pass was most of a refresh from nothing (6.7 of 9.8 s at 1M) on one of the machine's two cores.
void refreshFromText(Database &db, RowBits &bits, RowTextMatch &match, const std::vector<std::string> &phrases,
                     const std::vector<std::string> &starts, qint64 maxRowid)
{
    KeptKeys keys(bits, phrases, starts);
    const qint64 lowest = keys.lowestCover();
    if (lowest >= maxRowid)
        return;
    const auto write = [&](const FoundWindow &found) { keys.write(bits, found); };
    // Halves of whole windows (each chunk written once), beside a write-ahead log only, where a
    // reader and the writer do not wait for each other.
    const qint64 windowRows = kWindowChunks * RowIdSet::kChunkRows;
    // The lower half the rows before `middle`, a window's first row.
    const qint64 middle = (lowest + (maxRowid - lowest) / 2) / windowRows * windowRows;
    const bool halves = middle - 1 > lowest && db.readsBesideWrites();
    if (!halves) {
        scanText(db, match, keys, lowest, maxRowid, write);
    } else {
        qCDebug(lcCache) << "the text of rows" << lowest + 1 << "to" << maxRowid << "read in two halves from rowid"
                         << middle;
        TextAside upper(db.path(), KeptKeys(bits, phrases, starts), middle - 1, maxRowid);
        scanText(db, match, keys, lowest, middle - 1, [&](const FoundWindow &found) {
            write(found);
            for (const FoundWindow &theirs : upper.take(false))
                write(theirs);
        });
        for (std::vector<FoundWindow> theirs = upper.take(true); !theirs.empty(); theirs = upper.take(true)) {
            for (const FoundWindow &found : theirs)
                write(found);
        }
    }
    keys.cover(bits, maxRowid);
}

} // namespace proofdesk::cache
