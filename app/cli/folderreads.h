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

    cache::Database openReader() override;
    int recordRead(bool search, const QString &objectId, const QJsonObject &detail) override;

private:
    CliContext &m_ctx;
};

} // namespace proofdesk::cli
