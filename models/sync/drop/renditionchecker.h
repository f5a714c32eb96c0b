#pragma once

#include "domain/communication.h"
#include "cache/contentstore.h"
#include "cache/storebudget.h"
#include "pdftextextractor.h"

#include <QHash>
#include <QString>

#include <utility>

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
    // At the end of each page: the objects check() put into the content store since the last
    // call, once they are on disk (written without waiting, synced here a page at a time).
    // Throws std::runtime_error when the disk reports an error.
    QList<cache::StoredObject> takeStored();
    // Documents check() did not copy since the last call because the budget was spent.
    qint64 takeNotStored() { return std::exchange(m_notStored, 0); }
    // What check() may still copy into the store; null (the default): everything.
    void setBudget(cache::StoreBudget *budget) { m_budget = budget; }

private:
    struct Known
    {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        QString sha;
    };
    QString resolvedPath(const QString &absolutePath) const;
    QString hashWithMemo(const QString &absolutePath);
    void checkSnapshot(domain::Communication &c);
    PdfText pdfTextWithMemo(const QString &absolutePath, const QString &sha);

    QString m_root;
    QString m_resolvedRoot; // the drop folder with its own links resolved, once
    // Folders of renditions with their links followed, for one page (takeStored() clears
    // them): a folder swapped for a link while the drop is read counts from the next page.
    mutable QHash<QString, QString> m_resolvedFolders;
    cache::ContentStore *m_store;
    QList<cache::StoredObject> m_stored;
    cache::StoreBudget *m_budget = nullptr;
    qint64 m_notStored = 0;
    // Renditions are often shared (inserts, the benchmark's small files): hash each once.
    QHash<QString, Known> m_known;
    PdfTextExtractor m_pdfText;
    // Text by content SHA-256: a shared rendition (or one hostile PDF named by a thousand
    // records) is read once. Bounded by the characters it holds.
    QHash<QString, PdfText> m_pdfTexts;
    qsizetype m_pdfTextChars = 0;
};

} // namespace proofdesk::sync
