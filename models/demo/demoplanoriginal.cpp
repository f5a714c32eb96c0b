#include "demoplanner.h"
#include "demotime.h"

// How an original communication is chosen: customer, unit, type, channel, template version,
// content blocks, business keys, batch and delivery outcome; and where the planted anomalies
// go. Rates are per mille of communications.

namespace proofdesk::demo {

namespace {
constexpr int kUnapprovedTemplateEvery = 200; // 0.5%
constexpr int kRetiredBlockEvery = 250;       // 0.4%
constexpr int kFailurePerMille = 30;
constexpr int kReissuePerMilleOfFailures = 550;
constexpr int kNoEventsPerMille = 15;
constexpr int kOmitTextPerMilleOfPrint = 100;
constexpr int kExtraFieldsPerMille = 15;
constexpr int kForcedAnomalyMinimum = 20; // below this many, only random anomalies
} // namespace

// Exactly one slot in each run of `period` slots, at a random place: "about 0.5%" then means
// 0.5%, where independent coin flips can give three times that in a small demo.
static bool stratifiedPick(quint64 seed, quint64 salt, int slot, int period)
{
    DemoRandom rng = DemoRandom::derived(seed, Stream::Anomaly, quint64(slot / period) * 16 + salt);
    return slot % period == rng.below(period);
}

// Fixed slots that always carry an anomaly, so even a small demo has one of each kind.
enum ForcedSlot { NotForced, ForcedUnapproved, ForcedRetiredBlock, ForcedUndelivered, ForcedReissued };

static ForcedSlot forcedSlot(int slot, int count)
{
    if (count < kForcedAnomalyMinimum)
        return NotForced;
    if (slot == count * 2 / 5)
        return ForcedUnapproved;
    if (slot == count * 3 / 5)
        return ForcedRetiredBlock;
    if (slot == count / 5 + 1)
        return ForcedUndelivered;
    if (slot == count / 4 + 2)
        return ForcedReissued;
    return NotForced;
}

bool Planner::isForcedSlot(int slot) const { return forcedSlot(slot, m_count) != NotForced; }

CommunicationPlan Planner::original(int slot, qint64 t, DemoRandom &rng, const TypeDef *forcedType, int forcedChannel)
{
    const ForcedSlot forced = forcedSlot(slot, m_count);
    CommunicationPlan plan;
    plan.slot = slot;
    plan.issuedAt = plan.documentDate = t;
    plan.contentKey = quint64(slot);
    plan.type = forcedType;
    pickCustomerAndType(plan, rng);
    pickChannel(plan, forcedChannel, rng);
    const bool unapproved = stratifiedPick(m_seed, 1, slot, kUnapprovedTemplateEvery);
    pickTemplate(plan, unapproved || forced == ForcedUnapproved, rng);
    const bool retired = stratifiedPick(m_seed, 2, slot, kRetiredBlockEvery);
    pickBlocks(plan, retired || forced == ForcedRetiredBlock, rng);
    pickKeys(plan, slot);
    pickBatch(plan);
    pickOutcome(plan, slot, rng);
    if (forced == ForcedUndelivered || forced == ForcedReissued) {
        plan.corrupt = false;
        plan.outcome = Outcome::Failed;
        plan.scheduleReissue = forced == ForcedReissued;
    }
    plan.omitText = plan.channel == Channel::Print && rng.chance(kOmitTextPerMilleOfPrint);
    plan.extraFields = rng.chance(kExtraFieldsPerMille);
    // Events that reach the drop before their communication: some of the last month's.
    const bool lastMonth = t >= startOfMonth(issueSpanEnd());
    const bool early = rng.chance(200);
    if (lastMonth && (early || !m_earlyFeedDone)) {
        plan.earlyFeed = true;
        m_earlyFeedDone = true;
    }
    return plan;
}

void Planner::pickCustomerAndType(CommunicationPlan &plan, DemoRandom &rng) const
{
    static const int kUnitWeights[kUnitCount] = {50, 30, 20};
    // A quarter of all mail goes to the busiest twentieth of customers.
    int index = rng.chance(250) ? rng.below(qMax(1, m_customers / 20)) : rng.below(m_customers);
    const int mask = plan.type ? plan.type->unitMask : 0x7;
    for (int tries = 0;; ++tries) {
        plan.customer = customerAt(m_seed, index);
        int weights[kUnitCount];
        int sum = 0;
        for (int u = 0; u < kUnitCount; ++u) {
            const bool usable = plan.customer.hasUnit(Unit(u)) && (mask & (1 << u));
            weights[u] = usable ? kUnitWeights[u] : 0;
            sum += weights[u];
        }
        if (sum > 0) {
            plan.unit = Unit(rng.weighted(weights, kUnitCount));
            break;
        }
        index = tries < 50 ? (index + 1) % m_customers : 0; // customer 0 has every unit
    }
    if (plan.type)
        return;
    QList<int> weights;
    for (const TypeDef &type : typeDefs())
        weights.append((type.unitMask & (1 << int(plan.unit))) ? type.weight : 0);
    plan.type = &typeDefs()[rng.weighted(weights.constData(), int(weights.size()))];
}

void Planner::pickChannel(CommunicationPlan &plan, int forcedChannel, DemoRandom &rng) const
{
    int weights[kChannelCount];
    bool onlyPrint = true;
    for (int c = 0; c < kChannelCount; ++c) {
        weights[c] = plan.type->channelWeights[c];
        onlyPrint = onlyPrint && (c == int(Channel::Print) || weights[c] == 0);
    }
    // Paperless customers still get what must go by post.
    if (plan.customer.paperless && !onlyPrint)
        weights[int(Channel::Print)] /= 5;
    const int picked = rng.weighted(weights, kChannelCount);
    plan.channel = Channel(forcedChannel >= 0 ? forcedChannel : picked);
}

void Planner::pickTemplate(CommunicationPlan &plan, bool unapproved, DemoRandom &rng) const
{
    plan.tpl = m_catalogue->templateFor(plan.type, plan.unit);
    const TemplateVersion *current = plan.tpl->approvedVersionAt(plan.issuedAt);
    if (!current)
        current = &plan.tpl->versions.constFirst();
    plan.version = current;
    if (!unapproved)
        return;
    // The mistakes that happen: a stale version, one used before its sign-off, or work in
    // progress sent by accident.
    QList<const TemplateVersion *> candidates;
    for (const TemplateVersion &v : plan.tpl->versions) {
        const bool nearby = qAbs(v.number - current->number) == 1 || v.approvedAt() == 0;
        if (nearby && !v.isApprovedAt(plan.issuedAt))
            candidates.append(&v);
    }
    if (!candidates.isEmpty())
        plan.version = candidates[rng.below(int(candidates.size()))];
}

void Planner::pickBlocks(CommunicationPlan &plan, bool retired, DemoRandom &rng) const
{
    plan.blocks.clear();
    QList<BlockUse> stale; // a retired version of a block this template places
    QList<int> staleAt;
    for (const TemplatePart &part : plan.version->parsed.parts) {
        if (part.kind != TemplatePart::Block)
            continue;
        const BlockDef *block = m_catalogue->block(part.text);
        if (!block)
            continue;
        if (const BlockVersion *old = block->retiredBefore(plan.issuedAt)) {
            stale.append({block, old});
            staleAt.append(int(plan.blocks.size()));
        }
        if (const BlockVersion *v = block->versionAt(plan.issuedAt))
            plan.blocks.append({block, v});
    }
    if (!retired || stale.isEmpty())
        return;
    const int pick = rng.below(int(stale.size()));
    const int at = staleAt[pick];
    if (at < plan.blocks.size() && plan.blocks[at].block == stale[pick].block)
        plan.blocks[at] = stale[pick];
    else
        plan.blocks.insert(at, stale[pick]); // a block no longer in force, placed anyway
}

void Planner::pickKeys(CommunicationPlan &plan, int slot) const
{
    const QString type = QLatin1String(plan.type->type);
    const qint64 t = plan.issuedAt;
    if (type.startsWith(QLatin1String("claim_")) || type == QLatin1String("missing_information_request")
        || type == QLatin1String("settlement_notice") || type == QLatin1String("denial_letter")) {
        const int quarter = (yearOf(t) - 2024) * 4 + (monthOf(t) - 1) / 3;
        plan.claimId = claimIdFor(plan.customer.index, quarter);
        plan.claimKind = claimKindFor(plan.customer.policyProduct, quarter);
        const qint64 quarterStart = utcMs(yearOf(t), (monthOf(t) - 1) / 3 * 3 + 1, 1, 9);
        plan.claimDate = quarterStart + ((plan.customer.index * 7 + quarter * 13) % 20) * kDay;
        if (plan.claimDate >= t)
            plan.claimDate = quarterStart;
    }
    if (type == QLatin1String("complaint_response")) {
        plan.caseId = QStringLiteral("CASE-") + yearKey(t) + QLatin1Char('-')
                      + QStringLiteral("%1").arg(slot + 1, 6, 10, QLatin1Char('0'));
    }
}

void Planner::pickBatch(CommunicationPlan &plan) const
{
    const qint64 t = plan.issuedAt;
    plan.batch = QLatin1String(plan.type->batchPrefix) + QLatin1Char('-') + monthKey(t);
    plan.snapshotBatch = plan.batch;
    plan.snapshotMonth = monthKey(t);
    if (!plan.type->bulk)
        return;
    const QString type = QLatin1String(plan.type->type);
    const bool monthly = type == QLatin1String("statement") || type == QLatin1String("invoice")
                         || type == QLatin1String("renewal_letter") || type == QLatin1String("premium_notice");
    plan.campaign = QLatin1String(plan.type->name) + QStringLiteral(", ") + (monthly ? monthYear(t) : yearKey(t));
}

void Planner::pickOutcome(CommunicationPlan &plan, int slot, DemoRandom &rng)
{
    const bool fails = rng.chance(plan.channel == Channel::Web ? 5 : kFailurePerMille);
    const bool recovers = rng.chance(300);
    const bool reissued = rng.chance(kReissuePerMilleOfFailures);
    const bool silent = rng.chance(kNoEventsPerMille);
    const int engagedPerMille = plan.channel == Channel::Email ? 550 : plan.channel == Channel::Print ? 0 : 450;
    const bool engaged = rng.chance(engagedPerMille);
    // A letter comes back after up to about 16 days; electronic failures within minutes.
    const int dueDays = plan.channel == Channel::Print ? rng.range(17, 26) : rng.range(3, 12);
    plan.reissueDue = plan.issuedAt + dueDays * kDay + rng.range(0, 8 * 3600) * kSecond;
    // The deliberately damaged renditions: one e-mail past the middle, one letter later on.
    const bool plain = forcedSlot(slot, m_count) == NotForced;
    if (plain && !m_corruptHtmlDone && plan.channel == Channel::Email && slot >= m_count / 2) {
        m_corruptHtmlDone = plan.corrupt = true;
    } else if (plain && !m_corruptPdfDone && plan.channel == Channel::Print && slot >= m_count * 2 / 3) {
        m_corruptPdfDone = plan.corrupt = true;
    }
    if (fails && !plan.corrupt) {
        const bool retry = recovers && plan.channel == Channel::Sms;
        plan.outcome = retry ? Outcome::FailedThenDelivered : Outcome::Failed;
        plan.scheduleReissue = !retry && reissued;
    } else {
        plan.outcome = silent ? Outcome::NoEvents : engaged ? Outcome::Engaged : Outcome::Delivered;
    }
    // A returned letter or failed text is sent again as it was; a bounced e-mail or failed
    // app message is regenerated as a letter or an e-mail.
    switch (plan.channel) {
    case Channel::Print:
    case Channel::Sms:
        plan.reissueMode = Origin::Reissue;
        plan.reissueChannel = plan.channel;
        break;
    case Channel::Email:
        plan.reissueMode = Origin::Regeneration;
        plan.reissueChannel = Channel::Print;
        break;
    case Channel::Web:
    case Channel::Mobile:
        plan.reissueMode = Origin::Regeneration;
        plan.reissueChannel = Channel::Email;
        break;
    }
}

} // namespace proofdesk::demo
