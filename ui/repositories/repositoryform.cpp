#include "repositoryform.h"

#include "fittingscrollarea.h"
#include "itemmodels/tones.h"
#include "mappingtable.h"
#include "repositoriesmodel.h"
#include "screenfit.h"
#include "sync/cmis/cmiscatalogue.h"
#include "sync/connectorfactory.h"
#include "sync/credentials/credentialstore.h"
#include "sync/repositoryprofiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using proofdesk::sync::CredentialStore;
using proofdesk::sync::RepositoryDraft;

namespace {

QPlainTextEdit *keyValueEdit(QWidget *parent, const QString &placeholder, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace

RepositoryForm::RepositoryForm(const std::optional<RepositoryDraft> &existing, QWidget *parent)
    : QDialog(parent)
    , m_editing(existing.has_value())
{
    setWindowTitle(m_editing ? tr("Edit Repository") : tr("Add Repository"));
    setObjectName(QStringLiteral("RepositoryForm"));
    setMinimumWidth(520);
    buildFields();
    screenfit::keepOnScreenWhenShown(this);
    if (existing)
        setDraft(*existing);
    updateForKind();
}

void RepositoryForm::buildFields()
{
    auto *layout = new QVBoxLayout(this);
    // The fields scroll when the screen is too short for them (a profile's mapping on a
    // laptop); the notes and the buttons below stay in sight.
    auto *fields = new QWidget(this);
    m_form = new QFormLayout(fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_fields = new FittingScrollArea(fields, this);
    layout->addWidget(m_fields, 1);
    // In this order: a widget's place in the Tab order is the order it was made in.
    addPlaceRows();
    addCredentialRows();
    addContentRows();
    addNotesAndButtons(layout);
}

// Name, kind and where the repository is (an address, or a drop folder to choose).
void RepositoryForm::addPlaceRows()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("repoName"));
    m_name->setAccessibleName(tr("Repository name"));
    m_name->setReadOnly(m_editing);
    m_form->addRow(tr("&Name:"), m_name);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("repoKind"));
    m_kind->setAccessibleName(tr("Repository kind"));
    for (const QString &kind : proofdesk::sync::connectorKinds())
        m_kind->addItem(RepositoriesModel::kindName(kind), kind);
    m_kind->setEnabled(!m_editing);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RepositoryForm::updateForKind);
    m_form->addRow(tr("&Kind:"), m_kind);

    m_urlRow = new QWidget(this);
    auto *urlLayout = new QHBoxLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    m_url = new QLineEdit(m_urlRow);
    m_url->setObjectName(QStringLiteral("repoUrl"));
    m_browse = new QPushButton(tr("C&hoose…"), m_urlRow);
    m_browse->setObjectName(QStringLiteral("chooseFolder"));
    m_browse->setAccessibleName(tr("Choose the drop folder"));
    connect(m_browse, &QPushButton::clicked, this, &RepositoryForm::chooseFolder);
    urlLayout->addWidget(m_url, 1);
    urlLayout->addWidget(m_browse);
    m_form->addRow(tr("&Address:"), m_urlRow);
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("repoScope"));
    m_scope->setAccessibleName(tr("Sync scope: the communications this desk keeps"));
    m_scope->setPlaceholderText(tr("Everything. Or a query, e.g. issued:>=now-24m unit:retail"));
    m_scope->setToolTip(
        tr("The communications the cache keeps, in the search syntax over the repository's properties "
           "(issue date, type, channel, unit, …). What lies outside stays in the repository: Search the "
           "repositories too finds it. Held communications and those in a reissue always stay."));
    m_form->addRow(tr("S&cope:"), m_scope);
}

// Who signs in to a network repository, and the certificate it may present.
void RepositoryForm::addCredentialRows()
{
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("repoUser"));
    m_user->setAccessibleName(tr("User name"));
    m_form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("repoPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(m_editing ? tr("Unchanged") : QString());
    m_password->setToolTip(tr("Kept in the system keychain, never in the settings or the cache"));
    m_form->addRow(tr("&Password:"), m_password);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("repoPin"));
    m_pin->setAccessibleName(tr("Pinned certificate SHA-256 fingerprint"));
    m_pin->setPlaceholderText(tr("Only for a self-signed certificate: AB:CD:… (64 hex digits)"));
    m_form->addRow(tr("Certificate &SHA-256:"), m_pin);
}

