#pragma once

#include "actionrunner.h"

#include <QMutex>
#include <memory>

namespace proofdesk::team {
class TeamRecordsStore;
}

namespace proofdesk::services {

// Reads are reads (issue #62): what a dialog asks while a person types (the Reissue dialog's dry
// run), a count, a preview. Unlike ActionRunner, a read opens no writer, finishes nothing a crash
// left, sends nothing, catches nothing up and writes no entry, not even of a refusal (a role
// revoked meanwhile is said, not recorded). On a folder of its own it reads on one reader
// connection it keeps; on a team it keeps one login for all its reads (none per question) and
// the local copy as it is. One read at a time (a mutex): a dialog asks from the worker pool.
class ReadSession
{
public:
    ReadSession(QString databasePath, QString dataDir, Actor actor);
    ~ReadSession();
    ReadSession(const ReadSession &) = delete;
    ReadSession &operator=(const ReadSession &) = delete;

    // Throws what the body throws, and RecordsError(Refused) when the role may not.
    void read(records::Action action, const ActionRunner::Body &body);
    ActionFailure tryRead(records::Action action, const ActionRunner::Body &body);

private:
    void readLocal(records::Action action, const ActionRunner::Body &body);
    void readTeam(const team::TeamConfig &config, records::Action action, const ActionRunner::Body &body);

    QString m_databasePath;
    QString m_dataDir;
    Actor m_actor;
    QMutex m_mutex;
    std::unique_ptr<cache::Database> m_reader;
    std::unique_ptr<records::RecordsSession> m_teamLocal;
    std::unique_ptr<team::TeamRecordsStore> m_team; // its login, kept for every read
};

} // namespace proofdesk::services
