#pragma once

#include "cache/sqlite.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent>
#include <functional>

namespace proofdesk::itemmodels {

// Opens a reader connection to the cache; throws cache::SqliteError.
cache::Database openReaderConnection(const QString &databasePath);

// Runs `work` on the global thread pool with a fresh reader connection of its own and hands
// the result to `done` on `context`'s thread. When `context` is destroyed first, `done` is
// never called. Result has a `QString error` member: an exception (cache unreadable, SQLite
// failure) becomes a default Result with `error` set, never a throw on the GUI thread.
template <typename Result>
void readAsync(const QString &databasePath, QObject *context, std::function<Result(cache::Database &)> work,
               std::function<void(Result)> done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([databasePath, work]() -> Result {
        try {
            cache::Database db = openReaderConnection(databasePath);
            return work(db);
        } catch (const std::exception &e) {
            Result failed{};
            failed.error = QString::fromUtf8(e.what());
            return failed;
        }
    }));
}

} // namespace proofdesk::itemmodels
