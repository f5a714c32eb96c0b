#pragma once

#include "cmisquerygrammar.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace fakeserver {

// Queries over the synthetic documents (syntheticdocs.h) answered without building one JSON
// object per document: a benchmark of the client against a million synthetic documents must
// not measure a fake that parses a million objects per request. A condition is evaluated
// once per statement into one byte per document: a property that depends on the index
// through a key of few values (exs:customerId: index % 5000) is evaluated once per key by the
// grammar's own matches(), a comparison of a creation date is a range of indexes, an id or a
// name compared with = or IN is looked up; anything else is matches() per document, on that
// property alone (slow, but the same answer). CONTAINS() is the grammar's text search
// (parseTextSearch) with each word looked for in every string property, as the fake's full
// text is the object's string values.
//
// The answer — the matching indexes in the ORDER BY's order — is kept per statement for the
// pages after the first. Before it is kept, it is checked against the grammar's evaluation
// of the whole object (`exact`) on documents spread over the repository and on the first
// matches: a disagreement is an error, never a silently different answer.
class SyntheticIndex
{
public:
    SyntheticIndex(qsizetype count, qint64 spacingMs, int contentBytes);

    // The grammar's evaluation of one document as the server stores or generates it.
    using Exact = std::function<bool(qsizetype index)>;
    using Matches = std::shared_ptr<const std::vector<qint32>>;
    // The indexes `statement` finds, in its order (empty ORDER BY: creation order; one key of
    // creationTimes() or cmis:name, ascending or descending); null with *error when the order
    // is not one of those or the check failed. `key` names the statement (its text) for the
    // cache; `stored` are the indexes of documents the server stores since an update, whose
    // answer is exact()'s.
    Matches find(const QString &key, const cmisql::Statement &statement, const cmisql::Properties &properties,
                 const Exact &exact, const QList<qsizetype> &stored, QString *error);
    void clear()
    {
        m_cache.clear();
        m_age.clear();
    }

private:
    using Bits = std::vector<quint8>;
    Bits evaluate(const cmisql::Predicate &p, const cmisql::Properties &properties, const Exact &exact) const;
    Bits leaf(const cmisql::Predicate &p, const cmisql::Properties &properties) const;
    Bits keyedLeaf(const cmisql::Predicate &p, const cmisql::Properties &properties, qsizetype keyed) const;
    Bits timeLeaf(const cmisql::Predicate &p, const cmisql::Properties &properties) const;
    Bits idLeaf(const cmisql::Predicate &p, const cmisql::Properties &properties) const;
    Bits perDocument(const cmisql::Predicate &p, const cmisql::Properties &properties) const;
    Bits contains(const QString &search) const;
    Bits found(const QString &word) const;
    bool check(const Bits &bits, const std::vector<qint32> &order, const Exact &exact, QString *error) const;

    qsizetype m_count;
    qint64 m_spacing;
    int m_contentBytes;
    QHash<QString, Matches> m_cache;
    QList<QString> m_age; // the cache's keys, oldest first
};

} // namespace fakeserver
