#include "demotemplatetext.h"

#include <QFile>
#include <QRegularExpression>

namespace proofdesk::demo {

QString loadTemplateSource(const QString &type, QString *error)
{
    QFile file(QStringLiteral(":/demo/templates/") + type + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("demo template text for \"%1\" is missing from the resources").arg(type);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// "@v3+ text" -> (3, +, text); "@upto2 text" -> (2, -, text).
static bool versionLineApplies(const QString &line, int version, QString *rest)
{
    static const QRegularExpression re(QStringLiteral("^@(v(\\d+)\\+|upto(\\d+)) (.*)$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch()) {
        *rest = line;
        return true;
    }
    *rest = m.captured(4);
    if (!m.captured(2).isEmpty())
        return version >= m.captured(2).toInt();
    return version <= m.captured(3).toInt();
}

QString templateBodyForVersion(const QString &source, int version, const QString &header)
{
    QStringList out{QStringLiteral("{{! ") + header + QStringLiteral(" }}")};
    bool lastBlank = false;
    for (const QString &line : source.split(QLatin1Char('\n'))) {
        QString rest;
        if (!versionLineApplies(line, version, &rest))
            continue;
        // Dropping a versioned paragraph must not leave two blank lines in a row.
        const bool blank = rest.trimmed().isEmpty();
        if (blank && lastBlank)
            continue;
        out.append(rest);
        lastBlank = blank;
    }
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList blockIdsIn(const QString &body)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{block:([A-Z0-9-]+)\\}\\}"));
    QStringList ids;
    auto it = re.globalMatch(body);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

static void addParagraph(ParsedTemplate &parsed, QStringList &lines)
{
    if (lines.isEmpty())
        return;
    const QString text = lines.join(QLatin1Char('\n'));
    lines.clear();
    static const QRegularExpression block(QStringLiteral("^\\{\\{block:([A-Z0-9-]+)\\}\\}$"));
    const QRegularExpressionMatch m = block.match(text);
    if (m.hasMatch())
        parsed.parts.append({TemplatePart::Block, m.captured(1)});
    else if (text == QLatin1String("{{table}}"))
        parsed.parts.append({TemplatePart::Table, QString()});
    else
        parsed.parts.append({TemplatePart::Paragraph, text});
}

ParsedTemplate parseTemplate(const QString &body)
{
    ParsedTemplate parsed;
    QStringList lines;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("{{!")))
            continue;
        if (line.startsWith(QLatin1String("Subject: "))) {
            parsed.subject = line.mid(9);
        } else if (line.startsWith(QLatin1String("SMS: "))) {
            parsed.sms = line.mid(5);
        } else if (line.trimmed().isEmpty()) {
            addParagraph(parsed, lines);
        } else if (line.startsWith(QLatin1String("{{block:")) && lines.isEmpty()) {
            // A block on its own line is its own part even without a blank line after it.
            lines.append(line);
            addParagraph(parsed, lines);
        } else {
            lines.append(line);
        }
    }
    addParagraph(parsed, lines);
    return parsed;
}

QString fillPlaceholders(const QString &text, const Variables &vars)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out += QStringView(text).mid(pos);
            return out;
        }
        out += QStringView(text).mid(pos, open - pos);
        const QString name = text.mid(open + 2, close - open - 2);
        const auto it = vars.constFind(name);
        if (it != vars.constEnd())
            out += *it;
        else
            out += QStringView(text).mid(open, close + 2 - open);
        pos = close + 2;
    }
}

} // namespace proofdesk::demo
