#include "demodropbuilder.h"

#include "democatalogue.h"
#include "demohtml.h"
#include "demopdf.h"
#include "demoplanner.h"
#include "demotime.h"
#include "util/sha256.h"

#include <QJsonDocument>

namespace proofdesk::demo {

namespace {

QString sha256Hex(const QByteArray &bytes) { return QString::fromLatin1(proofdesk::sha256Hex(bytes)); }

// Damages a rendition after its hash was recorded, so the fixity check has something to
// find. The change keeps the size and leaves the document readable: in a PDF, a byte of
// the binary-marker comment on line 2; in HTML or text, the first digit of an amount.
void damage(QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-")) {
        const qsizetype eol = bytes.indexOf('\n');
        if (eol > 0 && eol + 2 < bytes.size() && bytes.at(eol + 1) == '%') {
            bytes[eol + 2] = char(bytes.at(eol + 2) ^ 0x01);
            return;
        }
    }
    qsizetype at = bytes.indexOf("EUR ");
    at = at >= 0 ? at + 4 : bytes.size() - 1;
    for (; at >= 0 && at < bytes.size(); ++at) {
        const char c = bytes.at(at);
        if (c >= '0' && c <= '9') {
            bytes[at] = c == '9' ? '1' : char(c + 1);
            return;
        }
    }
    bytes.append(' ');
}

} // namespace

DropBuilder::DropBuilder(const QString &dir, const DemoOptions &options, std::shared_ptr<const Catalogue> catalogue)
    : m_dir(dir)
    , m_options(options)
    , m_catalogue(std::move(catalogue))
    , m_ndjson(dir)
{}

bool DropBuilder::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool DropBuilder::run(const std::function<void(int, int)> &progress, const std::function<bool()> &shouldCancel)
{
    if (!writeCatalogue())
        return false;
    Planner planner(m_options.seed, m_options.count, m_catalogue);
    const int total = m_options.count;
    if (progress)
        progress(0, total);
    while (!planner.atEnd()) {
        if (shouldCancel && shouldCancel())
            return fail(QStringLiteral("cancelled"));
        const CommunicationPlan plan = planner.next();
        Rendition rendition;
        if (!writeOne(plan, &rendition))
            return false;
        planner.commit(plan, rendition);
        ++m_written;
        if (progress && (m_written % 25 == 0 || m_written == total))
            progress(m_written, total);
    }
    if (!m_ndjson.closeAll())
        return fail(m_ndjson.error());
    return writeDropJson();
}

bool DropBuilder::writeCatalogue()
{
    for (const CatalogueLine &line : m_catalogue->templateLines()) {
        if (!m_ndjson.append(QStringLiteral("templates/") + yearKey(line.at) + QStringLiteral(".ndjson"), line.json))
            return fail(m_ndjson.error());
    }
    for (const CatalogueLine &line : m_catalogue->blockLines()) {
        if (!m_ndjson.append(QStringLiteral("content-blocks/") + yearKey(line.at) + QStringLiteral(".ndjson"),
                             line.json))
            return fail(m_ndjson.error());
    }
    for (const RetentionClass &rc : retentionClasses()) {
        const QJsonObject json{{QStringLiteral("class"), QLatin1String(rc.id)},
                               {QStringLiteral("title"), QLatin1String(rc.title)},
                               {QStringLiteral("years"), rc.years},
                               {QStringLiteral("trigger"), QStringLiteral("issued_at")}};
        if (!m_ndjson.append(QStringLiteral("retention/classes.ndjson"), json))
            return fail(m_ndjson.error());
    }
    return m_ndjson.closeAll() || fail(m_ndjson.error());
}

bool DropBuilder::writeOne(const CommunicationPlan &plan, Rendition *rendition)
{
    const QString month = monthKey(plan.issuedAt);
    const QString commFile = QStringLiteral("communications/") + month + QStringLiteral(".ndjson");
    const QString deliveryFile = QStringLiteral("delivery/") + month + QStringLiteral(".ndjson");
    if (month != m_month) {
        // Months only move forward: the previous month's files are complete.
        const QString oldComm = QStringLiteral("communications/") + m_month + QStringLiteral(".ndjson");
        const QString oldDelivery = QStringLiteral("delivery/") + m_month + QStringLiteral(".ndjson");
        if (!m_month.isEmpty() && (!m_ndjson.close(oldComm) || !m_ndjson.close(oldDelivery)))
            return fail(m_ndjson.error());
        m_month = month;
    }
    *rendition = produce(plan);
    StoredRendition stored;
    SnapshotRef snap;
    if (!m_error.isEmpty() || !store(plan, *rendition, &stored) || !snapshot(plan, &snap))
        return false;
    const QString text = plan.omitText ? QString() : rendition->text;
    if (!m_ndjson.append(commFile, communicationJson(plan, stored, text, snap)))
        return fail(m_ndjson.error());
    // Some events reach the drop in a file read before their communication's.
    const QString eventsFile = plan.earlyFeed ? QStringLiteral("delivery/0000-early-feed.ndjson") : deliveryFile;
    for (const QJsonObject &event : deliveryEvents(plan, m_options.seed)) {
        if (!m_ndjson.append(eventsFile, event))
            return fail(m_ndjson.error());
    }
    return true;
}

