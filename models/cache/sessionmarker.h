#pragma once

#include <QString>

namespace proofdesk::cache {

// How the processes that used a data folder before this one ended.
enum class EarlierEnd {
    Clean,
    // Killed (SIGKILL, a crash) while the machine kept running: every write it made is in the
    // system's page cache, and SQLite's log keeps the file whole through a stopped process
    // (sqlite.org/howtocorrupt.html lists no way for one to damage it). Nothing to check.
    ProcessStopped,
    // The machine itself may have stopped under it (a marker from another boot, or one that
    // does not say which boot it was from): a disk cut mid-write is checked for damage.
    MachineMayHaveStopped,
};

// Tells whether an earlier process that used this data folder ended without closing it
// (crash, SIGKILL, power loss): every process leaves DATA/.sessions/<pid>, holding the id of
// the boot it ran in, while it has the folder open and removes it when it closes. A marker
// whose process is gone is stale.
//
// After a possible machine stop the new marker holds no boot id until opened() says the opening
// (and the check it owed) is done: a process killed during that check, or an opening that
// failed, leaves a marker the next opening reads as a possible machine stop, and it checks.
class SessionMarker
{
public:
    explicit SessionMarker(const QString &dataDir);
    ~SessionMarker();
    SessionMarker(const SessionMarker &) = delete;
    SessionMarker &operator=(const SessionMarker &) = delete;

    EarlierEnd earlierEnd() const { return m_earlierEnd; }
    // The opening finished, with whatever check earlierEnd() called for: the marker now says
    // which boot it is from, and is removed when this session ends.
    void opened();
    // The same question asked without opening a session: what the markers left by processes
    // that are gone say. Removes and creates nothing (a lean read leaves the markers for the
    // opening that checks the cache).
    static EarlierEnd earlierEndSinceLastOpen(const QString &dataDir);
    // This boot's id (Linux: /proc/sys/kernel/random/boot_id), empty where there is none.
    static QByteArray bootId();

private:
    void write(const QByteArray &boot) const;

    QString m_markerPath;
    EarlierEnd m_earlierEnd = EarlierEnd::Clean;
    bool m_checkOwed = false; // kept on disk at the end until opened()
};

} // namespace proofdesk::cache
