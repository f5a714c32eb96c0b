#pragma once

#include <QList>
#include <QString>

namespace proofdesk::records {

struct CertificateLine
{
    QString communicationId;
    QString retentionClass;
    qint64 issuedAt = 0;
    qint64 eligibleAt = 0;
    QString recordSha256;
};

struct CertificateData
{
    QString batchId;
    QString approvedBy;
    qint64 approvedAt = 0;
    QString reason;
    QString device;
    QList<CertificateLine> lines;
};

// Writes the certificate of disposition of one batch as a PDF (render::PdfPages: A4, the
// decision laid out from HTML with every field escaped, the communications as a plain table
// with long text wrapped, as many pages as the items need) through QSaveFile. Returns an error message, empty on
// success.
QString writeDispositionCertificate(const QString &path, const CertificateData &data);

} // namespace proofdesk::records
