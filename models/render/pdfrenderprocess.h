#pragma once

#include "renderlimits.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QTimer>

class QProcess;

namespace proofdesk::render {

struct PageRequest
{
    int page = 0;
    QSize size; // pixels
    bool operator==(const PageRequest &o) const { return page == o.page && size == o.size; }
};

struct FindHit
{
    int page = 0;
    QRectF rect; // points, from the page's top left
};

// The pages of one PDF, drawn by a proofdesk-render process (app/render) within
// RenderLimits, never in this process: QtPdf meets the document's bytes only there. Fully
// asynchronous (no waitFor*): every answer arrives as a signal, so the thread that owns this
// object keeps turning whatever the document does. One request is in the helper at a time;
// one that takes longer than the limit gets the helper killed, and the next request starts a
// new one (which opens the document again). A document the helper cannot open within the
// limits is failed() and never sent again; a page that cannot be drawn is pageFailed().
class PdfRenderProcess : public QObject
{
    Q_OBJECT

public:
    PdfRenderProcess(const QString &program, RenderLimits limits, QObject *parent = nullptr);
    ~PdfRenderProcess() override;

    // PROOFDESK_RENDER where set, else proofdesk-render beside the running executable.
    static QString defaultProgram();
    const RenderLimits &limits() const { return m_limits; }

    // Shows `pdf` from now on: whatever was asked about the one before is dropped.
    void open(const QByteArray &pdf);
    void close();
    // The pages wanted now, in order: they replace those asked for before and not yet sent.
    void requestPages(const QList<PageRequest> &pages);
    void find(const QString &text);
    bool busy() const { return m_inFlight != Request::None; }

signals:
    void opened(const QList<QSizeF> &pageSizes, int totalPages);
    void failed(const QString &reason);
    void pageRendered(int page, const QImage &image);
    void pageFailed(int page, const QString &reason);
    // Hits of `text`; `reason` says why there are none when the search itself failed.
    void found(const QString &text, const QList<proofdesk::render::FindHit> &hits, const QString &reason);

private:
    enum class Request { None, Open, Render, Find };

    void pump();
    void send(Request kind, char tag, const QByteArray &payload);
    void startProcess();
    void stopProcess();
    void readAnswers();
    void answer(char tag, const QByteArray &payload);
    void processEnded();
    QString whyItStopped() const;

    QString m_program;
    RenderLimits m_limits;
    QProcess *m_process = nullptr;
    QString m_startError; // why m_process was not started (helperprogram.h); empty when it was
    QTimer m_deadline;
    bool m_timedOut = false;
    QByteArray m_document;
    bool m_documentOpen = false; // the running helper has m_document open
    QList<PageRequest> m_pending;
    QString m_pendingFind;
    bool m_findWanted = false;
    Request m_inFlight = Request::None;
    PageRequest m_page;  // the page in flight
    QString m_findText;  // the search in flight
    QByteArray m_buffer; // answer bytes read so far
};

} // namespace proofdesk::render
