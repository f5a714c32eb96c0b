#include "detailqueries.h"

#include "cache/recordreader.h"
#include "cache/rowseal.h"
#include "metadatamodel.h"
#include "records/holdregister.h"
#include "sync/documentsource.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace proofdesk::itemmodels::detailqueries {

namespace {

// The labels are marked with QT_TRANSLATE_NOOP in this context and translated here.
QString translated(const char *text)
{
    return QCoreApplication::translate("proofdesk::itemmodels::DetailLoader", text);
}

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

qint64 countWhere(cache::Database &db, const char *column, const QString &value)
{
    cache::Statement st =
        db.prepare(QStringLiteral("SELECT count(*) FROM communications WHERE %1 = ?1").arg(QLatin1String(column)));
    st.bind(1, value);
    return st.step() ? st.columnInt(0) : 0;
}

} // namespace

CommunicationDetail load(cache::Database &db, const cache::ContentStore &store, qint64 rowid)
{
    QElapsedTimer timer;
    timer.start();
    CommunicationDetail detail;
    detail.rowid = rowid;
    cache::Statement st = db.prepare("SELECT c.id, r.kind FROM communications c "
                                     "JOIN repositories r ON r.id = c.repo_id WHERE c.rowid = ?1");
    st.bind(1, rowid);
    const auto record = st.step() ? cache::RecordReader(db).communication(st.columnText(0)) : std::nullopt;
    if (!record) {
        detail.error = QCoreApplication::translate("proofdesk::itemmodels::DetailLoader",
                                                   "This communication is no longer in the cache.");
        return detail;
    }
    detail.record = *record;
    detail.repoKind = st.columnText(1);
    readDocument(db, store, detail);
    judgeTemplateAtIssue(detail);
    detail.blocks = blocks(db, detail.record.value(QStringLiteral("content_blocks")).toArray());
    detail.related = related(db, detail.record);
    detail.holds = holds(db, rowid);
    detail.rowChanged = !cache::RowSeal::holds(db, str(detail.record, "id"));
    detail.loadMs = timer.elapsed();
    return detail;
}

void readDocument(cache::Database &db, const cache::ContentStore &store, CommunicationDetail &detail)
{
    // Hashed again at every view, from the store or (read in place, or evicted) the drop.
    sync::DocumentRead read = sync::DocumentSource(db, store).read(str(detail.record, "id"));
    detail.expectedSha256 = str(detail.record.value(QStringLiteral("rendition")).toObject(), "sha256");
    detail.actualSha256 = read.actualSha256;
    switch (read.fixity) {
    case domain::Fixity::Verified:
        detail.bytes = std::move(read.bytes);
        detail.documentState = DocumentState::Verified;
        break;
    case domain::Fixity::Failed:
        detail.documentState = DocumentState::Failed;
        break;
    case domain::Fixity::Missing:
        detail.documentState = DocumentState::Missing;
        break;
    }
}

void judgeTemplateAtIssue(CommunicationDetail &detail)
{
    const QJsonValue tv = detail.record.value(QStringLiteral("template_version"));
    const auto issued = parseRfc3339(str(detail.record, "issued_at"));
    if (!tv.isObject() || !issued)
        return;
    const QJsonObject version = tv.toObject();
    const auto effectiveTo = parseRfc3339(str(version, "effective_to"));
    const bool inForce = !effectiveTo || *effectiveTo > *issued;
    // The approval shown is the last one given before the letter was issued: the sign-off, not
    // the first of the steps before it (#64: "content review by e.lindqvist" of three steps).
    bool approved = false;
    std::optional<qint64> latest;
    for (const auto &value : version.value(QStringLiteral("approvals")).toArray()) {
        const QJsonObject a = value.toObject();
        const auto at = parseRfc3339(str(a, "at"));
        if (str(a, "decision") == QLatin1String("approved") && at && *at <= *issued && (!latest || *at >= *latest)) {
            approved = true;
            latest = at;
            detail.approvalAtIssue = a;
        }
    }
    detail.templateApprovedAtIssue = approved && inForce;
}

