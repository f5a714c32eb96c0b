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

private:
    QString m_markerPath;
    bool m_unclean = false;
};

} // namespace proofdesk::cache