// What is read: the profile, the CMIS types, the field mapping and the other settings.
void RepositoryForm::addContentRows()
{
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("repoProfile"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("A product's documented type and mapping to start from; change any field below"));
    connect(m_profile, &QComboBox::currentIndexChanged, this, &RepositoryForm::updateMappingBase);
    m_form->addRow(tr("P&rofile:"), m_profile);
    m_type = new QLineEdit(this);
    m_type->setObjectName(QStringLiteral("repoType"));
    m_type->setAccessibleName(tr("CMIS type of the communications"));
    m_form->addRow(tr("&Type:"), m_type);
    m_templateTypeRow = catalogueTypeRow(m_templateType, m_noTemplates, QStringLiteral("Template"),
                                         tr("CMIS type of the template versions"));
    m_form->addRow(tr("T&emplate type:"), m_templateTypeRow);
    m_blockTypeRow = catalogueTypeRow(m_blockType, m_noBlocks, QStringLiteral("Block"),
                                      tr("CMIS type of the content-block versions"));
    m_form->addRow(tr("&Block type:"), m_blockTypeRow);
    m_mapping = new MappingTable(this);
    m_form->addRow(tr("&Mapping:"), m_mapping);
    m_extra = keyValueEdit(this, tr("One key=value a line, e.g. page_size=200"), tr("Other settings"));
    m_extra->setObjectName(QStringLiteral("repoExtra"));
    m_form->addRow(tr("&Other settings:"), m_extra);
}

// Below the fields, always in sight: the note on password storage, the form's problem, the buttons.
void RepositoryForm::addNotesAndButtons(QVBoxLayout *layout)
{
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"));
    m_keychainNote->setAccessibleName(tr("Password storage"));
    layout->addWidget(m_keychainNote);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleDescription(tr("Problem with the form"));
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(proofdesk::itemmodels::tones::text(proofdesk::itemmodels::tones::Tone::Bad).name()));
    m_error->hide();
    layout->addWidget(m_error);
    // A problem said about the form goes once the person edits it (#41: a stale "Give the
    // repository a name." stayed after the name was typed); Save says the next one.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, m_error, [this] { showError({}); });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RepositoryForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RepositoryForm::reject);
    layout->addWidget(m_buttons);
}

QWidget *RepositoryForm::catalogueTypeRow(QLineEdit *&edit, QCheckBox *&none, const QString &objectName,
                                          const QString &what)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit = new QLineEdit(row);
    edit->setObjectName(QStringLiteral("repo%1Type").arg(objectName));
    edit->setAccessibleName(what);
    none = new QCheckBox(tr("None"), row);
    none->setObjectName(QStringLiteral("repoNo%1s").arg(objectName));
    none->setAccessibleName(tr("Read none: %1").arg(what));
    none->setToolTip(tr("The repository keeps none of these: read none"));
    QLineEdit *line = edit;
    connect(none, &QCheckBox::toggled, line, [line](bool on) { line->setEnabled(!on); });
    layout->addWidget(edit, 1);
    layout->addWidget(none);
    return row;
}

std::optional<QString> RepositoryForm::catalogueType(const QLineEdit *edit, const QCheckBox *none)
{
    if (none->isChecked())
        return QString(); // read none
    const QString type = edit->text().trimmed();
    return type.isEmpty() ? std::nullopt : std::optional<QString>(type); // empty: the profile's
}

void RepositoryForm::setCatalogueType(QLineEdit *edit, QCheckBox *none, const std::optional<QString> &type)
{
    none->setChecked(type && type->trimmed().isEmpty());
    edit->setText(type ? type->trimmed() : QString());
}

void RepositoryForm::updateForKind()
{
    const QString kind = m_kind->currentData().toString();
    const bool drop = kind == QLatin1String("drop");
    const bool mapped = kind == QLatin1String("cmis") || kind == QLatin1String("archivesspace");
    m_form->setRowVisible(m_user, !drop);
    m_form->setRowVisible(m_password, !drop);
    m_form->setRowVisible(m_pin, !drop);
    m_form->setRowVisible(m_profile, mapped);
    m_form->setRowVisible(m_type, kind == QLatin1String("cmis"));
    m_form->setRowVisible(m_templateTypeRow, kind == QLatin1String("cmis"));
    m_form->setRowVisible(m_blockTypeRow, kind == QLatin1String("cmis"));
    m_form->setRowVisible(m_mapping, mapped);
    m_form->setRowVisible(m_scope, drop || mapped); // the kinds that bring communications
    fillProfiles(kind);
    m_browse->setVisible(drop);
    if (QLabel *label = qobject_cast<QLabel *>(m_form->labelForField(m_urlRow)))
        label->setText(drop ? tr("&Folder:") : tr("&Address:"));
    m_url->setAccessibleName(drop ? tr("Drop folder") : tr("Repository address"));
    m_url->setPlaceholderText(drop ? tr("The folder the drops are written to")
                                   : tr("https://repository.example.org/…"));
    // Where the password will go, said before the user types it.
    const bool sessionOnly = !drop && (CredentialStore::isSessionOnly() || !CredentialStore::defaultUseKeychain());
    const QString problem = CredentialStore::keychainProblem();
    m_keychainNote->setText(
        tr("No keychain service is running%1: the password will be kept in memory for this session only "
           "and you will be asked for it again after Proofdesk restarts. It is never written to disk.")
            .arg(problem.isEmpty() ? QString() : tr(" (%1)").arg(problem)));
    m_keychainNote->setVisible(sessionOnly);
    m_fields->updateGeometry(); // its rows changed: the dialog's layout asks its size again
    adjustSize();
    if (isVisible())
        screenfit::keepOnScreen(this); // it grew from its top: its buttons stay on screen
}