Rendition DropBuilder::produce(const CommunicationPlan &plan)
{
    if (plan.origin == Origin::Reissue && !plan.copyOf.bytes.isEmpty())
        return plan.copyOf; // a resend: the archived bytes, unchanged
    const Letter letter = composeLetter(plan, m_options.seed);
    Rendition r;
    r.text = letterText(letter, plan.channel);
    switch (plan.channel) {
    case Channel::Print: {
        const PdfOutput pdf = renderLetterPdf(letter, plan.issuedAt);
        if (!pdf.error.isEmpty())
            fail(pdf.error + QStringLiteral(" (") + plan.id + QLatin1Char(')'));
        r.bytes = pdf.bytes;
        r.pages = pdf.pages;
        r.mediaType = QStringLiteral("application/pdf");
        r.extension = QStringLiteral("pdf");
        break;
    }
    case Channel::Email:
    case Channel::Web:
    case Channel::Mobile:
        r.bytes = renderLetterHtml(letter, plan.channel);
        r.mediaType = QStringLiteral("text/html");
        r.extension = QStringLiteral("html");
        break;
    case Channel::Sms:
        r.bytes = renderSmsText(letter);
        r.mediaType = QStringLiteral("text/plain");
        r.extension = QStringLiteral("txt");
        break;
    }
    return r;
}

bool DropBuilder::store(const CommunicationPlan &plan, const Rendition &rendition, StoredRendition *stored)
{
    const QString month = monthKey(plan.issuedAt);
    stored->path = QStringLiteral("renditions/") + month.left(4) + QLatin1Char('/') + month.mid(5) + QLatin1Char('/')
                   + plan.id + QLatin1Char('.') + rendition.extension;
    stored->mediaType = rendition.mediaType;
    stored->sha256 = sha256Hex(rendition.bytes);
    stored->bytes = rendition.bytes.size();
    stored->pages = rendition.pages;
    QByteArray bytes = rendition.bytes;
    if (plan.corrupt)
        damage(bytes); // after hashing, on purpose: see damage()
    QString error;
    if (!writeFileAtomically(m_dir + QLatin1Char('/') + stored->path, bytes, &m_createdDirs, &error))
        return fail(error);
    return true;
}

bool DropBuilder::snapshot(const CommunicationPlan &plan, SnapshotRef *ref)
{
    const auto it = m_snapshots.constFind(plan.snapshotBatch);
    if (it != m_snapshots.constEnd()) {
        *ref = *it;
        return true;
    }
    const QByteArray bytes = snapshotJson(plan);
    ref->path = QStringLiteral("snapshots/") + plan.snapshotMonth.left(4) + QLatin1Char('/') + plan.snapshotMonth.mid(5)
                + QLatin1Char('/') + plan.snapshotBatch + QStringLiteral(".json");
    ref->sha256 = sha256Hex(bytes);
    QString error;
    if (!writeFileAtomically(m_dir + QLatin1Char('/') + ref->path, bytes, &m_createdDirs, &error))
        return fail(error);
    m_snapshots.insert(plan.snapshotBatch, *ref);
    return true;
}

bool DropBuilder::writeDropJson()
{
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("proofdesk-drop")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("source"), QStringLiteral("exstream-demo")},
        {QStringLiteral("created"), rfc3339(dropCreatedAt())},
        {QStringLiteral("demo"), QJsonObject{{QStringLiteral("seed"), QString::number(m_options.seed)},
                                             {QStringLiteral("communications"), m_options.count}}},
    };
    QString error;
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    if (!writeFileAtomically(m_dir + QStringLiteral("/drop.json"), bytes, &m_createdDirs, &error))
        return fail(error);
    return true;
}

} // namespace proofdesk::demo
