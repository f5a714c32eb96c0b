#include "dropimport.h"

#include "cache/datafolderlock.h"
#include "drop/dropconnector.h"
#include "syncturn.h"

#include <QDir>
#include <QFileInfo>
#include <memory>
#include <optional>

namespace proofdesk::sync {

bool isKnownDrop(cache::Database &db, const QString &dropPath)
{
    const QString root = QFileInfo(dropPath).canonicalFilePath();
    return !root.isEmpty() && cache::RepositoryStore(db).findByUrl(QStringLiteral("drop"), root).has_value();
}

DropImportOutcome importDrop(cache::Database &writer, cache::ContentStore &store, const QString &dropPath,
                             const std::function<void(const SyncProgress &)> &progress, const std::atomic_bool *cancel,
                             std::optional<qint64> bulkLoadMinimum, HeldDeletionRecorder *heldDeletions,
                             const std::function<void(const QString &source)> &beforeAdding)
{
    const QString root = QFileInfo(dropPath).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isDir())
        throw ConnectorError(QStringLiteral("%1 is not a folder").arg(dropPath));
    const DropIdentity identity = DropConnector::readIdentity(root);

    DropImportOutcome outcome;
    // Two imports of one drop started together would both register it (one failing on the
    // repository's unique name) and then write the same pages side by side. The second waits
    // for the first here, then finds the repository and continues from the cursor it left.
    bool cancelled = false;
    const auto turn = waitForDropTurn(writer, root, cancel, &cancelled);
    if (cancelled) {
        outcome.report.repository = identity.source;
        outcome.report.cancelled = true;
        return outcome;
    }
    cache::RepositoryStore repos(writer);
    if (beforeAdding && !repos.findByUrl(QStringLiteral("drop"), root))
        beforeAdding(identity.source); // under the drop's turn: no other import adds it meanwhile
    outcome.repository = repos.findOrAdd(QStringLiteral("drop"), root, identity.source, &outcome.added);
    DropConnector connector(root, &store);
    SyncEngine engine(writer);
    if (const QString dataDir = dataFolderOf(writer); !dataDir.isEmpty())
        engine.setDocumentCache(&store, dataDir);
    if (bulkLoadMinimum)
        engine.setBulkLoadMinimum(*bulkLoadMinimum);
    engine.setHeldDeletionRecorder(heldDeletions);
    outcome.report = engine.sync(outcome.repository, connector, progress, cancel);
    return outcome;
}

} // namespace proofdesk::sync
