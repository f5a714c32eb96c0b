#include "democatalogue.h"
#include "demotime.h"

#include <QJsonArray>
#include <algorithm>

// The catalogue as drop lines. A version is written when it is approved and written again
// when it is superseded or retired: "a later line for the same key replaces the earlier one"
// is how a drop that only grows records a status change.

namespace proofdesk::demo {

static QJsonValue timeOrNull(qint64 t) { return t ? QJsonValue(rfc3339(t)) : QJsonValue(QJsonValue::Null); }

static QJsonArray approvalsJson(const QList<Approval> &approvals)
{
    QJsonArray list;
    for (const Approval &a : approvals) {
        list.append(QJsonObject{{QStringLiteral("step"), a.step},
                                {QStringLiteral("by"), a.by},
                                {QStringLiteral("at"), rfc3339(a.at)},
                                {QStringLiteral("decision"), a.decision},
                                {QStringLiteral("note"), a.note}});
    }
    return list;
}

static QJsonArray channelsJson(const TypeDef &type)
{
    QJsonArray list;
    for (int c = 0; c < kChannelCount; ++c) {
        if (type.channelWeights[c] > 0)
            list.append(channelKey(Channel(c)));
    }
    return list;
}

static QJsonObject templateJson(const TemplateDef &tpl, const TemplateVersion &v, const QString &status,
                                qint64 effectiveTo)
{
    QJsonArray blocks;
    for (const BlockRef &ref : v.blocks)
        blocks.append(QJsonObject{{QStringLiteral("id"), ref.id}, {QStringLiteral("version"), ref.version}});
    return QJsonObject{
        {QStringLiteral("template_id"), tpl.id},
        {QStringLiteral("version"), QString::number(v.number)},
        {QStringLiteral("name"), tpl.name},
        {QStringLiteral("status"), status},
        {QStringLiteral("business_unit"), unitKey(tpl.unit)},
        {QStringLiteral("channels"), channelsJson(*tpl.type)},
        {QStringLiteral("effective_from"), timeOrNull(v.effectiveFrom)},
        {QStringLiteral("effective_to"), timeOrNull(effectiveTo)},
        {QStringLiteral("approvals"), approvalsJson(v.approvals)},
        {QStringLiteral("change_note"), v.changeNote},
        {QStringLiteral("content_blocks"), blocks},
        {QStringLiteral("body"), v.body},
        {QStringLiteral("sha256"), v.sha256},
    };
}

static void sortByTime(QList<CatalogueLine> &lines)
{
    std::stable_sort(lines.begin(), lines.end(),
                     [](const CatalogueLine &a, const CatalogueLine &b) { return a.at < b.at; });
}

QList<CatalogueLine> Catalogue::templateLines() const
{
    QList<CatalogueLine> lines;
    for (const TemplateDef &tpl : m_templates) {
        for (const TemplateVersion &v : tpl.versions) {
            const qint64 signedOff = v.approvals.isEmpty() ? 0 : v.approvals.constLast().at;
            if (v.approvedAt()) {
                lines.append({signedOff, templateJson(tpl, v, QStringLiteral("approved"), 0)});
                if (v.status != QLatin1String("approved"))
                    lines.append({v.effectiveTo, templateJson(tpl, v, v.status, v.effectiveTo)});
            } else {
                // Work in progress is exported as it stands at the end of the demo period.
                const qint64 at = signedOff ? signedOff : utcMs(2026, 10, 21, 11);
                lines.append({at, templateJson(tpl, v, v.status, 0)});
            }
        }
    }
    sortByTime(lines);
    return lines;
}

static QJsonObject blockJson(const BlockDef &block, const BlockVersion &v, bool retired)
{
    return QJsonObject{
        {QStringLiteral("block_id"), block.id},
        {QStringLiteral("version"), QString::number(v.number)},
        {QStringLiteral("kind"), block.kind},
        {QStringLiteral("title"), block.title},
        {QStringLiteral("status"), retired ? QStringLiteral("retired") : QStringLiteral("approved")},
        {QStringLiteral("approved_at"), rfc3339(v.approvedAt)},
        {QStringLiteral("retired_at"), retired ? timeOrNull(v.retiredAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("text"), v.text},
    };
}

QList<CatalogueLine> Catalogue::blockLines() const
{
    QList<CatalogueLine> lines;
    for (const BlockDef &block : m_blocks) {
        for (const BlockVersion &v : block.versions) {
            lines.append({v.approvedAt, blockJson(block, v, false)});
            if (v.retiredAt)
                lines.append({v.retiredAt, blockJson(block, v, true)});
        }
    }
    sortByTime(lines);
    return lines;
}

} // namespace proofdesk::demo
