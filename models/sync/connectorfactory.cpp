#include "connectorfactory.h"

#include "archivesspace/aspaceconnector.h"
#include "cache/contentstore.h"
#include "cmis/cmisconnector.h"
#include "delivery/deliveryconnector.h"
#include "drop/dropconnector.h"
#include "workflow/workflowconnector.h"

#include <QDir>
#include <QFileInfo>

namespace proofdesk::sync {

QStringList connectorKinds()
{
    return {QStringLiteral("drop"), QStringLiteral("cmis"), QStringLiteral("archivesspace"), QStringLiteral("workflow"),
            QStringLiteral("delivery")};
}

std::unique_ptr<RepositoryConnector> createConnector(const cache::RepositoryInfo &repository,
                                                     cache::ContentStore &store)
{
    // The content store lives in DATA/objects: its data folder is two levels above an object.
    ConnectorEnvironment environment;
    environment.dataDir = QFileInfo(store.objectPath(QString(64, QLatin1Char('0')))).dir().absolutePath();
    environment.dataDir = QFileInfo(environment.dataDir).dir().absolutePath();
    environment.dataDir = QFileInfo(environment.dataDir).dir().absolutePath();
    return createConnector(repository, store, std::move(environment));
}

std::unique_ptr<RepositoryConnector> createConnector(const cache::RepositoryInfo &repository,
                                                     cache::ContentStore &store, ConnectorEnvironment environment)
{
    if (!environment.store)
        environment.store = &store;
    const QString &kind = repository.kind;
    if (kind == QLatin1String("drop"))
        return std::make_unique<DropConnector>(repository.url, &store);
    if (kind == QLatin1String("cmis"))
        return std::make_unique<CmisConnector>(repository, std::move(environment));
    if (kind == QLatin1String("archivesspace"))
        return std::make_unique<AspaceConnector>(repository, std::move(environment));
    if (kind == QLatin1String("workflow"))
        return std::make_unique<WorkflowConnector>(repository, std::move(environment));
    if (kind == QLatin1String("delivery"))
        return std::make_unique<DeliveryConnector>(repository, std::move(environment));
    throw ConnectorError(QStringLiteral("repository \"%1\": the kind \"%2\" is not known; this version "
                                        "speaks %3")
                             .arg(repository.name, kind, connectorKinds().join(QStringLiteral(", "))));
}

} // namespace proofdesk::sync
