#include "cmiscaseforms.h"

#include <QChar>
#include <QHash>
#include <QList>

namespace proofdesk::sync::cmis {

namespace {

// The code points that fold to each folded code point (only those with two or more), built
// once from every code point Unicode assigns letters to (the planes past U+1FFFF hold none
// with case).
const QHash<char32_t, QList<char32_t>> &foldClasses()
{
    static const QHash<char32_t, QList<char32_t>> classes = [] {
        QHash<char32_t, QList<char32_t>> all;
        for (char32_t c = 0; c <= 0x1FFFF; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue; // surrogates are no code points of text
            all[QChar::toCaseFolded(c)] << c;
        }
        QHash<char32_t, QList<char32_t>> cased;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (it.value().size() > 1)
                cased.insert(it.key(), it.value());
        return cased;
    }();
    return classes;
}

QList<char32_t> formsOf(char32_t c)
{
    const auto it = foldClasses().constFind(QChar::toCaseFolded(c));
    return it == foldClasses().constEnd() ? QList<char32_t>{c} : *it;
}

QString fromCodePoint(char32_t c) { return QString::fromUcs4(&c, 1); }

QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1).toLower();
}

} // namespace

std::optional<QStringList> allCaseForms(const QString &value, int limit)
{
    QStringList forms{QString()};
    for (const char32_t c : value.toUcs4()) {
        const QList<char32_t> options = formsOf(c);
        if (forms.size() * options.size() > limit)
            return std::nullopt;
        QStringList next;
        for (const QString &prefix : std::as_const(forms))
            for (const char32_t option : options)
                next << prefix + fromCodePoint(option);
        forms = next;
    }
    return forms;
}

QStringList commonCaseForms(const QString &value)
{
    QString words = value.toLower();
    for (qsizetype i = 0; i < words.size(); ++i)
        if (words.at(i).isLetter() && (i == 0 || !words.at(i - 1).isLetter()))
            words[i] = words.at(i).toUpper();
    QStringList forms;
    for (const QString &form : {value, value.toLower(), value.toUpper(), capitalized(value), words})
        if (!forms.contains(form))
            forms << form;
    return forms;
}

QString caseInsensitiveLikePattern(const QString &value)
{
    QString pattern;
    for (const char32_t c : value.toUcs4()) {
        if (formsOf(c).size() > 1) {
            pattern += QLatin1Char('_');
            continue;
        }
        // One layer of escapes, the string literal's and LIKE's at once (CMIS 1.1 2.1.14.2.4.4):
        // \% and \_ themselves, \\ a backslash, \' a quote. Escaped twice (\\\\), a value
        // holding a backslash was found by no strict repository (issue #63 item 4).
        if (c == U'%' || c == U'_')
            pattern += QStringLiteral("\\") + QChar(char16_t(c));
        else if (c == U'\\')
            pattern += QStringLiteral("\\\\");
        else if (c == U'\'')
            pattern += QStringLiteral("\\'");
        else
            pattern += fromCodePoint(c);
    }
    return pattern;
}

bool hasCaseForms(const QString &value)
{
    const QList<uint> points = value.toUcs4();
    return std::any_of(points.begin(), points.end(), [](uint c) { return formsOf(c).size() > 1; });
}

} // namespace proofdesk::sync::cmis
