#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Writes small hand-made drops for tests: drop.json, record lines, rendition files.
class DropBuilder
{
public:
    explicit DropBuilder(const QString &root, const QString &source = QStringLiteral("test-drop"));

    QString root() const { return m_root; }

    // A valid communication record; `overrides` replaces or adds fields (a null value removes).
    QJsonObject communication(const QString &id, const QString &issuedAt = QStringLiteral("2026-10-03T09:00:00Z"),
                              const QJsonObject &overrides = {});
    // A communication whose rendition is the PDF `pdf` (renditions/ID.pdf) and that has no
    // "text": an import extracts it from the PDF.
    QJsonObject pdfCommunication(const QString &id, const QByteArray &pdf);
    // Writes a rendition file with the given bytes and returns its drop-relative path.
    QString writeRendition(const QString &relativePath, const QByteArray &bytes);

    static QByteArray line(const QJsonObject &record);
    void append(const QString &relativeFile, const QByteArray &lines);
    void appendRecord(const QString &relativeFile, const QJsonObject &record) { append(relativeFile, line(record)); }

private:
    QString m_root;
};

QString sha256Hex(const QByteArray &bytes);
