#pragma once

// The offscreen platform's screen is 800x600 unless a configuration file says otherwise, and a
// window is kept on its screen (ui/screenfit.h): a test or benchmark that measures a window of
// a given size runs on a screen of the size it means. Call before QApplication is made.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSize>
#include <QString>
#include <QtGlobal>

// Points QT_QPA_PLATFORM at an offscreen screen of `size` (with window frames, as a window
// manager draws them); returns false when the file cannot be written. The platform reads the
// file while QApplication is made; it may be removed after.
inline bool useOffscreenScreen(const QSize &size, const QString &configPath)
{
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray json =
        QStringLiteral(R"({"windowFrameMargins": true, "screens": [{"name": "screen", "x": 0, "y": 0,
        "width": %1, "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
            .arg(size.width())
            .arg(size.height())
            .toUtf8();
    if (file.write(json) != json.size())
        return false;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QDir::toNativeSeparators(configPath).toLocal8Bit());
    return true;
}
