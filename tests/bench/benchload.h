#pragma once

#include <QFile>
#include <QString>

// The machine's load (1, 5, 15 minutes): the figures of a run are judged at it.
inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}
