#include "repositoryprofiles.h"

#include "archivesspace/aspacerecord.h"
#include "cmis/cmiscatalogue.h"
#include "cmis/cmisobject.h"
#include "http/propertymapping.h"
#include "syncscope.h"
#include "util/keyedtexts.h"
#include "util/translation.h"
#include "workflow/workflowsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace proofdesk::sync {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::sync::RepositoryProfiles", "proofdesk::sync", text);
}

const QString kCmis = QStringLiteral("cmis");
const QString kArchivesSpace = QStringLiteral("archivesspace");

// Documentum names attributes in lower case with underscores, without a namespace colon:
// the Exstream properties of the CMIS default (exs:customerId) become exs_customer_id.
QMap<QString, QString> documentumMapping()
{
    QMap<QString, QString> mapping = cmis::defaultMapping();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        if (it.value().startsWith(QLatin1String("exs:")))
            it.value() = QStringLiteral("exs_")
                         + (it.key() == QLatin1String("type") ? QStringLiteral("document_type") : it.key());
    mapping.insert(QStringLiteral("language"), QStringLiteral("language_code")); // every dm_sysobject has it
    return mapping;
}

// The same for templates and blocks: exs:effectiveFrom becomes exs_effective_from.
QMap<QString, QString> documentumCatalogueMapping()
{
    static const QRegularExpression upper(QStringLiteral("([A-Z])"));
    QMap<QString, QString> mapping = cmis::defaultCatalogueMapping();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        if (it.value().startsWith(QLatin1String("exs:")))
            it.value() = QStringLiteral("exs_") + it.value().mid(4).replace(upper, QStringLiteral("_\\1")).toLower();
    return mapping;
}

QList<RepositoryProfile> makeProfiles()
{
    // The CMIS default reads the exs: properties an Exstream archive carries; Alfresco's
    // content models and Nuxeo's schemas name them the same way (prefix:name).
    const QMap<QString, QString> exstream = cmis::defaultMapping();
    // Extended ECM files communications in business workspaces: the workspace is read too.
    QMap<QString, QString> contentServer = exstream;
    contentServer.insert(QStringLiteral("workspace_type"), QStringLiteral("xecm:workspaceType"));
    contentServer.insert(QStringLiteral("workspace_id"), QStringLiteral("xecm:workspaceId"));
    contentServer.insert(QStringLiteral("workspace_title"), QStringLiteral("xecm:workspaceName"));
    QMap<QString, QString> nuxeo = exstream;
    nuxeo.insert(QStringLiteral("language"), QStringLiteral("dc:language")); // the dublincore schema's
    const QMap<QString, QString> catalogue = cmis::defaultCatalogueMapping();
    return {
        {QStringLiteral("documentum"), kCmis, QStringLiteral("OpenText Documentum"),
         QStringLiteral("exs_communication"), documentumMapping(), QStringLiteral("exs_template"),
         QStringLiteral("exs_content_block"), documentumCatalogueMapping(), QStringLiteral("major")},
        {QStringLiteral("content-server"), kCmis, QStringLiteral("OpenText Content Server (Extended ECM)"),
         QStringLiteral("exs:communication"), contentServer, QStringLiteral("exs:template"),
         QStringLiteral("exs:contentBlock"), catalogue},
        {QStringLiteral("alfresco"), kCmis, QStringLiteral("Alfresco Content Services"),
         QStringLiteral("D:exs:communication"), exstream, QStringLiteral("D:exs:template"),
         QStringLiteral("D:exs:contentBlock"), catalogue},
        {QStringLiteral("nuxeo"), kCmis, QStringLiteral("Nuxeo Platform"), QStringLiteral("ExsCommunication"), nuxeo,
         QStringLiteral("ExsTemplate"), QStringLiteral("ExsContentBlock"), catalogue},
        {QStringLiteral("archivesspace"),
         kArchivesSpace,
         QStringLiteral("ArchivesSpace"),
         QString(),
         aspace::defaultMapping(),
         QString(),
         QString(),
         {},
         QString()},
    };
}

// The properties of an ArchivesSpace digital object a field can read (JSONModel
// "digital_object"); user_defined holds the numbered custom fields.
bool isDigitalObjectProperty(const QString &path)
{
    static const QStringList top{QStringLiteral("uri"),
                                 QStringLiteral("title"),
                                 QStringLiteral("digital_object_id"),
                                 QStringLiteral("digital_object_type"),
                                 QStringLiteral("level"),
                                 QStringLiteral("publish"),
                                 QStringLiteral("restrictions"),
                                 QStringLiteral("suppressed"),
                                 QStringLiteral("create_time"),
                                 QStringLiteral("system_mtime"),
                                 QStringLiteral("user_mtime"),
                                 QStringLiteral("created_by"),
                                 QStringLiteral("last_modified_by"),
                                 QStringLiteral("lock_version"),
                                 QStringLiteral("jsonmodel_type"),
                                 QStringLiteral("repository.ref"),
                                 QStringLiteral("collection"),
                                 QStringLiteral("slug"),
                                 QStringLiteral("is_slug_auto"),
                                 QStringLiteral("external_ark_url")};
    static const QRegularExpression userDefined(
        QStringLiteral("^user_defined\\.(boolean|integer|real|string|text|date|enum)_[1-9]$"));
    return top.contains(path) || userDefined.match(path).hasMatch();
}

