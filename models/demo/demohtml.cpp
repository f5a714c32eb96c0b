#include "demohtml.h"

namespace proofdesk::demo {

namespace {

QString esc(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

QString row(const QString &style, const QString &content)
{
    return QStringLiteral("<tr><td style=\"") + style + QStringLiteral("\">") + content
           + QStringLiteral("</td></tr>\n");
}

QString tableHtml(const LetterTable &t)
{
    QString html = QStringLiteral("<table style=\"border-collapse:collapse;width:100%;font-size:12px;\">\n<tr>");
    const auto cell = [&t](const QString &tag, int c, const QString &text, const QString &extra) -> QString {
        const QString align = t.rightAligned.contains(c) ? QStringLiteral("right") : QStringLiteral("left");
        return QLatin1Char('<') + tag + QStringLiteral(" style=\"padding:4px 6px;text-align:") + align
               + QLatin1Char(';') + extra + QStringLiteral("\">") + esc(text) + QStringLiteral("</") + tag
               + QLatin1Char('>');
    };
    for (int c = 0; c < t.headers.size(); ++c)
        html += cell(QStringLiteral("th"), c, t.headers[c], QStringLiteral("background:#e6ecf3;color:#1f3a5f;"));
    html += QStringLiteral("</tr>\n");
    for (const QStringList &r : t.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < r.size(); ++c)
            html += cell(QStringLiteral("td"), c, r[c], QStringLiteral("border-bottom:1px solid #c9d2de;"));
        html += QStringLiteral("</tr>\n");
    }
    if (!t.total.isEmpty()) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < t.total.size(); ++c)
            html += cell(QStringLiteral("td"), c, t.total[c],
                         QStringLiteral("border-top:2px solid #1f3a5f;color:#1f3a5f;font-weight:bold;"));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>");
}

QString channelNote(const Letter &letter, Channel channel)
{
    switch (channel) {
    case Channel::Web:
        return QStringLiteral("Published in your document centre at my.northbridge.example.");
    case Channel::Mobile:
        return QStringLiteral("Shown in the Northbridge app.");
    default:
        return QStringLiteral("This e-mail was sent to ") + letter.recipientEmail
               + QStringLiteral(". We will never ask for your password or PIN by e-mail.");
    }
}

QString bodyRows(const Letter &letter)
{
    const QString pad = QStringLiteral("padding:6px 24px;");
    QString html;
    for (const LetterPart &part : letter.parts) {
        switch (part.kind) {
        case LetterPart::Paragraph:
            html += row(pad + QStringLiteral("font-size:14px;line-height:1.5;"), esc(part.text));
            break;
        case LetterPart::Table:
            html += row(pad, tableHtml(letter.table));
            break;
        case LetterPart::SmallPrint:
            html += row(pad + QStringLiteral("font-size:11px;color:#555b66;"),
                        (part.title.isEmpty()
                             ? QString()
                             : QStringLiteral("<strong>") + esc(part.title) + QStringLiteral(".</strong> "))
                            + esc(part.text));
            break;
        }
    }
    return html;
}

} // namespace

QByteArray renderLetterHtml(const Letter &letter, Channel channel)
{
    const QString width = channel == Channel::Mobile ? QStringLiteral("420") : QStringLiteral("640");
    QStringList refs;
    for (const auto &ref : letter.references)
        refs.append(esc(ref.first) + QStringLiteral(": ") + esc(ref.second));
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + letter.language
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        + esc(letter.subject)
        + QStringLiteral("</title>\n</head>\n"
                         "<body style=\"margin:0;padding:0;background:#f3f5f8;font-family:'DejaVu "
                         "Sans',Arial,sans-serif;color:#1a1a1a;\">\n"
                         "<table role=\"presentation\" style=\"width:100%;border-collapse:collapse;\"><tr><td "
                         "style=\"padding:24px 12px;\">\n"
                         "<table role=\"presentation\" style=\"max-width:")
        + width + QStringLiteral("px;width:100%;margin:0 auto;background:#ffffff;border-collapse:collapse;\">\n");
    html += row(QStringLiteral("background:#1f3a5f;color:#ffffff;padding:16px 24px;font-size:20px;letter-spacing:3px;"),
                QStringLiteral("NORTHBRIDGE"));
    html += row(QStringLiteral("padding:16px 24px 0 24px;font-size:13px;color:#1f3a5f;"), esc(letter.company));
    html += row(QStringLiteral("padding:6px 24px;font-size:12px;color:#555b66;"),
                QStringLiteral("To: ") + esc(letter.recipientName) + QStringLiteral("<br>")
                    + refs.join(QStringLiteral(" &middot; ")));
    html +=
        row(QStringLiteral("padding:8px 24px;"), QStringLiteral("<h1 style=\"font-size:18px;color:#1f3a5f;margin:0;\">")
                                                     + esc(letter.subject) + QStringLiteral("</h1>"));
    html += bodyRows(letter);
    html += row(QStringLiteral("padding:16px 24px;font-size:11px;color:#555b66;border-top:1px solid #c9d2de;"),
                esc(letter.footer) + QStringLiteral("<br>") + esc(channelNote(letter, channel)));
    html += QStringLiteral("</table>\n</td></tr></table>\n</body>\n</html>\n");
    return html.toUtf8();
}

QByteArray renderSmsText(const Letter &letter) { return letter.sms.toUtf8() + '\n'; }

} // namespace proofdesk::demo
