#pragma once

#include "textdiff.h"

#include <QAbstractTableModel>

namespace proofdesk::itemmodels {

// A side-by-side diff as a table: old line number, old text, new line number, new text.
// Removed, added and changed rows carry translucent red/green backgrounds that read on
// light and dark palettes alike.
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LeftNumberColumn, LeftTextColumn, RightNumberColumn, RightTextColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole };

    explicit DiffModel(QObject *parent = nullptr);

    void setTexts(const QString &oldText, const QString &newText);
    void setTitles(const QString &oldTitle, const QString &newTitle);
    int addedCount() const { return m_added; }
    int removedCount() const { return m_removed; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant background(const DiffLine &line, int column) const;
    QList<DiffLine> m_lines;
    QString m_oldTitle;
    QString m_newTitle;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace proofdesk::itemmodels
