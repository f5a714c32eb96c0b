#pragma once

#include "itemmodels/cachestatus.h"

#include <QObject>

class ElidedLabel;
class StatusBarLabel;
class QWidget;

// The status bar's account of the data: how many communications from how many repositories the
// cache holds (or why it cannot be read, or that it was started again after damage), read again
// on reload(); and the data folder, cut in its middle so that what follows it stays on screen.
// The window places the two labels.
class CacheStatusLine : public QObject
{
    Q_OBJECT

public:
    CacheStatusLine(const QString &databasePath, const QString &dataDir, QWidget *parent);

    StatusBarLabel *summaryLabel() const { return m_summary; }
    ElidedLabel *folderLabel() const { return m_folder; }
    QString summaryText() const;
    // Reads the summary on a worker thread; read() follows with it, once shown.
    void reload();

signals:
    void read(const proofdesk::itemmodels::CacheSummary &summary);

private:
    void show(const proofdesk::itemmodels::CacheSummary &summary);

    QString m_databasePath;
    StatusBarLabel *m_summary;
    ElidedLabel *m_folder;
};
