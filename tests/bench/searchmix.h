#pragma once

#include <QList>
#include <QString>

class BenchCorpus;

// One query of the benchmark mix: the search-box text, and the WHERE clause a person
// would write by hand in raw SQL for the same question (over `communications c`).
struct MixQuery
{
    QString label;
    QString query;
    QString rawWhere;
};

// `sampleId`, when given, is the id of one communication of the cache searched: the mix then
// also has that id alone and with a common word (a key that selects one row).
QList<MixQuery> searchMix(const BenchCorpus &corpus, const QString &sampleId = QString());
