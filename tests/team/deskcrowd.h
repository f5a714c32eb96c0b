#pragma once

// Desks acting at once, each on a thread of its own, for the failover test and the team
// benchmark (tests/bench/bench_teamdesks.cpp): what each desk was told of each action, and
// whether the server has what a desk was told was done.
#include "records/reissuestore.h"
#include "teamdesk.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace teamtest {

// What one desk was told about one action.
struct Outcome
{
    enum Told { Done, Waits, Failed }; // applied; waits in the folder (offline); an error
    QString desk;
    QString action; // reissue.request, reissue.approve, reissue.list, search
    QString request;
    Told told = Done;
    qint64 started = 0;  // when it began (ms since the epoch)
    qint64 at = 0;       // when it returned
    double tookMs = 0.0; // how long it took
    QString error;
};

// An agent requests reissues; an officer approves requests pending on the team. With `reads`,
// each desk also lists the requests and records a search, as people do between changes. A desk
// pauses `pauseMs` after each action (0: as fast as it can, a load; a person takes longer still,
// and fills no folder with hundreds of actions while the team is away).
class DeskCrowd
{
public:
    DeskCrowd(std::vector<Desk *> desks, std::vector<bool> officers, bool reads, int pauseMs = 0)
        : m_desks(std::move(desks))
        , m_officers(std::move(officers))
        , m_reads(reads)
        , m_pauseMs(pauseMs)
    {}
    ~DeskCrowd() { stop(); }

    void start()
    {
        for (size_t i = 0; i < m_desks.size(); ++i)
            m_threads.emplace_back([this, i] {
                for (int turn = 0; !m_stop; ++turn) {
                    actOnce(i, turn);
                    std::this_thread::sleep_for(std::chrono::milliseconds(m_pauseMs));
                }
            });
    }
    void stop()
    {
        m_stop = true;
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
    }
    std::vector<Outcome> outcomes() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_outcomes;
    }
    // Milliseconds from `since` to the end of `desk`'s first action begun after it and done (not
    // one in flight then, nor one that waits in its folder), or -1.
    qint64 doneAfter(size_t desk, qint64 since) const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (const Outcome &o : m_outcomes)
            if (o.desk == m_desks.at(desk)->login && o.started > since && o.told == Outcome::Done)
                return o.at - since;
        return -1;
    }

private:
    void actOnce(size_t i, int turn)
    {
        Desk &desk = *m_desks.at(i);
        const bool officer = m_officers.at(i);
        Outcome o;
        o.desk = desk.login;
        const int kinds = m_reads ? 3 : 1;
        const int kind = turn % kinds;
        o.action = kind == 1   ? QStringLiteral("reissue.list")
                   : kind == 2 ? QStringLiteral("search")
                   : officer   ? QStringLiteral("reissue.approve")
                               : QStringLiteral("reissue.request");
        QElapsedTimer took;
        took.start();
        o.started = QDateTime::currentMSecsSinceEpoch();
        try {
            act(desk, o);
        } catch (const std::exception &e) {
            o.told = Outcome::Failed;
            o.error = QString::fromUtf8(e.what());
        }
        o.tookMs = double(took.nsecsElapsed()) / 1e6;
        o.at = QDateTime::currentMSecsSinceEpoch();
        if (o.action == QLatin1String("reissue.approve") && o.request.isEmpty() && o.told != Outcome::Failed)
            return; // nothing pending to approve
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_outcomes.push_back(o);
    }

    static Outcome::Told toldOf(const records::ReissueRequest &r)
    {
        return r.status == QLatin1String("offline") ? Outcome::Waits : Outcome::Done;
    }

    void act(Desk &desk, Outcome &o)
    {
        if (o.action == QLatin1String("reissue.request")) {
            desk.act(Action::RequestReissue, [&](RecordsStore &r) {
                const records::ReissueRequest made = r.reissues().requestReissue(regenerate);
                o.request = made.id;
                o.told = toldOf(made);
            });
        } else if (o.action == QLatin1String("reissue.approve")) {
            desk.act(Action::ApproveReissue, [&](RecordsStore &r) {
                const auto pending = r.reissues().list(QStringLiteral("pending_approval"));
                if (pending.isEmpty())
                    return;
                o.request = pending.at(QRandomGenerator::global()->bounded(int(pending.size()))).id;
                o.told = toldOf(r.reissues().approveReissue(o.request, QStringLiteral("ok")));
            });
        } else if (o.action == QLatin1String("reissue.list")) {
            desk.act(Action::Search, [](RecordsStore &r) { r.reissues().list(); });
        } else {
            desk.act(Action::Search, [](RecordsStore &r) {
                r.actor().record(QStringLiteral("search"), QStringLiteral("search"), QString(),
                                 QStringLiteral("balance"));
            });
        }
    }

    std::vector<Desk *> m_desks;
    std::vector<bool> m_officers;
    bool m_reads;
    int m_pauseMs;
    std::atomic_bool m_stop{false};
    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex;
    std::vector<Outcome> m_outcomes;
};

// Every request or approval a desk was told was done, or that waited in its folder (sent since):
// what the server lacks of them, one line each.
inline QStringList missingOnServer(test::TeamTestDatabase &team, const std::vector<Outcome> &outcomes)
{
    auto owner = team.asOwner();
    QStringList missing;
    for (const Outcome &o : outcomes) {
        const bool change =
            o.action == QLatin1String("reissue.request") || o.action == QLatin1String("reissue.approve");
        if (!change || o.told == Outcome::Failed)
            continue;
        const QString status =
            owner->exec(QStringLiteral("SELECT status FROM proofdesk.reissue_requests WHERE id = $1"), {o.request})
                .text(0, 0);
        const bool there = o.action == QLatin1String("reissue.request") ? !status.isEmpty()
                                                                        : status != QLatin1String("pending_approval");
        if (!there)
            missing << QStringLiteral("%1's %2 of %3 (%4): %5")
                           .arg(o.desk, o.action, o.request,
                                o.told == Outcome::Done ? QStringLiteral("done") : QStringLiteral("waited"),
                                status.isEmpty() ? QStringLiteral("no such request") : status);
    }
    return missing;
}

// Requests, approvals and letters queued that the trail has more than once.
inline qint64 appliedTwice(test::TeamTestDatabase &team)
{
    return team.count(
        QStringLiteral("SELECT count(*) FROM (SELECT action, object_id FROM proofdesk.audit_entries WHERE action IN "
                       "('reissue.request', 'reissue.approve', 'reissue.queue') AND outcome = 'done' "
                       "GROUP BY action, object_id HAVING count(*) > 1) twice"));
}

} // namespace teamtest
