#include "searchmix.h"

#include "benchcorpus.h"

namespace {
QString fts(const QString &match)
{
    return QStringLiteral("c.rowid IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '%1')").arg(match);
}

QString notFts(const QString &match)
{
    return QStringLiteral("c.rowid NOT IN (SELECT rowid FROM comm_fts WHERE comm_fts MATCH '%1')").arg(match);
}

QString both(const QString &a, const QString &b) { return a + QStringLiteral(" AND ") + b; }

const QString kCustomer = QStringLiteral("CUST-001234");
const QString kDay = QStringLiteral("c.issued_at >= 1749600000000 AND c.issued_at < 1749686400000");   // 2025-06-11
const QString kMarch = QStringLiteral("c.issued_at >= 1740787200000 AND c.issued_at < 1743465600000"); // 2025-03
const QString k2026 = QStringLiteral("c.issued_at >= 1767225600000 AND c.issued_at < 1798761600000");

// Issue #43's mix, on the Zipf vocabulary (BenchCorpus::Vocabulary::Zipf): the first words are
// each in most texts ("statement" in 99%, "balance" 93%, "fee" 83%, "account" 72%), their
// phrases in 1-20%, and "ba" begins "balance" and 2,500 rarer words.
QList<MixQuery> zipfMix(const BenchCorpus &corpus)
{
    const QString w0 = corpus.word(0), w1 = corpus.word(1), w2 = corpus.word(2), w3 = corpus.word(3);
    const QString w4 = corpus.word(4), w5 = corpus.word(5), mid = corpus.word(150), rare = corpus.word(30000);
    const auto words = [](const QStringList &list) { return list.join(QLatin1Char(' ')); };
    const auto phrase = [](const QStringList &list) -> QString {
        return QLatin1Char('"') + list.join(QLatin1Char(' ')) + QLatin1Char('"');
    };
    const auto all = [](const QStringList &list) { return list.join(QStringLiteral(" AND ")); };
    return {
        {QStringLiteral("common word"), w1, fts(w1)},
        {QStringLiteral("two common words"), words({w0, w1}), fts(all({w0, w1}))},
        {QStringLiteral("three common words"), words({w0, w1, w2}), fts(all({w0, w1, w2}))},
        {QStringLiteral("common but not common"), words({w0, QLatin1Char('-') + w1}), both(fts(w0), notFts(w1))},
        {QStringLiteral("two common but not one"), words({w1, w2, QLatin1Char('-') + w3}),
         both(fts(all({w1, w2})), notFts(w3))},
        {QStringLiteral("common phrase"), phrase({w0, w1}), fts(phrase({w0, w1}))},
        {QStringLiteral("less common phrase"), phrase({w2, w3}), fts(phrase({w2, w3}))},
        {QStringLiteral("rare common phrase"), phrase({w4, w5}), fts(phrase({w4, w5}))},
        {QStringLiteral("three-word phrase"), phrase({w0, w1, w2}), fts(phrase({w0, w1, w2}))},
        // Rare as a phrase (0.13% of the rows), but its pairs "balance fee" and "fee policy" are found
        // together in more: narrowed by them at ten million rows it asked ~20,000 rows on their own text.
        {QStringLiteral("three-word phrase, pairs common"), phrase({w1, w2, w4}), fts(phrase({w1, w2, w4}))},
        {QStringLiteral("prefix of common"), w1.left(3) + QLatin1Char('*'), fts(w1.left(3) + QLatin1Char('*'))},
        {QStringLiteral("short prefix"), w1.left(2) + QLatin1Char('*'), fts(w1.left(2) + QLatin1Char('*'))},
        {QStringLiteral("prefix of one word"), w3.left(3) + QLatin1Char('*'), fts(w3.left(3) + QLatin1Char('*'))},
        {QStringLiteral("mid word"), mid, fts(mid)},
        {QStringLiteral("rare word"), rare, fts(rare)},
        {QStringLiteral("customer"), QStringLiteral("customer:") + kCustomer,
         QStringLiteral("c.customer_id = '%1'").arg(kCustomer)},
        {QStringLiteral("customer + common"), QStringLiteral("customer:%1 %2").arg(kCustomer, w0),
         both(QStringLiteral("c.customer_id = '%1'").arg(kCustomer), fts(w0))},
        {QStringLiteral("customer + two common"), QStringLiteral("customer:%1 %2 %3").arg(kCustomer, w0, w1),
         both(QStringLiteral("c.customer_id = '%1'").arg(kCustomer), fts(all({w0, w1})))},
        {QStringLiteral("day + common"), QStringLiteral("issued:2025-06-11 ") + w1, both(fts(w1), kDay)},
        {QStringLiteral("month + common"), QStringLiteral("issued:2025-03 ") + w1, both(fts(w1), kMarch)},
        {QStringLiteral("month + two common"), QStringLiteral("issued:2025-03 ") + words({w0, w1}),
         both(fts(all({w0, w1})), kMarch)},
        {QStringLiteral("year + common"), w2 + QStringLiteral(" issued:2026"), both(fts(w2), k2026)},
        {QStringLiteral("field + common"), QStringLiteral("type:invoice ") + w1,
         both(QStringLiteral("c.type = 'invoice'"), fts(w1))},
        {QStringLiteral("field + two common"), QStringLiteral("type:invoice ") + words({w0, w1}),
         both(QStringLiteral("c.type = 'invoice'"), fts(all({w0, w1})))},
        {QStringLiteral("field + phrase"), QStringLiteral("channel:email ") + phrase({w0, w1}),
         both(QStringLiteral("c.channel = 'email'"), fts(phrase({w0, w1})))},
        {QStringLiteral("month + prefix"), QStringLiteral("issued:2025-03 ") + w1.left(3) + QLatin1Char('*'),
         both(fts(w1.left(3) + QLatin1Char('*')), kMarch)},
        {QStringLiteral("not field + common"), QStringLiteral("-channel:print ") + w2,
         both(QStringLiteral("c.channel <> 'print'"), fts(w2))},
    };
}

void addSampleId(QList<MixQuery> &mix, const QString &sampleId, const QString &common)
{
    if (sampleId.isEmpty())
        return;
    mix.append({QStringLiteral("id"), QStringLiteral("id:") + sampleId, QStringLiteral("c.id = '%1'").arg(sampleId)});
    mix.append({QStringLiteral("id + common word"), QStringLiteral("id:%1 %2").arg(sampleId, common),
                QStringLiteral("c.id = '%1' AND ").arg(sampleId) + fts(common)});
}

} // namespace

QList<MixQuery> searchMix(const BenchCorpus &corpus, const QString &sampleId)
{
    if (corpus.vocabularyKind() == BenchCorpus::Vocabulary::Zipf) {
        QList<MixQuery> mix = zipfMix(corpus);
        addSampleId(mix, sampleId, corpus.word(0));
        return mix;
    }
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
    addSampleId(mix, sampleId, common);
    return mix;
}
