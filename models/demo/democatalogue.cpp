#include "democatalogue.h"

#include "demorandom.h"
#include "demotemplatehistory.h"
#include "demotime.h"

#include <QFile>
#include <QRegularExpression>

namespace proofdesk::demo {

qint64 TemplateVersion::approvedAt() const
{
    for (const Approval &a : approvals) {
        if (a.decision == QLatin1String("approved"))
            return a.at;
    }
    return 0;
}

bool TemplateVersion::isApprovedAt(qint64 t) const
{
    bool approved = false;
    for (const Approval &a : approvals)
        approved = approved || (a.decision == QLatin1String("approved") && a.at <= t);
    return approved && (effectiveTo == 0 || effectiveTo > t);
}

const TemplateVersion *TemplateDef::approvedVersionAt(qint64 t) const
{
    for (const TemplateVersion &v : versions) {
        if (v.effectiveFrom && v.effectiveFrom <= t && v.isApprovedAt(t))
            return &v;
    }
    return nullptr;
}

const BlockVersion *BlockDef::versionAt(qint64 t) const
{
    for (const BlockVersion &v : versions) {
        if (v.approvedAt <= t && (v.retiredAt == 0 || v.retiredAt > t))
            return &v;
    }
    return nullptr;
}

const BlockVersion *BlockDef::retiredBefore(qint64 t) const
{
    const BlockVersion *found = nullptr;
    for (const BlockVersion &v : versions) {
        if (v.retiredAt && v.retiredAt <= t)
            found = &v;
    }
    return found;
}

static qint64 parseDay(const QString &iso)
{
    const QStringList p = iso.split(QLatin1Char('-'));
    if (p.size() != 3)
        return 0;
    return utcMs(p[0].toInt(), p[1].toInt(), p[2].toInt());
}

// Reads resources/demo/content-blocks.txt (format described at its top).
bool Catalogue::loadBlocks(QString *error)
{
    QFile file(QStringLiteral(":/demo/content-blocks.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("demo content blocks are missing from the resources");
        return false;
    }
    static const QRegularExpression versionLine(QStringLiteral("^v(\\d+) (\\d{4}-\\d\\d-\\d\\d): (.*)$"));
    qint64 retireLast = 0;
    const auto closeBlock = [&] {
        if (!m_blocks.isEmpty() && retireLast && !m_blocks.last().versions.isEmpty())
            m_blocks.last().versions.last().retiredAt = retireLast;
        retireLast = 0;
    };
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("== "))) {
            closeBlock();
            const QStringList f = line.mid(3).split(QStringLiteral(" | "));
            m_blocks.append({f.value(0), f.value(1), f.value(2), {}});
            if (f.value(3).startsWith(QLatin1String("retired ")))
                retireLast = parseDay(f.value(3).mid(8));
            continue;
        }
        const QRegularExpressionMatch m = versionLine.match(line);
        if (!m.hasMatch() || m_blocks.isEmpty())
            continue;
        QList<BlockVersion> &versions = m_blocks.last().versions;
        const qint64 approved = parseDay(m.captured(2));
        if (!versions.isEmpty())
            versions.last().retiredAt = approved; // a new version retires the one before
        versions.append({m.captured(1).toInt(), approved, 0, m.captured(3)});
    }
    closeBlock();
    for (int i = 0; i < m_blocks.size(); ++i)
        m_blockIndex.insert(m_blocks[i].id, i);
    return !m_blocks.isEmpty();
}

static QString unitSuffix(Unit unit)
{
    switch (unit) {
    case Unit::RetailBanking:
        return QStringLiteral("-BNK");
    case Unit::Insurance:
        return QStringLiteral("-INS");
    case Unit::Lending:
        return QStringLiteral("-LND");
    }
    return {};
}

bool Catalogue::loadTemplates(QString *error)
{
    int ordinal = 0;
    for (const TypeDef &type : typeDefs()) {
        const QString source = loadTemplateSource(QLatin1String(type.type), error);
        if (source.isEmpty())
            return false;
        const bool shared = (type.unitMask & (type.unitMask - 1)) != 0;
        for (int u = 0; u < kUnitCount; ++u) {
            if (!(type.unitMask & (1 << u)))
                continue;
            TemplateDef tpl;
            tpl.type = &type;
            tpl.unit = Unit(u);
            tpl.id = QLatin1String(type.templateId) + (shared ? unitSuffix(tpl.unit) : QString());
            tpl.name = QLatin1String(type.name);
            // A fixed stream per template: the library is the same whatever the run's seed.
            DemoRandom rng = DemoRandom::derived(0x7e3a1a7eULL, Stream::Catalogue, quint64(ordinal++));
            buildTemplateHistory(tpl, source, m_blocks, rng);
            m_templates.append(tpl);
        }
    }
    return true;
}

std::shared_ptr<const Catalogue> Catalogue::load(QString *error)
{
    auto catalogue = std::make_shared<Catalogue>();
    QString ignored;
    QString *err = error ? error : &ignored;
    if (!catalogue->loadBlocks(err) || !catalogue->loadTemplates(err))
        return {};
    return catalogue;
}

const TemplateDef *Catalogue::templateFor(const TypeDef *type, Unit unit) const
{
    for (const TemplateDef &tpl : m_templates) {
        if (tpl.type == type && tpl.unit == unit)
            return &tpl;
    }
    return nullptr;
}

const BlockDef *Catalogue::block(const QString &id) const
{
    const auto it = m_blockIndex.constFind(id);
    return it == m_blockIndex.constEnd() ? nullptr : &m_blocks[*it];
}

} // namespace proofdesk::demo
