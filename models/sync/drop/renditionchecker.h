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
    cache::ContentStore *m_store;
    // Renditions are often shared (inserts, the benchmark's small files): hash each once.
    QHash<QString, Known> m_known;
};

} // namespace proofdesk::sync
