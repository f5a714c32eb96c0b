#pragma once

#include "benchcorpus.h"

#include <QString>
#include <optional>

// `--import-only` and the import before a search: `count` letters of the demo corpus written as
// a drop in `work` and imported by ours, then by raw SQLite into the same schema (unless
// `noRaw`; `naive`: raw again with its indexes kept), with time, letters a second and the bytes
// each wrote.
void importPhase(const QString &work, qint64 count, bool naive, bool noRaw, bool extractPdfText, bool realSize,
                 std::optional<qint64> limit, BenchCorpus::Vocabulary vocabulary);

// `--drop DIR`: a drop made elsewhere (tests/bench/independent_drop.py), imported the same way.
void importDropPhase(const QString &work, const QString &dropDir, bool noRaw, bool naive);
