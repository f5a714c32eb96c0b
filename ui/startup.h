#pragma once

#include <QString>

class QWidget;

// The desktop's first run: with a cache that has no repository yet, writes the demo archive
// (2,000 communications, seed 1) into DATA/demo-drop and imports it with progress.
// A failure is shown in a message box; the main window opens either way, so that the user
// can import a drop of their own.
class Startup
{
public:
    static constexpr int kDemoCount = 2000;
    static constexpr quint64 kDemoSeed = 1;

    Startup(const QString &databasePath, const QString &dataDir);

    bool needsFirstRun() const;
    // Returns true when the demo archive was imported.
    bool runFirstRun(QWidget *parent = nullptr);
    QString demoDropPath() const;

private:
    QString m_databasePath;
    QString m_dataDir;
};
