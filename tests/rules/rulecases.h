#pragma once
// The records rules' tables of cases (tests/rules/*.csv, docs/rules.md), as the Qt tests read
// them: the team server's pgTAP tests read the same files with psql's \copy.
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rulecases {

using Case = QHash<QString, QString>; // column -> value

// The rows of tests/rules/NAME: RFC 4180 CSV with a header (a quoted field may hold commas,
// quotes doubled, and line ends). Stops the test program when the file cannot be read: a table
// that reads as empty would pass every test.
inline QList<Case> read(const QString &name)
{
    QFile file(QStringLiteral(PROOFDESK_RULE_CASES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows{QStringList()};
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
            field += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char('\n'))) {
            rows.last() << field;
            field.clear();
            if (c == QLatin1Char('\n'))
                rows.append(QStringList());
        } else {
            field += c;
        }
    }
    if (rows.last().isEmpty())
        rows.removeLast();
    const QStringList header = rows.takeFirst();
    QList<Case> cases;
    for (const QStringList &row : rows) {
        Case c;
        for (int i = 0; i < header.size(); ++i)
            c.insert(header.at(i), row.value(i));
        cases << c;
    }
    if (cases.size() < 5)
        qFatal("%s has %d cases: a table of cases is read whole or not at all", qPrintable(name), int(cases.size()));
    return cases;
}

} // namespace rulecases
