#pragma once

#include "productionfiles.h"
#include "records/matter.h"

#include <QStringList>
#include <array>
#include <optional>

namespace proofdesk::compliance {

// The files a production grows one letter at a time (the load file's two forms, the manifest's
// lines for the documents, the exceptions), under temporary names until it is complete.
enum class ProductionPart { Dat, Csv, Manifest, Exceptions };
inline constexpr int kProductionParts = 4;
using PartSizes = std::array<qint64, kProductionParts>;

// What a production set out to do, written before it starts (so that a kill at any later point
// finds it): the matter, the letters in production order, the prefix and the tag.
struct JournalHeader
{
    QString matter;
    QString tag;
    QString prefix;
    QStringList letters;
    QString key; // the production's start key (records::ProductionRequest::key)
};

// Where a production stands, as its journal says.
struct JournalState
{
    JournalHeader header;
    std::optional<records::ProductionInfo> production; // once its numbers are reserved
    qint64 done = 0;                                   // letters finished (produced or excepted), from the first
    qint64 produced = 0;                               // of them, with a number
    PartSizes sizes{};                                 // of the parts after the last letter finished
};

// A production's journal (productionlayout::kJournal), the one thing that makes a production
// resumable: line 1 the header, line 2 the production once its numbers are reserved, then one
// line a letter after all its files and rows are in place, with the sizes the parts had then.
// Read back after a kill, the parts are cut to those sizes and the next letter is the one after
// the last line; a last line cut short by the kill is ignored.
class ProductionJournal
{
public:
    explicit ProductionJournal(const ProductionFiles &files);

    bool exists() const;
    // Starts the parts (the load files' header rows, the exceptions' header) and the journal.
    void begin(const JournalHeader &header);
    void reserved(const records::ProductionInfo &production);
    // One more letter finished: produced with `number`, or excepted (number empty). Its line is
    // written with those of the letters after it, a few dozen at a time, each time after the
    // parts' bytes they count (ProductionFiles::flushAppended): a kill loses at most those
    // letters' lines, and they are produced again.
    void finished(qint64 index, const QString &id, const QString &number, const PartSizes &sizes);
    // The lines of the letters finished so far written, after the parts' bytes.
    void flush();

    // Throws std::runtime_error when the journal is not one this program wrote.
    JournalState read() const;
    // The parts cut back to `sizes` (what a killed run added after its last line goes).
    void cutParts(const PartSizes &sizes) const;
    PartSizes partSizes() const;
    void remove() const;

    static QString partName(ProductionPart part); // its temporary name in the folder
    static QString finalName(ProductionPart part);

private:
    const ProductionFiles &m_files;
    QByteArray m_unwritten; // lines of finished letters, not yet flushed
    int m_unwrittenLetters = 0;
};

} // namespace proofdesk::compliance
