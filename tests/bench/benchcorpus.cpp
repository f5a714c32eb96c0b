#include "benchcorpus.h"

#include "demo/demopdf.h"
#include "pdfpadding.h"
#include "util/timeutil.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>

using proofdesk::domain::Communication;

namespace {
const char *const kTypes[] = {"statement",
                              "invoice",
                              "policy_document",
                              "renewal_letter",
                              "premium_notice",
                              "claim_acknowledgement",
                              "missing_information_request",
                              "settlement_notice",
                              "denial_letter",
                              "complaint_response",
                              "fee_change_notice",
                              "privacy_notice",
                              "terms_update",
                              "payment_schedule",
                              "approval_letter",
                              "condition_notice",
                              "closing_package",
                              "account_change_notice",
                              "service_confirmation"};
const char *const kChannels[] = {"print", "email", "email", "web", "mobile", "sms"};
const char *const kUnits[] = {"retail-banking", "insurance", "lending"};
const char *const kEvents[] = {"delivered", "delivered", "delivered", "sent",
                               "opened",    "bounced",   "returned",  "failed"};
const char *const kSyllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "ba",
                                  "de", "fi", "go", "hu", "ja", "ko", "le", "mo", "nu", "pi"};
constexpr int kVocabulary = 20000, kZipfVocabulary = 50000;
constexpr qint64 kStart = 1704067200000;    // 2024-01-01T00:00:00Z
constexpr qint64 kSpan = 1027LL * 86400000; // to late October 2026
} // namespace

