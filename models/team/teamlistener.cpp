#include "teamlistener.h"

#include "pgconnection.h"
#include "teamlogin.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>
#include <QtConcurrent>

namespace proofdesk::team {

namespace {

struct Attempt
{
    std::shared_ptr<PgConnection> connection;
    QString problem;
    ServerReplication server;
};

} // namespace

TeamListener::TeamListener(TeamConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_retry(new QTimer(this))
    , m_heartbeat(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &TeamListener::connectInBackground);
    m_heartbeat->setInterval(kHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_connection && !m_connection->sendHeartbeat(ServerReplication::query()))
            lose(tr("The connection to the team database was lost; trying again."));
    });
}

TeamListener::~TeamListener() = default;

void TeamListener::start() { connectInBackground(); }

void TeamListener::connectInBackground()
{
    if (m_connecting || m_connection)
        return;
    m_connecting = true;
    auto *watcher = new QFutureWatcher<Attempt>(this);
    connect(watcher, &QFutureWatcher<Attempt>::finished, this, [this, watcher] {
        const Attempt attempt = watcher->result();
        watcher->deleteLater();
        m_connecting = false;
        adopt(attempt.connection, attempt.problem, attempt.server);
    });
    watcher->setFuture(QtConcurrent::run([config = m_config]() -> Attempt {
        try {
            std::shared_ptr<PgConnection> c = TeamLogin::connect(config);
            c->exec(QStringLiteral("LISTEN proofdesk_holds"));
            c->exec(QStringLiteral("LISTEN proofdesk_reissues"));
            c->exec(QStringLiteral("LISTEN proofdesk_findings"));
            c->exec(QStringLiteral("LISTEN proofdesk_audit"));
            c->exec(QStringLiteral("LISTEN proofdesk_matters"));
            return {c, {}, ServerReplication::read(*c)};
        } catch (const TeamError &e) {
            return {nullptr, e.message(), {}};
        }
    }));
}

void TeamListener::adopt(std::shared_ptr<PgConnection> connection, const QString &problem,
                         const ServerReplication &server)
{
    if (!connection) {
        emit connectionChanged(false, problem);
        m_retry->start(kRetryMs);
        return;
    }
    m_connection = std::move(connection);
    m_notifier = new QSocketNotifier(qintptr(m_connection->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TeamListener::readNotifications);
    m_heartbeat->start();
    emit connectionChanged(true, {});
    noteServer(server);
    // What happened while no one was listening is not known: say everything may have changed.
    emit holdsChanged();
    emit reissuesChanged();
    emit findingReviewsChanged();
    emit auditAppended(0);
}

void TeamListener::readNotifications()
{
    QStringList heartbeat;
    const auto notifications = m_connection->takeNotifications(&heartbeat);
    if (!m_connection->isOpen()) {
        lose(tr("The connection to the team database was lost; trying again."));
        return;
    }
    if (!heartbeat.isEmpty())
        noteServer(ServerReplication::fromRow(m_connection->serverAddress(), heartbeat));
    bool holds = false, reissues = false, reviews = false, matters = false;
    qint64 newest = -1;
    for (const auto &[channel, payload] : notifications) {
        if (channel == QLatin1String("proofdesk_holds"))
            holds = true;
        else if (channel == QLatin1String("proofdesk_reissues"))
            reissues = true;
        else if (channel == QLatin1String("proofdesk_findings"))
            reviews = true;
        else if (channel == QLatin1String("proofdesk_matters"))
            matters = true; // no payload: nobody learns of a matter they may not see
        else if (channel == QLatin1String("proofdesk_audit"))
            newest = qMax(newest, payload.toLongLong());
    }
    // One signal per kind for a burst (a hold of 100,000 items is one notification anyway).
    if (holds)
        emit holdsChanged();
    if (reissues)
        emit reissuesChanged();
    if (reviews)
        emit findingReviewsChanged();
    if (matters)
        emit mattersChanged();
    if (newest >= 0)
        emit auditAppended(newest);
}

void TeamListener::noteServer(const ServerReplication &server)
{
    const QJsonObject now = server.toJson();
    if (now == m_server)
        return;
    m_server = now;
    emit serverChanged(server);
}

void TeamListener::lose(const QString &problem)
{
    m_heartbeat->stop();
    delete m_notifier;
    m_notifier = nullptr;
    m_connection.reset();
    m_server = {};
    emit connectionChanged(false, problem);
    m_retry->start(kRetryMs);
}

} // namespace proofdesk::team
