#pragma once
// Case "cmis" of proofdesk-bench-evicted: the benchmark's communications served by the
// loopback FakeCmisServer, synced into a fresh data folder with prefetch (every document
// fetched, verified and stored), then every object evicted, so that each view has to fetch
// its document from the server again.

#include "fakecmisserver.h"

#include <QTemporaryDir>
#include <memory>

namespace proofdesk::datafolder {
class DataFolder;
}

namespace evictbench {

class EvictedCmisRepository
{
public:
    // Fills and starts the server, syncs and evicts, printing what it did.
    explicit EvictedCmisRepository(int pdfs);
    ~EvictedCmisRepository();

    bool ok() const { return m_ok; }
    proofdesk::datafolder::DataFolder &folder() { return *m_folder; }
    // Every answer of the server from now on is this much later.
    void setLatency(int ms) { m_server.setLatency(ms); }
    struct Requests
    {
        int all = 0;
        int content = 0; // cmisselector=content: a document's bytes
    };
    // What the server was asked since the sync.
    Requests requestsSinceSync() const;

private:
    void fill(int pdfs);
    void syncAndEvict();

    fakeserver::FakeCmisServer m_server;
    QTemporaryDir m_tmp;
    std::unique_ptr<proofdesk::datafolder::DataFolder> m_folder;
    int m_requestsAtSync = 0;
    bool m_ok = false;
};

} // namespace evictbench
