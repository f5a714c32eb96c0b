#pragma once

#include "cache/cachefile.h"
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "records/session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>

#include <functional>
#include <optional>

namespace proofdesk::itemmodels {

// What every records job hands back besides its result: a library refusal (already audited,
// `refused` set, `error` its message) or another failure (`error` set).
struct RecordsOutcome
{
    QString error;
    bool refused = false;
    bool ok() const { return error.isEmpty(); }
};

// Who acts: the identity and the role chosen in the window (unset = the first granted role
// that may search).
struct Actor
{
    records::Identity identity;
    std::optional<records::Role> role;
};

// Opens the writer and a session for `actor` on the worker thread; the records services it
// calls check the role table and audit. Exceptions become the Result's error.
template<typename Result>
Result runRecords(const QString &databasePath, const Actor &actor,
                  const std::function<Result(const records::RecordsSession &)> &work)
{
    try {
        cache::Database writer = cache::CacheFile::openWriter(databasePath);
        const records::RecordsSession session = actor.role
            ? records::RecordsSession::open(writer, actor.identity, *actor.role)
            : records::RecordsSession::openFor(writer, actor.identity, std::nullopt, records::Action::Search);
        return work(session);
    } catch (const records::RecordsError &e) {
        Result failed{};
        failed.error = e.message();
        failed.refused = e.kind() == records::RecordsError::Kind::Refused;
        return failed;
    } catch (const std::exception &e) {
        Result failed{};
        failed.error = QString::fromUtf8(e.what());
        return failed;
    }
}

// runRecords on the global thread pool; `done` runs on `context`'s thread, never after
// `context` is destroyed. No SQL runs on the calling (GUI) thread.
template<typename Result>
void runRecordsAsync(const QString &databasePath, const Actor &actor, QObject *context,
                     std::function<Result(const records::RecordsSession &)> work,
                     std::function<void(Result)> done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([databasePath, actor, work]() -> Result {
        return runRecords<Result>(databasePath, actor, work);
    }));
}

} // namespace proofdesk::itemmodels
