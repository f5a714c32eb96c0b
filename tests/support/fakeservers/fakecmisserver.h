#pragma once

#include "fakecmistypes.h"
#include "fakehttpserver.h"
#include "syntheticquery.h"

#include <QJsonObject>
#include <QSet>
#include <memory>
#include <optional>

namespace fakeserver {

// A CMIS 1.1 Browser Binding repository (one, "A1") in memory: repository info, query
// (paged), contentChanges with the overlap rule, content with Range, object, update with
// changeToken (409 on conflict). Answers are "succinct". Queries are parsed and checked
// against the FROM type's property definitions as a strict CMIS 1.1 repository does
// (cmisquerygrammar.h: 400 invalidArgument for ORDER BY a property that is not orderable,
// cmis:objectId > '…', an unknown property, …), then evaluated: WHERE, ORDER BY (ties in
// creation order), skipCount and maxItems. Documents can be deleted or added while a crawl
// runs: from the fault hook (setFaultHook), which runs before each answer. A synthetic mode
// serves N generated documents without storing them (the benchmark); an update stores that
// one document from then on, so a hold can be sent to every synthetic document.
class FakeCmisServer : public FakeHttpServer
{
public:
    QUrl serviceUrl() const { return baseUrl().resolved(QUrl(QStringLiteral("/cmis/browser"))); }

    // How queries are held to the CMIS 1.1 grammar. Strict (the default): whatever the
    // grammar or the type's definitions refuse is a 400. IgnoresHardConditions: a repository
    // that evaluates only =, <>, IN and IS NULL, and answers a WHERE with anything else (a
    // range, LIKE, CONTAINS, or what the grammar refuses) as if there were none; an ORDER BY
    // on a property that is not orderable is honoured, one on an unknown property ignored.
    enum class Grammar { Strict, IgnoresHardConditions };
    void setGrammar(Grammar grammar);

    void setCredentials(const QString &user, const QString &password);
    void setChangesCapability(const QString &capability); // "none" | "objectidsonly" | "properties" (default)
    // capabilityQuery: "bothcombined" (default), "bothseparate", "fulltextonly", "metadataonly"
    // or "none". A strict repository refuses CONTAINS() unless it searches full text.
    void setQueryCapability(const QString &capability);
    // Properties not given get defaults (exs:documentType "statement", exs:customerId "C-1", …).
    void addDocument(const QString &id, const QJsonObject &properties = {},
                     const QByteArray &content = "%PDF-1.4 test");
    // A new version of a version series (cmis:versionSeriesId `seriesId`): the series' other
    // versions are no longer latest. Queries return latest versions only, unless asked with
    // searchAllVersions=true; cmisselector=versions lists a series, newest first.
    void addVersion(const QString &seriesId, const QString &id, const QJsonObject &properties,
                    const QByteArray &content);
    void updateDocument(const QString &id, const QJsonObject &properties);
    void deleteDocument(const QString &id);
    // What the repository's administrator can do behind the change log (issue #63): the
    // document's properties, and its bytes when given, replaced with no change event and no new
    // change token; a deletion with no event.
    void rewriteSilently(const QString &id, const QJsonObject &properties,
                         const std::optional<QByteArray> &content = std::nullopt);
    void deleteSilently(const QString &id);
    // Synthetic documents (syntheticdocs.h) answer every query the grammar accepts: an id
    // batch or a range of creation dates in creation order as they are generated (the sync's
    // crawl), anything else through SyntheticIndex (syntheticquery.h: a million documents
    // without a JSON object each), ordered by a creation date or cmis:name.
    void setSynthetic(int count);
    // The synthetic documents' creation times lie this far apart (default 1000 ms).
    void setSyntheticSpacing(qint64 ms);
    // The synthetic documents' content streams are this many bytes (default: a short line).
    void setSyntheticContentBytes(int bytes);
    // The log forgets everything but its newest event: older tokens no longer overlap.
    void truncateLog();
    // Change events carry their object's cmis:objectTypeId among their properties, as
    // repositories with capabilityChanges "properties" may (includeProperties=true).
    void setEventsNameTheirType(bool name);
    // Tokens older than the log answer 409 instead (the other way repositories say it).
    void setRefuseOldTokens(bool refuse);
    // Every token is refused, even the latest the repository gives (a broken repository).
    void setRefuseAllTokens(bool refuse);
    // A document type below parentId (FakeCmisTypes::add): typeDefinition answers for it,
    // and documents whose cmis:objectTypeId names it are found by queries FROM it (and, with
    // the supertype's properties only, FROM its supertypes). A query FROM a type the
    // repository does not have is refused (400 invalidArgument).
    void addType(const QString &id, const QString &parentId, const QStringList &properties, bool listsInherited = true);
    void addType(const QString &id, const QString &parentId, const QList<FakeCmisTypes::Property> &properties,
                 bool listsInherited = true);
    // typeDefinition answers 404 for this type, as a repository that does not describe
    // cmis:document (its queries still know it).
    void setTypeDescribed(const QString &id, bool described);
    // A base property declared orderable or not (FakeCmisTypes::setBaseOrderable).
    void setBaseOrderable(const QString &property, bool orderable);
    // The stored documents' ids in creation order.
    QStringList documentIds() const;
    int documentCount() const;
    QJsonObject properties(const QString &id) const;
    // Updates applied to one object (409s and refusals not counted): a hold reaching an
    // object twice shows here as 2.
    int updateCount(const QString &id) const;

protected:
    Response handle(const Request &request) override;

private:
    struct Change
    {
        qint64 token;
        QString id;
        QString type;
        qint64 time;
    };
    Response info() const;
    Response query(const Request &request) const;
    Response typeDefinition(const Request &request) const;
    Response changes(const Request &request) const;
    Response content(const Request &request) const;
    Response versions(const Request &request) const;
    Response update(const Request &request);
    Response syntheticPage(qsizetype from, qsizetype to, qsizetype skip, qsizetype max) const;
    Response syntheticQuery(const QString &key, const cmisql::Statement &statement,
                            const cmisql::Properties &properties, qsizetype skip, qsizetype max) const;
    Response indexedQuery(const QString &key, const cmisql::Statement &statement, const cmisql::Properties &properties,
                          qsizetype skip, qsizetype max) const;
    QString fullText(const QJsonObject &doc) const;
    QJsonObject docAt(qsizetype index) const;
    QJsonObject docById(const QString &id) const;
    void log(const QString &id, const char *type);
    QString repoUrl() const;

    QString m_user, m_password;
    QString m_capability = QStringLiteral("properties");
    QString m_queryCapability = QStringLiteral("bothcombined");
    QStringList m_order;
    QHash<QString, QJsonObject> m_docs;
    QHash<QString, QByteArray> m_content;
    QList<Change> m_log;
    qint64 m_nextToken = 1;
    qint64 m_clock = 1767225600000; // 2026-01-01, +1 s per change
    int m_synthetic = 0;
    int m_syntheticBytes = 0;
    qint64 m_syntheticSpacing = 1000;
    mutable std::unique_ptr<SyntheticIndex> m_index; // made by the first query it answers; reset by any change
    bool m_refuseOld = false;
    bool m_eventTypes = false;
    bool m_refuseAll = false;
    Grammar m_grammar = Grammar::Strict;
    QSet<QString> m_undescribed;
    FakeCmisTypes m_types;
    QHash<QString, int> m_updates; // object id -> updates applied
};

} // namespace fakeserver
