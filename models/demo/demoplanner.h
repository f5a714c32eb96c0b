#pragma once

#include "demoplan.h"
#include "demorandom.h"

#include <QList>
#include <memory>
#include <queue>
#include <vector>

namespace proofdesk::demo {

// Decides, slot by slot, what the generator "sent": issue times rise steadily over
// 2024-01 .. 2026-10, so ids and monthly files come out in order and nothing has to be
// sorted or held in memory. Reissues of failed deliveries wait in a queue until their
// due time comes up. All choices come from random streams derived from the seed.
class Planner
{
public:
    Planner(quint64 seed, int count, std::shared_ptr<const Catalogue> catalogue);

    bool atEnd() const { return m_slot >= m_count; }
    CommunicationPlan next();
    // Called once the rendition exists: remembers what a later reissue will need.
    void commit(const CommunicationPlan &plan, const Rendition &rendition);

private:
    struct Pending
    {
        qint64 due = 0;
        int order = 0;
        CommunicationPlan original;
        Rendition rendition;
        bool operator>(const Pending &other) const { return due != other.due ? due > other.due : order > other.order; }
    };

    qint64 slotTime(int slot, DemoRandom &rng) const;
    CommunicationPlan original(int slot, qint64 t, DemoRandom &rng, const TypeDef *forcedType, int forcedChannel);
    CommunicationPlan reissue(const Pending &pending, int slot, qint64 t, DemoRandom &rng);
    CommunicationPlan requestedCopy(int slot, qint64 t, DemoRandom &rng);
    void pickCustomerAndType(CommunicationPlan &plan, DemoRandom &rng) const;
    void pickChannel(CommunicationPlan &plan, int forcedChannel, DemoRandom &rng) const;
    void pickTemplate(CommunicationPlan &plan, bool unapproved, DemoRandom &rng) const;
    void pickBlocks(CommunicationPlan &plan, bool retired, DemoRandom &rng) const;
    void pickOutcome(CommunicationPlan &plan, int slot, DemoRandom &rng);
    void pickKeys(CommunicationPlan &plan, int slot) const;
    void pickBatch(CommunicationPlan &plan) const;
    void assignId(CommunicationPlan &plan);
    QString nextRequestId(qint64 t);
    bool isCoverageSlot(int slot, int *entry) const;
    bool isForcedSlot(int slot) const;

    quint64 m_seed;
    int m_count;
    int m_customers;
    std::shared_ptr<const Catalogue> m_catalogue;
    int m_slot = 0;
    int m_pendingOrder = 0;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> m_pending;
    QList<CommunicationPlan> m_recent; // ring of recent originals, for requested copies
    int m_recentNext = 0;
    QString m_idMonth;
    int m_idCounter = 0;
    int m_requestCounter = 0;
    bool m_corruptHtmlDone = false;
    bool m_corruptPdfDone = false;
    bool m_earlyFeedDone = false;
};

} // namespace proofdesk::demo
