// The Matters tab's actions: each asks what it needs, then runs as one records action.
#include "itemmodels/records/recordscontext.h"
#include "mattersworkspace.h"
#include "newmatterdialog.h"
#include "productiondialog.h"
#include "records/matterhold.h"
#include "records/reasondialog.h"
#include "records/recordsstore.h"
#include "records/recordsui.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

using namespace proofdesk;

namespace {

struct ChangedMatter : itemmodels::RecordsOutcome
{
    QString message; // what was done, for the status line
    QString matter;  // the matter to show afterwards
};

// Asks a hold's name and reason; false when cancelled.
bool askHold(QWidget *parent, const QString &matter, QString *name, QString *reason)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(MattersWorkspace::tr("Place a Hold for %1").arg(matter));
    auto *nameEdit = new QLineEdit(*name, &dialog);
    auto *reasonEdit = new QLineEdit(*reason, &dialog);
    nameEdit->setAccessibleName(MattersWorkspace::tr("Hold name"));
    reasonEdit->setAccessibleName(MattersWorkspace::tr("Reason"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(MattersWorkspace::tr("&Name:"), nameEdit);
    form->addRow(MattersWorkspace::tr("&Reason (recorded):"), reasonEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *place = buttons->addButton(MattersWorkspace::tr("&Place Hold"), QDialogButtonBox::AcceptRole);
    place->setEnabled(false);
    for (QLineEdit *e : {nameEdit, reasonEdit})
        QObject::connect(e, &QLineEdit::textChanged, &dialog, [=] {
            place->setEnabled(!nameEdit->text().trimmed().isEmpty() && !reasonEdit->text().trimmed().isEmpty());
        });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *name = nameEdit->text().trimmed();
    *reason = reasonEdit->text().trimmed();
    return true;
}

} // namespace

void MattersWorkspace::change(records::Action action, const QString &what,
                              const std::function<QString(records::RecordsStore &)> &work)
{
    m_context->run<ChangedMatter>(
        action, this,
        [work](services::ActionContext &a) {
            ChangedMatter out;
            out.message = work(a.records);
            return out;
        },
        [this, what](ChangedMatter done) {
            const bool ok = recordsui::report(this, what, done);
            if (ok) {
                emit statusMessage(done.message);
                m_context->noteRecordsChanged();
            }
            refresh();
            emit actionFinished(ok);
        });
}

void MattersWorkspace::newMatter(const QString &givenTitle, const QString &givenReason, const QStringList &givenTags)
{
    QString title = givenTitle, reason = givenReason;
    QStringList tags = givenTags;
    if (title.isEmpty() || reason.isEmpty()) {
        NewMatterDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        title = dialog.title();
        reason = dialog.reason();
        tags = dialog.tags();
    }
    auto opened = std::make_shared<QString>();
    change(records::Action::ManageMatter, tr("New Matter"), [=](records::RecordsStore &r) {
        *opened = r.matters().openMatter(title, reason, tags).id;
        return tr("Matter %1 opened: add a search to fill its review set.").arg(*opened);
    });
    connect(
        this, &MattersWorkspace::refreshed, this, [this, opened] { selectMatter(*opened); }, Qt::SingleShotConnection);
}

void MattersWorkspace::addSearch(const QString &givenQuery)
{
    const QString matter = m_shown.matter.id;
    QString query = givenQuery;
    if (query.isEmpty()) {
        bool ok = false;
        query = QInputDialog::getText(this, tr("Add a Search to %1").arg(matter),
                                      tr("Search (what it finds now is added to the review set):"), QLineEdit::Normal,
                                      m_currentQuery, &ok)
                    .trimmed();
        if (!ok || query.isEmpty())
            return;
    }
    change(records::Action::ManageMatter, tr("Add a Search"), [=](records::RecordsStore &r) {
        const records::AddedSearch added = r.matters().addSearch(matter, query);
        return tr("Search %1 found %2 letters; %3 were new to the review set.")
            .arg(added.search.seq)
            .arg(QLocale().toString(added.search.total), QLocale().toString(added.search.added));
    });
}

void MattersWorkspace::toggleWatch()
{
    const QList<QTableWidgetItem *> selected = m_searches->selectedItems();
    if (selected.isEmpty())
        return;
    const records::MatterSearch s = m_shown.searches.value(selected.first()->row());
    const QString matter = m_shown.matter.id;
    change(records::Action::ManageMatter, tr("Watch a Search"), [=](records::RecordsStore &r) {
        r.matters().setWatch(matter, s.seq, !s.watch);
        return s.watch ? tr("Search %1 is no longer watched.").arg(s.seq)
                       : tr("Search %1 is watched: after each sync, its new letters are counted.").arg(s.seq);
    });
}

void MattersWorkspace::placeHold(const QString &givenName, const QString &givenReason)
{
    const QString matter = m_shown.matter.id;
    QString name = givenName.isEmpty() ? m_shown.matter.title : givenName, reason = givenReason;
    if ((givenName.isEmpty() || givenReason.isEmpty()) && !askHold(this, matter, &name, &reason))
        return;
    change(records::Action::ApplyHold, tr("Place a Hold"), [=](records::RecordsStore &r) {
        const records::HoldInfo hold = records::placeMatterHold(r.matters(), r.holds(), matter, name, reason);
        return tr("Hold %1 covers the %2 letters of %3.").arg(hold.id, QLocale().toString(hold.items), matter);
    });
}

void MattersWorkspace::closeMatter(const QString &givenReason)
{
    const QString matter = m_shown.matter.id;
    const QString reason =
        givenReason.isEmpty()
            ? ReasonDialog::ask(this, tr("Close %1").arg(matter),
                                tr("A closed matter takes no more searches, reviews or productions; its holds stay "
                                   "until they are released."),
                                tr("&Close Matter"))
            : givenReason;
    if (reason.isEmpty())
        return;
    change(records::Action::ManageMatter, tr("Close the Matter"), [=](records::RecordsStore &r) {
        r.matters().closeMatter(matter, reason);
        return tr("Matter %1 is closed.").arg(matter);
    });
}

void MattersWorkspace::produce()
{
    if (m_shown.matter.id.isEmpty())
        return;
    auto *dialog = new ProductionDialog(m_context, m_shown.matter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductionDialog::finished, this, [this](int) { refresh(); });
    connect(dialog, &ProductionDialog::produced, this, &MattersWorkspace::statusMessage);
    dialog->open();
}
