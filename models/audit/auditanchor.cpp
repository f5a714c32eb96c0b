#include "auditanchor.h"

#include "util/outputfile.h"

#include <QFile>
#include <QJsonDocument>
#include <stdexcept>

namespace proofdesk::audit {

namespace {

// An anchor is a few dozen bytes; anything much larger is the wrong file.
constexpr qint64 kMaxAnchorBytes = 64 * 1024;
// Integers above 2^53 do not survive a JSON number.
constexpr double kMaxSeq = 9007199254740992.0;

[[noreturn]] void fail(const QString &message) { throw std::runtime_error(message.toStdString()); }

bool isHex64(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

// Enough of the hash for a person to match it with the file they keep.
QString hashPrefix(const QString &hash) { return hash.left(12) + QStringLiteral("…"); }

} // namespace

QJsonObject AuditAnchor::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
}

AuditAnchor AuditAnchor::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read the anchor file %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxAnchorBytes)
        fail(QStringLiteral("%1 is not an anchor file: it is %2 bytes, an anchor is a few dozen")
                 .arg(path, QString::number(file.size())));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxAnchorBytes), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        fail(QStringLiteral("%1 is not an anchor file: it is not a JSON object%2")
                 .arg(path, error.error != QJsonParseError::NoError ? QStringLiteral(" (%1)").arg(error.errorString())
                                                                    : QString()));
    const QJsonObject json = doc.object();
    const double seq = json.value(QStringLiteral("seq")).toDouble(-1);
    if (seq < 0 || seq > kMaxSeq || seq != qint64(seq))
        fail(QStringLiteral("%1 is not an anchor file: it has no \"seq\" (the sequence number of the anchored entry)")
                 .arg(path));
    AuditAnchor anchor;
    anchor.seq = qint64(seq);
    anchor.hash = json.value(QStringLiteral("hash")).toString().toLower();
    if (!isHex64(anchor.hash))
        fail(QStringLiteral("%1 is not an anchor file: its \"hash\" is not 64 hexadecimal digits").arg(path));
    return anchor;
}

void AuditAnchor::writeFile(const QString &path) const
{
    util::OutputFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

void checkAnchor(VerifyResult &result, const AuditAnchor &anchor, const std::optional<QString> &hashAtSeq)
{
    // A broken chain (or a verification cut short) is reported as such first; an anchor of an
    // empty trail names no entry. Rows of the state no entry explains do not hide the anchor:
    // a trail cut short leaves such rows, and the cut is the finding (the rows stay in `state`).
    const bool chainWhole = result.firstBadSeq == 0 && (result.ok || !result.state.isEmpty());
    if (!chainWhole || anchor.seq <= 0)
        return;
    if (hashAtSeq && *hashAtSeq == anchor.hash)
        return;
    result.ok = false;
    result.firstBadSeq = anchor.seq;
    result.problem =
        hashAtSeq
            ? QStringLiteral("entry %1 no longer has the anchored hash %2: the chain was rewritten")
                  .arg(anchor.seq)
                  .arg(hashPrefix(anchor.hash))
            : QStringLiteral("entry %1, which the anchor of %2 names, is missing: the newest entries were removed")
                  .arg(anchor.seq)
                  .arg(hashPrefix(anchor.hash));
}

} // namespace proofdesk::audit
