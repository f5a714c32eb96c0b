#pragma once

#include "democast.h"
#include "demotemplatetext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

namespace proofdesk::demo {

enum class Channel { Print, Email, Web, Mobile, Sms };
constexpr int kChannelCount = 5;
QString channelKey(Channel channel);

// What a letter's table shows; each kind has its own generator (demotables.cpp).
enum class TableKind {
    None,
    Transactions,
    FeeItems,
    FeeComparison,
    Premium,
    Settlement,
    Instalments,
    Enclosures,
    Coverage
};

// One communication type of spec/drop-format.md and how the demo produces it.
struct TypeDef
{
    const char *type;                  // spec name, e.g. "statement"
    const char *templateId;            // e.g. "TPL-STMT-MONTHLY"; shared types get a unit suffix
    const char *name;                  // template name
    const char *batchPrefix;           // batch ids are PREFIX-YYYY-MM
    const char *retention;             // retention class
    int unitMask;                      // bit per Unit the type is sent from (shared types: all three)
    int weight;                        // relative frequency within its unit
    int channelWeights[kChannelCount]; // print, email, web, mobile, sms
    TableKind table;
    bool bulk; // produced in campaigns (statements, notices) rather than per event
};

const QList<TypeDef> &typeDefs();
const TypeDef *typeByName(const QString &type);

struct Approval
{
    QString step, by, note, decision;
    qint64 at = 0;
};

struct BlockRef
{
    QString id;
    QString version;
};

struct TemplateVersion
{
    int number = 0;
    QString status; // final status: approved, superseded, retired, draft, in_review
    qint64 effectiveFrom = 0;
    qint64 effectiveTo = 0; // 0: open-ended
    QList<Approval> approvals;
    QString changeNote;
    QList<BlockRef> blocks;
    QString body;          // the template source, placeholders and all
    QString sha256;        // of body, UTF-8
    ParsedTemplate parsed; // body split into subject, SMS text and parts, for rendering

    // The first "approved" decision; 0 if the version was never approved.
    qint64 approvedAt() const;
    // The rule of DESIGN.md "Findings": approved at or before t and not yet ended at t.
    bool isApprovedAt(qint64 t) const;
};

struct TemplateDef
{
    QString id;
    QString name;
    const TypeDef *type = nullptr;
    Unit unit = Unit::RetailBanking;
    QList<TemplateVersion> versions;

    const TemplateVersion *approvedVersionAt(qint64 t) const;
};

struct BlockVersion
{
    int number = 0;
    qint64 approvedAt = 0;
    qint64 retiredAt = 0; // 0: still in use
    QString text;
};

struct BlockDef
{
    QString id, kind, title;
    QList<BlockVersion> versions;

    const BlockVersion *versionAt(qint64 t) const;     // in force at t, or null
    const BlockVersion *retiredBefore(qint64 t) const; // newest version retired at or before t
};

struct RetentionClass
{
    const char *id;
    const char *title;
    int years;
};
const QList<RetentionClass> &retentionClasses();

// A catalogue line with the time it was written, so lines can go to per-year files in the
// order a generator would have appended them.
struct CatalogueLine
{
    qint64 at = 0;
    QJsonObject json;
};

// Templates and content blocks. It depends on nothing but the compiled-in texts: the
// catalogue is the same for every seed, like a real template library that many runs share.
class Catalogue
{
public:
    static std::shared_ptr<const Catalogue> load(QString *error);

    const QList<TemplateDef> &templates() const { return m_templates; }
    const QList<BlockDef> &blocks() const { return m_blocks; }
    const TemplateDef *templateFor(const TypeDef *type, Unit unit) const;
    const BlockDef *block(const QString &id) const;

    QList<CatalogueLine> templateLines() const;
    QList<CatalogueLine> blockLines() const;

private:
    bool loadBlocks(QString *error);
    bool loadTemplates(QString *error);

    QList<TemplateDef> m_templates;
    QList<BlockDef> m_blocks;
    QHash<QString, int> m_blockIndex;
};

} // namespace proofdesk::demo
