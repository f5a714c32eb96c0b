#pragma once

#include "cache/storebudget.h"
#include "changepage.h"
#include "outboxitem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace proofdesk::sync {

class CaseHistory;

// A repository that cannot be used right now (unreachable, refused, malformed answer, a
// drop file that changed under us). The message names the repository and the request.
class ConnectorError : public std::runtime_error
{
public:
    explicit ConnectorError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
    QString message() const { return QString::fromStdString(what()); }
};

// A document's bytes arrived whole but do not hash to the SHA-256 the repository gives for
// them: the document's fixity failed. Not a transport problem (fetching again brings the
// same bytes); the cache records it as fixity "failed" with the hash the bytes had.
class FixityError : public ConnectorError
{
public:
    FixityError(const QString &message, const QString &actualSha256)
        : ConnectorError(message)
        , m_actual(actualSha256)
    {}
    QString actualSha256() const { return m_actual; }

private:
    QString m_actual;
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

    // Sends one outbox item with its idempotency key. Never throws: a failure is a
    // SendResult with Status::Retry (or Rejected) and a message.
    virtual SendResult send(const OutboxItem &item)
    {
        return {SendResult::Status::Rejected, {}, QStringLiteral("%1 takes no %2 requests").arg(describe(), item.kind)};
    }
    // What the repository says about this configuration before any sync (a CMIS type's
    // definition against the mapping): one sentence per problem, none when it fits. Throws
    // ConnectorError when the repository cannot be asked (unreachable, refused sign-in).
    virtual QStringList checkConfiguration() { return {}; }
    // What the last checkConfiguration() found that does not stop a sync (a field of the
    // profile's default mapping that the repository's type does not carry: it stays empty).
    virtual QStringList configurationWarnings() const { return {}; }

    // Fetches a document's bytes into the content store, verified against ref's hash;
    // returns the SHA-256 stored. Throws FixityError when the bytes do not match the hash,
    // ConnectorError (naming the repository and request) when they could not be fetched.
    // DocumentFetch records either outcome in the cache.
    virtual QString fetchDocument(const DocumentRef &ref)
    {
        throw ConnectorError(
            QStringLiteral("%1 cannot fetch documents on demand (%2)").arg(describe(), ref.communicationId));
    }

    // The history of the processes it started, where the repository is a workflow engine that
    // keeps one (casehistory.h); null for every other repository.
    virtual CaseHistory *caseHistory() { return nullptr; }

    // What a connector that copies documents into the content store as it syncs (a drop on
    // removable storage) may still copy; beyond it, it leaves them where they are
    // (ChangePage::notStored). Null: no bound. Set by the SyncEngine before the first page.
    virtual void setStoreBudget(cache::StoreBudget *budget) { Q_UNUSED(budget); }
};

} // namespace proofdesk::sync
