#pragma once

// The queries of issue #44 item 8 that ran without bound (a word ORed 1,000 times, hundreds of
// negated words and ORed prefixes, thousands of unbalanced quotes, a 120 KB query), and their
// kin at each bound of QueryParser: every one is refused before it runs, naming the bound.
// Shared by tst_queryparser, tst_searchbounds and tst_cli_search.

#include "search/querynode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hostilequeries {

struct HostileQuery
{
    const char *name;
    QString query;
    proofdesk::search::QueryError::Kind kind = proofdesk::search::QueryError::Kind::TooLarge;
};

// `count` items made by `item(i)`, joined by `separator`.
template <typename Item> QString joined(int count, const char *separator, Item item)
{
    QStringList items;
    for (int i = 0; i < count; ++i)
        items << item(i);
    return items.join(QLatin1String(separator));
}

inline QList<HostileQuery> hostileQueries()
{
    using Kind = proofdesk::search::QueryError::Kind;
    const auto word = [](int i) -> QString { return QStringLiteral("w%1").arg(i); };
    return {
        {"a word ORed 1,000 times", joined(1000, " OR ", [](int) -> QString { return QStringLiteral("garcia"); })},
        {"a word ORed 300 times", joined(300, " OR ", [](int) -> QString { return QStringLiteral("ab"); })},
        {"hundreds of negated words",
         QStringLiteral("statement ") + joined(300, " ", [&](int i) -> QString { return QLatin1Char('-') + word(i); })},
        {"hundreds of ORed prefixes",
         joined(250, " OR ",
                [](int i) -> QString {
                    return QStringLiteral("%1%2*").arg(QChar('a' + i % 26)).arg(QChar('a' + i / 26));
                })},
        {"thousands of unbalanced quotes", joined(3000, " ", [](int) -> QString { return QStringLiteral("\"a"); })},
        {"hundreds of unbalanced quotes", joined(600, " ", [](int) -> QString { return QStringLiteral("\"a"); })},
        {"quotes and nothing else", QString(1999, QLatin1Char('"')), Kind::Malformed},
        {"a 120 KB query", joined(20000, " ", [&](int i) -> QString { return word(i); }).left(120000)},
        {"groups nested 600 deep", QString(600, QLatin1Char('(')) + QLatin1Char('a') + QString(600, QLatin1Char(')'))},
        {"negations nested 600 deep", QString(600, QLatin1Char('-')) + QLatin1Char('a')},
        {"a phrase of 40 words",
         QLatin1Char('"') + joined(40, " ", [&](int i) -> QString { return word(i); }) + QLatin1Char('"')},
        {"nine ids of four tokens each",
         joined(9, " OR ",
                [](int i) -> QString { return QStringLiteral("EXS-2026-10-%1").arg(i, 6, 10, QLatin1Char('0')); })},
        {"33 field values", joined(33, " OR ", [](int i) -> QString { return QStringLiteral("customer:C%1").arg(i); })},
        {"33 dates", joined(33, " OR ",
                            [](int i) -> QString {
                                return QStringLiteral("issued:2026-01-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0'));
                            })},
    };
}

} // namespace hostilequeries
