#include "dropbuilder.h"

#include "tempdatafolder.h"

#include <QCryptographicHash>
#include <QJsonDocument>

DropBuilder::DropBuilder(const QString &root, const QString &source)
    : m_root(root)
{
    writeTextFile(root, QStringLiteral("drop.json"),
                  QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("proofdesk-drop")},
                                            {QStringLiteral("version"), 1},
                                            {QStringLiteral("source"), source},
                                            {QStringLiteral("created"), QStringLiteral("2026-10-01T00:00:00Z")}})
                      .toJson(QJsonDocument::Compact));
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString DropBuilder::writeRendition(const QString &relativePath, const QByteArray &bytes)
{
    writeTextFile(m_root, relativePath, bytes);
    return relativePath;
}

QJsonObject DropBuilder::communication(const QString &id, const QString &issuedAt, const QJsonObject &overrides)
{
    const QByteArray bytes = QStringLiteral("Statement for %1").arg(id).toUtf8();
    const QString path = writeRendition(QStringLiteral("renditions/%1.txt").arg(id), bytes);
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("statement")},
        {QStringLiteral("issued_at"), issuedAt},
        {QStringLiteral("channel"), QStringLiteral("email")},
        {QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), QStringLiteral("TPL-STMT")},
                                                 {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), path},
                                                  {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                                                  {QStringLiteral("sha256"), sha256Hex(bytes)},
                                                  {QStringLiteral("bytes"), bytes.size()}}},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana García")},
                                                  {QStringLiteral("email"), QStringLiteral("ana@example.org")}}},
        {QStringLiteral("customer_id"), QStringLiteral("CUST-1")},
        {QStringLiteral("text"), QStringLiteral("Your monthly statement")},
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    return o;
}

QJsonObject DropBuilder::pdfCommunication(const QString &id, const QByteArray &pdf)
{
    const QString path = writeRendition(QStringLiteral("renditions/%1.pdf").arg(id), pdf);
    return communication(
        id, QStringLiteral("2026-10-03T09:00:00Z"),
        {{QStringLiteral("text"), QJsonValue::Null},
         {QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), path},
                                                   {QStringLiteral("media_type"), QStringLiteral("application/pdf")},
                                                   {QStringLiteral("sha256"), sha256Hex(pdf)},
                                                   {QStringLiteral("bytes"), pdf.size()}}}});
}

QByteArray DropBuilder::line(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

void DropBuilder::append(const QString &relativeFile, const QByteArray &lines)
{
    appendTextFile(m_root, relativeFile, lines);
}
