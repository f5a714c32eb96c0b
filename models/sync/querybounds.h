#pragma once

#include "querytranslation.h"
#include "search/querynode.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace proofdesk::sync::bounds {

// What the translations of a query to a repository's own search share (cmis/ and
// archivesspace/…querytranslation.h, issue #38 "remote search honest by construction").
// A repository's search cannot ask every part of a query as the desk means it (CMIS compares
// strings exactly, ArchivesSpace does not index most properties), so each part is asked
// within bounds: `upper` holds wherever the part does (the repository returns all it
// matches, and maybe more), `lower` only where it does (maybe less). Where the two are one
// condition, the part is asked exactly; where they differ, the desk checks what the upper
// one returns (the desk's own search, on the records as the mapping reads them), which is
// exact as long as what comes back is few enough to check; otherwise the lower one is
// asked, and what it may miss is named.

// A condition in the repository's own language (a CMIS WHERE, an ArchivesSpace query as
// compact JSON), or everything, or nothing.
struct Cond
{
    enum State { True, False, Text };
    State state = True;
    QString text;
    static Cond yes() { return {}; }
    static Cond no() { return {False, {}}; }
    static Cond of(const QString &text) { return {Text, text}; }
    bool operator==(const Cond &o) const { return state == o.state && text == o.text; }
    bool operator!=(const Cond &o) const { return !(*this == o); }
};

// Joins conditions of the repository's language: all of them (conjunction) or any.
using Joiner = std::function<QString(const QStringList &parts, bool conjunction)>;
Cond combined(const QList<Cond> &parts, bool conjunction, const Joiner &join);

// One part of a query: its bounds and those of its negation, why they differ, and what in
// it the repository answers by its own rules (its full-text search): asked, not checked.
struct Bounds
{
    Cond upper, lower, upperNot, lowerNot;
    QStringList why;
    QStringList ownRules;

    bool exact() const { return upper == lower && upperNot == lowerNot; }
    static Bounds exactly(const Cond &c, const Cond &negated) { return {c, c, negated, negated, {}, {}}; }
    static Bounds constant(bool v) { return exactly(v ? Cond::yes() : Cond::no(), v ? Cond::no() : Cond::yes()); }
    // Not asked (everything), checked on the desk.
    static Bounds unknown(const QString &why) { return {Cond::yes(), Cond::no(), Cond::yes(), Cond::no(), {why}, {}}; }
};

// The bounds of a parsed query's nodes: AND, OR and NOT here; terms, fields and dates by
// each kind of repository.
class Translator
{
public:
    explicit Translator(Joiner join)
        : m_join(std::move(join))
    {}
    virtual ~Translator() = default;

    Bounds node(const search::QueryNode &n);

protected:
    virtual Bounds term(const search::QueryNode &n) = 0;
    virtual Bounds field(const search::QueryNode &n) = 0;
    virtual Bounds issued(const search::QueryNode &n) = 0;

private:
    Bounds combine(const search::QueryNode &n, bool conjunction);
    Joiner m_join;
};

// A query's top, each part classed (the top is an AND).
struct Assembly
{
    bool skip = false; // a part is false for this repository (repo:OTHER): nothing is asked
    Cond upper, lower;
    QString deskQuery;          // the parts checked on the desk, in the search syntax
    QList<LeftOutPart> leftOut; // facts of the cache only: neither asked nor checked
    QList<LeftOutPart> inexact; // answered by the repository's own rules
    QList<LeftOutPart> checked; // checked on the desk
};

// `takeText` (optional) may take a part for a search of its own (CMIS's one CONTAINS()):
// true when it did; the caller then adds that search to both bounds. The node it is given is a part of
// `root` itself (never a copy), so it may be kept by address while `root` lives.
Assembly assemble(const search::QueryNode &root, const QString &query, Translator &translator, const Joiner &join,
                  const std::function<bool(const search::QueryNode &)> &takeText = {});

// The first fact of the cache only (status, hold, fixity, finding) the node names, or none.
QString deskOnlyFact(const search::QueryNode &n);

} // namespace proofdesk::sync::bounds
