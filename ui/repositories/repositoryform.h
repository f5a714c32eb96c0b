#pragma once

#include "sync/repositorysettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The add/edit form of one repository, laid out for its kind: a folder picker for drops;
// address, user, password, pinned certificate and key=value mapping for network kinds.
// It validates (sync::settingsOf) before it accepts; the caller saves the draft.
class RepositoryForm : public QDialog
{
    Q_OBJECT

public:
    // Adding when `existing` is empty; name and kind are fixed when editing.
    explicit RepositoryForm(const std::optional<proofdesk::sync::RepositoryDraft> &existing, QWidget *parent = nullptr);

    proofdesk::sync::RepositoryDraft draft() const;
    void setDraft(const proofdesk::sync::RepositoryDraft &draft);
    // Shows a problem under the fields (also used by the caller when saving fails).
    void showError(const QString &message);
    // True when a secret will stay in memory only: the note is shown.
    bool keychainNoteShown() const;

    void accept() override;

private:
    void buildFields();
    void updateForKind();
    void chooseFolder();

    bool m_editing;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QPushButton *m_browse;
    QWidget *m_urlRow;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_pin;
    QPlainTextEdit *m_mapping;
    QPlainTextEdit *m_extra;
    QLabel *m_keychainNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
