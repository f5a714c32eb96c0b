#pragma once

#include "cachereads.h"

namespace proofdesk::cli {

class CliContext;

// The reads of proofdesk-cli-full: the data folder opened whole (CliContext::dataFolder), and
// each read recorded as a records action (ActionRunner: the team database when connected).
class FolderReads : public CacheReads
{
public:
    explicit FolderReads(CliContext &ctx) : m_ctx(ctx) {}

    cache::Database &reader() override;
    int recordRead(bool search, const QString &objectId, const QJsonObject &detail) override;
    // Before a damaged folder is recovered: every connection of the command closed.
    void close() { m_reader = cache::Database(); }

private:
    CliContext &m_ctx;
    cache::Database m_reader;
};

} // namespace proofdesk::cli
