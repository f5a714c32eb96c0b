#include "evictedcmis.h"

#include "benchcorpus.h"
#include "cache/repositorystore.h"
#include "datafolder/datafolder.h"
#include "evictstore.h"
#include "services/syncservice.h"
#include "uibenchsupport.h"

#include <cstdio>

using namespace proofdesk;

namespace evictbench {

EvictedCmisRepository::EvictedCmisRepository(int pdfs)
{
    fill(pdfs);
    if (!m_server.start()) {
        printf("  the CMIS test server did not start\n");
        return;
    }
    m_folder = std::make_unique<datafolder::DataFolder>(m_tmp.filePath(QStringLiteral("data")));
    syncAndEvict();
}

EvictedCmisRepository::~EvictedCmisRepository() = default;

// The communications of the drop cases, as CMIS documents: the same unique PDFs; a text
// communication's document is its text.
void EvictedCmisRepository::fill(int pdfs)
{
    BenchCorpus corpus;
    corpus.setUniquePdfs(true);
    const qint64 count = qint64(pdfs) * BenchCorpus::kPdfEvery;
    for (qint64 i = 0; i < count; ++i) {
        const domain::Communication c = corpus.make(i);
        const bool pdf = BenchCorpus::isPdfIndex(i);
        m_server.addDocument(c.id,
                             {{QStringLiteral("cmis:contentStreamMimeType"), c.mediaType},
                              {QStringLiteral("exs:documentType"), c.type},
                              {QStringLiteral("exs:issuedAt"), double(c.issuedAt)},
                              {QStringLiteral("exs:channel"), c.channel},
                              {QStringLiteral("exs:customerId"), c.customerId},
                              {QStringLiteral("exs:recipientName"), c.recipientName}},
                             pdf ? corpus.uniquePdfBytes(i) : c.text.toUtf8());
    }
}

void EvictedCmisRepository::syncAndEvict()
{
    cache::Database writer = cache::CacheFile::openWriter(m_folder->databasePath());
    const QJsonObject settings{{QStringLiteral("page_size"), 500},
                               {QStringLiteral("template_type"), QString()},
                               {QStringLiteral("block_type"), QString()},
                               {QStringLiteral("prefetch"), true}};
    const auto repo = cache::RepositoryStore(writer).add(QStringLiteral("bench"), QStringLiteral("cmis"),
                                                         m_server.serviceUrl().toString(), settings);
    const double start = uibench::now();
    // As the desktop's sync job does it: the sync, then the records upkeep and the document
    // limit. The repository asks for no login: no credentials are read.
    services::SyncService service(writer, m_folder->contentStore(), m_folder->path(),
                                  records::Identity::fromOperatingSystem());
    service.setClaimUnclaimedFolder(true);
    const sync::SyncReport report = service.sync({repo}).repositories.value(0).report;
    printf("  data folder %s\n  sync with prefetch from %s: %lld communications (%lld verified) in "
           "%.2f s%s%s; "
           "objects/: %s\n",
           qPrintable(m_folder->path()), qPrintable(m_server.serviceUrl().toString()),
           writer.queryInt("SELECT count(*) FROM communications"),
           writer.queryInt("SELECT count(*) FROM communications WHERE fixity = 'verified'"),
           (uibench::now() - start) / 1000, report.ok() ? "" : "; error: ", qPrintable(report.error),
           qPrintable(objectFiles(m_folder->path()).text()));
    evictEverything(writer, *m_folder);
    m_requestsAtSync = m_server.requestCount();
    m_ok = report.ok();
}

EvictedCmisRepository::Requests EvictedCmisRepository::requestsSinceSync() const
{
    Requests n;
    for (const fakeserver::Request &r : m_server.requests()) {
        if (r.index < m_requestsAtSync)
            continue;
        ++n.all;
        n.content += r.query(QStringLiteral("cmisselector")) == QLatin1String("content");
    }
    return n;
}

} // namespace evictbench
