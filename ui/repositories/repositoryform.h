#pragma once

#include "sync/repositorysettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class FittingScrollArea;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;
class MappingTable;

// The add/edit form of one repository, laid out for its kind: a folder picker for drops;
// address, user, password and pinned certificate for network kinds; for CMIS and
// ArchivesSpace a profile chooser (sync/repositoryprofiles.h), the CMIS types (of the
// communications, template versions and content-block versions, each shown as the profile's
// until one is typed; templates and blocks can be read from none) and the mapping as an
// editable field/property table over the profile's.
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
    void addPlaceRows();
    void addCredentialRows();
    void addContentRows();
    void addNotesAndButtons(QVBoxLayout *layout);
    void updateForKind();
    void fillProfiles(const QString &kind);
    void updateMappingBase();
    // A line for a CMIS type with a "None" box beside it (template and block types).
    QWidget *catalogueTypeRow(QLineEdit *&edit, QCheckBox *&none, const QString &objectName, const QString &what);
    static std::optional<QString> catalogueType(const QLineEdit *edit, const QCheckBox *none);
    static void setCatalogueType(QLineEdit *edit, QCheckBox *none, const std::optional<QString> &type);
    void chooseFolder();

    bool m_editing;
    FittingScrollArea *m_fields = nullptr; // m_form's rows, scrolling when the screen is short
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QPushButton *m_browse;
    QWidget *m_urlRow;
    QLineEdit *m_scope; // the sync scope (sync/syncscope.h)
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_pin;
    QComboBox *m_profile;
    QLineEdit *m_type;
    QWidget *m_templateTypeRow;
    QLineEdit *m_templateType;
    QCheckBox *m_noTemplates;
    QWidget *m_blockTypeRow;
    QLineEdit *m_blockType;
    QCheckBox *m_noBlocks;
    MappingTable *m_mapping;
    QString m_profilesKind; // the kind m_profile lists the profiles of
    QPlainTextEdit *m_extra;
    QLabel *m_keychainNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
