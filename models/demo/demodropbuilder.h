#pragma once

#include "demodropwriter.h"
#include "demofiles.h"
#include "demoplan.h"
#include "demorecord.h"

#include <QHash>
#include <memory>

namespace proofdesk::demo {

class Catalogue;

// Writes the contents of one demo drop into a prepared folder: catalogue, retention
// classes, then communication by communication its rendition, snapshot, record and
// delivery events; drop.json last, so the folder is only a drop once it is complete.
class DropBuilder
{
public:
    DropBuilder(const QString &dir, const DemoOptions &options, std::shared_ptr<const Catalogue> catalogue);

    bool run(const std::function<void(int, int)> &progress, const std::function<bool()> &shouldCancel);
    int written() const { return m_written; }
    QString error() const { return m_error; }

private:
    bool writeCatalogue();
    bool writeOne(const CommunicationPlan &plan, Rendition *rendition);
    Rendition produce(const CommunicationPlan &plan);
    bool store(const CommunicationPlan &plan, const Rendition &rendition, StoredRendition *stored);
    bool snapshot(const CommunicationPlan &plan, SnapshotRef *ref);
    bool writeDropJson();
    bool fail(const QString &message);

    QString m_dir;
    DemoOptions m_options;
    std::shared_ptr<const Catalogue> m_catalogue;
    NdjsonWriter m_ndjson;
    QSet<QString> m_createdDirs;
    QHash<QString, SnapshotRef> m_snapshots;
    QString m_month; // the month whose communication and delivery files are open
    int m_written = 0;
    QString m_error;
};

} // namespace proofdesk::demo
