#pragma once

#include "benchcorpus.h"

#include <QString>

// The baseline: the same rows inserted into the same schema with the SQLite C API alone
// (prepared statements, one transaction per page, no parsing, no checks).
double rawImportSeconds(const QString &databasePath, qint64 count, quint64 seed, int pageRecords, bool bulkLoad,
                        BenchCorpus::Vocabulary vocabulary = BenchCorpus::Vocabulary::Classic);
