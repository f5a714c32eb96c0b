#include "demotemplatehistory.h"

#include "demotemplatetext.h"
#include "demotime.h"
#include "util/sha256.h"

namespace proofdesk::demo {

namespace {

const char *const kChangeNotes[] = {
    "Updated fee table and layout",
    "New supervisor contact details",
    "Plain-language rewrite of the opening paragraph",
    "Added data protection rights block",
    "Brand refresh: new letterhead and wordmark",
    "Corrected a typo in the closing paragraph",
    "Added sentence on accessible formats",
    "Aligned wording with the revised policy conditions",
    "Shorter subject line for e-mail delivery",
};

// Effective dates: version 1 from early 2023, the others spread over 2024-02 .. 2026-09 so
// that every communication date has exactly one version in force.
QList<qint64> effectiveDates(int count, DemoRandom &rng)
{
    QList<qint64> dates{utcMs(2023, rng.range(1, 6), 1)};
    const int months = 32;
    const int segment = months / (count - 1);
    for (int j = 0; j < count - 1; ++j) {
        const int index = j * segment + rng.below(segment);
        dates.append(addMonths(utcMs(2024, 2, 1), index));
    }
    return dates;
}

qint64 atSecond(qint64 t) { return t - t % kSecond; }

QList<Approval> approvalsBefore(qint64 effectiveFrom, DemoRandom &rng)
{
    static const char *const authors[] = {"e.lindqvist", "p.duarte", "h.osei"};
    static const char *const lawyers[] = {"m.okafor", "c.haddad", "j.fitzgerald"};
    static const char *const officers[] = {"s.andersen", "r.kowalski", "a.romero"};
    QList<Approval> list;
    qint64 at = effectiveFrom - rng.range(25, 40) * kDay + rng.range(8 * 60, 17 * 60) * kMinute;
    list.append({QStringLiteral("content review"), QLatin1String(authors[rng.below(3)]),
                 QStringLiteral("Wording checked against the style guide"), QStringLiteral("approved"), atSecond(at)});
    at += rng.range(1, 3) * kDay + rng.range(0, 3600) * kSecond;
    const QString lawyer = QLatin1String(lawyers[rng.below(3)]);
    if (rng.chance(250)) {
        list.append({QStringLiteral("legal review"), lawyer,
                     QStringLiteral("Cancellation wording must match the contract terms"),
                     QStringLiteral("changes_requested"), atSecond(at)});
        at += rng.range(1, 2) * kDay;
    }
    list.append({QStringLiteral("legal review"), lawyer, QStringLiteral("Meets disclosure requirements"),
                 QStringLiteral("approved"), atSecond(at)});
    at += rng.range(1, 4) * kDay + rng.range(0, 3600) * kSecond;
    list.append({QStringLiteral("compliance sign-off"), QLatin1String(officers[rng.below(3)]),
                 QStringLiteral("Approved for production"), QStringLiteral("approved"), atSecond(at)});
    return list;
}

QList<BlockRef> blockRefsAt(const QString &body, qint64 at, const QList<BlockDef> &blocks)
{
    QList<BlockRef> refs;
    for (const QString &id : blockIdsIn(body)) {
        for (const BlockDef &block : blocks) {
            if (block.id != id)
                continue;
            if (const BlockVersion *v = block.versionAt(at))
                refs.append({id, QString::number(v->number)});
        }
    }
    return refs;
}

void finishVersion(TemplateVersion &v, const TemplateDef &tpl, const QString &source, const QList<BlockDef> &blocks)
{
    const QString from = v.effectiveFrom ? isoDate(v.effectiveFrom) : QStringLiteral("not scheduled");
    const QString header = tpl.id + QStringLiteral(" version ") + QString::number(v.number) + QStringLiteral(" (")
                           + from + QStringLiteral("): ") + v.changeNote;
    v.body = templateBodyForVersion(source, v.number, header);
    v.sha256 = QString::fromLatin1(sha256Hex(v.body.toUtf8()));
    v.blocks = blockRefsAt(v.body, v.effectiveFrom ? v.effectiveFrom : issueSpanEnd(), blocks);
    v.parsed = parseTemplate(v.body);
}

} // namespace

void buildTemplateHistory(TemplateDef &tpl, const QString &source, const QList<BlockDef> &blocks, DemoRandom &rng)
{
    const int approvedCount = rng.range(3, 5);
    const QList<qint64> from = effectiveDates(approvedCount, rng);
    for (int i = 0; i < approvedCount; ++i) {
        TemplateVersion v;
        v.number = i + 1;
        v.effectiveFrom = from[i];
        const bool last = i == approvedCount - 1;
        v.effectiveTo = last ? 0 : from[i + 1];
        // A few versions were withdrawn rather than routinely superseded.
        v.status = last              ? QStringLiteral("approved")
                   : rng.chance(200) ? QStringLiteral("retired")
                                     : QStringLiteral("superseded");
        v.approvals = approvalsBefore(v.effectiveFrom, rng);
        v.changeNote = i == 0 ? QStringLiteral("Initial version")
                              : QLatin1String(kChangeNotes[rng.below(int(std::size(kChangeNotes)))]);
        finishVersion(v, tpl, source, blocks);
        tpl.versions.append(v);
    }
    // Work in progress after the current version: never approved, so using it is a finding.
    const int trailing = rng.below(3);
    if (trailing == 0)
        return;
    TemplateVersion next;
    next.number = approvedCount + 1;
    next.changeNote = QLatin1String(kChangeNotes[rng.below(int(std::size(kChangeNotes)))]);
    if (trailing == 1) {
        next.status = QStringLiteral("draft");
    } else {
        next.status = QStringLiteral("in_review");
        next.effectiveFrom = utcMs(2027, 1, 1);
        next.approvals.append({QStringLiteral("content review"), QStringLiteral("h.osei"),
                               QStringLiteral("Second paragraph still too long; please shorten"),
                               QStringLiteral("changes_requested"),
                               utcMs(2026, 10, rng.range(5, 20), rng.range(9, 16))});
    }
    finishVersion(next, tpl, source, blocks);
    tpl.versions.append(next);
}

} // namespace proofdesk::demo
