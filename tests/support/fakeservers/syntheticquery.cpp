// SyntheticIndex: the fake CMIS server's queries over its synthetic documents, evaluated per
// key, per range of indexes or per id instead of per JSON object (syntheticquery.h).
#include "syntheticquery.h"

#include "syntheticdocs.h"

#include <QJsonObject>
#include <algorithm>

namespace fakeserver {

namespace {

constexpr int kCached = 16;       // statements whose answers are kept
constexpr qsizetype kSpread = 64; // documents spread over the repository checked per statement
constexpr qsizetype kFirst = 50;  // and the first matches

QJsonObject only(const QString &property, const QJsonValue &value)
{
    QJsonObject o;
    if (!value.isUndefined())
        o.insert(property, value);
    return o;
}

qsizetype keyedIndex(const QString &property)
{
    const QList<synthetic::KeyedText> &keyed = synthetic::keyedTexts();
    for (qsizetype k = 0; k < keyed.size(); ++k)
        if (property == QLatin1String(keyed.at(k).property))
            return k;
    return -1;
}

bool isOneOf(const QString &property, const QList<const char *> &names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return property == QLatin1String(n); });
}

} // namespace

SyntheticIndex::SyntheticIndex(qsizetype count, qint64 spacingMs, int contentBytes)
    : m_count(count)
    , m_spacing(spacingMs)
    , m_contentBytes(contentBytes)
{}

SyntheticIndex::Matches SyntheticIndex::find(const QString &key, const cmisql::Statement &statement,
                                             const cmisql::Properties &properties, const Exact &exact,
                                             const QList<qsizetype> &stored, QString *error)
{
    if (const auto known = m_cache.constFind(key); known != m_cache.constEnd())
        return *known;
    bool descending = false;
    if (statement.orderBy.size() > 1
        || (statement.orderBy.size() == 1 && !isOneOf(statement.orderBy.first().property, synthetic::creationTimes())
            && statement.orderBy.first().property != QLatin1String("cmis:name"))) {
        *error = QStringLiteral("the fake's synthetic repository orders by one creation date or cmis:name only");
        return nullptr;
    }
    if (statement.orderBy.size() == 1)
        descending = statement.orderBy.first().descending;
    Bits bits = statement.where ? evaluate(*statement.where, properties, exact) : Bits(size_t(m_count), 1);
    for (const qsizetype i : stored)
        if (i >= 0 && i < m_count)
            bits[size_t(i)] = exact(i);
    std::vector<qint32> order;
    order.reserve(size_t(std::count(bits.begin(), bits.end(), quint8(1))));
    for (qsizetype n = 0; n < m_count; ++n)
        if (const qsizetype i = descending ? m_count - 1 - n : n; bits[size_t(i)])
            order.push_back(qint32(i));
    if (!check(bits, order, exact, error))
        return nullptr;
    Matches matches = std::make_shared<const std::vector<qint32>>(std::move(order));
    m_cache.insert(key, matches);
    m_age.append(key);
    if (m_age.size() > kCached)
        m_cache.remove(m_age.takeFirst());
    return matches;
}

SyntheticIndex::Bits SyntheticIndex::evaluate(const cmisql::Predicate &p, const cmisql::Properties &properties,
                                              const Exact &exact) const
{
    switch (p.kind) {
    case cmisql::Predicate::And:
    case cmisql::Predicate::Or: {
        Bits out = evaluate(*p.children.first(), properties, exact);
        for (qsizetype c = 1; c < p.children.size(); ++c) {
            const Bits more = evaluate(*p.children.at(c), properties, exact);
            for (size_t i = 0; i < out.size(); ++i)
                out[i] = p.kind == cmisql::Predicate::And ? (out[i] & more[i]) : (out[i] | more[i]);
        }
        return out;
    }
    case cmisql::Predicate::Not: {
        Bits out = evaluate(*p.children.first(), properties, exact);
        for (quint8 &b : out)
            b ^= 1;
        return out;
    }
    case cmisql::Predicate::Contains:
        return contains(p.literals.first().text);
    default:
        return leaf(p, properties);
    }
}

