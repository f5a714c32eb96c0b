#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::sync::cmis {
enum class CatalogueKind;
}

namespace proofdesk::sync {

// A documented starting point for one product (DESIGN.md "Profiles"): the CMIS type that
// holds communications and which property each Proofdesk field reads. A repository names
// its profile in its settings ("profile"); "type" and "mapping" {field: property} there
// override it field by field. docs/connecting.md lists every profile property (a test keeps
// the two in step); `proofdesk-cli repo add --profile` and the repositories dialog read
// this table, never a copy of it.
struct RepositoryProfile
{
    QString name;                   // documentum, content-server, alfresco, nuxeo, archivesspace
    QString kind;                   // the connector that speaks it: cmis or archivesspace
    QString product;                // for people: "OpenText Documentum"
    QString type;                   // the CMIS type of communications; empty for ArchivesSpace
    QMap<QString, QString> mapping; // field → property ("=value": a literal)
    // Template and content-block versions (cmis/cmiscatalogue.h): their CMIS types and the
    // property each "template.FIELD" and "block.FIELD" reads. Empty for ArchivesSpace.
    QString templateType;
    QString blockType;
    QMap<QString, QString> catalogueMapping;
    // How the repository labels versions against how the generator writes them: "exact",
    // or "major" (a label N.0 is the generator's version N: Documentum).
    QString versionLabels = QStringLiteral("exact");
};

const QList<RepositoryProfile> &repositoryProfiles();
std::optional<RepositoryProfile> findProfile(const QString &name);
QStringList profileNames();

// What a mapped field means (docs/connecting.md, the dialog's tooltips), translated in the
// context "proofdesk::sync::MappedField" where a translation is loaded.
QString fieldMeaning(const QString &field);

// The mapping a repository starts from before its own "mapping": its profile's, or the
// connector's default when it names none.
QMap<QString, QString> baseMapping(const QString &kind, const QJsonObject &settings);
// baseMapping() with the repository's own "mapping" applied (an empty property: not read).
QMap<QString, QString> effectiveMapping(const QString &kind, const QJsonObject &settings);
// The CMIS type a repository's statements name: "type", else the FROM of its "query", else
// its profile's type, else cmis:document.
QString cmisTypeOf(const QJsonObject &settings);
// The CMIS type of template versions ("template_type") or of content-block versions
// ("block_type"): the setting, else the profile's, else exs:template / exs:contentBlock.
// Empty when the setting is empty: that repository has none to read.
QString cmisCatalogueTypeOf(const QJsonObject &settings, cmis::CatalogueKind kind);
// Whether a CMIS repository's version labels N.0 are the generator's versions N: the
// "version_labels" setting ("major" or "exact"), else its profile's.
bool cmisMajorVersionLabels(const QJsonObject &settings);
// True when the repository names that type itself: a repository without it is then an
// error, where a default type it lacks only means it keeps no templates (or blocks).
bool catalogueTypeIsNamed(const QJsonObject &settings, cmis::CatalogueKind kind);
// The "template.FIELD" and "block.FIELD" mapping: the profile's (or the CMIS default) with
// the repository's own "mapping" entries for those fields applied.
QMap<QString, QString> effectiveCatalogueMapping(const QJsonObject &settings);
// The type a CMIS query reads (its FROM); empty when it names none.
QString typeOfQuery(const QString &query);

// Everything wrong with a repository's profile, type, query and mapping that can be told
// without asking the repository (a property the CMIS type lacks is told by the connector's
// checkConfiguration()): one sentence each, naming the field, property or setting.
QStringList settingsProblems(const QString &kind, const QJsonObject &settings);

} // namespace proofdesk::sync
