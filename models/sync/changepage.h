#pragma once

#include "cache/contentstore.h"
#include "domain/communication.h"
#include "domain/records.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace proofdesk::sync {

// A line or record the repository sent that could not be used, with where and why.
struct RejectedRecord
{
    QString file; // drop-relative file, or the request for network connectors
    qint64 line = 0;
    QString reason;
};

// One page of changes since a cursor. The SyncEngine applies a page and its nextCursor in
// one transaction, so a crash at any point resumes from the last page applied.
struct ChangePage
{
    QList<domain::RetentionClass> retentionClasses;
    QList<domain::TemplateVersion> templates;
    QList<domain::ContentBlockVersion> contentBlocks;
    QList<domain::Communication> communications;
    QList<domain::DeliveryEvent> deliveryEvents;
    // Deleted by communication id: only where the id is the repository's identity (drops).
    QStringList deletedCommunicationIds;
    // Deleted by the repository's own object identity (Communication::repositoryObjectId):
    // what network connectors send, since their `id` may be a mapped business property.
    // Template and content-block versions found under none of these ids are looked up by
    // the repository object id kept with them (a CMIS version's cmis:objectId).
    QStringList deletedObjectIds;
    // The page's templates and content blocks are every one the repository has now (a CMIS
    // crawl read them all): the repository's others in the cache are gone from it.
    bool catalogueComplete = false;
    QList<RejectedRecord> rejected;
    // Records taken with something to report: a PDF whose text was not extracted.
    QList<RejectedRecord> warnings;
    // What the fetch put into the content store (renditions copied from a drop on removable
    // storage): rows for the bounded document cache without walking the store.
    QList<cache::StoredObject> storedObjects;
    // Verified documents left out of the store because the sync's StoreBudget was spent:
    // read from where they are when viewed, as evicted ones are.
    qint64 notStored = 0;

    // The cursor the page was read from (SyncEngine sets it): the writer applies the page only
    // while the repository's stored cursor is still that one, so a page read before another
    // sync moved on never undoes what that sync wrote (issue #63). Unset: not checked (a
    // page made by hand in a test).
    std::optional<QByteArray> readFrom;
    QByteArray nextCursor;
    bool more = false;
    qint64 bytesRead = 0;  // progress: bytes consumed by this page
    qint64 bytesTotal = 0; // progress: bytes the repository has in all (0 = unknown)

    qsizetype recordCount() const
    {
        return retentionClasses.size() + templates.size() + contentBlocks.size() + communications.size()
               + deliveryEvents.size();
    }
};

} // namespace proofdesk::sync
