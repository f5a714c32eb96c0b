#include "mappingtable.h"

#include "sync/http/propertymapping.h"
#include "sync/repositoryprofiles.h"
#include "sync/repositorysettings.h"

#include <QHeaderView>

using proofdesk::sync::PropertyMapping;

MappingTable::MappingTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("repoMapping"));
    setAccessibleName(tr("Field mapping"));
    setHorizontalHeaderLabels({tr("Field"), tr("Repository property")});
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setTabKeyNavigation(false);
    setToolTip(tr("The property each field reads. Leave a property empty to read nothing into that field; "
                  "write =value for a fixed value."));
    setFixedHeight(verticalHeader()->defaultSectionSize() * 8 + horizontalHeader()->sizeHint().height() + 4);
    fill({});
}

QMap<QString, QString> MappingTable::overrideMap() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < rowCount(); ++row) {
        const QString field = item(row, FieldColumn)->text();
        const QString property = item(row, PropertyColumn)->text().trimmed();
        if (property != m_base.value(field))
            out.insert(field, property);
    }
    return out;
}

void MappingTable::fill(const QMap<QString, QString> &overrides)
{
    const QStringList &fields = PropertyMapping::fields();
    setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        auto *name = new QTableWidgetItem(field);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setToolTip(proofdesk::sync::fieldMeaning(field));
        setItem(row, FieldColumn, name);
        setItem(row, PropertyColumn, new QTableWidgetItem(overrides.value(field, m_base.value(field))));
    }
}

void MappingTable::setBase(const QMap<QString, QString> &base)
{
    const QMap<QString, QString> kept = overrideMap();
    m_base = base;
    fill(kept);
}

void MappingTable::setOverrides(const QString &keyValueLines)
{
    const auto parsed = proofdesk::sync::parseKeyValues(keyValueLines, false, nullptr);
    QMap<QString, QString> overrides;
    if (parsed)
        for (auto it = parsed->begin(); it != parsed->end(); ++it)
            overrides.insert(it.key(), it.value().toString());
    fill(overrides);
}

QString MappingTable::overrides() const
{
    QStringList lines;
    const QMap<QString, QString> map = overrideMap();
    for (auto it = map.begin(); it != map.end(); ++it)
        lines << it.key() + QLatin1Char('=') + it.value();
    return lines.join(QLatin1Char('\n'));
}

QString MappingTable::propertyOf(const QString &field) const
{
    const int row = int(PropertyMapping::fields().indexOf(field));
    return row < 0 ? QString() : item(row, PropertyColumn)->text();
}

void MappingTable::setPropertyOf(const QString &field, const QString &property)
{
    const int row = int(PropertyMapping::fields().indexOf(field));
    if (row >= 0)
        item(row, PropertyColumn)->setText(property);
}
