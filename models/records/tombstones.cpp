#include "tombstones.h"

#include <QRegularExpression>

namespace proofdesk::records {

std::optional<Tombstone> findTombstone(cache::Database &db, const QString &communicationId)
{
    cache::Statement st = db.prepare(
        "SELECT t.comm_id, t.type, t.retention_class, t.disposed_at, t.approved_by, t.batch_id, "
        "b.certificate_path, b.certificate_sha256 "
        "FROM rec.tombstones t LEFT JOIN rec.disposition_batches b ON b.id = t.batch_id WHERE t.comm_id = ?1");
    st.bind(1, communicationId);
    if (!st.step())
        return std::nullopt;
    return Tombstone{st.columnText(0), st.columnText(1), st.columnText(2), st.columnInt(3),
                     st.columnText(4), st.columnText(5), st.columnText(6), st.columnText(7)};
}

QString singleIdOf(const QString &query)
{
    // A bare word with a digit (ids have them; plain words are searches for text), or id:
    // with one value, quoted or not.
    static const QRegularExpression kId(QStringLiteral(R"re(^\s*(?:id:)?"?([A-Za-z0-9][A-Za-z0-9._\-]*)"?\s*$)re"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = kId.match(query);
    if (!m.hasMatch())
        return {};
    const QString id = m.captured(1);
    const bool namedAsId = query.trimmed().startsWith(QLatin1String("id:"), Qt::CaseInsensitive);
    return namedAsId || id.contains(QRegularExpression(QStringLiteral("\\d"))) ? id : QString();
}

} // namespace proofdesk::records
