#include "auditentrydialog.h"

#include "audit/actionlabels.h"
#include "audit/auditreason.h"
#include "itemmodels/records/auditentriesmodel.h"
#include "itemmodels/records/recordstablemodel.h"
#include "itemmodels/records/roletitle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using proofdesk::itemmodels::AuditEntriesModel;

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent, bool monospace = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QPlainTextEdit *jsonView(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(text, parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(accessibleName);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

} // namespace

QString AuditEntryDialog::prettyJson(const QByteArray &canonical)
{
    if (canonical.isEmpty() || canonical == "null")
        return tr("(none)");
    const QJsonDocument doc = QJsonDocument::fromJson(canonical);
    if (doc.isNull()) // a scalar: shown as it was hashed
        return QString::fromUtf8(canonical);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

AuditEntryDialog::AuditEntryDialog(const proofdesk::audit::AuditEntry &e, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("auditEntryDialog"));
    setWindowTitle(tr("Audit Entry #%1").arg(e.seq));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Time:"), plainLabel(proofdesk::itemmodels::formatRecordsTime(e.at), this));
    form->addRow(tr("User:"), plainLabel(e.user, this));
    form->addRow(tr("Role:"), plainLabel(proofdesk::itemmodels::roleTitle(e.role), this));
    form->addRow(tr("Device:"), plainLabel(e.device, this, true));
    form->addRow(
        tr("Action:"),
        plainLabel(QStringLiteral("%1 (%2)").arg(proofdesk::audit::ActionLabels::label(e.action), e.action), this));
    form->addRow(tr("Outcome:"), plainLabel(e.outcome == QLatin1String("refused") ? tr("Refused") : tr("Done"), this));
    form->addRow(tr("Object:"), plainLabel(AuditEntriesModel::objectText(e), this));
    form->addRow(tr("Reason:"),
                 plainLabel(e.reason.isEmpty() ? tr("(none)") : proofdesk::audit::renderReason(e.reason), this));
    form->addRow(tr("Before:"), jsonView(prettyJson(e.before), tr("State before"), this));
    form->addRow(tr("After:"), jsonView(prettyJson(e.after), tr("State after"), this));
    form->addRow(tr("Previous hash:"), plainLabel(e.prevHash, this, true));
    form->addRow(tr("Hash:"), plainLabel(e.hash, this, true));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}
