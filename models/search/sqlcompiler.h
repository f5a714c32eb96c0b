#pragma once

#include "querynode.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace proofdesk::search {

// A WHERE condition over `communications AS c`, with its values to bind in order to the
// anonymous '?' parameters (QString or qint64). No user text is ever part of `where`.
struct CompiledQuery
{
    QString where; // "1" when the query matches everything
    QList<QVariant> parameters;
};

// Compiles the AST of QueryParser to SQL over the cache schema (migrations.cpp).
//
// Text terms become FTS5 MATCH expressions on comm_fts, each token string quoted
// (ftsString), and all text terms that meet under one And/Or (with their negations) are
// merged into a single MATCH so that a query costs one full-text lookup, not one per word.
// Fields become equality on the COLLATE NOCASE columns or IN-subqueries; dates become
// half-open ranges on issued_at.
class SqlCompiler
{
public:
    // How the sets from subqueries (full text, blocks, holds) may be used by the planner.
    enum class SetUse {
        // They may drive the query (look rows up by rowid): best when few rows match,
        // which SQLite then sorts.
        Drive,
        // They only filter rows (`+c.rowid IN …`), so the planner walks an
        // (…, issued_at, id) index in order: best when many match and one page is wanted.
        Filter,
    };

    static CompiledQuery compile(const QueryNode &root, SetUse use = SetUse::Drive);

    // The whole subtree as one FTS5 expression, if it is text only (terms under And/Or,
    // with '-' on terms inside an And that also has a positive term).
    static std::optional<QString> ftsExpression(const QueryNode &node);
};

} // namespace proofdesk::search
