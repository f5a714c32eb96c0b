// The search syntax (spec/search-syntax.md) as a CMIS 1.1 WHERE condition, for `search
// --remote` and a sync scope (docs/connecting.md "Searching past the cache"). Each node gets
// bounds: a condition that holds wherever the node does (upper) and one that holds only where
// it does (lower), and the same two for its negation; where they are equal the node is asked
// exactly. Text at the top goes into one CONTAINS() in disjunctive form (CMIS's text search
// binds OR looser than its implied AND).
#include "cmisquerytranslation.h"

#include "cmiscaseforms.h"
#include "cmisobject.h"
#include "search/fields.h"
#include "sync/querybounds.h"

#include <QDateTime>
#include <algorithm>

namespace proofdesk::sync::cmis {

namespace {

using search::QueryNode;
using Kind = QueryNode::Kind;

constexpr int kMaxTextAlternatives = 16; // OR'ed conjunctions in one CONTAINS()
constexpr int kMaxCaseForms = 64;        // literals of one IN list

// CONTAINS() text in disjunctive form: alternatives of terms ("word", "\"a phrase\"", "-word").
using TextDnf = QList<QStringList>;

using bounds::Bounds;
using bounds::Cond;

// CMIS conditions joined: "((a) AND (b))".
QString joinSql(const QStringList &parts, bool conjunction)
{
    return QStringLiteral("((") + parts.join(conjunction ? QStringLiteral(") AND (") : QStringLiteral(") OR ("))
           + QStringLiteral("))");
}

QString timestamp(qint64 ms)
{
    return QStringLiteral("TIMESTAMP '%1'")
        .arg(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

QString literalList(const QStringList &values)
{
    QStringList literals;
    for (const QString &v : values)
        literals << stringLiteral(v);
    return literals.join(QStringLiteral(", "));
}

// A word or phrase as a CONTAINS() term. A quoted term is a phrase whatever it holds, and a
// word that CMIS's text search reads as an operator is quoted too: "OR" is a word to find.
QString containsTerm(const QueryNode &n)
{
    const QString term = textTerm(n.text);
    if (term.startsWith(QLatin1Char('"')) || term.isEmpty())
        return term;
    static const QStringList operators{QStringLiteral("OR"), QStringLiteral("AND"), QStringLiteral("NOT")};
    if (n.termKind == QueryNode::TermKind::Phrase || operators.contains(term, Qt::CaseInsensitive))
        return QLatin1Char('"') + term + QLatin1Char('"');
    return term;
}

// `text` AND `more`, distributed; false when it grows past one CONTAINS().
bool andText(TextDnf &text, const TextDnf &more)
{
    if (text.size() * more.size() > kMaxTextAlternatives)
        return false;
    TextDnf product;
    for (const QStringList &a : std::as_const(text))
        for (const QStringList &b : more)
            product << a + b;
    text = product;
    return true;
}

// The node as CONTAINS() text, when it is words, phrases, their OR and single exclusions.
std::optional<TextDnf> textOf(const QueryNode &n)
{
    switch (n.kind) {
    case Kind::Term:
        if (n.termKind == QueryNode::TermKind::Prefix || containsTerm(n).isEmpty())
            return std::nullopt;
        return TextDnf{{containsTerm(n)}};
    case Kind::Not: {
        const QueryNode &c = n.children.front();
        if (c.kind != Kind::Term || c.termKind == QueryNode::TermKind::Prefix || containsTerm(c).isEmpty())
            return std::nullopt; // CMIS full-text search excludes single words or phrases only
        return TextDnf{{QLatin1Char('-') + containsTerm(c)}};
    }
    case Kind::Or: {
        TextDnf out;
        for (const QueryNode &c : n.children) {
            const auto t = textOf(c);
            if (!t)
                return std::nullopt;
            out << *t;
        }
        return out.size() <= kMaxTextAlternatives ? std::optional<TextDnf>(out) : std::nullopt;
    }
    case Kind::And: {
        TextDnf out{QStringList()};
        for (const QueryNode &c : n.children) {
            const auto t = textOf(c);
            if (!t || !andText(out, *t))
                return std::nullopt;
        }
        return out;
    }
    default:
        return std::nullopt;
    }
}

class Translator : public bounds::Translator
{
public:
    explicit Translator(const SearchTarget &target)
        : bounds::Translator(joinSql)
        , m_target(target)
    {}

protected:
    Bounds term(const QueryNode &n) override
    {
        if (!m_target.fullText)
            return Bounds::unknown(QStringLiteral("the repository does not search full text (capabilityQuery)"));
        if (n.termKind == QueryNode::TermKind::Prefix)
            return Bounds::unknown(QStringLiteral("CMIS full-text search has no prefix match"));
        return Bounds::unknown(QStringLiteral("CMIS allows CONTAINS() only ANDed at the top, not under OR or NOT"));
    }
    Bounds field(const QueryNode &n) override;
    Bounds issued(const QueryNode &n) override;

private:
    Bounds stringValue(const QString &property, const PropertyDefinition &def, const QString &value);

    const SearchTarget &m_target;
};

Bounds Translator::field(const QueryNode &n)
{
    if (n.field == QLatin1String("repo"))
        return Bounds::constant(n.text.compare(m_target.repository, Qt::CaseInsensitive) == 0);
    const search::FieldInfo *info = search::findField(n.field);
    const QString mapped = info ? QString(info->column) : QString();
    if (n.field == QLatin1String("block"))
        return Bounds::unknown(
            QStringLiteral("content blocks are kept as ID:VERSION values, which CMIS cannot match by id"));
    const QString property = mapped.isEmpty() ? QString() : m_target.source(mapped);
    if (property.isEmpty())
        return Bounds::unknown(QStringLiteral("the repository's mapping reads no property into %1")
                                   .arg(mapped.isEmpty() ? n.field : mapped));
    if (property.startsWith(QLatin1Char('='))) // a fixed value: the same for every object
        return Bounds::constant(property.mid(1).compare(n.text, Qt::CaseInsensitive) == 0);
    const auto def = m_target.properties.constFind(property);
    if (def == m_target.properties.constEnd())
        return Bounds::unknown(QStringLiteral("the type has no property \"%1\"").arg(property));
    if (!def->queryable)
        return Bounds::unknown(QStringLiteral("\"%1\" is not queryable").arg(property));
    const QString isNull = QStringLiteral("%1 IS NULL").arg(property);
    if (def->type == QLatin1String("integer") && !def->multiValued) {
        bool ok = false;
        const qint64 number = n.text.toLongLong(&ok);
        if (!ok || QString::number(number) != n.text)
            return Bounds::unknown(
                QStringLiteral("\"%1\" holds whole numbers, and the desk compares the value as written").arg(property));
        return Bounds::exactly(Cond::of(QStringLiteral("%1 = %2").arg(property).arg(number)),
                               Cond::of(QStringLiteral("(%1 <> %2 OR %3)").arg(property).arg(number).arg(isNull)));
    }
    if (def->type == QLatin1String("string") || def->type == QLatin1String("id"))
        return stringValue(property, *def, n.text);
    return Bounds::unknown(
        QStringLiteral("\"%1\" is of type %2, which a field's value is not compared with").arg(property, def->type));
}

// The desk compares a field's value ignoring case (Unicode case folding); CMIS compares
// strings exactly. Every case form fits in one IN list: exact. Otherwise the statement asks
// a LIKE of the value's shape (a string property) and the desk checks what comes back; the
// lower bound asks the forms a repository most likely stores. A multi-valued property is read
// into the field by its first value, which no statement can single out: checked on the desk.
Bounds Translator::stringValue(const QString &property, const PropertyDefinition &def, const QString &value)
{
    const QString isNull = QStringLiteral("%1 IS NULL").arg(property);
    const std::optional<QStringList> all = allCaseForms(value, kMaxCaseForms);
    const QStringList forms = all ? *all : commonCaseForms(value);
    const QString list = literalList(forms);
    const QString in = forms.size() == 1 ? QStringLiteral("%1 = %2").arg(property, list)
                                         : QStringLiteral("%1 IN (%2)").arg(property, list);
    const QString notIn = forms.size() == 1 ? QStringLiteral("(%1 <> %2 OR %3)").arg(property, list, isNull)
                                            : QStringLiteral("(%1 NOT IN (%2) OR %3)").arg(property, list, isNull);
    if (def.multiValued) {
        const QString any = QStringLiteral("ANY %1 IN (%2)").arg(property, list);
        Bounds b = Bounds::unknown(QStringLiteral("\"%1\" holds several values and the desk compares the first"
                                                  " (checked on the desk)")
                                       .arg(property));
        if (all) { // some value is one of them: wider than "the first is"
            b.upper = Cond::of(any);
            b.lowerNot = Cond::of(QStringLiteral("(NOT (%1) OR %2)").arg(any, isNull));
        }
        return b;
    }
    if (all)
        return Bounds::exactly(Cond::of(in), Cond::of(notIn));
    if (def.type == QLatin1String("id")) {
        // Issue #63 item 3: an Id allows no LIKE, so the statement was everything, and a lookup
        // of one object by its repository's id read the whole repository (1,979 objects, 20
        // statements). A repository's ids are exact strings, which a person copies as they are:
        // the forms typed, lower and upper case are asked, in one statement, and the answer is
        // called inexact (an object whose id differs from them only in case is not asked for).
        Bounds b = Bounds::exactly(Cond::of(in), Cond::of(notIn));
        b.ownRules << QStringLiteral("\"%1\" is an Id, which CMIS compares exactly and never by a pattern: asked as "
                                     "written, in lower and in upper case (%2); an id differing from these only in "
                                     "case is not found")
                          .arg(property, list);
        return b;
    }
    const bool like = def.type == QLatin1String("string");
    const QString pattern = QLatin1Char('\'') + caseInsensitiveLikePattern(value) + QLatin1Char('\'');
    Bounds b{like ? Cond::of(QStringLiteral("%1 LIKE %2").arg(property, pattern)) : Cond::yes(),
             Cond::of(in),
             Cond::of(notIn),
             like ? Cond::of(QStringLiteral("(%1 NOT LIKE %2 OR %3)").arg(property, pattern, isNull)) : Cond::no(),
             {},
             {}};
    b.why << QStringLiteral(
                 "CMIS compares strings exactly, and \"%1\" has more case forms than one statement lists: "
                 "checked on the desk in what %2 returns; where that is more than the desk checks, only %3 %4 asked")
                 .arg(value,
                      like ? QStringLiteral("%1 LIKE %2").arg(property, pattern)
                           : QStringLiteral("the rest of the query"),
                      list, forms.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    return b;
}

Bounds Translator::issued(const QueryNode &n)
{
    const QString property = m_target.source(QStringLiteral("issued_at"));
    const auto def = m_target.properties.constFind(property);
    if (property.isEmpty() || def == m_target.properties.constEnd() || def->type != QLatin1String("datetime")
        || !def->queryable || def->multiValued)
        return Bounds::unknown(QStringLiteral("the repository has no queryable date property for issued_at"));
    QStringList where, negated;
    if (n.from) {
        where << QStringLiteral("%1 >= %2").arg(property, timestamp(*n.from));
        negated << QStringLiteral("%1 < %2").arg(property, timestamp(*n.from));
    }
    if (n.to) {
        where << QStringLiteral("%1 < %2").arg(property, timestamp(*n.to));
        negated << QStringLiteral("%1 >= %2").arg(property, timestamp(*n.to));
    }
    if (where.isEmpty())
        return Bounds::constant(true);
    negated << QStringLiteral("%1 IS NULL").arg(property);
    return Bounds::exactly(Cond::of(where.size() == 1
                                        ? where.first()
                                        : QLatin1Char('(') + where.join(QStringLiteral(" AND ")) + QLatin1Char(')')),
                           Cond::of(QLatin1Char('(') + negated.join(QStringLiteral(" OR ")) + QLatin1Char(')')));
}

// CONTAINS('…'): alternatives joined by OR.
QString containsOf(const TextDnf &text)
{
    QStringList alternatives;
    for (const QStringList &terms : text)
        alternatives << terms.join(QLatin1Char(' '));
    return QStringLiteral("CONTAINS(%1)").arg(stringLiteral(alternatives.join(QStringLiteral(" OR "))));
}

// A CONTAINS() needs a word to search for in every alternative, not only words to exclude.
bool everyAlternativeSearches(const TextDnf &text)
{
    return std::all_of(text.begin(), text.end(), [](const QStringList &terms) {
        return std::any_of(terms.begin(), terms.end(),
                           [](const QString &t) { return !t.startsWith(QLatin1Char('-')); });
    });
}

const QString kFullTextRules = QStringLiteral(
    "matched by the repository's own full-text search: which properties it searches and how it treats accents, "
    "letter case and word forms are its own");

} // namespace

bool capabilityAllowsFullText(const QString &capabilityQuery)
{
    return capabilityQuery == QLatin1String("fulltextonly") || capabilityQuery == QLatin1String("bothseparate")
           || capabilityQuery == QLatin1String("bothcombined");
}

Translation translate(const QueryNode &root, const QString &query, const SearchTarget &target)
{
    Translator translator(target);
    TextDnf text{QStringList()};
    QList<const QueryNode *> textParts;
    const auto takeText = [&](const QueryNode &child) {
        if (!target.fullText)
            return false;
        const auto t = textOf(child);
        if (!t || !andText(text, *t))
            return false;
        textParts << &child;
        return true;
    };
    bounds::Assembly a = bounds::assemble(root, query, translator, joinSql, takeText);
    Translation out;
    out.skip = a.skip;
    if (a.skip)
        return out;
    QStringList desk{a.deskQuery};
    if (!textParts.isEmpty() && everyAlternativeSearches(text)) {
        // ANDed at the top, outside any parentheses, as CMIS allows CONTAINS().
        const QString contains = containsOf(text);
        for (Cond *c : {&a.upper, &a.lower})
            if (c->state != Cond::False)
                *c = Cond::of(c->state == Cond::Text ? c->text + QStringLiteral(" AND ") + contains : contains);
        for (const QueryNode *t : std::as_const(textParts))
            a.inexact << LeftOutPart{partOfQuery(*t, query), kFullTextRules};
    } else if (!textParts.isEmpty()) {
        for (const QueryNode *t : std::as_const(textParts)) {
            const QString part = partOfQuery(*t, query);
            desk << QLatin1Char('(') + part + QLatin1Char(')');
            a.checked << LeftOutPart{
                part, QStringLiteral("CMIS full-text search needs a word to search for, not only words to exclude")};
        }
        a.lower = Cond::no(); // the excluded words are asked of nothing: no statement holds for matches only
    }
    desk.removeAll(QString());
    out.where = a.upper.state == Cond::Text ? a.upper.text : QString();
    out.deskQuery = desk.join(QLatin1Char(' '));
    if (!out.deskQuery.isEmpty() && a.lower.state != Cond::False)
        out.narrower = a.lower.state == Cond::Text ? a.lower.text : QString();
    out.leftOut = a.leftOut;
    out.inexact = a.inexact;
    out.checked = a.checked;
    return out;
}

QString outsideCondition(const QueryNode &root, const QString &query, const SearchTarget &target, bool *exact)
{
    Q_UNUSED(query);
    *exact = false;
    if (!bounds::deskOnlyFact(root).isEmpty())
        return QString();
    Translator translator(target);
    const Bounds b = translator.node(root);
    *exact = b.upperNot == b.lowerNot && b.upperNot.state == Cond::Text;
    return b.upperNot.state == Cond::Text ? b.upperNot.text : QString();
}

} // namespace proofdesk::sync::cmis
