#pragma once

#include "domain/communication.h"

#include <QHash>
#include <QString>

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::sync {

// Checks a communication's rendition in a drop: missing, or hashing to the recorded
// SHA-256 (verified: then copied into the content store) or not (failed: never stored,
// never shown as the exact version). Fills in the text from a PDF when the record has none.
class RenditionChecker
{
public:
    RenditionChecker(const QString &dropRoot, cache::ContentStore *store);

    // Why the record must be rejected because its rendition or snapshot path resolves to a
    // place outside the drop (a symbolic link of the file or of a folder above it): the parser
    // refuses ".." and absolute paths, but only the file system knows where a link leads.
    // Empty when both stay inside. Call before check(), which reads the file.
    QString pathOutsideDrop(const domain::Communication &c) const;
    void check(domain::Communication &c);

private:
    struct Known
    {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        QString sha;
    };
    QString hashWithMemo(const QString &absolutePath);

    QString m_root;
    QString m_resolvedRoot; // the drop folder with its own links resolved, once
    cache::ContentStore *m_store;
    // Renditions are often shared (inserts, the benchmark's small files): hash each once.
    QHash<QString, Known> m_known;
};

} // namespace proofdesk::sync
