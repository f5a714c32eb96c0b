#pragma once

#include "benchcorpus.h"

#include <QString>

// The baseline: the same rows inserted into the same schema with the SQLite C API alone
// (prepared statements, one transaction per page, no parsing, no checks).
double rawImportSeconds(const QString &databasePath, qint64 count, quint64 seed, int pageRecords, bool bulkLoad,
                        BenchCorpus::Vocabulary vocabulary = BenchCorpus::Vocabulary::Classic);

// The same for the communications and delivery events of a drop folder (tests/bench/
// independent_drop.py writes one): its lines parsed as the import parses them, untimed, then
// inserted a page at a time; a later line for an id already inserted replaces its row and text,
// as the import does. `letters` is set to the communications the cache holds at the end.
double rawImportDropSeconds(const QString &databasePath, const QString &dropDir, int pageRecords, bool bulkLoad,
                            qint64 *letters = nullptr);
