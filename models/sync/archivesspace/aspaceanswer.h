#pragma once

#include "sync/changepage.h"
#include "sync/http/propertymapping.h"

#include <QJsonDocument>
#include <optional>

namespace proofdesk::sync::aspace {

// The reading of ArchivesSpace answers once they are JSON, apart from the network: the
// connector asks and these read, so that the reading can be tested and fuzzed on its own
// (tests/fuzz/fuzz_aspacepage.cpp).

// An all_ids answer: the ids, sorted. nullopt, with `problem` set ("the answer is not a list
// of ids", "an id is not a number"), when the answer is not a list of numbers.
std::optional<QList<qint64>> readIdList(const QJsonDocument &answer, QString *problem);

// An id_set answer: each digital object mapped to a communication (its sourceFile the
// request), or rejected with its uri and the reason; warnings name the uri too. nullopt when the answer is not a list.
struct RecordBatch
{
    QList<domain::Communication> communications;
    QList<RejectedRecord> rejected;
    QList<RejectedRecord> warnings; // taken, with something to report (a checksum that is no SHA-256)
};
std::optional<RecordBatch> readRecords(const QJsonDocument &answer, const PropertyMapping &mapping,
                                       const QString &request);

} // namespace proofdesk::sync::aspace
