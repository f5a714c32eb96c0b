#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::records {

// A disposition is decided in one transaction; its certificate is written and the disposed
// communications' cache rows and document bytes are purged after it. A crash in between
// would leave them searchable and exportable until the next sync. So the decision first
// notes its batch in DATA/disposition.pending (made durable before the decision commits),
// and the note goes once the purge is done: whatever a note still names when the folder is
// opened is finished then (finishInterruptedDispositions). A note whose decision never
// committed names a batch that does not exist: nothing to finish, the crash rolled it back.
class PendingDispositions
{
public:
    explicit PendingDispositions(const QString &dataDir);

    // Appends the batch to the note and flushes it to the disk; throws cache::SqliteError
    // when the note cannot be written (then the decision must not commit).
    void add(const QString &batchId);
    void remove(const QString &batchId);
    QStringList batchIds() const;
    // Nothing waits to be finished: one stat() (the note goes with its last batch).
    bool isEmpty() const;

private:
    void write(const QStringList &batchIds);

    QString m_path;
};

} // namespace proofdesk::records
