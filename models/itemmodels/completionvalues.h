#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace proofdesk::itemmodels {

// What the search box completes: the field names and, per field, the values the cache
// holds (types, channels, templates, units, statuses…).
struct CompletionValues
{
    QStringList fields;
    QHash<QString, QStringList> values; // field name -> known values, sorted
    QString error;

    // "field:" for each field, then "field:value" for each known value (quoted if needed).
    QStringList completions() const;
};

// Reads the completion values on a worker thread; `done` runs on `context`'s thread.
void loadCompletionValues(const QString &databasePath, QObject *context, std::function<void(CompletionValues)> done);

} // namespace proofdesk::itemmodels
