#pragma once

#include "productionletter.h"
#include "records/matter.h"

#include <QString>
#include <atomic>
#include <functional>
#include <stdexcept>

namespace proofdesk::records {
class MatterRecords;
}

namespace proofdesk::compliance {

struct ProductionOptions
{
    QString matter;
    QString out; // an empty or missing folder, or one a killed production of the matter left
    QString prefix;
    QString tag;
};

struct ProductionProgress
{
    qint64 done = 0; // letters finished (produced or excepted)
    qint64 total = 0;
    qint64 produced = 0;
    qint64 exceptions = 0;
};

struct ProductionResult
{
    records::ProductionInfo production;
    QString first; // production numbers; empty when nothing was produced
    QString last;
    qint64 documents = 0;
    qint64 exceptions = 0;
    QString rootSha256;
    QString path;
    bool resumed = false; // a production a kill or a full disk had stopped, finished
};

// The production was stopped (Cancel) where it stood: the folder holds what was done and the
// same command finishes it; its numbers stay reserved in the matter.
class ProductionStopped : public std::runtime_error
{
public:
    ProductionStopped(const QString &folder, qint64 done, qint64 total);
};

// Writes a production of a matter's review set, or of its letters tagged so (DESIGN.md
// "Matters and productions", docs/production-format.md): in production order, each letter as
// ProductionLetter gives it, numbered one after the other from the numbers its matter reserved
// for it, its rows added to the load file's two forms as it goes, each step recorded in the
// folder's journal, so that a run killed (or stopped by a full disk or Cancel) at any point and
// started again with the same folder finishes it with no number skipped or used twice. Memory
// does not grow with the set (the letters' ids aside). At the end, production.json, the
// manifest of every file, the production's root hash (the manifest's SHA-256), synced to disk,
// then recorded in the trail by the matter's store ("production.create"). Throws
// records::RecordsError (refused, no such matter, a folder that is not empty, a matter whose
// rows the trail does not explain), util::OutputFileError (a file could not be written: a full
// disk says so), ProductionStopped.
class ProductionWriter
{
public:
    ProductionWriter(records::MatterRecords &matters, records::AuditRecords &trail, cache::Database &db,
                     const cache::ContentStore &store, FetchMissing fetch = {});

    using Progress = std::function<void(const ProductionProgress &)>;
    ProductionResult produce(const ProductionOptions &options, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);

private:
    struct Run;
    void begin(Run &run, const ProductionOptions &options);
    void produceLetters(Run &run, const Progress &progress, const std::atomic_bool *cancel);
    void addLetter(Run &run, const ProducedLetter &letter, const QString &id);
    ProductionResult finish(Run &run);
    void writeFinalFiles(Run &run);

    records::MatterRecords &m_matters;
    records::AuditRecords &m_trail;
    cache::Database &m_db;
    const cache::ContentStore &m_store;
    FetchMissing m_fetch;
};

} // namespace proofdesk::compliance