SyntheticIndex::Bits SyntheticIndex::leaf(const cmisql::Predicate &p, const cmisql::Properties &properties) const
{
    // Every synthetic document has the same properties: IS [NOT] NULL is the same for all.
    if (p.kind == cmisql::Predicate::IsNull && m_count > 0)
        return Bits(
            static_cast<size_t>(m_count),
            quint8(cmisql::matches(p, only(p.property, synthetic::value(0, p.property, m_contentBytes, m_spacing)),
                                   properties, QString())));
    if (const qsizetype keyed = keyedIndex(p.property); keyed >= 0)
        return keyedLeaf(p, properties, keyed);
    if (isOneOf(p.property, synthetic::creationTimes()))
        return timeLeaf(p, properties);
    if (isOneOf(p.property, synthetic::uniqueTexts()))
        return idLeaf(p, properties);
    if (m_count > 0 && synthetic::value(0, p.property, m_contentBytes, m_spacing).isUndefined()) // no document has it
        return Bits(static_cast<size_t>(m_count), quint8(cmisql::matches(p, QJsonObject(), properties, QString())));
    return perDocument(p, properties);
}

SyntheticIndex::Bits SyntheticIndex::keyedLeaf(const cmisql::Predicate &p, const cmisql::Properties &properties,
                                               qsizetype keyed) const
{
    const synthetic::KeyedText &k = synthetic::keyedTexts().at(keyed);
    std::vector<quint8> table(size_t(k.keys));
    for (qsizetype key = 0; key < k.keys; ++key)
        table[size_t(key)] =
            cmisql::matches(p, only(p.property, QString::fromLatin1(k.text(key))), properties, QString());
    Bits out(static_cast<size_t>(m_count));
    for (qsizetype i = 0; i < m_count; ++i)
        out[size_t(i)] = table[size_t(k.keyOf(i))];
    return out;
}

// A comparison with a TIMESTAMP: the creation times rise with the index, so it keeps a range.
SyntheticIndex::Bits SyntheticIndex::timeLeaf(const cmisql::Predicate &p, const cmisql::Properties &properties) const
{
    if (p.kind != cmisql::Predicate::Compare || p.literals.first().kind != cmisql::Literal::DateTime)
        return perDocument(p, properties);
    const qint64 at = p.literals.first().ms;
    const qsizetype lo = qMin(m_count, synthetic::firstCreatedAtOrAfter(at, m_spacing));     // first time >= at
    const qsizetype hi = qMin(m_count, synthetic::firstCreatedAtOrAfter(at + 1, m_spacing)); // first time > at
    qsizetype from = 0, to = m_count;
    bool inside = true;
    if (p.op == QLatin1String("="))
        from = lo, to = hi;
    else if (p.op == QLatin1String("<>"))
        from = lo, to = hi, inside = false;
    else if (p.op == QLatin1String("<"))
        to = lo;
    else if (p.op == QLatin1String("<="))
        to = hi;
    else if (p.op == QLatin1String(">"))
        from = hi;
    else if (p.op == QLatin1String(">="))
        from = lo;
    else
        return perDocument(p, properties);
    Bits out(static_cast<size_t>(m_count), quint8(!inside));
    for (qsizetype i = from; i < to; ++i)
        out[size_t(i)] = quint8(inside);
    return out;
}

// An id or a name compared with = or <> or [NOT] IN string literals: looked up by index.
SyntheticIndex::Bits SyntheticIndex::idLeaf(const cmisql::Predicate &p, const cmisql::Properties &properties) const
{
    const bool equal = (p.kind == cmisql::Predicate::Compare && p.op == QLatin1String("="))
                       || (p.kind == cmisql::Predicate::In && !p.negated);
    const bool unequal = (p.kind == cmisql::Predicate::Compare && p.op == QLatin1String("<>"))
                         || (p.kind == cmisql::Predicate::In && p.negated);
    const bool strings = std::all_of(p.literals.begin(), p.literals.end(),
                                     [](const cmisql::Literal &l) { return l.kind == cmisql::Literal::String; });
    if ((!equal && !unequal) || !strings)
        return perDocument(p, properties);
    Bits out(static_cast<size_t>(m_count), quint8(unequal));
    const bool isName = p.property == QLatin1String("cmis:name");
    for (const cmisql::Literal &l : p.literals) {
        const QString text = isName && l.text.endsWith(QLatin1String(".pdf")) ? l.text.chopped(4) : l.text;
        const qsizetype i = synthetic::indexOf(text);
        if (i >= 0 && i < m_count && synthetic::value(i, p.property, m_contentBytes, m_spacing).toString() == l.text)
            out[size_t(i)] = quint8(equal);
    }
    return out;
}

