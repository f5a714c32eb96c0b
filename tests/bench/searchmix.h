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

QList<MixQuery> searchMix(const BenchCorpus &corpus);