QString invalidPropertyProblem(const QString &kind, const QString &field, const QString &property)
{
    if (property.isEmpty() || property.startsWith(QLatin1Char('=')))
        return QString();
    if (kind == kArchivesSpace && !isDigitalObjectProperty(property))
        return tr("Field \"%1\" reads \"%2\", which an ArchivesSpace digital object does not have (it has uri, title, "
                  "digital_object_id, digital_object_type, create_time, user_defined.string_1 … and the other "
                  "user_defined fields).")
            .arg(field, property);
    static const QRegularExpression cmisId(QStringLiteral("^[^\\s,()'\"]+$"));
    if (kind == kCmis && !cmisId.match(property).hasMatch())
        return tr("Field \"%1\" reads \"%2\", which is not a CMIS property id.").arg(field, property);
    return QString();
}

QStringList mappingProblems(const QString &kind, const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return {tr("The mapping must be an object of field: property, e.g. {\"customer_id\": \"acme:customerNo\"}.")};
    QStringList problems;
    const QJsonObject mapping = value.toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const QString field = it.key();
        const bool catalogue = kind == kCmis && cmis::isCatalogueField(field);
        if (!PropertyMapping::fields().contains(field) && !catalogue) {
            QStringList known = PropertyMapping::fields();
            if (kind == kCmis)
                known << cmis::catalogueFields(cmis::CatalogueKind::Template)
                      << cmis::catalogueFields(cmis::CatalogueKind::Block);
            problems << tr("Unknown field \"%1\" in the mapping; the fields are: %2.")
                            .arg(field, known.join(QStringLiteral(", ")));
            continue;
        }
        if (!it.value().isString()) {
            problems << tr("Field \"%1\" must name a property (a string).").arg(field);
            continue;
        }
        const QString property = it.value().toString().trimmed();
        if (property.isEmpty() && (PropertyMapping::isRequired(field) || cmis::isRequiredCatalogueField(field)))
            problems
                << tr("Field \"%1\" is required: map it to a property, or to a fixed value written =value.").arg(field);
        const QString invalid = invalidPropertyProblem(kind, field, property);
        if (!invalid.isEmpty())
            problems << invalid;
    }
    return problems;
}

QStringList profileProblems(const QString &kind, const QJsonObject &settings)
{
    const QJsonValue profile = settings.value(QStringLiteral("profile"));
    if (profile.isUndefined())
        return {};
    const auto found = findProfile(profile.toString());
    if (!found)
        return {tr("Unknown profile \"%1\"; the profiles are: %2.")
                    .arg(profile.toVariant().toString(), profileNames().join(QStringLiteral(", ")))};
    if (found->kind != kind)
        return {tr("The profile \"%1\" is for %2 repositories, not %3.").arg(found->name, found->kind, kind)};
    return {};
}

QStringList catalogueTypeProblems(const QString &kind, const QJsonObject &settings)
{
    for (const auto k : {cmis::CatalogueKind::Template, cmis::CatalogueKind::Block}) {
        const QJsonValue type = settings.value(cmis::typeSettingOf(k));
        if (type.isUndefined())
            continue;
        if (kind != kCmis)
            return {
                tr("Only CMIS repositories have a \"%1\" setting; this one is %2.").arg(cmis::typeSettingOf(k), kind)};
        if (!type.isString())
            return {tr("The setting \"%1\" must name a CMIS type (or be empty for none).").arg(cmis::typeSettingOf(k))};
    }
    return {};
}

QStringList versionLabelProblems(const QString &kind, const QJsonObject &settings)
{
    const QJsonValue labels = settings.value(QStringLiteral("version_labels"));
    if (labels.isUndefined())
        return {};
    if (kind != kCmis)
        return {tr("Only CMIS repositories have a \"version_labels\" setting; this one is %1.").arg(kind)};
    if (labels != QJsonValue(QStringLiteral("major")) && labels != QJsonValue(QStringLiteral("exact")))
        return {tr("The setting \"version_labels\" is \"major\" (a label N.0 is version N) or \"exact\", not \"%1\".")
                    .arg(labels.toVariant().toString())};
    return {};
}

