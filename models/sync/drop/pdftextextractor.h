#pragma once

#include "pdftextprocess.h"

#include <QMutex>
#include <QString>
#include <memory>

class QThread;
class QObject;

namespace proofdesk::sync {

// The text of PDFs, read by the proofdesk-pdftext helper within PdfTextLimits, never in this
// process: PDFium spins forever on a page tree that contains itself and takes gigabytes for
// a stream that inflates to them. Safe to call from any thread, one file at a time; the
// helper process lives in a thread of its own (a QProcess serves the thread it was made in)
// and is started at the first PDF.
class PdfTextExtractor
{
public:
    explicit PdfTextExtractor(PdfTextLimits limits = PdfTextLimits::fromEnvironment());
    ~PdfTextExtractor();

    // `fd` stays open and owned by the caller; `name` only names the file in reports.
    PdfText extract(int fd, const QString &name);

    // PROOFDESK_PDFTEXT where set, else proofdesk-pdftext beside the running executable
    // (where the package installs it, and where the build puts it).
    static QString helperProgram();

private:
    PdfTextLimits m_limits;
    QMutex m_mutex;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_inThread;       // a context object living in m_thread
    std::unique_ptr<PdfTextProcess> m_process; // made, used and destroyed in m_thread
};

} // namespace proofdesk::sync
