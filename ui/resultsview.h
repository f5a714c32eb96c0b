#pragma once

#include <QTableView>
#include <optional>

namespace proofdesk::itemmodels {
class ResultsModel;
}

// The results table: uniform fixed row heights (so a million rows cost nothing to lay out),
// sorting by the columns the model sorts (issue date, type, channel, customer, delivery
// status), columns chosen from the header's context menu and remembered with their widths
// in QSettings.
class ResultsView : public QTableView
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setResultsModel(proofdesk::itemmodels::ResultsModel *model);
    void saveSettings() const;
    void restoreSettings();

    // Moves the current row by `delta` (next/previous result); returns false at an end.
    bool stepCurrent(int delta);
    std::optional<qint64> currentRowId() const;
    // The rows selected (Shift or Ctrl with a click or the arrows), in order; the current
    // row when none is.
    QList<int> selectedRowNumbers() const;
    // The current row's communication id, and the row as shown: the visible columns in
    // their on-screen order, tab-separated (what Copy Row puts on the clipboard).
    QString currentCommunicationId() const;
    QString currentRowText() const;

    // The rows belong to an older search than the one in the box (it has an error): they
    // are greyed out and cannot be used until a valid search replaces them.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

signals:
    // The current row changed to a communication (or to none).
    void currentCommunicationChanged(std::optional<qint64> rowid);
    // Return or double-click on a row.
    void opened();
    // Open in New Window from the context menu.
    void openInNewWindowRequested(qint64 rowid);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void keepSortIndicatorOnTheOrder(int section);
    void onCurrentChanged(const QModelIndex &current);
    void addRowActions();
    void applyDefaultColumns();

    proofdesk::itemmodels::ResultsModel *m_model = nullptr;
    bool m_stale = false;
};
