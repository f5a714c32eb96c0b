#pragma once

// The drop the CLI's records tests start from: four communications, EXS-1 and EXS-2 past
// their seven-year retention (FIN-7Y), EXS-3 within it, EXS-4 without a retention class.
#include "dropbuilder.h"

#include <QJsonObject>

inline void writeRetentionDrop(DropBuilder &drop)
{
    drop.append(QStringLiteral("retention/r.ndjson"),
                R"({"class": "FIN-7Y", "title": "Financial", "years": 7, "trigger": "issued_at"})"
                "\n");
    const QJsonObject fin{
        {QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}}};
    const QString file = QStringLiteral("communications/a.ndjson");
    drop.appendRecord(file, drop.communication(QStringLiteral("EXS-1"), QStringLiteral("2015-01-01T09:00:00Z"), fin));
    drop.appendRecord(file, drop.communication(QStringLiteral("EXS-2"), QStringLiteral("2015-02-01T09:00:00Z"), fin));
    drop.appendRecord(file, drop.communication(QStringLiteral("EXS-3"), QStringLiteral("2026-10-01T09:00:00Z"), fin));
    drop.appendRecord(file, drop.communication(QStringLiteral("EXS-4"), QStringLiteral("2026-10-02T09:00:00Z")));
}
