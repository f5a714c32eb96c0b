#include "storagenotice.h"

#include <QStringList>

StorageNotice::StorageNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("storageNotice"));
    setAccessibleName(tr("Data folder warning"));
    setTextFormat(Qt::PlainText); // the reasons carry paths and library messages
    setMargin(2);
    // A fixed dark red with white text: readable on light and dark palettes alike.
    setStyleSheet(QStringLiteral("QLabel#storageNotice { background-color: #b71c1c; color: white; "
                                 "border-radius: 3px; padding: 0 6px; }"));
    hide();
}

void StorageNotice::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    showParts();
}

void StorageNotice::accessNotRecorded(const QString &message)
{
    m_notRecorded = message;
    showParts();
}

void StorageNotice::accessRecorded()
{
    if (m_notRecorded.isEmpty())
        return;
    m_notRecorded.clear();
    showParts();
}

void StorageNotice::showParts()
{
    QStringList parts;
    QStringList details;
    if (!m_readOnlyReason.isEmpty()) {
        parts << tr("Read only: disk full");
        details << tr("The data folder was opened for reading only: %1. Searching and reading work; free some "
                      "space before importing, syncing or recording anything.")
                       .arg(m_readOnlyReason);
    }
    if (!m_notRecorded.isEmpty()) {
        parts << tr("Views not recorded in the audit trail");
        details << tr("What you view and search is not being recorded in the audit trail: %1").arg(m_notRecorded);
    }
    setText(parts.join(QStringLiteral(" · ")));
    setToolTip(details.join(QStringLiteral("\n\n")));
    setVisible(!parts.isEmpty());
}