QStringList typeProblems(const QString &kind, const QJsonObject &settings)
{
    const QString type = settings.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return {};
    if (kind != kCmis)
        return {tr("Only CMIS repositories have a type; \"%1\" is %2.").arg(type, kind)};
    const QString queried = typeOfQuery(settings.value(QStringLiteral("query")).toString());
    // The crawl and the id batches must read the same type, or records change shape between
    // a crawl and the changes after it.
    if (!queried.isEmpty() && queried != type)
        return {tr("The query reads FROM %1 but the type is %2: name the same type in both, or leave the query out "
                   "(it is then SELECT * FROM %2).")
                    .arg(queried, type)};
    return {};
}

} // namespace

const QList<RepositoryProfile> &repositoryProfiles()
{
    static const QList<RepositoryProfile> all = makeProfiles();
    return all;
}

std::optional<RepositoryProfile> findProfile(const QString &name)
{
    for (const RepositoryProfile &p : repositoryProfiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

QStringList profileNames()
{
    QStringList names;
    for (const RepositoryProfile &p : repositoryProfiles())
        names << p.name;
    return names;
}

namespace {

// What each field of a mapping means, in English; lupdate files the texts under MappedField.
// A table at namespace scope, not in a function: it is data, read once into fieldMeaning().
constexpr util::KeyedText kFieldMeanings[] = {
    {"id",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the communication's id (searches, holds and links use it)")},
    {"type", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField",
                               "the kind of communication: statement, policy, claim letter, notice…")},
    {"issued_at", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "when it was issued (a date and time)")},
    {"channel", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "how it was sent: email, print, sms, web")},
    {"template_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the template it was generated from")},
    {"template_version", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "that template's version")},
    {"media_type", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the document's MIME type")},
    {"rendition_bytes", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the document's size in bytes")},
    {"recipient_name", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the recipient's name")},
    {"recipient_address", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the recipient's postal address")},
    {"recipient_email", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the recipient's email address")},
    {"recipient_phone", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the recipient's phone number")},
    {"customer_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the customer number")},
    {"account_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the account number")},
    {"policy_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the policy number")},
    {"claim_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the claim number")},
    {"loan_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the loan number")},
    {"case_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the case number")},
    {"workspace_type",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the business workspace's type (Extended ECM)")},
    {"workspace_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the business workspace's id")},
    {"workspace_title", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the business workspace's name")},
    {"business_unit", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the business unit that sent it")},
    {"batch", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the production batch or run")},
    {"campaign", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the campaign it belongs to")},
    {"language", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "its language")},
    {"text", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "its text, for full-text search")},
    {"retention_class", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "its retention class (how long it is kept)")},
    {"retention_trigger", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "when its retention period starts")},
    {"origin", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "where it came from (original or reissue)")},
    {"reissue_of", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the communication it reissues")},
    {"request_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the reissue request that produced it")},
    {"content_blocks",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField",
                       "the content block versions placed in it: ID:VERSION per value, or a JSON array")},
    {"template.template_id",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the template's id (communications name it)")},
    {"template.version",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the template version (each version of the series is one)")},
    {"template.name", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the template's name")},
    {"template.status",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "draft, in_review, approved, retired or superseded")},
    {"template.business_unit",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the business unit that owns the template")},
    {"template.channels",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the channels it may be sent on (every value)")},
    {"template.effective_from", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "when the version takes effect")},
    {"template.effective_to",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "when the version stops being in effect")},
    {"template.approvals",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "its approvals: a JSON array, or one JSON object per value")},
    {"template.change_note", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "what changed in this version")},
    {"template.content_blocks", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField",
                                                  "the content blocks it uses: ID:VERSION per value, or a JSON array")},
    {"template.approval_step",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField",
                       "each approval's step, one value per approval (a repeating attribute)")},
    {"template.approval_by",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "who gave each approval, one value per approval")},
    {"template.approval_at",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "when each approval was given, one value per approval")},
    {"template.approval_decision",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField",
                       "each approval's decision (approved, rejected…), one value per approval")},
    {"template.approval_note",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "each approval's note, one value per approval")},
    {"block.block_id", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the content block's id (templates name it)")},
    {"block.version",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the block version (each version of the series is one)")},
    {"block.kind",
     QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "clause, disclosure, insert, image or legal_text")},
    {"block.title", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the block's title")},
    {"block.status", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "the block's status (approved, retired…)")},
    {"block.approved_at", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "when the block version was approved")},
    {"block.retired_at", QT_TRANSLATE_NOOP("proofdesk::sync::MappedField", "when the block version was retired")},
};

} // namespace

QString fieldMeaning(const QString &field)
{
    static const auto meanings = util::textsByKey<QMap<QString, const char *>>(kFieldMeanings);
    const char *meaning = meanings.value(field);
    return meaning ? QCoreApplication::translate("proofdesk::sync::MappedField", meaning) : QString();
}

