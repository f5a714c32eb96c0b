#pragma once

#include <QString>

namespace proofdesk::cache {

// Tells whether an earlier process that used this data folder ended without closing it
// (crash, SIGKILL, power loss): every process leaves DATA/.sessions/<pid> while it has the
// folder open and removes it when it closes. A marker whose process is gone is stale.
class SessionMarker
{
public:
    explicit SessionMarker(const QString &dataDir);
    ~SessionMarker();
    SessionMarker(const SessionMarker &) = delete;
    SessionMarker &operator=(const SessionMarker &) = delete;

    bool earlierSessionEndedUncleanly() const { return m_unclean; }
    // The same question asked without opening a session: whether a marker in the folder was
    // left by a process that is gone. Removes and creates nothing (a lean read leaves the
    // markers for the opening that checks the cache).
    static bool endedUncleanlySinceLastOpen(const QString &dataDir);

private:
    QString m_markerPath;
    bool m_unclean = false;
};

} // namespace proofdesk::cache
