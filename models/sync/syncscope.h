#pragma once

#include "domain/communication.h"
#include "search/querynode.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace proofdesk::sync {

// Which communications of a repository the cache keeps (issue #28, DESIGN.md "Beyond one
// machine"): a query in the search syntax over the properties a repository has, e.g.
// `issued:>=now-24m unit:retail -channel:sms`. The repository's setting "scope"; none keeps
// everything.
//
// Only what the repository itself can say takes part: the issue date (including the rolling
// `now-…` days, read again at every sync, so that the window moves by itself), the
// communication's type, channel, unit, language, origin, template and version, batch,
// campaign, the business keys, the workspace and the id. Words, and what only the desk knows
// (status, hold, fixity, finding, repo, block), are refused: a scope must mean the same on
// the repository's side (CMIS WHERE) and on the desk's (keeps()).
class SyncScope
{
public:
    // The scope of `text`, or nullopt with *error a sentence naming the part that cannot be a
    // scope (a malformed query names where, as the search box does). An empty text is the
    // scope "everything".
    static std::optional<SyncScope> parse(const QString &text, QString *error);
    // The repository's "scope" setting; a stored scope that no longer parses keeps
    // everything and says so in *error (never narrows the cache on a misread).
    static SyncScope ofSettings(const QJsonObject &settings, QString *error = nullptr);

    bool keepsEverything() const { return m_root.matchesEverything(); }
    QString text() const { return m_text; }
    const search::QueryNode &root() const { return m_root; }

    // Whether the cache keeps this communication: the one place the scope is decided, when
    // a record is written and when the cache is narrowed (CacheWriter). Values are equal
    // once folded (domain/textfold.h), as search compares them; issue dates in [from, to).
    bool keeps(const domain::Communication &communication) const;
    // The communications columns keeps() reads, besides issued_at.
    QStringList columns() const;
    // A communication with only its issue time and `columns` filled, as keeps() reads it.
    static domain::Communication withColumns(qint64 issuedAt, const QStringList &columns, const QStringList &values);

    // Whether a bound counts back from today (`now-24m`): the window moves by itself.
    bool rolls() const;
    // The scope as it stands today (its rolling bounds resolved to UTC days) as JSON: what a
    // sync notes it read the repository under (cache/repositorystore.h scopeRead), so that
    // the next sync can tell whether the window has since let more in (syncscope_resolved.cpp).
    QByteArray resolvedJson() const;
    // A scope so noted; nullopt for none or one that cannot be read.
    static std::optional<SyncScope> fromResolvedJson(const QByteArray &json);
    // True when this scope keeps nothing `wider` does not (decided from the queries alone,
    // conservatively: false when it cannot tell), e.g. issued:>=now-12m within
    // issued:>=now-24m, or `A unit:retail` within `A` (syncscope_within.cpp).
    bool within(const SyncScope &wider) const;
    // The search query that finds this repository's cached communications outside the scope
    // (for the eviction after a sync): `repo:"NAME" -(SCOPE)`; a name the syntax cannot quote
    // (it holds '"') gives `-(SCOPE)`, every repository's, and the caller keeps its own rows.
    QString outsideQuery(const QString &repositoryName) const;

private:
    QString m_text;
    search::QueryNode m_root;
};

} // namespace proofdesk::sync
