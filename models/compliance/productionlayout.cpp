#include "productionlayout.h"

#include <QFileInfo>

namespace proofdesk::compliance::productionlayout {

QString productionNumber(const QString &prefix, qint64 number)
{
    return prefix + QStringLiteral("%1").arg(number, kDigits, 10, QLatin1Char('0'));
}

QString folderOf(qint64 index) { return QStringLiteral("%1").arg(index / kPerFolder, 4, 10, QLatin1Char('0')); }

QString nativePath(qint64 index, const QString &number, const QString &renditionPath)
{
    // Only an extension of letters and digits is kept: a name from a repository never makes
    // a path of its own here.
    QString suffix = QFileInfo(renditionPath).suffix().toLower();
    bool plain = !suffix.isEmpty() && suffix.size() <= 8;
    for (const QChar c : suffix)
        plain = plain && c.isLetterOrNumber() && c.unicode() < 128;
    return QStringLiteral("NATIVES/%1/%2%3")
        .arg(folderOf(index), number, plain ? QLatin1Char('.') + suffix : QString());
}

QString textPath(qint64 index, const QString &number)
{
    return QStringLiteral("TEXT/%1/%2.txt").arg(folderOf(index), number);
}

QString metadataPath(qint64 index, const QString &number)
{
    return QStringLiteral("METADATA/%1/%2.json").arg(folderOf(index), number);
}

const QStringList &columns()
{
    static const QStringList all = {
        QStringLiteral("BEGDOC"),          QStringLiteral("ENDDOC"),      QStringLiteral("DOCID"),
        QStringLiteral("CUSTOMER"),        QStringLiteral("TYPE"),        QStringLiteral("CHANNEL"),
        QStringLiteral("ISSUED"),          QStringLiteral("TEMPLATE"),    QStringLiteral("TEMPLATE_VERSION"),
        QStringLiteral("DELIVERY_STATUS"), QStringLiteral("NATIVE_PATH"), QStringLiteral("NATIVE_SHA256"),
        QStringLiteral("TEXT_PATH"),       QStringLiteral("TEXT_SHA256"), QStringLiteral("METADATA_PATH"),
        QStringLiteral("METADATA_SHA256"), QStringLiteral("REPOSITORY"),  QStringLiteral("REPOSITORY_ID"),
        QStringLiteral("FIXITY"),          QStringLiteral("APPROVED_BY"), QStringLiteral("HOLDS"),
        QStringLiteral("MATTER"),          QStringLiteral("PRODUCTION"),
    };
    return all;
}

} // namespace proofdesk::compliance::productionlayout
