#pragma once

#include "cache/contentstore.h"
#include "cache/storebudget.h"
#include "domain/communication.h"
#include "dropdir.h"
#include "pdftextextractor.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <utility>

namespace proofdesk::sync {

// Checks a communication's rendition in a drop (and its snapshot, when it names a sha256): missing, or hashing to the
// recorded SHA-256 (verified: then copied into the content store, when one is given: a drop on removable or network
// storage; see DropStorage) or not (failed: never stored, never shown as the exact version). Fills in the text from a
// PDF when the record has none, within PdfTextLimits: a PDF past them is kept with its text marked "not extracted".
// Each file is opened once, through the drop's DropDir, and hashed, copied and given to the
// PDF text helper from that one descriptor.
class RenditionChecker
{
public:
    struct Result
    {
        // Why the record must be rejected: its rendition or snapshot path leads out of the
        // drop (a symbolic link of the file or of a folder above it). Nothing was read.
        QString rejected;
        QStringList warnings; // for the import report: a file not read, text not extracted
    };

    RenditionChecker(const DropDir &dir, cache::ContentStore *store);

    Result check(domain::Communication &c);
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
        qint64 ctimeNs = 0;
        QString sha;
    };
    QString hashWithMemo(const HeldFile &file);
    void checkSnapshot(domain::Communication &c, const DropOpen &snapshot, Result &result);
    void checkRendition(domain::Communication &c, const DropOpen &rendition, Result &result);
    PdfText pdfTextWithMemo(const HeldFile &file, const QString &name, const QString &sha);

    const DropDir &m_dir;
    cache::ContentStore *m_store;
    QList<cache::StoredObject> m_stored;
    cache::StoreBudget *m_budget = nullptr;
    qint64 m_notStored = 0;
    // Renditions are often shared (inserts, the benchmark's small files): hash each once.
    // By device and inode, checked against size and times: never by name, which may since
    // lead to another file.
    QHash<std::pair<quint64, quint64>, Known> m_known;
    PdfTextExtractor m_pdfText;
    // Text by content SHA-256: a shared rendition (or one hostile PDF named by a thousand
    // records) is read once. Bounded by the characters it holds.
    QHash<QString, PdfText> m_pdfTexts;
    qsizetype m_pdfTextChars = 0;
};

} // namespace proofdesk::sync