SyntheticIndex::Bits SyntheticIndex::perDocument(const cmisql::Predicate &p, const cmisql::Properties &properties) const
{
    Bits out(static_cast<size_t>(m_count));
    for (qsizetype i = 0; i < m_count; ++i)
        out[size_t(i)] = cmisql::matches(
            p, only(p.property, synthetic::value(i, p.property, m_contentBytes, m_spacing)), properties, QString());
    return out;
}

// CONTAINS(): the grammar's alternatives of terms, each word found or not per document.
SyntheticIndex::Bits SyntheticIndex::contains(const QString &search) const
{
    Bits out(static_cast<size_t>(m_count));
    QHash<QString, Bits> words;
    for (const QList<cmisql::TextTerm> &terms : cmisql::parseTextSearch(search)) {
        Bits alternative(static_cast<size_t>(m_count), 1);
        for (const cmisql::TextTerm &t : terms) {
            if (!words.contains(t.word))
                words.insert(t.word, found(t.word));
            const Bits &f = words[t.word];
            for (size_t i = 0; i < alternative.size(); ++i)
                alternative[i] &= quint8(f[i] != quint8(t.excluded));
        }
        for (size_t i = 0; i < out.size(); ++i)
            out[i] |= alternative[i];
    }
    return out;
}

// Where the fake's full text (its string values, each after a line break) holds `word`
// (lower case): in any one value, as a word without a line break cannot span two.
SyntheticIndex::Bits SyntheticIndex::found(const QString &word) const
{
    Bits out(static_cast<size_t>(m_count));
    if (word.contains(QLatin1Char('\n'))) {
        for (qsizetype i = 0; i < m_count; ++i) {
            QString text;
            for (const QString &p : synthetic::documentStrings())
                text += QLatin1Char('\n') + synthetic::value(i, p, m_contentBytes, m_spacing).toString();
            out[size_t(i)] = text.toLower().contains(word);
        }
        return out;
    }
    for (const synthetic::KeyedText &k : synthetic::keyedTexts()) {
        std::vector<quint8> table(size_t(k.keys));
        bool any = false;
        for (qsizetype key = 0; key < k.keys; ++key) {
            table[size_t(key)] = QString::fromLatin1(k.text(key)).toLower().contains(word);
            any = any || table[size_t(key)];
        }
        for (qsizetype i = 0; any && i < m_count; ++i)
            out[size_t(i)] |= table[size_t(k.keyOf(i))];
    }
    // Ids and names are "doc-", digits and ".pdf": another word is in neither.
    static const QString alphabet = QStringLiteral("doc-0123456789.pf");
    if (!std::all_of(word.begin(), word.end(), [](QChar c) { return alphabet.contains(c); }))
        return out;
    for (qsizetype i = 0; i < m_count; ++i)
        for (const char *p : synthetic::uniqueTexts())
            out[size_t(i)] |= quint8(
                synthetic::value(i, QLatin1String(p), m_contentBytes, m_spacing).toString().toLower().contains(word));
    return out;
}

bool SyntheticIndex::check(const Bits &bits, const std::vector<qint32> &order, const Exact &exact, QString *error) const
{
    QList<qsizetype> checked;
    for (qsizetype j = 0; m_count > 0 && j < kSpread; ++j)
        checked << j * (m_count - 1) / (kSpread - 1);
    for (size_t j = 0; j < order.size() && qsizetype(j) < kFirst; ++j)
        checked << order[j];
    for (const qsizetype i : checked) {
        if (bool(bits[size_t(i)]) != exact(i)) {
            *error =
                QStringLiteral("the synthetic evaluation disagrees with the grammar's on %1").arg(synthetic::id(i));
            return false;
        }
    }
    return true;
}

} // namespace fakeserver
