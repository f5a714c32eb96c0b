#include "pendingreissues.h"

#include "recordscontext.h"

#include <QTimer>
#include <algorithm>

namespace proofdesk::itemmodels {

namespace {

struct PendingRead : RecordsOutcome
{
    QList<records::ReissueRequest> requests;
};

QStringList statesOfAll(const QHash<QString, QList<records::ReissueRequest>> &byCommunication)
{
    QStringList out;
    for (const auto &requests : byCommunication)
        out += PendingReissues::states(requests);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

PendingReissues::PendingReissues(RecordsContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_soon(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(50);
    connect(m_soon, &QTimer::timeout, this, &PendingReissues::readNow);
    connect(context, &RecordsContext::rolesChanged, this, &PendingReissues::refresh);
    connect(context, &RecordsContext::recordsChanged, this, &PendingReissues::refresh);
    connect(context, &RecordsContext::teamRecordsChanged, this, &PendingReissues::refresh);
}

QStringList PendingReissues::states(const QList<records::ReissueRequest> &requests)
{
    QStringList out;
    for (const records::ReissueRequest &r : requests)
        out << r.id + QLatin1Char('|') + r.status;
    return out;
}

void PendingReissues::refresh() { m_soon->start(); }

QSet<QString> PendingReissues::communicationIds() const
{
    QSet<QString> ids;
    ids.reserve(m_byCommunication.size());
    for (auto it = m_byCommunication.cbegin(); it != m_byCommunication.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

void PendingReissues::readNow()
{
    // Somebody with no role could not read the queue: asking would put a refusal nobody
    // attempted on the audit trail.
    if (m_context->loaded() && m_context->roles().isEmpty())
        return;
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    // Through the records store, as the reissue queue reads (on a team, the team's queue);
    // reading it is no act of the person's and records nothing.
    m_context->run<PendingRead>(
        records::Action::Search, this,
        [](services::ActionContext &a) {
            PendingRead out;
            for (const QString &status : records::pendingReissueStatuses())
                out.requests += a.records.reissues().list(status);
            return out;
        },
        [this](PendingRead done) {
            m_reading = false;
            if (done.ok())
                apply(done.requests);
            emit read();
            if (m_readAgain) {
                m_readAgain = false;
                refresh();
            }
        });
}

void PendingReissues::apply(const QList<records::ReissueRequest> &pending)
{
    QHash<QString, QList<records::ReissueRequest>> byCommunication;
    for (const records::ReissueRequest &r : pending)
        byCommunication[r.communicationId].append(r);
    // Newest first within a letter, whichever status each was read under.
    for (auto &requests : byCommunication)
        std::sort(requests.begin(), requests.end(),
                  [](const records::ReissueRequest &a, const records::ReissueRequest &b) {
                      return a.requestedAt > b.requestedAt;
                  });
    const bool same = statesOfAll(byCommunication) == statesOfAll(m_byCommunication);
    m_byCommunication = std::move(byCommunication);
    if (!same)
        emit changed();
}

} // namespace proofdesk::itemmodels
