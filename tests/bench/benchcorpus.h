#pragma once

#include "domain/communication.h"
#include "domain/records.h"

#include <QString>
#include <QStringList>

// A deterministic synthetic corpus for the benchmark: communications with Zipf-distributed
// words (so there are common and rare words), dates over three years, field values of
// realistic cardinality, and one delivery event each. Renditions are a few small shared
// files, to spare disk at a million records: mostly text, and for one communication in
// kPdfEvery a real multi-page PDF (one of kPdfCount, written with QPdfWriter) so that the
// desktop benchmark can time a PDF's first page. Which ones are PDFs depends on the index
// only, so the rest of the corpus is the same as before PDFs were added.
class BenchCorpus
{
public:
    // The words of a communication's text. Classic: 30 words of a 20,000-word vocabulary, about
    // twenty of them in a tenth of the texts or more. Zipf (issue #43): 60 words of a 50,000-word
    // vocabulary, as correspondence has it: about fifty words in a tenth of the texts or more
    // ("dear", product and fee words), so that two common words, their phrases and prefixes are
    // what people type. Both draw word rank r with probability proportional to 1 / r.
    enum class Vocabulary { Classic, Zipf };
    explicit BenchCorpus(quint64 seed = 7, Vocabulary vocabulary = Vocabulary::Classic);

    proofdesk::domain::Communication make(qint64 index);
    proofdesk::domain::DeliveryEvent eventFor(const proofdesk::domain::Communication &c, qint64 index);
    // Writes drop.json, the shared renditions and `count` communications with their events.
    void writeDrop(const QString &root, qint64 count);
    // Leaves "text" out of the PDF communications' lines, so that an import extracts it from
    // the rendition (what a drop without extracted text costs).
    void setPdfTextInDrop(bool on) { m_pdfTextInDrop = on; }
    // Gives every PDF communication a rendition of its own (renditions/pdf/INDEX.pdf, see
    // uniquePdfBytes), so that the content store cannot keep two of them as one object.
    void setUniquePdfs(bool on) { m_uniquePdfs = on; }
    // Renditions as an archive has them: every communication its own, the PDFs unique ones
    // (setUniquePdfs) and the others a plain-text letter of about 3 KB
    // (renditions/text/BLOCK/INDEX.txt, see letterBytes), about 4 KB a communication overall.
    void setRealSizeRenditions(bool on)
    {
        m_realSize = on;
        m_uniquePdfs = m_uniquePdfs || on;
    }
    // Communication `index`'s letter: its recipient, account and words, then paragraphs of
    // the vocabulary drawn from its own index (the corpus's sequence is left as it was).
    QByteArray letterBytes(const proofdesk::domain::Communication &c, qint64 index) const;
    // One of the shared PDFs grown to kUniquePdfBytes by an update naming communication
    // `index` (pdfpadding.h): the same pages, bytes of its own.
    QByteArray uniquePdfBytes(qint64 index);
    static constexpr qsizetype kUniquePdfBytes = 60000;

    const QStringList &vocabulary() const { return m_words; }
    Vocabulary vocabularyKind() const { return m_vocabulary; }
    QString word(int rank) const { return m_words.at(rank); }
    static QByteArray renditionBytes(int i);
    // The shared PDF renditions: same bytes in every process (needs a QGuiApplication).
    static QByteArray pdfRenditionBytes(int i);
    static bool isPdfIndex(qint64 index) { return index % kPdfEvery == kPdfEvery / 2; }
    static constexpr int kPdfEvery = 50;
    static constexpr int kPdfCount = 4;
    static QByteArray communicationLine(const proofdesk::domain::Communication &c);

private:
    quint64 next();
    const QList<QPair<QString, QByteArray>> &pdfRenditions(); // path, bytes; made on first use
    int zipfRank();
    QStringList m_words;
    QList<double> m_cumulative;
    QList<QPair<QString, QString>> m_renditions; // path, sha256
    QList<QPair<QString, QByteArray>> m_pdfs;
    QStringList m_pdfSha256;
    quint64 m_state;
    Vocabulary m_vocabulary;
    int m_textWords = 30;
    bool m_pdfTextInDrop = true;
    bool m_uniquePdfs = false;
    bool m_realSize = false;
};
