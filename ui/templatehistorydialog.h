#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace proofdesk::itemmodels {
class DiffModel;
class TemplateVersionsModel;
struct TemplateHistory;
} // namespace proofdesk::itemmodels

// A template's version history: each version with status, effective dates and approvals;
// a side-by-side diff of any two versions' text; and the communications produced with the
// selected version, opened as a search.
class TemplateHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateHistoryDialog(const QString &databasePath, const QString &templateId, const QString &version,
                          QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    void compare(int oldRow, int newRow);
    proofdesk::itemmodels::DiffModel *diffModel() const { return m_diff; }
    proofdesk::itemmodels::TemplateVersionsModel *versionsModel() const { return m_versions; }
    QString diffSummary() const;

signals:
    void searchRequested(const QString &query);
    void loaded();

private:
    void onHistory(const proofdesk::itemmodels::TemplateHistory &history);
    void updateDiff();
    QString selectedVersion() const;
    QWidget *buildDiffControls();

    proofdesk::itemmodels::TemplateVersionsModel *m_versions;
    proofdesk::itemmodels::DiffModel *m_diff;
    QString m_templateId;
    QString m_initialVersion;
    QLabel *m_title;
    QTableView *m_versionView;
    QComboBox *m_old = nullptr;
    QComboBox *m_new = nullptr;
    QLabel *m_diffSummary = nullptr;
    QTableView *m_diffView;
    QPushButton *m_produced;
    bool m_loaded = false;
};
