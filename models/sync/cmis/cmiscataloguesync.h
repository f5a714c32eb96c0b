#pragma once

#include "cache/repositorystore.h"
#include "cmiscatalogue.h"
#include "sync/changepage.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <optional>

namespace proofdesk::sync::cmis {

class Client;
class Types;

// Template and content-block versions (DESIGN.md "Templates and content blocks from CMIS").
// Documentum keeps each template as a document with a version series; every version of the
// series is a template version of its own. They are read whole at the end of every crawl (a few
// hundred series against the archive's millions of documents), and from then on each
// change-log event on one of them reads its series again.
class CatalogueSync
{
public:
    // `mapping`: "template.FIELD" / "block.FIELD" → property; `majorLabels`: a label N.0 is the
    // generator's version N.
    CatalogueSync(Client &client, Types &types, const cache::RepositoryInfo &repository, QMap<QString, QString> mapping,
                  bool majorLabels, int pageSize);

    // Every version of every version series of both types, into the page (which then holds
    // the repository's whole catalogue).
    void crawl(ChangePage &page);
    // The series of these changed objects read again, where they are template or block versions.
    void refresh(const QStringList &ids, const QHash<QString, QString> &typeOf, ChangePage &page);

private:
    struct CatalogueType
    {
        CatalogueKind kind;
        QString type;
    };
    // The kinds whose type the repository has (asked once per connector); throws when a type
    // the settings name is missing.
    const QList<CatalogueType> &catalogueTypes();
    // These objects of `type` as they are now, every version of them (searchAllVersions).
    QList<QJsonObject> changedOf(const CatalogueType &t, const QStringList &ids);
    // All versions of the series these objects belong to, with their content, mapped.
    void takeSeries(const QList<QJsonObject> &objects, CatalogueKind kind, const QString &request, ChangePage &page);
    // Every version of each series these objects belong to (one versions request per series).
    QList<QJsonObject> versionsOf(const QList<QJsonObject> &objects);
    // The content streams of these versions, by index (a version without one has none).
    QHash<qsizetype, QByteArray> contentsOf(const QList<QJsonObject> &versions);

    Client &m_client;
    Types &m_types;
    const cache::RepositoryInfo &m_repository;
    QMap<QString, QString> m_mapping;
    bool m_majorLabels;
    int m_pageSize;
    std::optional<QList<CatalogueType>> m_catalogueTypes;
};

} // namespace proofdesk::sync::cmis
