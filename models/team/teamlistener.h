#pragma once

#include "serverreplication.h"
#include "teamconfig.h"

#include <QObject>
#include <QString>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace proofdesk::team {

class PgConnection;

// Hears what other people do on the team database (LISTEN/NOTIFY: the server's functions
// notify proofdesk_holds, proofdesk_reissues, proofdesk_findings and proofdesk_audit in the
// transaction of the change), on a connection of its own watched by a socket notifier: no polling, nothing
// scanned. Connecting runs on a worker thread (an unreachable server never freezes the
// window); a dropped connection is tried again every `retryMs`.
class TeamListener : public QObject
{
    Q_OBJECT

public:
    explicit TeamListener(TeamConfig config, QObject *parent = nullptr);
    ~TeamListener() override;

    void start();

signals:
    void holdsChanged();
    void reissuesChanged();
    void findingReviewsChanged();
    // Someone changed a matter (which one is not said: a notification reaches every member).
    void mattersChanged();
    void auditAppended(qint64 seq);
    // connected = listening now; problem = why not, for the person.
    void connectionChanged(bool connected, const QString &problem);
    // Which server the listener is on and how its commits are replicated: when it connects, and
    // when that changes (read with every heartbeat: a standby lost turns a pg_auto_failover
    // primary asynchronous without any connection breaking).
    void serverChanged(const proofdesk::team::ServerReplication &server);

private:
    void connectInBackground();
    void adopt(std::shared_ptr<PgConnection> connection, const QString &problem, const ServerReplication &server);
    void noteServer(const ServerReplication &server);
    void readNotifications();
    void lose(const QString &problem);

    TeamConfig m_config;
    std::shared_ptr<PgConnection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry;
    QTimer *m_heartbeat;
    static constexpr int kRetryMs = 5000; // a restarting server is back within seconds
    // A listening connection says nothing for hours; every 5 s it sends an empty query, so that
    // a lost link shows within 5 s + tcp_user_timeout (10 s) even when only one direction died
    // (the keepalive, 5 s idle + 3 probes 2 s apart, probes only a connection with nothing
    // unanswered).
    static constexpr int kHeartbeatMs = 5000;
    bool m_connecting = false;
    QJsonObject m_server; // as last said (serverChanged)
};

} // namespace proofdesk::team
