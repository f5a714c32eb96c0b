#include "demoplanner.h"

#include "demotime.h"

namespace proofdesk::demo {

namespace {

// Slots that always produce a given type and channel, spread over the whole period, so
// even a small demo shows every type, channel and unit. The service confirmation comes
// first: issued in January 2024 with a one-year retention, it is past retention today.
struct CoverageEntry
{
    const char *type;
    Channel channel;
};
const CoverageEntry kCoverage[] = {
    {"service_confirmation", Channel::Sms},
    {"statement", Channel::Print},
    {"statement", Channel::Email},
    {"policy_document", Channel::Web},
    {"premium_notice", Channel::Mobile},
    {"invoice", Channel::Email},
    {"fee_change_notice", Channel::Print},
    {"account_change_notice", Channel::Sms},
    {"renewal_letter", Channel::Print},
    {"claim_acknowledgement", Channel::Email},
    {"missing_information_request", Channel::Print},
    {"settlement_notice", Channel::Print},
    {"denial_letter", Channel::Print},
    {"complaint_response", Channel::Print},
    {"privacy_notice", Channel::Email},
    {"terms_update", Channel::Web},
    {"payment_schedule", Channel::Print},
    {"approval_letter", Channel::Print},
    {"condition_notice", Channel::Email},
    {"closing_package", Channel::Print},
    {"payment_schedule", Channel::Mobile},
};
constexpr int kCoverageCount = int(std::size(kCoverage));
constexpr int kRecentCapacity = 64;

} // namespace

QString originKey(Origin origin)
{
    switch (origin) {
    case Origin::Original:
        return QStringLiteral("original");
    case Origin::Reissue:
        return QStringLiteral("reissue");
    case Origin::Regeneration:
        return QStringLiteral("regeneration");
    }
    return {};
}

bool CommunicationPlan::usesUnapprovedTemplate() const { return !version || !version->isApprovedAt(issuedAt); }

bool CommunicationPlan::usesRetiredBlock() const
{
    for (const BlockUse &use : blocks) {
        if (use.version->retiredAt && use.version->retiredAt <= issuedAt)
            return true;
    }
    return false;
}

Planner::Planner(quint64 seed, int count, std::shared_ptr<const Catalogue> catalogue)
    : m_seed(seed)
    , m_count(count)
    , m_customers(customerCountFor(count))
    , m_catalogue(std::move(catalogue))
{}

qint64 Planner::slotTime(int slot, DemoRandom &rng) const
{
    const qint64 span = issueSpanEnd() - issueSpanStart();
    const qint64 start = issueSpanStart() + span * slot / m_count;
    const qint64 width = qMax<qint64>(1, span / m_count);
    const qint64 t = start + rng.range64(0, width - 1);
    return t - t % kSecond;
}

bool Planner::isCoverageSlot(int slot, int *entry) const
{
    if (m_count <= kCoverageCount) {
        *entry = slot;
        return true;
    }
    // Entry i sits at slot floor(i * count / N); invert that for this slot.
    const int i = int((qint64(slot) * kCoverageCount + m_count - 1) / m_count);
    if (i < kCoverageCount && qint64(i) * m_count / kCoverageCount == slot) {
        *entry = i;
        return true;
    }
    return false;
}

CommunicationPlan Planner::next()
{
    const int slot = m_slot++;
    DemoRandom rng = DemoRandom::derived(m_seed, Stream::Slot, quint64(slot));
    const qint64 t = slotTime(slot, rng);
    int entry = 0;
    const bool coverage = isCoverageSlot(slot, &entry);
    // Planted slots are never taken by a waiting reissue; it simply goes in the next slot.
    const bool planted = coverage || isForcedSlot(slot);
    CommunicationPlan plan;
    if (!planted && !m_pending.empty() && m_pending.top().due <= t) {
        const Pending pending = m_pending.top();
        m_pending.pop();
        plan = reissue(pending, slot, t, rng);
    } else if (!planted && !m_recent.isEmpty() && rng.chance(3)) {
        plan = requestedCopy(slot, t, rng);
    } else if (coverage) {
        plan = original(slot, t, rng, typeByName(QLatin1String(kCoverage[entry].type)), int(kCoverage[entry].channel));
    } else {
        plan = original(slot, t, rng, nullptr, -1);
    }
    assignId(plan);
    return plan;
}

void Planner::assignId(CommunicationPlan &plan)
{
    const QString month = monthKey(plan.issuedAt);
    if (month != m_idMonth) {
        m_idMonth = month;
        m_idCounter = 0;
    }
    plan.id = QStringLiteral("EXS-") + month + QLatin1Char('-')
              + QStringLiteral("%1").arg(++m_idCounter, 6, 10, QLatin1Char('0'));
}

QString Planner::nextRequestId(qint64 t)
{
    return QStringLiteral("REQ-") + yearKey(t) + QLatin1Char('-')
           + QStringLiteral("%1").arg(++m_requestCounter, 6, 10, QLatin1Char('0'));
}

void Planner::commit(const CommunicationPlan &plan, const Rendition &rendition)
{
    if (plan.scheduleReissue && plan.reissueDue < issueSpanEnd()) {
        m_pending.push({plan.reissueDue, m_pendingOrder++, plan, rendition});
        return;
    }
    // Only cleanly delivered originals are candidates for a customer's "send me a copy".
    if (plan.origin != Origin::Original || plan.failed() || plan.corrupt
        || plan.outcome == Outcome::FailedThenDelivered)
        return;
    if (m_recent.size() < kRecentCapacity) {
        m_recent.append(plan);
    } else {
        m_recent[m_recentNext] = plan;
        m_recentNext = (m_recentNext + 1) % kRecentCapacity;
    }
}

// The generator's answer to a reissue request: a resend carries the archived bytes again; a
// regeneration renders the archived data again with the template version approved today.
CommunicationPlan Planner::reissue(const Pending &pending, int slot, qint64 t, DemoRandom &rng)
{
    CommunicationPlan plan = pending.original;
    plan.slot = slot;
    plan.issuedAt = t;
    plan.origin = pending.original.reissueMode;
    plan.channel = pending.original.reissueChannel;
    plan.reissueOf = pending.original.id;
    plan.requestId = nextRequestId(t);
    plan.batch = QStringLiteral("REISSUE-") + monthKey(t);
    plan.campaign.clear();
    plan.outcome = rng.chance(400) ? Outcome::Engaged : Outcome::Delivered;
    plan.scheduleReissue = plan.corrupt = plan.earlyFeed = false;
    plan.extraFields = rng.chance(15);
    if (plan.origin == Origin::Reissue) {
        plan.copyOf = pending.rendition;
        plan.omitText = false;
        return plan;
    }
    plan.copyOf = {};
    plan.documentDate = t;
    plan.omitText = plan.channel == Channel::Print && rng.chance(100);
    pickTemplate(plan, false, rng);
    pickBlocks(plan, false, rng);
    return plan;
}

CommunicationPlan Planner::requestedCopy(int slot, qint64 t, DemoRandom &rng)
{
    Pending pending;
    pending.original = m_recent[rng.below(int(m_recent.size()))];
    pending.original.reissueMode = Origin::Regeneration;
    pending.original.reissueChannel = rng.chance(500) ? Channel::Print : Channel::Email;
    return reissue(pending, slot, t, rng);
}

} // namespace proofdesk::demo
