#pragma once

#include "sync/drop/droprecordparser.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace proofdesk::sync::cmis {

// Template versions and content-block versions kept as CMIS documents with a version series
// (DESIGN.md "Templates and content blocks from CMIS"): every version of a series is one
// template (or block) version. Their fields are those of the drop's records
// (drop-format.md "Template version", "Content block version"), each read from one property
// named in the repository's mapping as "template.FIELD" or "block.FIELD"; the body (a
// block's text) is the document's content stream. The record is then checked by the same
// parser as a drop's line, so a CMIS template and a dropped one are held to one rule.
enum class CatalogueKind { Template, Block };

// "template." or "block.": the prefix of that kind's fields in a mapping.
QString prefixOf(CatalogueKind kind);
// The settings key of that kind's CMIS type: "template_type" or "block_type".
QString typeSettingOf(CatalogueKind kind);
// Every field of that kind, prefixed ("template.status"), in the drop format's order.
const QStringList &catalogueFields(CatalogueKind kind);
// Both kinds' fields; true when `field` is one of them.
bool isCatalogueField(const QString &field);
// The fields a version cannot do without: its id, version and (templates) status.
bool isRequiredCatalogueField(const QString &field);

// The default mapping (prefixed field → property): the cmis: properties every versioned
// document has (cmis:versionLabel, cmis:name, cmis:checkinComment) and the exs: properties
// of an Exstream template archive.
QMap<QString, QString> defaultCatalogueMapping();

// One version's properties (flat, as cmis::flatProperties gives them) and content stream
// as a template or block version, or the reason it cannot be one. Multi-valued properties:
// template.channels takes every value; template.approvals and template.content_blocks take
// a JSON array in one string, or one value per entry (a JSON object, or for content blocks
// "ID:VERSION"). Approvals may also be parallel repeating attributes, one property per part
// (template.approval_step, _by, _at, _decision, _note), the i-th values making the i-th
// approval. A status is compared in lower case with spaces as underscores ("In Review" is
// in_review). With majorLabels, a version (and a block reference's version) "N.0" is "N"
// (majorVersionOf: Documentum labels major versions N.0, the generator writes N); the
// label is kept as repository_version_label.
Parsed<domain::TemplateVersion> toTemplateVersion(const QJsonObject &flat, const QByteArray &content,
                                                  const QMap<QString, QString> &mapping, bool majorLabels = false);
Parsed<domain::ContentBlockVersion> toContentBlock(const QJsonObject &flat, const QByteArray &content,
                                                   const QMap<QString, QString> &mapping, bool majorLabels = false);

} // namespace proofdesk::sync::cmis