// The profiles of this kind, the current one kept when the kind did not change.
void RepositoryForm::fillProfiles(const QString &kind)
{
    if (m_profilesKind == kind)
        return;
    m_profilesKind = kind;
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("None: the connector's defaults"), QString());
    for (const auto &profile : proofdesk::sync::repositoryProfiles())
        if (profile.kind == kind)
            m_profile->addItem(profile.product, profile.name);
    updateMappingBase();
}

// The mapping table and the types' placeholders follow the chosen profile.
void RepositoryForm::updateMappingBase()
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject settings;
    const QString profile = m_profile->currentData().toString();
    if (!profile.isEmpty())
        settings.insert(QStringLiteral("profile"), profile);
    m_mapping->setBase(proofdesk::sync::baseMapping(kind, settings));
    m_type->setPlaceholderText(tr("%1 (the profile's)").arg(proofdesk::sync::cmisTypeOf(settings)));
    using proofdesk::sync::cmis::CatalogueKind;
    m_templateType->setPlaceholderText(
        tr("%1 (the profile's)").arg(proofdesk::sync::cmisCatalogueTypeOf(settings, CatalogueKind::Template)));
    m_blockType->setPlaceholderText(
        tr("%1 (the profile's)").arg(proofdesk::sync::cmisCatalogueTypeOf(settings, CatalogueKind::Block)));
}

void RepositoryForm::chooseFolder()
{
    const QString start =
        m_url->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation) : m_url->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the drop folder"), start);
    if (!folder.isEmpty())
        m_url->setText(folder);
}

RepositoryDraft RepositoryForm::draft() const
{
    RepositoryDraft d;
    d.name = m_name->text();
    d.kind = m_kind->currentData().toString();
    d.url = m_url->text();
    const bool drop = d.kind == QLatin1String("drop");
    d.user = drop ? QString() : m_user->text();
    d.password = drop ? QString() : m_password->text();
    d.pin = drop ? QString() : m_pin->text();
    const bool mapped = d.kind == QLatin1String("cmis") || d.kind == QLatin1String("archivesspace");
    d.profile = mapped ? m_profile->currentData().toString() : QString();
    const bool cmis = d.kind == QLatin1String("cmis");
    d.type = cmis ? m_type->text() : QString();
    d.templateType = cmis ? catalogueType(m_templateType, m_noTemplates) : std::nullopt;
    d.blockType = cmis ? catalogueType(m_blockType, m_noBlocks) : std::nullopt;
    d.mapping = mapped ? m_mapping->overrides() : QString();
    d.extra = m_extra->toPlainText();
    d.scope = drop || mapped ? m_scope->text() : QString();
    return d;
}

void RepositoryForm::setDraft(const RepositoryDraft &draft)
{
    m_name->setText(draft.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(draft.kind)));
    m_url->setText(draft.url);
    m_user->setText(draft.user);
    m_password->setText(draft.password);
    m_pin->setText(draft.pin);
    m_extra->setPlainText(draft.extra);
    m_scope->setText(draft.scope);
    updateForKind();
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(draft.profile)));
    m_type->setText(draft.type);
    setCatalogueType(m_templateType, m_noTemplates, draft.templateType);
    setCatalogueType(m_blockType, m_noBlocks, draft.blockType);
    m_mapping->setOverrides(draft.mapping);
}

void RepositoryForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool RepositoryForm::keychainNoteShown() const { return m_keychainNote->isVisibleTo(this); }

void RepositoryForm::accept()
{
    QString error;
    if (!proofdesk::sync::settingsOf(draft(), &error)) {
        showError(error);
        return;
    }
    showError(QString());
    QDialog::accept();
}
