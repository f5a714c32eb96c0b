#pragma once

#include <QString>
#include <mutex>

struct sqlite3;

namespace proofdesk::cache {

// The daily whole-file check, run beside the work instead of before it (DailyCheck::Beside:
// the desktop, whose window is up meanwhile; at 10M the check reads 23 GB, minutes on a slow
// disk). Its own connection reads a snapshot, so the work goes on. A clean check is
// remembered as prepare()'s is; a problem is kept for the next opening, which checks before
// anything is read and rebuilds a cache that fails (CacheFile::problemFoundBeside).
struct CheckBeside
{
    enum class Outcome {
        Passed,
        FoundProblem,
        NotFinished, // stopped, the file busy past the wait, or the disk full: due again next time
    };
    Outcome outcome = Outcome::NotFinished;
    QString problem; // SQLite's words, for the log and the person's details
    // Passed: letters' rows changed outside Proofdesk (cache/rowseal.h), whose repositories are
    // read again at the next sync.
    qint64 damagedRows = 0;

    // Asked from another thread to end a check under way (the window closing): interrupts the
    // check's connection (sqlite3_interrupt), which also ends SQLite's walk of the file's
    // pages, one step of its program where a progress handler is never called (200k: 5 calls
    // in the check's first second).
    class Stop
    {
    public:
        void ask();

    private:
        friend struct CheckBeside;
        std::mutex m_mutex;
        sqlite3 *m_running = nullptr;
        bool m_asked = false;
    };

    // Blocks for the whole check; returns (NotFinished) at once when `stop` is asked.
    static CheckBeside run(const QString &dataDir, Stop &stop);
};

} // namespace proofdesk::cache
