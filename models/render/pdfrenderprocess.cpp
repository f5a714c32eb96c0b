#include "pdfrenderprocess.h"

#include "renderprotocol.h"
#include "util/helperlimits.h"
#include "util/helperprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace proofdesk::render {

PdfRenderProcess::PdfRenderProcess(const QString &program, RenderLimits limits, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_limits(limits)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_process)
            m_process->kill(); // processEnded() answers the request
    });
}

PdfRenderProcess::~PdfRenderProcess()
{
    m_deadline.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // reaping a killed process: milliseconds
    }
}

QString PdfRenderProcess::defaultProgram()
{
    const QString configured = qEnvironmentVariable("PROOFDESK_RENDER");
    if (!configured.isEmpty())
        return configured;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("proofdesk-render"));
}

void PdfRenderProcess::open(const QByteArray &pdf)
{
    // A request still in the helper may be the one before's hostile page: never wait for it.
    if (m_inFlight != Request::None)
        stopProcess();
    m_document = pdf;
    m_documentOpen = false;
    m_pending.clear();
    m_findWanted = false;
    pump();
}

void PdfRenderProcess::close()
{
    if (m_inFlight != Request::None)
        stopProcess();
    m_document.clear();
    m_documentOpen = false;
    m_pending.clear();
    m_findWanted = false;
}

void PdfRenderProcess::requestPages(const QList<PageRequest> &pages)
{
    m_pending = pages;
    pump();
}

void PdfRenderProcess::find(const QString &text)
{
    m_pendingFind = text;
    m_findWanted = true;
    pump();
}

// Sends the next request when the helper has none: the document first, then a search, then
// the pages in the order they were asked for.
void PdfRenderProcess::pump()
{
    if (m_inFlight != Request::None || m_document.isEmpty())
        return;
    if (!m_documentOpen) {
        send(Request::Open, wire::kOpen, m_document);
    } else if (m_findWanted) {
        m_findWanted = false;
        m_findText = m_pendingFind;
        send(Request::Find, wire::kFind, m_findText.toUtf8());
    } else if (!m_pending.isEmpty()) {
        m_page = m_pending.takeFirst();
        send(Request::Render, wire::kRender,
             QByteArray::number(m_page.page) + ' ' + QByteArray::number(m_page.size.width()) + ' '
                 + QByteArray::number(m_page.size.height()));
    }
}

void PdfRenderProcess::send(Request kind, char tag, const QByteArray &payload)
{
    if (!m_process)
        startProcess();
    m_inFlight = kind;
    m_timedOut = false;
    m_deadline.start(m_limits.wallClockSeconds() * 1000);
    if (m_startError.isEmpty())
        m_process->write(wire::message(tag, payload)); // written by the event loop, as the pipe takes it
}

void PdfRenderProcess::startProcess()
{
    m_buffer.clear();
    m_documentOpen = false;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_program);
    process->setArguments({QStringLiteral("--serve"), QStringLiteral("--cpu-seconds"),
                           QString::number(m_limits.seconds), QStringLiteral("--max-pages"),
                           QString::number(m_limits.maxPages)});
    // PDFium's complaints about a broken file are not the desktop's output.
    process->setStandardErrorFile(QProcess::nullDevice());
    const rlim_t memory = rlim_t(m_limits.memoryBytes);
    const rlim_t cpu = rlim_t(m_limits.seconds) + 1;
    // Runs in the child between fork and exec; the helper moves the processor limit per request.
    process->setChildProcessModifier([memory, cpu] { proofdesk::helperlimits::applyInChild(memory, cpu); });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (process == m_process)
            readAnswers();
    });
    connect(process, &QProcess::finished, this, [this, process] {
        if (process == m_process)
            processEnded();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (process == m_process && error == QProcess::FailedToStart)
            processEnded();
    });
    // A helper that is not there is not started (each failed start leaves a pipe open, one a
    // document viewed): the request is answered from the event loop, as a failed start would be.
    m_startError = helperprogram::whyNotStartable(m_program).value_or(QString());
    if (!m_startError.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, process] {
                if (process == m_process)
                    processEnded();
            },
            Qt::QueuedConnection);
        return;
    }
    process->start(QIODevice::ReadWrite);
}

// Ends the helper without waiting for it: its exit is reaped in the background.
void PdfRenderProcess::stopProcess()
{
    m_deadline.stop();
    m_inFlight = Request::None;
    m_documentOpen = false;
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace proofdesk::render