QMap<QString, QString> baseMapping(const QString &kind, const QJsonObject &settings)
{
    if (const auto profile = findProfile(settings.value(QStringLiteral("profile")).toString()))
        return profile->mapping;
    return kind == kArchivesSpace ? aspace::defaultMapping() : cmis::defaultMapping();
}

QMap<QString, QString> effectiveMapping(const QString &kind, const QJsonObject &settings)
{
    QMap<QString, QString> mapping = baseMapping(kind, settings);
    const QJsonObject overrides = settings.value(QStringLiteral("mapping")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        if (it.value().isString())
            mapping.insert(it.key(), it.value().toString().trimmed());
    return mapping;
}

QString cmisCatalogueTypeOf(const QJsonObject &settings, cmis::CatalogueKind kind)
{
    const QJsonValue named = settings.value(cmis::typeSettingOf(kind));
    if (named.isString())
        return named.toString().trimmed();
    const auto profile = findProfile(settings.value(QStringLiteral("profile")).toString());
    if (profile && profile->kind == kCmis)
        return kind == cmis::CatalogueKind::Template ? profile->templateType : profile->blockType;
    return kind == cmis::CatalogueKind::Template ? QStringLiteral("exs:template") : QStringLiteral("exs:contentBlock");
}

bool cmisMajorVersionLabels(const QJsonObject &settings)
{
    const QJsonValue named = settings.value(QStringLiteral("version_labels"));
    if (named.isString())
        return named.toString() == QLatin1String("major");
    const auto profile = findProfile(settings.value(QStringLiteral("profile")).toString());
    return profile && profile->versionLabels == QLatin1String("major");
}

bool catalogueTypeIsNamed(const QJsonObject &settings, cmis::CatalogueKind kind)
{
    return settings.value(cmis::typeSettingOf(kind)).isString();
}

QMap<QString, QString> effectiveCatalogueMapping(const QJsonObject &settings)
{
    const auto profile = findProfile(settings.value(QStringLiteral("profile")).toString());
    QMap<QString, QString> mapping =
        profile && profile->kind == kCmis ? profile->catalogueMapping : cmis::defaultCatalogueMapping();
    const QJsonObject overrides = settings.value(QStringLiteral("mapping")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        if (it.value().isString() && cmis::isCatalogueField(it.key()))
            mapping.insert(it.key(), it.value().toString().trimmed());
    return mapping;
}

QString typeOfQuery(const QString &query)
{
    static const QRegularExpression from(QStringLiteral("\\sFROM\\s+(\\S+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return from.match(query).captured(1);
}

QString cmisTypeOf(const QJsonObject &settings)
{
    const QString type = settings.value(QStringLiteral("type")).toString();
    if (!type.isEmpty())
        return type;
    const QString queried = typeOfQuery(settings.value(QStringLiteral("query")).toString());
    if (!queried.isEmpty())
        return queried;
    const auto profile = findProfile(settings.value(QStringLiteral("profile")).toString());
    return profile && !profile->type.isEmpty() ? profile->type : QStringLiteral("cmis:document");
}

// A sync scope (syncscope.h) is a query the repository's communications are chosen by:
// only repositories that bring communications take one.
QStringList scopeProblems(const QString &kind, const QJsonObject &settings)
{
    const QJsonValue scope = settings.value(QStringLiteral("scope"));
    if (scope.isUndefined())
        return {};
    if (kind != kCmis && kind != kArchivesSpace && kind != QLatin1String("drop"))
        return {tr("A %1 repository brings no communications, so it takes no sync scope.").arg(kind)};
    if (!scope.isString())
        return {tr("The setting \"scope\" is a query in the search syntax, e.g. issued:>=now-24m.")};
    QString error;
    if (!SyncScope::parse(scope.toString(), &error))
        return {error};
    return {};
}

QStringList settingsProblems(const QString &kind, const QJsonObject &settings)
{
    const QStringList scope = scopeProblems(kind, settings);
    if (kind != kCmis && kind != kArchivesSpace) {
        for (const char *key : {"profile", "type", "mapping", "template_type", "block_type", "version_labels"})
            if (settings.contains(QLatin1String(key)))
                return {tr("A %1 repository takes no \"%2\" setting.").arg(kind, QLatin1String(key))};
        return scope + (kind == QLatin1String("workflow") ? workflowSettingsProblems(settings) : QStringList());
    }
    return scope + profileProblems(kind, settings) + typeProblems(kind, settings)
           + catalogueTypeProblems(kind, settings) + versionLabelProblems(kind, settings)
           + mappingProblems(kind, settings.value(QStringLiteral("mapping")));
}

} // namespace proofdesk::sync
