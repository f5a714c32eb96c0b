#include "matterreview.h"

#include "cache/filetransaction.h"
#include "domain/textfold.h"
#include "mattergate.h"
#include "matterregister.h"
#include "matterstate.h"
#include "recordserror.h"
#include "session.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::MatterReview", "proofdesk::records", text);
}

constexpr int kLongestNote = 4000;

QString reviewedMeanwhile(const QString &commId, const ReviewItem &now)
{
    return tr("%1 was reviewed meanwhile by %2 at %3 (tags: %4). Read it again before you change it.")
        .arg(commId, now.reviewer, formatUtc(now.reviewedAt.value_or(0)),
             now.tags.isEmpty() ? tr("none") : now.tags.join(QLatin1String(", ")));
}

} // namespace

MatterReview::MatterReview(const RecordsSession &session)
    : m_session(session)
{}

QStringList MatterReview::matterTags(const MatterInfo &matter, const QStringList &tags)
{
    QStringList wanted;
    for (const QString &t : tags)
        wanted << domain::foldCase(t.simplified());
    QStringList out;
    for (const QString &defined : matter.tags) {
        if (wanted.removeAll(domain::foldCase(defined)) > 0)
            out << defined;
    }
    if (!wanted.isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("\"%1\" is not a review tag of matter %2; its tags are: %3.")
                               .arg(tags.at(0), matter.id, matter.tags.join(QLatin1String(", "))));
    return out;
}

ReviewItem MatterReview::tag(const QString &matterId, const QString &commId, const QStringList &tags,
                             const std::optional<QString> &note, std::optional<int> expectedRevision)
{
    m_session.require(Action::ReviewMatter, QStringLiteral("matter"), matterId);
    if (note && note->size() > kLongestNote)
        throw RecordsError(
            RecordsError::Kind::Invalid,
            tr("A review note has at most %1 characters; this one has %2.").arg(kLongestNote).arg(note->size()));
    MatterGate gate(m_session);
    gate.visible(matterId, QLatin1String(matterstate::kTag));
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const MatterInfo m = gate.open(matterId, QLatin1String(matterstate::kTag));
    const auto before = MatterRegister(db).item(m.id, commId.trimmed());
    if (!before)
        throw RecordsError(RecordsError::Kind::NotFound,
                           tr("%1 is not in the review set of matter %2.").arg(commId.trimmed(), m.id));
    if (expectedRevision && *expectedRevision != before->revision)
        throw RecordsError(RecordsError::Kind::Conflict, reviewedMeanwhile(before->id, *before));
    ReviewItem after = *before;
    after.tags = matterTags(m, tags);
    if (note)
        after.note = note->trimmed();
    after.reviewer = m_session.user();
    after.reviewedAt = m_session.now();
    after.revision = before->revision + 1;
    const audit::AuditEntry entry =
        m_session.record(QLatin1String(matterstate::kTag), QStringLiteral("matter"), m.id, {},
                         before->reviewed() ? matterstate::item(*before) : QJsonObject(), matterstate::item(after));
    db.prepare("UPDATE rec.matter_items SET tags = ?3, note = ?4, reviewer = ?5, reviewed_at = ?6, revision = ?7, "
               "entry_seq = ?8 WHERE matter_id = ?1 AND comm_id = ?2 AND revision = ?9")
        .bind(1, m.id)
        .bind(2, before->id)
        .bind(3,
              QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(after.tags)).toJson(QJsonDocument::Compact)))
        .bind(4, after.note.isEmpty() ? QString() : after.note)
        .bind(5, after.reviewer)
        .bind(6, *after.reviewedAt)
        .bind(7, after.revision)
        .bind(8, entry.seq)
        .bind(9, before->revision)
        .run();
    tx.commit();
    return after;
}

} // namespace proofdesk::records
