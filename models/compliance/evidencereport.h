#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace proofdesk::compliance {

// What the report says about the document file of the package.
struct EvidenceDocument
{
    QString fileName; // in the zip; empty when the bytes could not be included
    QString sha256;
    qint64 bytes = 0;
    QString problem; // why the bytes are not included (missing, no longer match)
};

struct EvidenceExporter
{
    QString user;
    QString role;
    QString device;
    qint64 at = 0;
};

// report.pdf: a summary a customer or regulator can read without tools: what was sent, to
// whom, when, from which approved template, how delivery went, holds, reissues, findings,
// and how to check the package (SHA256SUMS, the audit chain).
QByteArray evidenceReportPdf(const QJsonObject &record, const EvidenceDocument &document, const QJsonArray &audit,
                             const EvidenceExporter &exporter);
// The same report as HTML (what the PDF is laid out from).
QString evidenceReportHtml(const QJsonObject &record, const EvidenceDocument &document, const QJsonArray &audit,
                           const EvidenceExporter &exporter);

} // namespace proofdesk::compliance
