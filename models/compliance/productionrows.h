#pragma once

#include "productionverifier.h"

#include <QHash>
#include <QJsonObject>

namespace proofdesk::compliance {

// The load file of a production checked against its folder (productionverifier.h): the DAT's
// rows in production-number order with no gap or repeat, each row's paths and hashes those of
// the manifest, each row's fields those of its document's metadata, whose audit entries are
// recomputed against their chain; the CSV the same rows as the DAT.
class ProductionRows
{
public:
    // `manifest`: path → SHA-256 as the manifest lists them (already checked against the files).
    ProductionRows(QString folder, const QHash<QString, QString> &manifest, const QJsonObject &production,
                   ProductionCheck &check);

    void checkDat();
    void checkCsv();
    void checkExceptions();

private:
    void problem(const QString &path, const QString &what);
    void checkNumber(qint64 row, const QString &number);
    void checkRow(qint64 row, const QStringList &fields);
    void checkMetadata(qint64 row, const QStringList &fields, const QJsonObject &metadata);
    void checkAudit(const QString &path, const QJsonArray &entries);
    QString field(const QStringList &fields, const char *column) const;

    QString m_folder;
    const QHash<QString, QString> &m_manifest;
    QJsonObject m_production;
    ProductionCheck &m_check;
    QHash<QString, int> m_columns;
    QList<QByteArray> m_datRows; // each DAT row's SHA-256, for the CSV's comparison
    qint64 m_expected = 0;       // the next number
    qint64 m_anchorSeq = 0;
};

} // namespace proofdesk::compliance
