#include "searchmix.h"

#include "benchcorpus.h"

namespace {
QString fts(const QString &match)
{
    return QStringLiteral("c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '%1')").arg(match);
}
} // namespace

QList<MixQuery> searchMix(const BenchCorpus &corpus, const QString &sampleId)
{
    const QString common = corpus.word(1), mid = corpus.word(120), rare = corpus.word(15000);
    const QString a = corpus.word(20), b = corpus.word(300);
    const QString p1 = corpus.word(0), p2 = corpus.word(2);
    const QString name = corpus.word(250);
    const QString prefix = corpus.word(45).left(4);
    const QString orA = corpus.word(900), orB = corpus.word(1100);
    QList<MixQuery> mix{
        {QStringLiteral("common word"), common, fts(common)},
        {QStringLiteral("mid word"), mid, fts(mid)},
        {QStringLiteral("rare word"), rare, fts(rare)},
        {QStringLiteral("two words"), a + QLatin1Char(' ') + b, fts(a + QStringLiteral(" AND ") + b)},
        {QStringLiteral("phrase"), QStringLiteral("\"%1 %2\"").arg(p1, p2),
         fts(QStringLiteral("\"%1 %2\"").arg(p1, p2))},
        {QStringLiteral("prefix"), prefix + QLatin1Char('*'), fts(prefix + QLatin1Char('*'))},
        {QStringLiteral("recipient name"), name, fts(name)},
        {QStringLiteral("OR of words"), orA + QStringLiteral(" OR ") + orB, fts(orA + QStringLiteral(" OR ") + orB)},
        {QStringLiteral("type field"), QStringLiteral("type:statement"), QStringLiteral("c.type = 'statement'")},
        {QStringLiteral("field + word"), QStringLiteral("type:invoice ") + mid,
         QStringLiteral("c.type = 'invoice' AND ") + fts(mid)},
        {QStringLiteral("month"), QStringLiteral("issued:2025-03"),
         QStringLiteral("c.issued_at >= 1740787200000 AND c.issued_at < 1743465600000")},
        {QStringLiteral("range + channel"), QStringLiteral("issued:2026-01-01..2026-03-31 channel:sms"),
         QStringLiteral("c.channel = 'sms' AND c.issued_at >= 1767225600000 AND c.issued_at < 1775001600000")},
        {QStringLiteral("customer"), QStringLiteral("customer:CUST-001234"),
         QStringLiteral("c.customer_id = 'CUST-001234'")},
        {QStringLiteral("negation"), QStringLiteral("type:statement -channel:print"),
         QStringLiteral("c.type = 'statement' AND c.channel <> 'print'")},
        {QStringLiteral("unit + status + year"), QStringLiteral("unit:insurance status:bounced issued:2025"),
         QStringLiteral("c.business_unit = 'insurance' AND c.status = 'bounced' AND c.issued_at >= 1735689600000 AND "
                        "c.issued_at < 1767225600000")},
        {QStringLiteral("word + date"), rare.left(0) + mid + QStringLiteral(" issued:2026"),
         fts(mid) + QStringLiteral(" AND c.issued_at >= 1767225600000 AND c.issued_at < 1798761600000")},
        // A key or a narrow range with a common word: what the key selects, checked for the word
        // (issue #30: the word's whole posting list was read before the key's few rows).
        {QStringLiteral("customer + common word"), QStringLiteral("customer:CUST-001234 ") + common,
         QStringLiteral("c.customer_id = 'CUST-001234' AND ") + fts(common)},
        {QStringLiteral("day + common word"), QStringLiteral("issued:2025-06-11 ") + common,
         fts(common) + QStringLiteral(" AND c.issued_at >= 1749600000000 AND c.issued_at < 1749686400000")},
        {QStringLiteral("week range + mid word"), QStringLiteral("issued:2026-02-02..2026-02-08 ") + mid,
         fts(mid) + QStringLiteral(" AND c.issued_at >= 1769990400000 AND c.issued_at < 1770595200000")},
    };
    if (!sampleId.isEmpty()) {
        mix.append(
            {QStringLiteral("id"), QStringLiteral("id:") + sampleId, QStringLiteral("c.id = '%1'").arg(sampleId)});
        mix.append({QStringLiteral("id + common word"), QStringLiteral("id:%1 %2").arg(sampleId, common),
                    QStringLiteral("c.id = '%1' AND ").arg(sampleId) + fts(common)});
    }
    return mix;
}
