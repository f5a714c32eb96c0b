#pragma once

#include "demoplan.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace proofdesk::demo {

struct LetterTable
{
    QStringList headers;
    QList<QStringList> rows;
    QStringList total;       // optional closing row, set in bold colour
    QList<int> widths;       // relative column widths
    QList<int> rightAligned; // columns of amounts
    bool isEmpty() const { return headers.isEmpty(); }
};

struct LetterPart
{
    enum Kind { Paragraph, Table, SmallPrint };
    Kind kind = Paragraph;
    QString text;
    QString title; // SmallPrint: the block's title
};

// A communication's content, independent of how it is rendered: the PDF letter, the HTML
// e-mail or web page, the SMS and the record's "text" all come from one Letter.
struct Letter
{
    QString documentId;
    QString language; // BCP 47, for the HTML lang attribute
    QString company;
    QStringList senderLines;
    QString returnAddress;      // the one-line sender above the window
    QStringList recipientLines; // name and postal address
    QString recipientName;
    QString recipientEmail;
    QList<QPair<QString, QString>> references; // label, value
    QString subject;
    QList<LetterPart> parts;
    LetterTable table;
    QString sms;
    QString footer; // page footer line
};

Letter composeLetter(const CommunicationPlan &plan, quint64 seed);
// The document's text as it reads, for the record's "text" field.
QString letterText(const Letter &letter, Channel channel);

// Money as printed: "EUR 1,234.56", and the bare figure "-1,234.56" for table columns.
QString money(qint64 cents);
QString figure(qint64 cents);

} // namespace proofdesk::demo
