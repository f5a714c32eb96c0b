// undelivered and fixity_failed: what happened to a communication after it was made.
#include "complianceformat.h"
#include "findingchecks.h"
#include "search/findingconditions.h"
#include "util/translation.h"

#include <QCoreApplication>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::FindingChecks", "proofdesk::compliance", text);
}

} // namespace

void FindingChecks::undelivered(QList<Finding> &out) const
{
    // The rule is search/findingconditions.h's (the search field finding:undelivered).
    cache::Statement st = m_db.prepare(
        scoped(QStringLiteral("SELECT %COLUMNS%, c.status, c.status_at, (SELECT e.detail FROM delivery_events e "
                              "WHERE e.communication_id = c.id ORDER BY e.at DESC, e.seq DESC LIMIT 1) "
                              "FROM %FROM% WHERE %1 AND %SCOPE%")
                   .arg(search::findingsql::undelivered(QStringLiteral("c")))));
    while (st.step()) {
        Finding f = common(FindingKind::Undelivered, st);
        const QString when = st.isNull(6) ? QString() : tr(" on %1").arg(formatDay(st.columnInt(6)));
        const QString why = st.columnText(7).trimmed();
        f.detail = tr("delivery %1%2%3; no later delivery and no reissue")
                       .arg(sentenceWord(st.columnText(5)), when,
                            why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
        out << f;
    }
}

void FindingChecks::fixityFailed(QList<Finding> &out) const
{
    // The rule (failed, or missing from a drop) is search/findingconditions.h's.
    cache::Statement st = m_db.prepare(
        scoped(QStringLiteral("SELECT %COLUMNS%, c.fixity, c.rendition_path, c.rendition_sha256, c.content_sha256 "
                              "FROM %FROM% WHERE %1 AND %SCOPE%")
                   .arg(search::findingsql::fixityFailed(QStringLiteral("c")))));
    while (st.step()) {
        Finding f = common(FindingKind::FixityFailed, st);
        const QString path = st.columnText(6);
        if (st.columnText(5).compare(QLatin1String("failed"), Qt::CaseInsensitive) == 0) {
            const QString actual = st.columnText(8);
            f.detail = actual.isEmpty() ? tr("document %1 does not hash to the recorded SHA-256 %2")
                                              .arg(path, st.columnText(7).left(16) + QStringLiteral("…"))
                                        : tr("document %1 hashes to %2…, not to the recorded %3…")
                                              .arg(path, actual.left(16), st.columnText(7).left(16));
        } else {
            f.detail = tr("document %1 is missing from the repository").arg(path);
        }
        out << f;
    }
}

} // namespace proofdesk::compliance
