#include "provendocuments.h"

#include "cache/cachefile.h"

namespace proofdesk::sync {

ProvenDocuments::ProvenDocuments(const QString &dataDir, qint64 repoId)
    : m_dataDir(dataDir)
    , m_repoId(repoId)
{}

void ProvenDocuments::mark(QList<DocumentRef> &refs)
{
    if (m_dataDir.isEmpty() || refs.isEmpty())
        return;
    if (!m_db.isOpen())
        m_db = cache::CacheFile::openReader(cache::CacheFile::databasePath(m_dataDir));
    // By the communication's id (unique): one indexed row per document.
    cache::Statement st = m_db.prepare("SELECT 1 FROM communications WHERE id = ?1 AND repo_id = ?2 "
                                       "AND fixity = 'verified' AND lower(content_sha256) = ?3 "
                                       "AND lower(rendition_sha256) = ?3");
    for (DocumentRef &ref : refs) {
        if (ref.expectedSha256.isEmpty())
            continue;
        st.reset();
        st.bind(1, ref.communicationId).bind(2, m_repoId).bind(3, ref.expectedSha256.toLower());
        ref.proven = st.step();
    }
}

} // namespace proofdesk::sync
