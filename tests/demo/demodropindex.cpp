#include "demodropindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

qint64 demoTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (!text.endsWith(QLatin1Char('Z')))
        return -1;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : -1;
}

static QString key(const QJsonObject &o, const char *idField)
{
    return o.value(QLatin1String(idField)).toString() + QLatin1Char('\n')
           + o.value(QStringLiteral("version")).toString();
}

static bool readFolder(const QString &dir, const QString &folder, QList<DemoDropIndex::Line> &out, QStringList &errors)
{
    const QDir d(dir + QLatin1Char('/') + folder);
    const QStringList files = d.entryList({QStringLiteral("*.ndjson")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(d.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        int number = 0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            ++number;
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (!doc.isObject())
                errors.append(folder + QLatin1Char('/') + name + QLatin1Char(':') + QString::number(number)
                              + QStringLiteral(": not a JSON object"));
            else
                out.append({folder + QLatin1Char('/') + name, number, doc.object()});
        }
    }
    return !files.isEmpty();
}

bool DemoDropIndex::load(const QString &dir)
{
    QFile drop(dir + QStringLiteral("/drop.json"));
    if (!drop.open(QIODevice::ReadOnly))
        return false;
    dropJson = QJsonDocument::fromJson(drop.readAll()).object();
    const bool ok = readFolder(dir, QStringLiteral("communications"), communications, parseErrors)
                    && readFolder(dir, QStringLiteral("templates"), templateLines, parseErrors)
                    && readFolder(dir, QStringLiteral("content-blocks"), blockLines, parseErrors)
                    && readFolder(dir, QStringLiteral("delivery"), deliveryLines, parseErrors)
                    && readFolder(dir, QStringLiteral("retention"), retentionLines, parseErrors);
    for (const Line &l : templateLines)
        templates.insert(key(l.json, "template_id"), l.json);
    for (const Line &l : blockLines)
        blocks.insert(key(l.json, "block_id"), l.json);
    for (const Line &l : retentionLines)
        retentionYears.insert(l.json.value(QStringLiteral("class")).toString(),
                              l.json.value(QStringLiteral("years")).toInt());
    return ok;
}

static bool approvedAt(const QJsonObject &version, qint64 t)
{
    bool approved = false;
    for (const QJsonValue &a : version.value(QStringLiteral("approvals")).toArray()) {
        const QJsonObject o = a.toObject();
        approved = approved
                   || (o.value(QStringLiteral("decision")).toString() == QLatin1String("approved")
                       && demoTime(o.value(QStringLiteral("at"))) <= t);
    }
    const QJsonValue to = version.value(QStringLiteral("effective_to"));
    return approved && (to.isNull() || to.isUndefined() || demoTime(to) > t);
}

static bool hasRetiredBlock(const DemoDropIndex &index, const QJsonObject &c, qint64 t)
{
    for (const QJsonValue &v : c.value(QStringLiteral("content_blocks")).toArray()) {
        const QJsonObject ref = v.toObject();
        const QJsonObject block = index.blocks.value(ref.value(QStringLiteral("id")).toString() + QLatin1Char('\n')
                                                     + ref.value(QStringLiteral("version")).toString());
        const QJsonValue retired = block.value(QStringLiteral("retired_at"));
        if (retired.isString() && demoTime(retired) <= t)
            return true;
    }
    return false;
}

// Latest delivery event per communication (ties keep the later line), and which
// communications had events in a file read before their own communication's file.
static QHash<QString, QJsonObject> latestEvents(const DemoDropIndex &index, DemoFindings &f)
{
    QHash<QString, QString> commFile;
    for (const auto &l : index.communications)
        commFile.insert(l.json.value(QStringLiteral("id")).toString(), l.file);
    QHash<QString, QJsonObject> latest;
    for (const auto &l : index.deliveryLines) {
        const QString id = l.json.value(QStringLiteral("communication_id")).toString();
        const auto it = latest.constFind(id);
        if (it == latest.constEnd()
            || demoTime(it->value(QStringLiteral("at"))) <= demoTime(l.json.value(QStringLiteral("at"))))
            latest.insert(id, l.json);
        // "delivery/0000-…" against "communications/2026-10…": compare the names after the folder.
        if (l.file.section(QLatin1Char('/'), 1) < commFile.value(id).section(QLatin1Char('/'), 1)
            && !f.eventsBeforeCommunication.contains(id))
            f.eventsBeforeCommunication.append(id);
    }
    return latest;
}

DemoFindings computeFindings(const DemoDropIndex &index)
{
    DemoFindings f;
    const QHash<QString, QJsonObject> latest = latestEvents(index, f);
    QSet<QString> ids, reissued;
    for (const auto &l : index.communications) {
        ids.insert(l.json.value(QStringLiteral("id")).toString());
        if (l.json.contains(QStringLiteral("reissue_of")))
            reissued.insert(l.json.value(QStringLiteral("reissue_of")).toString());
    }
    const qint64 now = demoTime(index.dropJson.value(QStringLiteral("created")));
    for (const auto &l : index.communications) {
        const QJsonObject &c = l.json;
        const QString id = c.value(QStringLiteral("id")).toString();
        const qint64 t = demoTime(c.value(QStringLiteral("issued_at")));
        const QJsonObject tpl = c.value(QStringLiteral("template")).toObject();
        const QString tplKey = tpl.value(QStringLiteral("id")).toString() + QLatin1Char('\n')
                               + tpl.value(QStringLiteral("version")).toString();
        if (!index.templates.contains(tplKey) || !approvedAt(index.templates.value(tplKey), t))
            f.unapprovedTemplate.append(id);
        if (hasRetiredBlock(index, c, t))
            f.retiredBlock.append(id);
        const QString last = latest.value(id).value(QStringLiteral("event")).toString();
        const bool failed =
            last == QLatin1String("bounced") || last == QLatin1String("returned") || last == QLatin1String("failed");
        if (failed && !reissued.contains(id))
            f.undelivered.append(id);
        const int years = index.retentionYears.value(
            c.value(QStringLiteral("retention")).toObject().value(QStringLiteral("class")).toString());
        if (years > 0 && QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).addYears(years).toMSecsSinceEpoch() <= now)
            f.retentionOverdue.append(id);
        const QString origin = c.value(QStringLiteral("origin")).toString();
        if ((origin == QLatin1String("reissue") || origin == QLatin1String("regeneration"))
            && ids.contains(c.value(QStringLiteral("reissue_of")).toString())
            && c.contains(QStringLiteral("request_id")))
            f.linkedReissues.append(id);
    }
    return f;
}