BenchCorpus::BenchCorpus(quint64 seed, Vocabulary vocabulary)
    : m_state(seed)
    , m_vocabulary(vocabulary)
    , m_textWords(vocabulary == Vocabulary::Zipf ? 60 : 30)
{
    const int size = vocabulary == Vocabulary::Zipf ? kZipfVocabulary : kVocabulary;
    // Words from syllables: distinct, pronounceable, and a handful of real ones on top.
    m_words = {QStringLiteral("statement"), QStringLiteral("balance"), QStringLiteral("fee"),
               QStringLiteral("account"),   QStringLiteral("policy"),  QStringLiteral("claim")};
    for (int i = 0; m_words.size() < size; ++i) {
        QString w;
        for (int n = i;; n /= 20) {
            w += QLatin1String(kSyllables[n % 20]);
            if (n < 20)
                break;
        }
        w += QLatin1String(kSyllables[(i * 7) % 20]);
        m_words << w;
    }
    double sum = 0;
    for (int r = 1; r <= size; ++r) {
        sum += 1.0 / r;
        m_cumulative << sum;
    }
    for (double &c : m_cumulative)
        c /= sum;
    for (int i = 0; i < 20; ++i) {
        const QByteArray bytes = renditionBytes(i);
        m_renditions << qMakePair(
            QStringLiteral("renditions/shared/%1.txt").arg(i),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
}

QByteArray BenchCorpus::renditionBytes(int i)
{
    return QStringLiteral("shared rendition %1\n").arg(i).toUtf8().leftJustified(64, ' ');
}

QByteArray BenchCorpus::pdfRenditionBytes(int i)
{
    // A letter-like A4 document of 3, 5, 7 or 9 pages: heading, address block, paragraphs of
    // pseudo-words and a ruled table on every page, real extractable text. One face with
    // font merging off and a pinned /CreationDate, so the bytes (and the sha256 written into
    // the drop) are the same in every process; see models/demo/demopdf.cpp.
    const int pages = 3 + 2 * (i % kPdfCount);
    quint64 state = 0x5eed0000ULL + quint64(i);
    auto rnd = [&state] {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    auto sentence = [&]() -> QString {
        QStringList words;
        const int n = 8 + int(rnd() % 10);
        for (int w = 0; w < n; ++w) {
            QString word;
            for (int s = 0, len = 1 + int(rnd() % 3); s < len; ++s)
                word += QLatin1String(kSyllables[rnd() % 20]);
            words << word;
        }
        words.first()[0] = words.first().at(0).toUpper();
        return words.join(QLatin1Char(' ')) + QLatin1Char('.');
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Benchmark statement %1").arg(i));
        writer.setCreator(QStringLiteral("proofdesk-bench"));
        QPainter p;
        if (!p.begin(&writer))
            qFatal("cannot start a PDF painter");
        QFont body(QStringLiteral("DejaVu Sans"));
        body.setStyleStrategy(QFont::NoFontMerging);
        body.setPointSizeF(9.5);
        QFont heading = body;
        heading.setPointSizeF(16);
        const qreal mm = 300 / 25.4;
        const qreal left = 20 * mm, width = 170 * mm;
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                writer.newPage();
            qreal y = 20 * mm;
            p.setPen(QColor(0x1d, 0x3b, 0x6e));
            p.setFont(heading);
            p.drawText(QRectF(left, y, width, 12 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("Northbridge benchmark statement %1").arg(i + 1));
            y += 14 * mm;
            p.fillRect(QRectF(left, y, width, 0.6 * mm), QColor(0x1d, 0x3b, 0x6e));
            y += 6 * mm;
            p.setPen(Qt::black);
            p.setFont(body);
            if (page == 1) {
                p.drawText(QRectF(left, y, 90 * mm, 30 * mm), Qt::AlignLeft | Qt::AlignTop,
                           QStringLiteral("Account holder\n%1 Street 12\n4021 Linz\nReference BENCH-%2")
                               .arg(sentence().left(12))
                               .arg(i, 4, 10, QLatin1Char('0')));
                y += 34 * mm;
            }
            for (int para = 0; para < 4; ++para) {
                QString text;
                for (int s = 0; s < 5; ++s)
                    text += sentence() + QLatin1Char(' ');
                const QRectF r = p.boundingRect(QRectF(left, y, width, 200 * mm), Qt::TextWordWrap, text);
                p.drawText(QRectF(left, y, width, r.height()), Qt::TextWordWrap, text);
                y += r.height() + 4 * mm;
            }
            const qreal rowH = 6 * mm;
            for (int row = 0; row < 12; ++row) {
                if (row % 2 == 0)
                    p.fillRect(QRectF(left, y, width, rowH), QColor(0xee, 0xf1, 0xf6));
                p.drawText(QRectF(left + 2 * mm, y, 100 * mm, rowH), Qt::AlignVCenter, sentence().left(40));
                p.drawText(QRectF(left + 120 * mm, y, 48 * mm, rowH), Qt::AlignVCenter | Qt::AlignRight,
                           QStringLiteral("%1.%2 EUR").arg(rnd() % 5000).arg(rnd() % 100, 2, 10, QLatin1Char('0')));
                y += rowH;
            }
            p.drawText(QRectF(left, 280 * mm, width, 8 * mm), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("Page %1 of %2").arg(page).arg(pages));
        }
        p.end();
    }
    buffer.close();
    if (!proofdesk::demo::pinPdfCreationDate(bytes, kStart))
        qFatal("cannot pin the PDF creation date");
    return bytes;
}

const QList<QPair<QString, QByteArray>> &BenchCorpus::pdfRenditions()
{
    if (m_pdfs.isEmpty()) {
        for (int i = 0; i < kPdfCount; ++i) {
            const QByteArray bytes = pdfRenditionBytes(i);
            m_pdfs << qMakePair(QStringLiteral("renditions/shared/statement-%1.pdf").arg(i), bytes);
            m_pdfSha256 << QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
    }
    return m_pdfs;
}

QByteArray BenchCorpus::uniquePdfBytes(qint64 index)
{
    const QByteArray &shared = pdfRenditions().at(int(index / kPdfEvery) % kPdfCount).second;
    const QByteArray own =
        padPdf(shared, "proofdesk-bench communication " + QByteArray::number(index), kUniquePdfBytes);
    if (own.isEmpty())
        qFatal("cannot read the trailer of the benchmark's PDF");
    return own;
}

QByteArray BenchCorpus::letterBytes(const Communication &c, qint64 index) const
{
    quint64 state = 0x1e77e500ULL ^ quint64(index);
    auto rnd = [&state] {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    QByteArray letter;
    letter.reserve(4096);
    letter += "Northbridge Financial\n" + c.recipientName.toUtf8() + "\nCustomer " + c.customerId.toUtf8()
              + ", account " + c.accountId.toUtf8() + "\nReference " + c.id.toUtf8() + ", "
              + proofdesk::formatUtc(c.issuedAt).left(10).toUtf8() + "\n\nDear " + c.recipientName.toUtf8() + ",\n\n"
              + c.text.toUtf8() + ".\n\n";
    const qsizetype size = 2500 + qsizetype(rnd() % 1000);
    while (letter.size() < size) {
        for (int w = 0, n = 8 + int(rnd() % 12); w < n; ++w)
            letter += m_words.at(int(rnd() % 4000)).toUtf8() + (w + 1 < n ? " " : ".\n");
    }
    letter += "\nYours sincerely,\nCustomer Service\n";
    return letter;
}

quint64 BenchCorpus::next()
{
    // splitmix64: deterministic on every platform.
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int BenchCorpus::zipfRank()
{
    const double u = double(next() >> 11) / double(1ULL << 53);
    return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u) - m_cumulative.begin());
}

Communication BenchCorpus::make(qint64 index)
{
    Communication c;
    c.issuedAt = kStart + qint64(next() % quint64(kSpan));
    const QString month = proofdesk::formatUtc(c.issuedAt).left(7);
    c.id = QStringLiteral("EXS-%1-%2").arg(month).arg(index, 7, 10, QLatin1Char('0'));
    c.type = QLatin1String(kTypes[next() % 19]);
    c.channel = QLatin1String(kChannels[next() % 6]);
    c.businessUnit = QLatin1String(kUnits[next() % 3]);
    c.templateId = QStringLiteral("TPL-") + c.type.toUpper();
    c.templateVersion = QString::number(1 + next() % 5);
    const auto &rendition = m_renditions.at(int(next() % m_renditions.size()));
    c.renditionPath = rendition.first;
    c.renditionSha256 = rendition.second;
    c.mediaType = QStringLiteral("text/plain");
    c.renditionBytes = 64;
    if (isPdfIndex(index)) {
        // Decided by the index, not by next(): every other field stays as it was.
        const int k = int(index / kPdfEvery) % kPdfCount;
        const auto &pdf = pdfRenditions().at(k);
        c.renditionPath = pdf.first;
        c.renditionSha256 = m_pdfSha256.at(k);
        c.mediaType = QStringLiteral("application/pdf");
        c.renditionBytes = pdf.second.size();
        if (m_uniquePdfs) {
            const QByteArray own = uniquePdfBytes(index);
            c.renditionPath = QStringLiteral("renditions/pdf/%1.pdf").arg(index);
            c.renditionSha256 = QString::fromLatin1(QCryptographicHash::hash(own, QCryptographicHash::Sha256).toHex());
            c.renditionBytes = own.size();
        }
    }
    const quint64 customer = next() % 150000;
    c.customerId = QStringLiteral("CUST-%1").arg(customer, 6, 10, QLatin1Char('0'));
    c.recipientName = QStringLiteral("%1 %2").arg(word(200 + int(customer % 3000)), word(3200 + int(customer % 5000)));
    c.accountId = QStringLiteral("ACC-%1").arg(customer * 3 + next() % 3);
    if (c.businessUnit == QLatin1String("insurance"))
        c.claimId = QStringLiteral("CLM-%1").arg(next() % 200000);
    c.batch = QStringLiteral("B-%1-%2").arg(month).arg(next() % 20);
    c.campaign = QStringLiteral("CMP-%1").arg(next() % 500);
    c.language = next() % 10 ? QStringLiteral("en") : QStringLiteral("de");
    c.contentBlocks = {{QStringLiteral("CB-%1").arg(next() % 200), QString::number(1 + next() % 3)}};
    QStringList words;
    for (int i = 0; i < m_textWords; ++i)
        words << m_words.at(zipfRank());
    c.text = words.join(QLatin1Char(' '));
    c.retentionClass = QStringLiteral("FIN-7Y");
    c.fixity = proofdesk::domain::Fixity::Verified;
    if (m_realSize && !isPdfIndex(index)) {
        // Made from the finished record, after every next(): the rest of the corpus stays.
        const QByteArray letter = letterBytes(c, index);
        c.renditionPath = QStringLiteral("renditions/text/%1/%2.txt").arg(index / 10000).arg(index);
        c.renditionSha256 = QString::fromLatin1(QCryptographicHash::hash(letter, QCryptographicHash::Sha256).toHex());
        c.renditionBytes = letter.size();
    }
    c.contentSha256 = c.renditionSha256;
    return c;
}

proofdesk::domain::DeliveryEvent BenchCorpus::eventFor(const Communication &c, qint64 index)
{
    proofdesk::domain::DeliveryEvent e;
    e.communicationId = c.id;
    e.event = QLatin1String(kEvents[next() % 8]);
    e.at = c.issuedAt + qint64(next() % 86400000);
    e.channel = c.channel;
    e.providerRef = QStringLiteral("msg-%1").arg(index);
    return e;
}

QByteArray BenchCorpus::communicationLine(const Communication &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("type"), c.type},
                  {QStringLiteral("issued_at"), proofdesk::formatUtc(c.issuedAt)},
                  {QStringLiteral("channel"), c.channel},
                  {QStringLiteral("template"),
                   QJsonObject{{QStringLiteral("id"), c.templateId}, {QStringLiteral("version"), c.templateVersion}}},
                  {QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), c.renditionPath},
                                                            {QStringLiteral("media_type"), c.mediaType},
                                                            {QStringLiteral("sha256"), c.renditionSha256},
                                                            {QStringLiteral("bytes"), c.renditionBytes}}},
                  {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("name"), c.recipientName}}},
                  {QStringLiteral("customer_id"), c.customerId},
                  {QStringLiteral("account_id"), c.accountId},
                  {QStringLiteral("business_unit"), c.businessUnit},
                  {QStringLiteral("batch"), c.batch},
                  {QStringLiteral("campaign"), c.campaign},
                  {QStringLiteral("language"), c.language},
                  {QStringLiteral("content_blocks"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), c.contentBlocks.first().id},
                                          {QStringLiteral("version"), c.contentBlocks.first().version}}}},
                  {QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), c.retentionClass}}}};
    if (!c.text.isNull())
        o.insert(QStringLiteral("text"), c.text);
    if (!c.claimId.isEmpty())
        o.insert(QStringLiteral("claim_id"), c.claimId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

static void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void BenchCorpus::writeDrop(const QString &root, qint64 count)
{
    writeAll(root + QStringLiteral("/drop.json"),
             R"({"format": "proofdesk-drop", "version": 1, "source": "bench", "created": "2026-10-01T00:00:00Z"})");
    for (int i = 0; i < m_renditions.size(); ++i)
        writeAll(root + QLatin1Char('/') + m_renditions.at(i).first, renditionBytes(i));
    if (!m_uniquePdfs) {
        for (const auto &pdf : pdfRenditions())
            writeAll(root + QLatin1Char('/') + pdf.first, pdf.second);
    }
    constexpr qint64 kPerFile = 10000;
    for (qint64 start = 0; start < count; start += kPerFile) {
        QByteArray comms, events;
        for (qint64 i = start; i < std::min(count, start + kPerFile); ++i) {
            Communication c = make(i);
            if (!m_pdfTextInDrop && isPdfIndex(i))
                c.text = QString();
            if (m_uniquePdfs && isPdfIndex(i))
                writeAll(root + QLatin1Char('/') + c.renditionPath, uniquePdfBytes(i));
            else if (m_realSize)
                writeAll(root + QLatin1Char('/') + c.renditionPath, letterBytes(c, i));
            comms += communicationLine(c);
            const auto e = eventFor(c, i);
            events +=
                QStringLiteral(R"({"communication_id":"%1","event":"%2","at":"%3","channel":"%4","provider_ref":"%5"})")
                    .arg(e.communicationId, e.event, proofdesk::formatUtc(e.at), e.channel, e.providerRef)
                    .toUtf8()
                + '\n';
        }
        const QString part = QStringLiteral("part-%1.ndjson").arg(start / kPerFile, 4, 10, QLatin1Char('0'));
        writeAll(root + QStringLiteral("/communications/") + part, comms);
        writeAll(root + QStringLiteral("/delivery/") + part, events);
    }
}
