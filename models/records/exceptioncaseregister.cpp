#include "exceptioncaseregister.h"

#include "cache/sqlite.h"
#include "outbox.h"
#include "recordserror.h"
#include "search/findingconditions.h"
#include "util/timeutil.h"
#include "util/translation.h"
#include "workflowroute.h"

#include <QCoreApplication>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::ExceptionCases", "proofdesk::records", text);
}

const QStringList kFindings{QStringLiteral("undelivered"), QStringLiteral("fixity_failed")};

const char *const kColumns = "id, finding, comm_id, repo_id, reason, opened_by, opened_at, state, "
                             "instance_id, delete_reason, updated_at";

QJsonValue textOrNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

} // namespace

QString ExceptionCase::idFor(const QString &finding, const QString &communicationId, int number)
{
    const QString first = QStringLiteral("exception:%1:%2").arg(finding, communicationId);
    return number <= 1 ? first : QStringLiteral("%1#%2").arg(first).arg(number);
}

bool ExceptionCase::isOpen() const
{
    return state == QLatin1String("queued") || state == QLatin1String("started") || state == QLatin1String("running");
}

QJsonObject ExceptionCase::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("finding"), finding},
                       {QStringLiteral("communication_id"), communicationId},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("opened_by"), openedBy},
                       {QStringLiteral("opened_at"), formatUtc(openedAt)},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("instance_id"), textOrNull(instanceId)},
                       {QStringLiteral("delete_reason"), textOrNull(deleteReason)},
                       {QStringLiteral("updated_at"), formatUtc(updatedAt)}};
}

ExceptionCaseRegister::ExceptionCaseRegister(cache::Database &db)
    : m_db(db)
{}

ExceptionCase ExceptionCaseRegister::open(const QString &finding, const QString &communicationId, const QString &reason,
                                          const QString &user, qint64 now)
{
    const QString kind = finding.trimmed().toLower();
    const QString commId = communicationId.trimmed();
    if (!kFindings.contains(kind))
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("An exception case is opened from an undelivered or fixity_failed finding, not from "
                              "\"%1\".")
                               .arg(finding));
    if (reason.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, tr("Opening an exception case needs a reason."));
    // The finding must hold now: the same rule the findings and the search use.
    const QString condition = kind == QLatin1String("undelivered")
                                  ? search::findingsql::undelivered(QStringLiteral("c"))
                                  : search::findingsql::fixityFailed(QStringLiteral("c"));
    cache::Statement st = m_db.prepare(QStringLiteral("SELECT c.id FROM communications c WHERE c.id = ?1 AND (%1)")
                                           .arg(condition)
                                           .toUtf8()
                                           .constData());
    st.bind(1, commId);
    if (!st.step())
        throw RecordsError(
            RecordsError::Kind::NotFound,
            tr("%1 has no %2 finding: an exception case is opened from a finding that holds.").arg(commId, kind));
    const QString storedId = st.columnText(0); // the id as the cache spells it
    const QString id = nextCaseId(kind, storedId);
    const auto repository = workflowRepository(m_db);
    if (!repository)
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("No workflow repository is configured to run exception cases: an admin adds one with "
                              "proofdesk-cli repo add NAME --kind workflow --url URL."));
    m_db.prepare("INSERT INTO rec.exception_cases(id, finding, comm_id, repo_id, reason, opened_by, opened_at, state, "
                 "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'queued', ?7)")
        .bind(1, id)
        .bind(2, kind)
        .bind(3, storedId)
        .bind(4, repository->id)
        .bind(5, reason.trimmed())
        .bind(6, user)
        .bind(7, now)
        .run();
    const QJsonObject payload{{QStringLiteral("kind"), QStringLiteral("exception_case")},
                              {QStringLiteral("finding"), kind},
                              {QStringLiteral("communication_id"), storedId},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("opened_by"), user},
                              {QStringLiteral("idempotency_key"), id}};
    Outbox(m_db).enqueue(id, repository->id, QStringLiteral("exception_case"), id, payload, now);
    return *find(id);
}

QString ExceptionCaseRegister::nextCaseId(const QString &finding, const QString &communicationId) const
{
    QList<ExceptionCase> earlier;
    for (const ExceptionCase &c : list(communicationId))
        if (c.finding == finding)
            earlier << c; // oldest first
    // One case at a time per finding: an open or completed one stands. Only a case the engine
    // deleted (cancelled there) leaves the finding without one; it stays, with its history.
    if (!earlier.isEmpty() && earlier.last().state != QLatin1String("deleted"))
        throw RecordsError(RecordsError::Kind::Conflict,
                           tr("An exception case for this finding was opened by %1 on %2 and is %3.")
                               .arg(earlier.last().openedBy, formatUtc(earlier.last().openedAt), earlier.last().state));
    for (int number = int(earlier.size()) + 1;; ++number)
        if (const QString id = ExceptionCase::idFor(finding, communicationId, number); !find(id))
            return id;
}

QList<ExceptionCase> ExceptionCaseRegister::query(const char *where, const QString &value) const
{
    cache::Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM rec.exception_cases %2 ORDER BY opened_at, id")
                                           .arg(QLatin1String(kColumns), QLatin1String(where))
                                           .toUtf8()
                                           .constData());
    if (!value.isNull())
        st.bind(1, value);
    QList<ExceptionCase> out;
    while (st.step())
        out << ExceptionCase{st.columnText(0), st.columnText(1), st.columnText(2), st.columnInt(3),
                             st.columnText(4), st.columnText(5), st.columnInt(6),  st.columnText(7),
                             st.columnText(8), st.columnText(9), st.columnInt(10)};
    return out;
}

std::optional<ExceptionCase> ExceptionCaseRegister::find(const QString &id) const
{
    const QList<ExceptionCase> found = query("WHERE id = ?1", id);
    return found.isEmpty() ? std::nullopt : std::optional<ExceptionCase>(found.first());
}

QList<ExceptionCase> ExceptionCaseRegister::list(const QString &communicationId) const
{
    return communicationId.isEmpty() ? query("", QString()) : query("WHERE comm_id = ?1", communicationId.trimmed());
}

QList<ExceptionCase> ExceptionCaseRegister::openCases() const
{
    return query("WHERE state IN ('queued', 'started', 'running')", QString());
}

void ExceptionCaseRegister::withdrawUnsent(const QString &id)
{
    m_db.prepare("DELETE FROM rec.outbox WHERE id = ?1 AND state = 'pending'").bind(1, id).run();
    if (m_db.changes() > 0)
        m_db.prepare("DELETE FROM rec.exception_cases WHERE id = ?1 AND state = 'queued'").bind(1, id).run();
}

bool ExceptionCaseRegister::setState(const QString &id, const QString &state, const QString &instanceId,
                                     const QString &deleteReason, qint64 now)
{
    cache::Statement st = m_db.prepare(
        "UPDATE rec.exception_cases SET state = ?2, instance_id = coalesce(?3, instance_id), delete_reason = ?4, "
        "updated_at = ?5 WHERE id = ?1 AND (state IS NOT ?2 OR delete_reason IS NOT ?4 "
        "OR (?3 IS NOT NULL AND instance_id IS NOT ?3))");
    st.bind(1, id)
        .bind(2, state)
        .bind(3, instanceId.isEmpty() ? QString() : instanceId)
        .bind(4, deleteReason.isEmpty() ? QString() : deleteReason)
        .bind(5, now);
    st.run();
    return m_db.changes() > 0;
}

} // namespace proofdesk::records
