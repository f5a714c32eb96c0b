#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A demo drop read back the way an importer would (files in byte order of their names, a
// later line for the same key replacing an earlier one), plus the findings of DESIGN.md
// "Findings, precisely", computed independently of the writer.
struct DemoDropIndex
{
    struct Line
    {
        QString file;
        int number = 0;
        QJsonObject json;
    };

    QJsonObject dropJson;
    QList<Line> communications;
    QList<Line> templateLines;
    QList<Line> blockLines;
    QList<Line> deliveryLines;
    QList<Line> retentionLines;
    QStringList parseErrors; // "file:line: reason"

    QHash<QString, QJsonObject> templates; // "id\nversion" -> final line
    QHash<QString, QJsonObject> blocks;    // "id\nversion" -> final line
    QHash<QString, int> retentionYears;

    bool load(const QString &dir);
};

struct DemoFindings
{
    QStringList unapprovedTemplate;
    QStringList retiredBlock;
    QStringList undelivered;
    QStringList retentionOverdue;
    QStringList linkedReissues; // not a finding: reissues whose original exists
    QStringList eventsBeforeCommunication;
};

DemoFindings computeFindings(const DemoDropIndex &index);
// RFC 3339 "…Z" to msecs since the epoch; -1 if malformed.
qint64 demoTime(const QJsonValue &value);

// The first problem with one line of a drop folder against spec/drop-format.md (required
// fields and their types, allowed values), or an empty string.
QString checkDropLine(const QString &folder, const QJsonObject &line);
