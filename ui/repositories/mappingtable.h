#pragma once

#include <QMap>
#include <QTableWidget>

// The repository form's mapping as a two-column table: every Proofdesk field and the
// repository property it reads. It starts from a base (the chosen profile's mapping, or the
// connector's default) and keeps what the user typed over it; only those overrides are
// saved, so that the repository follows its documented profile for everything else.
class MappingTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { FieldColumn, PropertyColumn, ColumnCount };

    explicit MappingTable(QWidget *parent = nullptr);

    // A new base (another profile or kind); the overrides typed so far stay.
    void setBase(const QMap<QString, QString> &base);
    // "field=property" lines over the base (RepositoryDraft::mapping), and back.
    void setOverrides(const QString &keyValueLines);
    QString overrides() const;
    // The property shown for a field (for tests and the form).
    QString propertyOf(const QString &field) const;
    void setPropertyOf(const QString &field, const QString &property);

private:
    QMap<QString, QString> overrideMap() const;
    void fill(const QMap<QString, QString> &overrides);
    QMap<QString, QString> m_base;
};
