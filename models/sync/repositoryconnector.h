#pragma once

#include "changepage.h"

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace proofdesk::sync {

// A repository that cannot be used right now (unreachable, refused, malformed answer, a
// drop file that changed under us). The message names the repository and the request.
class ConnectorError : public std::runtime_error
{
public:
    explicit ConnectorError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
    QString message() const { return QString::fromStdString(what()); }
};

// The one interface every repository speaks (DESIGN.md "Repositories"). Calls are
// synchronous and made from the sync worker thread; implementations throw ConnectorError.
class RepositoryConnector
{
public:
    virtual ~RepositoryConnector() = default;

    virtual QString kind() const = 0;
    // A human-readable description: name, location.
    virtual QString describe() const = 0;
    // The next page of changes after `cursor` (empty cursor = from the beginning).
    virtual ChangePage fetchChanges(const QByteArray &cursor) = 0;
};

} // namespace proofdesk::sync
