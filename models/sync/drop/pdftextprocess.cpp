#include "pdftextprocess.h"

#include "pdftextprotocol.h"
#include "util/helperlimits.h"
#include "util/helperprogram.h"

#include <QDeadlineTimer>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace proofdesk::sync {

namespace {

qint64 positiveFromEnvironment(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

PdfTextLimits PdfTextLimits::fromEnvironment()
{
    PdfTextLimits limits;
    limits.seconds = int(positiveFromEnvironment("PROOFDESK_PDFTEXT_SECONDS", limits.seconds));
    limits.wallSeconds = int(positiveFromEnvironment("PROOFDESK_PDFTEXT_WALL_SECONDS", 0));
    limits.memoryBytes = positiveFromEnvironment("PROOFDESK_PDFTEXT_MEMORY_MB", limits.memoryBytes >> 20) << 20;
    return limits;
}

PdfTextProcess::PdfTextProcess(const QString &program, PdfTextLimits limits)
    : m_program(program)
    , m_limits(limits)
{
    m_process.setProgram(program);
    // PDFium's complaints about a broken file are not the importer's output.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    const rlim_t memory = rlim_t(limits.memoryBytes);
    const rlim_t cpu = rlim_t(limits.seconds) + 1;
    const int *childSocket = &m_childSocket; // read in the child, a copy of this process
    // Runs in the child between fork and exec: system calls only.
    m_process.setChildProcessModifier([memory, cpu, childSocket] {
        ::fcntl(*childSocket, F_SETFD, 0); // the one descriptor the helper inherits
        // Address space, the first file's processor time (the helper moves it per file), no
        // core file (a gigabyte bomb leaves no gigabyte core), and never outliving the importer.
        helperlimits::applyInChild(memory, cpu);
    });
}

PdfTextProcess::~PdfTextProcess()
{
    stop();
    closeSockets();
}

void PdfTextProcess::closeSockets()
{
    for (int *fd : {&m_socket, &m_childSocket}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

// A socket pair made for each start of the helper: files are handed to it as descriptors
// over the socket (SCM_RIGHTS), never as names it would open again.
bool PdfTextProcess::makeSockets(QString *whyNot)
{
    closeSockets();
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        *whyNot = QStringLiteral("the PDF text extractor could not be given files (%1)")
                      .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_socket = pair[0];
    m_childSocket = pair[1];
    m_process.setArguments({QStringLiteral("--serve"), QStringLiteral("--cpu-seconds"),
                            QString::number(m_limits.seconds), QStringLiteral("--socket"),
                            QString::number(m_childSocket)});
    return true;
}

bool PdfTextProcess::sendDescriptor(int fd)
{
    pdftext::DescriptorMessage message;
    message.setFd(fd);
    ssize_t sent;
    do
        sent = ::sendmsg(m_socket, message.message(), MSG_NOSIGNAL);
    while (sent < 0 && errno == EINTR);
    return sent == 1;
}

void PdfTextProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_buffer.clear();
}

// QProcess (Qt 6.4.2) leaves a pipe open for every start that fails: an import of 1M records
// without the helper installed started it for each PDF, and after some thousands could start
// nothing more ("fork failure: Too many open files"). A helper that is not there is found
// without starting it (helperprogram.h), and after kStartFailuresPerImport failed starts none
// is tried again.
bool PdfTextProcess::ensureRunning(QString *whyNot)
{
    if (m_process.state() == QProcess::Running)
        return true;
    if (m_startFailures >= kStartFailuresPerImport) {
        *whyNot = m_startError;
        return false;
    }
    m_buffer.clear();
    if (const auto why = helperprogram::whyNotStartable(m_program))
        return startFailed(*why, whyNot);
    if (!makeSockets(whyNot))
        return false;
    m_process.start(QIODevice::ReadWrite);
    const bool started = m_process.waitForStarted(10000);
    ::close(std::exchange(m_childSocket, -1)); // the helper has its own copy now
    if (started)
        return true;
    const QString error = m_process.errorString();
    stop();
    return startFailed(error, whyNot);
}

bool PdfTextProcess::startFailed(const QString &reason, QString *whyNot)
{
    *whyNot = QStringLiteral("the PDF text extractor %1 could not be started (%2)").arg(m_program, reason);
    if (++m_startFailures >= kStartFailuresPerImport)
        *whyNot += QStringLiteral(", so the rest of this import is imported without the text of its PDFs");
    m_startError = *whyNot;
    return false;
}

// Why the process ended while it was reading a file.
QString PdfTextProcess::whyItStopped()
{
    m_process.waitForFinished(5000);
    const int megabytes = int(m_limits.memoryBytes >> 20);
    if (m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == pdftext::kOutOfMemoryExit)
        return QStringLiteral("reading the PDF needed more than %1 MB of memory").arg(megabytes);
    if (m_process.exitStatus() == QProcess::CrashExit && m_process.exitCode() == SIGXCPU)
        return QStringLiteral("reading the PDF took more than %1 s of processor time").arg(m_limits.seconds);
    if (m_process.exitStatus() == QProcess::CrashExit)
        return QStringLiteral("the PDF text extractor stopped on this file (signal %1): the PDF is damaged "
                              "or needs more than %2 MB of memory")
            .arg(m_process.exitCode())
            .arg(megabytes);
    return QStringLiteral("the PDF text extractor stopped on this file (exit status %1)").arg(m_process.exitCode());
}

int PdfTextProcess::boundSeconds() const
{
    const int full = m_limits.wallClockSeconds();
    return m_timeouts == 0 ? full : qMax(1, full / 6);
}

PdfText PdfTextProcess::extract(int fd, const QString &name)
{
    PdfText result;
    if (m_timeouts >= kTimeoutsPerImport) {
        result.notExtracted = QStringLiteral("%1 PDFs of this import could not be read in time, so the rest are "
                                             "imported without their text")
                                  .arg(m_timeouts);
        return result;
    }
    if (!ensureRunning(&result.notExtracted))
        return result;
    const int seconds = boundSeconds();
    QDeadlineTimer deadline(qint64(seconds) * 1000);
    if (!sendDescriptor(fd)) {
        result.notExtracted = QStringLiteral("the PDF text extractor %1 could not be given the file (%2)")
                                  .arg(m_program, QString::fromLocal8Bit(strerror(errno)));
        stop();
        return result;
    }
    m_process.write(pdftext::request(QFile::encodeName(name)));
    for (;;) {
        m_buffer += m_process.readAllStandardOutput(); // also what a process that just died wrote
        char tag = 0;
        QByteArray payload;
        bool malformed = false;
        if (pdftext::takeAnswer(m_buffer, &tag, &payload, &malformed)) {
            (tag == pdftext::kText ? result.text : result.notExtracted) = QString::fromUtf8(payload);
            if (tag == pdftext::kUnreadable)
                result.notExtracted.prepend(QStringLiteral("QtPdf cannot read the file: "));
            return result;
        }
        if (malformed) {
            result.notExtracted =
                QStringLiteral("the PDF text extractor %1 answered something else than text").arg(m_program);
            stop();
            return result;
        }
        if (m_process.state() != QProcess::Running) {
            result.notExtracted = whyItStopped();
            return result;
        }
        if (deadline.hasExpired()) {
            result.notExtracted = seconds == m_limits.wallClockSeconds()
                                      ? QStringLiteral("reading the PDF took longer than %1 s").arg(seconds)
                                      : QStringLiteral("reading the PDF took longer than %1 s (the bound is shortened "
                                                       "after an earlier PDF of this import took too long)")
                                            .arg(seconds);
            ++m_timeouts;
            stop();
            return result;
        }
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

} // namespace proofdesk::sync
