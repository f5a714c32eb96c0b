#include "demoletter.h"

// The plain-text reading of a Letter: what the record's "text" field carries and what a
// text extraction of the rendition finds.

namespace proofdesk::demo {

QString figure(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 abs = negative ? -cents : cents;
    QString whole = QString::number(abs / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.')
           + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString money(qint64 cents) { return QStringLiteral("EUR ") + figure(cents); }

static QString tableText(const LetterTable &table)
{
    QStringList lines{table.headers.join(QStringLiteral(" | "))};
    for (const QStringList &row : table.rows)
        lines.append(row.join(QStringLiteral(" | ")));
    if (!table.total.isEmpty())
        lines.append(table.total.join(QStringLiteral(" | ")));
    return lines.join(QLatin1Char('\n'));
}

QString letterText(const Letter &letter, Channel channel)
{
    if (channel == Channel::Sms)
        return letter.sms;
    QStringList blocks{letter.company};
    if (channel == Channel::Print) {
        blocks.append(letter.recipientLines.join(QLatin1Char('\n')));
    } else {
        blocks.append(QStringLiteral("To: ") + letter.recipientName + QStringLiteral(" <") + letter.recipientEmail
                      + QLatin1Char('>'));
    }
    QStringList refs;
    for (const auto &ref : letter.references)
        refs.append(ref.first + QStringLiteral(": ") + ref.second);
    blocks.append(refs.join(QLatin1Char('\n')));
    blocks.append(letter.subject);
    for (const LetterPart &part : letter.parts) {
        switch (part.kind) {
        case LetterPart::Paragraph:
            blocks.append(part.text);
            break;
        case LetterPart::Table:
            blocks.append(tableText(letter.table));
            break;
        case LetterPart::SmallPrint:
            blocks.append(part.title.isEmpty() ? part.text : part.title + QStringLiteral(": ") + part.text);
            break;
        }
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace proofdesk::demo
