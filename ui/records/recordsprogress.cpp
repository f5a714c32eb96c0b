#include "recordsprogress.h"

#include <QCoreApplication>
#include <QMetaObject>

RecordsProgress::RecordsProgress(QWidget *parent, const QString &title, const QString &label)
    : m_dialog(new QProgressDialog(label, QObject::tr("Cancel"), 0, 0, parent))
{
    m_dialog->setWindowTitle(title);
    m_dialog->setMinimumDuration(400);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setAccessibleName(title);
    QObject::connect(m_dialog, &QProgressDialog::canceled, m_dialog, [cancel = m_cancel] { *cancel = true; });
}

void RecordsProgress::setPhase(const QPointer<QProgressDialog> &dialog, const QString &label, qint64 done, qint64 total)
{
    // Called on a worker: the dialog may be deleted on the window's thread meanwhile, so it is
    // not this call's context (reading it here would race the deletion); the application is,
    // and the pointer is checked where it lives.
    QMetaObject::invokeMethod(qApp, [dialog, label, done, total] {
        if (!dialog)
            return;
        dialog->setLabelText(label);
        dialog->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        dialog->setValue(int(qMin<qint64>(done, INT_MAX)));
    });
}

void RecordsProgress::close()
{
    // Deleted now, not later: a deferred delete waits for the result box's loop to end, and
    // QProgressDialog's own show timer (4 s) would bring it back over that box (#41).
    delete m_dialog.data();
}
