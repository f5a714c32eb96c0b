#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;

namespace proofdesk::itemmodels {
class FreeSpaceJob;
class RecordsContext;
} // namespace proofdesk::itemmodels

// Settings → Document Storage…: the content store as a bounded cache (DESIGN.md "The
// cache"). Shows the limit (editable: an admin's change, audited), the space the stored
// documents use, and "Free Space Now", which evicts the least recently viewed documents
// down to the limit on a worker thread, never those under hold.
class DocumentStorageDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentStorageDialog(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    // Reads the limit and the use again (worker thread); emits refreshed when shown.
    void refresh();

signals:
    void refreshed();
    void limitSaved(bool ok);
    void spaceFreed(bool ok);

private:
    void setUpControls();
    void layOut();
    void connectControls();
    void saveLimit();
    void freeSpace();
    void onFreed(qint64 objects, qint64 bytes, qint64 bytesAfter, bool keptOverLimit, const QString &error);
    void checkLimitText();

    proofdesk::itemmodels::RecordsContext *m_context;
    proofdesk::itemmodels::FreeSpaceJob *m_job;
    QLabel *m_usage;
    QLineEdit *m_limit;
    QLabel *m_limitProblem;
    QPushButton *m_save;
    QPushButton *m_free;
    QProgressBar *m_progress;
    QLabel *m_result;
};

// Adds Document Storage… to `settings` (its dialog over `window`).
void addDocumentStorageSetting(QMenu *settings, QWidget *window, proofdesk::itemmodels::RecordsContext *context);
