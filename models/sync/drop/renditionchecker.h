#pragma once

#include "domain/communication.h"
#include "pdftextextractor.h"

#include <QHash>
#include <QString>

namespace proofdesk::cache {
class ContentStore;
}

namespace proofdesk::sync {

// Checks a communication's rendition in a drop (and its snapshot, when it names a sha256): missing, or hashing to the recorded
// SHA-256 (verified: then copied into the content store, when one is given: a drop on
// removable or network storage; see DropStorage) or not (failed: never stored,
// never shown as the exact version). Fills in the text from a PDF when the record has none,
// within PdfTextLimits: a PDF past them is kept with its text marked "not extracted".
class RenditionChecker
{
public:
    RenditionChecker(const QString &dropRoot, cache::ContentStore *store);

    // Why the record must be rejected because its rendition or snapshot path resolves to a
    // place outside the drop (a symbolic link of the file or of a folder above it): the parser
    // refuses ".." and absolute paths, but only the file system knows where a link leads.
    // Empty when both stay inside. Call before check(), which reads the file.
    QString pathOutsideDrop(const domain::Communication &c) const;
    // Returns a warning for the import report (why the PDF's text was not extracted), or empty.
    QString check(domain::Communication &c);

private:
    struct Known
    {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        QString sha;
    };
    QString hashWithMemo(const QString &absolutePath);
    void checkSnapshot(domain::Communication &c);
    PdfText pdfTextWithMemo(const QString &absolutePath, const QString &sha);

    QString m_root;
    QString m_resolvedRoot; // the drop folder with its own links resolved, once
    cache::ContentStore *m_store;
    // Renditions are often shared (inserts, the benchmark's small files): hash each once.
    QHash<QString, Known> m_known;
    PdfTextExtractor m_pdfText;
    // Text by content SHA-256: a shared rendition (or one hostile PDF named by a thousand
    // records) is read once. Bounded by the characters it holds.
    QHash<QString, PdfText> m_pdfTexts;
    qsizetype m_pdfTextChars = 0;
};

} // namespace proofdesk::sync