QList<BlockInfo> blocks(cache::Database &db, const QJsonArray &placed)
{
    QList<BlockInfo> out;
    cache::Statement st =
        db.prepare("SELECT title, kind, status, retired_at FROM content_blocks WHERE block_id = ?1 AND version = ?2");
    for (const auto &value : placed) {
        const QJsonObject b = value.toObject();
        BlockInfo info{str(b, "id"), str(b, "version"), {}, {}, {}, std::nullopt};
        st.reset();
        st.bind(1, info.id).bind(2, info.version);
        if (st.step()) {
            info.title = st.columnText(0);
            info.kind = st.columnText(1);
            info.status = st.columnText(2);
            if (!st.isNull(3))
                info.retiredAt = st.columnInt(3);
        }
        out.append(info);
    }
    return out;
}

QList<RelatedLink> related(cache::Database &db, const QJsonObject &r)
{
    using Kind = RelatedLink::Kind;
    QList<RelatedLink> links;
    const QString original = str(r, "reissue_of");
    if (!original.isEmpty())
        links.append({Kind::Original,
                      QCoreApplication::translate("proofdesk::itemmodels::DetailLoader", "Original: %1").arg(original),
                      MetadataModel::fieldQuery(QStringLiteral("id"), original), countWhere(db, "id", original)});
    cache::Statement st =
        db.prepare("SELECT id, origin FROM communications WHERE reissue_of = ?1 ORDER BY issued_at, id");
    st.bind(1, str(r, "id"));
    while (st.step()) {
        const QString id = st.columnText(0);
        links.append({Kind::Reissue,
                      QCoreApplication::translate("proofdesk::itemmodels::DetailLoader", "Reissue (%1): %2")
                          .arg(st.columnText(1), id),
                      MetadataModel::fieldQuery(QStringLiteral("id"), id), 1});
    }
    struct Key
    {
        const char *recordKey;
        const char *column;
        const char *field;
        const char *label;
    };
    static const Key keys[] = {
        {"customer_id", "customer_id", "customer",
         QT_TRANSLATE_NOOP("proofdesk::itemmodels::DetailLoader", "Customer %1")},
        {"account_id", "account_id", "account", QT_TRANSLATE_NOOP("proofdesk::itemmodels::DetailLoader", "Account %1")},
        {"policy_id", "policy_id", "policy", QT_TRANSLATE_NOOP("proofdesk::itemmodels::DetailLoader", "Policy %1")},
        {"claim_id", "claim_id", "claim", QT_TRANSLATE_NOOP("proofdesk::itemmodels::DetailLoader", "Claim %1")},
        {"loan_id", "loan_id", "loan", QT_TRANSLATE_NOOP("proofdesk::itemmodels::DetailLoader", "Loan %1")},
        {"case_id", "case_id", "case", QT_TRANSLATE_NOOP("proofdesk::itemmodels::DetailLoader", "Case %1")},
    };
    for (const Key &key : keys) {
        const QString value = str(r, key.recordKey);
        if (value.isEmpty())
            continue;
        links.append({Kind::BusinessKey, translated(key.label).arg(value),
                      MetadataModel::fieldQuery(QLatin1String(key.field), value), countWhere(db, key.column, value)});
    }
    const QString workspace = str(r.value(QStringLiteral("workspace")).toObject(), "id");
    if (!workspace.isEmpty())
        links.append({Kind::BusinessKey,
                      QCoreApplication::translate("proofdesk::itemmodels::DetailLoader", "Workspace %1").arg(workspace),
                      MetadataModel::fieldQuery(QStringLiteral("workspace"), workspace),
                      countWhere(db, "workspace_id", workspace)});
    return links;
}

QList<HoldSummary> holds(cache::Database &db, qint64 rowid)
{
    QList<HoldSummary> out;
    for (const records::HoldInfo &h : records::HoldRegister(db).coveringRow(rowid))
        out.append(HoldSummary{h.id, h.name, h.matter, h.reason, h.createdAt, h.createdBy});
    return out;
}

} // namespace proofdesk::itemmodels::detailqueries
