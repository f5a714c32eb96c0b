#pragma once

#include "services/actionrunner.h"
#include "services/readsession.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QtConcurrent>
#include <functional>
#include <memory>

namespace proofdesk::itemmodels {

// What every records job hands back besides its result: a library refusal (already audited,
// `refused` set, `error` its message) or another failure (`error` set), and what could not be
// sent to the repositories after the action (the items stay queued).
struct RecordsOutcome
{
    QString error;
    bool refused = false;
    QStringList outboxErrors;
    bool ok() const { return error.isEmpty(); }
};

// Who acts: the identity and the role chosen in the window (unset = the first granted role
// that may do the action).
using Actor = services::Actor;

template <typename Result> using RecordsWork = std::function<Result(services::ActionContext &)>;
// Runs after the outbox was sent, to read back what the repository now has.
template <typename Result> using AfterSend = std::function<void(services::ActionContext &, Result &)>;

// One records action for the window (services::ActionRunner: the role table checked for
// `action`, the outbox sent after it); failures become the Result's error.
template <typename Result>
Result runRecords(const QString &databasePath, const QString &dataDir, const Actor &actor, records::Action action,
                  const RecordsWork<Result> &work, const AfterSend<Result> &afterSend = {})
{
    services::ActionRunner runner(databasePath, dataDir);
    Result result{};
    services::ActionRunner::Body after;
    if (afterSend)
        after = [&](services::ActionContext &a) { afterSend(a, result); };
    const services::ActionFailure failure = runner.tryRun(
        actor, action, [&](services::ActionContext &a) { result = work(a); }, after);
    if (!failure.ok()) {
        Result failed{};
        failed.error = failure.message;
        failed.refused = failure.kind == services::ActionFailure::Kind::Refused;
        return failed;
    }
    result.outboxErrors = runner.lastFlush().errors + runner.lastTeamDrain().conflicts;
    if (runner.ranOffline())
        result.outboxErrors << QStringLiteral("The team database cannot be reached: this waits in the data folder "
                                              "and is sent, once, when it is back.");
    return result;
}

// runRecords on the global thread pool; `done` runs on `context`'s thread, never after
// `context` is destroyed. No SQL runs on the calling (GUI) thread.
template <typename Result>
void runRecordsAsync(const QString &databasePath, const QString &dataDir, const Actor &actor, records::Action action,
                     QObject *context, RecordsWork<Result> work, std::function<void(Result)> done,
                     AfterSend<Result> afterSend = {})
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([databasePath, dataDir, actor, action, work, afterSend]() -> Result {
        return runRecords<Result>(databasePath, dataDir, actor, action, work, afterSend);
    }));
}

// A read (services::ReadSession: nothing opened anew, nothing recorded, nothing sent) on the
// global thread pool; `done` runs on `context`'s thread, never after `context` is destroyed.
template <typename Result>
void readRecordsAsync(std::shared_ptr<services::ReadSession> session, records::Action action, QObject *context,
                      RecordsWork<Result> work, std::function<void(Result)> done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([session, action, work]() -> Result {
        Result result{};
        const services::ActionFailure failure =
            session->tryRead(action, [&](services::ActionContext &a) { result = work(a); });
        if (!failure.ok()) {
            Result failed{};
            failed.error = failure.message;
            failed.refused = failure.kind == services::ActionFailure::Kind::Refused;
            return failed;
        }
        return result;
    }));
}

} // namespace proofdesk::itemmodels
