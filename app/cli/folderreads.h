#pragma once

#include "cachereads.h"

#include <memory>

namespace proofdesk::services {
class ActionRunner;
}

namespace proofdesk::cli {

class CliContext;

// The reads of proofdesk-cli-full: the data folder opened whole (CliContext::dataFolder), and
// each read recorded as a records action (ActionRunner: the team database when connected).
class FolderReads : public CacheReads
{
public:
    explicit FolderReads(CliContext &ctx);
    ~FolderReads() override;

    cache::Database &reader() override;
    int recordRead(bool search, const QString &objectId, const QJsonObject &detail) override;
    // Before a damaged folder is recovered: every connection of the command closed.
    void close();

private:
    CliContext &m_ctx;
    cache::Database m_reader;
    std::unique_ptr<services::ActionRunner> m_runner; // prepared by the first read, records it
};

} // namespace proofdesk::cli
