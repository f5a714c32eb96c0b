#include "templatereader.h"

#include <QJsonDocument>
#include <algorithm>

namespace proofdesk::cache {

namespace {

std::optional<qint64> optionalInt(const Statement &st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<qint64>(st.columnInt(column));
}

// "2" before "10"; non-numeric versions after numeric ones, in text order.
bool versionLess(const QString &a, const QString &b)
{
    bool aNum = false;
    bool bNum = false;
    const qlonglong x = a.toLongLong(&aNum);
    const qlonglong y = b.toLongLong(&bNum);
    if (aNum && bNum)
        return x < y;
    if (aNum != bNum)
        return aNum;
    return a < b;
}

} // namespace

TemplateReader::TemplateReader(Database &db)
    : m_db(db)
{}

QList<TemplateVersionInfo> TemplateReader::versions(const QString &templateId) const
{
    Statement st = m_db.prepare("SELECT template_id, version, name, status, business_unit, channels, effective_from, "
                                "effective_to, change_note, content_blocks, body, sha256 FROM template_versions "
                                "WHERE template_id = ?1");
    st.bind(1, templateId);
    QList<TemplateVersionInfo> out;
    while (st.step()) {
        TemplateVersionInfo v;
        v.templateId = st.columnText(0);
        v.version = st.columnText(1);
        v.name = st.columnText(2);
        v.status = st.columnText(3);
        v.businessUnit = st.columnText(4);
        for (const auto &c : QJsonDocument::fromJson(st.columnUtf8(5)).array())
            v.channels << c.toString();
        v.effectiveFrom = optionalInt(st, 6);
        v.effectiveTo = optionalInt(st, 7);
        v.changeNote = st.columnText(8);
        v.contentBlocks = QJsonDocument::fromJson(st.columnUtf8(9)).array();
        v.body = st.columnText(10);
        v.sha256 = st.columnText(11);
        out.append(v);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return versionLess(a.version, b.version); });
    for (auto &v : out)
        v.approvals = approvals(v.templateId, v.version);
    return out;
}

QList<TemplateApproval> TemplateReader::approvals(const QString &templateId, const QString &version) const
{
    Statement st = m_db.prepare("SELECT step, by, at, decision, note FROM template_approvals "
                                "WHERE template_id = ?1 AND version = ?2 ORDER BY ordinal");
    st.bind(1, templateId).bind(2, version);
    QList<TemplateApproval> out;
    while (st.step())
        out.append({st.columnText(0), st.columnText(1), optionalInt(st, 2), st.columnText(3), st.columnText(4)});
    return out;
}

qint64 TemplateReader::communicationCount(const QString &templateId, const QString &version) const
{
    Statement st = m_db.prepare("SELECT count(*) FROM communications WHERE template_id = ?1 AND template_version = ?2");
    st.bind(1, templateId).bind(2, version);
    return st.step() ? st.columnInt(0) : 0;
}

} // namespace proofdesk::cache
