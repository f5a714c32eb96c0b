#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace proofdesk::sync {

// How much one PDF may cost its text extraction. A PDF past them is imported with its text
// "not extracted" (DESIGN.md: a hostile drop never blocks the rest).
struct PdfTextLimits
{
    int seconds = 30;                     // processor time, and wall clock, for one file
    int wallSeconds = 0;                  // the wall clock alone where > 0 (wallClockSeconds())
    qint64 memoryBytes = qint64(1) << 30; // address space of the extracting process

    // How long one file may take by the wall clock: `seconds`, unless wallSeconds is set.
    // Tests set it far above `seconds` (PROOFDESK_PDFTEXT_WALL_SECONDS), so that on a loaded
    // machine the processor time or memory bound they are about is the one that ends a file.
    int wallClockSeconds() const { return wallSeconds > 0 ? wallSeconds : seconds; }

    // The defaults, or PROOFDESK_PDFTEXT_SECONDS, PROOFDESK_PDFTEXT_WALL_SECONDS and
    // PROOFDESK_PDFTEXT_MEMORY_MB where set (for an operator's unusually large PDFs, and for
    // tests).
    static PdfTextLimits fromEnvironment();
};

// The text of one PDF, or why there is none.
struct PdfText
{
    QString text;
    QString notExtracted; // the reason, empty when the text was extracted

    bool extracted() const { return notExtracted.isEmpty(); }
};

// One proofdesk-pdftext process (app/pdftext), reused file after file so that an import
// pays its start once, not per PDF. Each file is handed over open (its descriptor passed
// over a socket the helper inherits), never by name: the helper reads the very file the
// importer opened and hashed, whatever the name leads to by then. It runs with RLIMIT_AS set before it starts and
// bounds its own processor time per file; a file that takes longer than the limit in wall-clock time gets the process
// killed. A process that died or was killed is started again for the next file. A QProcess: create, use and destroy it
// in one thread (PdfTextExtractor does).
class PdfTextProcess
{
public:
    PdfTextProcess(const QString &program, PdfTextLimits limits);
    ~PdfTextProcess();

    // `fd`: the open PDF (read from its start); `name` only for what the helper reports.
    PdfText extract(int fd, const QString &name);

private:
    bool ensureRunning(QString *whyNot);
    bool startFailed(const QString &reason, QString *whyNot); // false, with whyNot said
    bool makeSockets(QString *whyNot);
    void closeSockets();
    bool sendDescriptor(int fd);
    QString whyItStopped();
    void stop();

    // The wall-clock bound for the next file: the limit, until a file of this import ran past
    // it; then a sixth of it (at least 1 s). A drop of many hostile PDFs (each a page tree that
    // contains itself, 250 bytes) then costs one full bound and short ones after it, not the
    // full bound each (six took 181 s); an honest large PDF rarely follows a hostile one.
    int boundSeconds() const;
    // After this many files ran past their bound, the rest of the import is not extracted.
    static constexpr int kTimeoutsPerImport = 10;
    // After this many failed starts, none is tried again in this import (ensureRunning).
    static constexpr int kStartFailuresPerImport = 3;

    QString m_program;
    PdfTextLimits m_limits;
    int m_timeouts = 0;      // files of this import that ran past their bound
    int m_startFailures = 0; // starts of the helper that failed in this import
    QString m_startError;    // why the last one failed
    QProcess m_process;
    QByteArray m_buffer;    // answer bytes read so far
    int m_socket = -1;      // this end of the socket the files go over
    int m_childSocket = -1; // the helper's end, open here only while it starts
};

} // namespace proofdesk::sync
