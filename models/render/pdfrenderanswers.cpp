// PdfRenderProcess: what the helper answers, and what its end means.
#include "pdfrenderprocess.h"
#include "renderprotocol.h"

#include <QProcess>
#include <signal.h>

namespace proofdesk::render {

namespace {

QList<QSizeF> pageSizes(const QList<QByteArray> &lines, int count)
{
    QList<QSizeF> sizes;
    for (int i = 1; i <= count && i < lines.size(); ++i) {
        const QList<QByteArray> wh = lines.at(i).split(' ');
        bool okW = false, okH = false;
        const double w = wh.value(0).toDouble(&okW), h = wh.value(1).toDouble(&okH);
        // A page of no size, or one a thousand times A0, is drawn as a letter-sized page.
        sizes << (okW && okH && w >= 1 && h >= 1 && w < 1e5 && h < 1e5 ? QSizeF(w, h) : QSizeF(612, 792));
    }
    return sizes;
}

QList<FindHit> hits(const QByteArray &payload)
{
    QList<FindHit> found;
    for (const QByteArray &line : payload.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 5)
            found << FindHit{f[0].toInt(), QRectF(f[1].toDouble(), f[2].toDouble(), f[3].toDouble(), f[4].toDouble())};
    }
    return found;
}

} // namespace

void PdfRenderProcess::readAnswers()
{
    m_buffer += m_process->readAllStandardOutput();
    // The largest answer is one page image of the size asked for: nothing larger is kept.
    const qsizetype maxPayload = m_limits.maxImagePixels * 4 + 64 + qsizetype(m_limits.maxPages) * 32;
    char tag = 0;
    QByteArray payload;
    bool malformed = false;
    while (m_process && m_inFlight != Request::None
           && wire::takeMessage(m_buffer, maxPayload, &tag, &payload, &malformed))
        answer(tag, payload);
    if (malformed || (m_inFlight == Request::None && !m_buffer.isEmpty())) {
        const QString reason = tr("the PDF renderer %1 answered something else than pages").arg(m_program);
        stopProcess();
        m_document.clear(); // never sent again: the helper is not one this window can trust
        emit failed(reason);
    }
}

void PdfRenderProcess::answer(char tag, const QByteArray &payload)
{
    m_deadline.stop();
    const Request kind = std::exchange(m_inFlight, Request::None);
    if (tag == wire::kError) {
        const QString reason = tr("QtPdf cannot read it: %1").arg(QString::fromUtf8(payload));
        if (kind == Request::Open) {
            m_document.clear();
            emit failed(reason);
        } else if (kind == Request::Render) {
            emit pageFailed(m_page.page, reason);
        } else {
            emit found(m_findText, {}, reason);
        }
    } else if (kind == Request::Open && tag == wire::kDocument) {
        m_documentOpen = true;
        const QList<QByteArray> lines = payload.split('\n');
        const QList<qint64> counts = wire::numbers(lines.value(0));
        const int shown = int(qBound(qint64(0), counts.value(0), qint64(m_limits.maxPages)));
        emit opened(pageSizes(lines, shown), int(qMax<qint64>(shown, counts.value(1))));
    } else if (kind == Request::Render && tag == wire::kImage) {
        const qsizetype newline = payload.indexOf('\n');
        const QList<qint64> n = wire::numbers(payload.left(newline));
        const qsizetype bytes = qsizetype(m_page.size.width()) * m_page.size.height() * 4;
        if (n.size() != 3 || n[0] != m_page.page || n[1] != m_page.size.width() || n[2] != m_page.size.height()
            || payload.size() - newline - 1 != bytes) {
            emit pageFailed(m_page.page, tr("the PDF renderer answered an image of another size"));
        } else {
            QImage image(m_page.size, QImage::Format_RGB32);
            const char *pixels = payload.constData() + newline + 1;
            for (int y = 0; y < image.height(); ++y)
                memcpy(image.scanLine(y), pixels + qsizetype(y) * image.width() * 4, size_t(image.width()) * 4);
            emit pageRendered(m_page.page, image);
        }
    } else if (kind == Request::Find && tag == wire::kHits) {
        emit found(m_findText, hits(payload), QString());
    } else {
        m_buffer.append('?'); // an answer to another question: readAnswers() ends the helper
        return;
    }
    pump();
}

QString PdfRenderProcess::whyItStopped() const
{
    const int megabytes = int(m_limits.memoryBytes >> 20);
    if (m_timedOut && m_inFlight == Request::Open)
        return tr("opening it took longer than %1 s").arg(m_limits.wallClockSeconds());
    if (m_timedOut)
        return tr("drawing it took longer than %1 s").arg(m_limits.wallClockSeconds());
    if (!m_startError.isEmpty() || m_process->error() == QProcess::FailedToStart)
        return tr("the PDF renderer %1 could not be started (%2)")
            .arg(m_program, m_startError.isEmpty() ? m_process->errorString() : m_startError);
    if (m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == wire::kOutOfMemoryExit)
        return tr("drawing it needed more than %1 MB of memory").arg(megabytes);
    if (m_process->exitStatus() == QProcess::CrashExit && m_process->exitCode() == SIGXCPU)
        return tr("drawing it took more than %1 s of processor time").arg(m_limits.seconds);
    if (m_process->exitStatus() == QProcess::CrashExit)
        return tr("the PDF renderer stopped on it (signal %1): the PDF is damaged or needs more than %2 MB of memory")
            .arg(m_process->exitCode())
            .arg(megabytes);
    return tr("the PDF renderer stopped on it (exit status %1)").arg(m_process->exitCode());
}

// The helper ended: a request it had is answered with why, and the next one starts it anew.
void PdfRenderProcess::processEnded()
{
    const QString reason = whyItStopped();
    const Request kind = m_inFlight;
    const bool wasOpen = m_documentOpen;
    stopProcess();
    if (kind == Request::Open || (kind == Request::None && !wasOpen && !m_document.isEmpty())) {
        m_document.clear(); // a document that cannot be opened within the bounds is not retried
        emit failed(reason);
        return;
    }
    if (kind == Request::Render)
        emit pageFailed(m_page.page, reason);
    else if (kind == Request::Find)
        emit found(m_findText, {}, reason);
    pump();
}

} // namespace proofdesk::render
