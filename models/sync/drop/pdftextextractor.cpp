#include "pdftextextractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

namespace proofdesk::sync {

PdfTextExtractor::PdfTextExtractor(PdfTextLimits limits)
    : m_limits(limits)
{}

PdfTextExtractor::~PdfTextExtractor()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_inThread.get(), [this] { m_process.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString PdfTextExtractor::helperProgram()
{
    const QString configured = qEnvironmentVariable("PROOFDESK_PDFTEXT");
    if (!configured.isEmpty())
        return configured;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("proofdesk-pdftext"));
}

PdfText PdfTextExtractor::extract(int fd, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("pdf text"));
        m_inThread = std::make_unique<QObject>();
        m_inThread->moveToThread(m_thread.get());
        m_thread->start();
    }
    PdfText result;
    QMetaObject::invokeMethod(
        m_inThread.get(),
        [this, fd, &name, &result] {
            if (!m_process)
                m_process = std::make_unique<PdfTextProcess>(helperProgram(), m_limits);
            result = m_process->extract(fd, name);
        },
        Qt::BlockingQueuedConnection);
    return result;
}

} // namespace proofdesk::sync
