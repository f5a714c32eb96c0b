#include "dropimport.h"

#include "drop/dropconnector.h"

#include <QDir>
#include <QFileInfo>

namespace proofdesk::sync {

DropImportOutcome importDrop(cache::Database &writer, cache::ContentStore &store,
                             const QString &dropPath,
                             const std::function<void(const SyncProgress &)> &progress,
                             const std::atomic_bool *cancel, std::optional<qint64> bulkLoadMinimum)
{
    const QString root = QFileInfo(dropPath).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isDir())
        throw ConnectorError(QStringLiteral("%1 is not a folder").arg(dropPath));
    const DropIdentity identity = DropConnector::readIdentity(root);

    DropImportOutcome outcome;
    cache::RepositoryStore repos(writer);
    if (auto existing = repos.findByUrl(QStringLiteral("drop"), root)) {
        outcome.repository = *existing;
    } else {
        outcome.repository = repos.add(repos.freeName(identity.source), QStringLiteral("drop"), root);
        outcome.added = true;
    }
    DropConnector connector(root, &store);
    SyncEngine engine(writer);
    if (bulkLoadMinimum)
        engine.setBulkLoadMinimum(*bulkLoadMinimum);
    outcome.report = engine.sync(outcome.repository, connector, progress, cancel);
    return outcome;
}

} // namespace proofdesk::sync
