#pragma once

#include <QLabel>

// In the status bar, when what the person does in the window is not being kept: the data
// folder was opened for reading only (its disk is full), or the audit trail refused the
// entry for a view or a search (a full disk met later, a damaged records file). Reading goes
// on either way; the person is told that the trail has a gap and why, instead of finding
// out from an auditor. Hidden while everything is recorded.
class StorageNotice : public QLabel
{
    Q_OBJECT

public:
    explicit StorageNotice(QWidget *parent = nullptr);

    // The data folder's open report said why it is read-only (empty: it is not).
    void setReadOnlyReason(const QString &reason);
    // An access entry was refused, with the library's message; cleared by the next one kept.
    void accessNotRecorded(const QString &message);
    void accessRecorded();

    QString readOnlyReason() const { return m_readOnlyReason; }
    QString notRecordedMessage() const { return m_notRecorded; }

private:
    void showParts();

    QString m_readOnlyReason;
    QString m_notRecorded;
};
