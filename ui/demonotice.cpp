#include "demonotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace {
const QString kDismissed = QStringLiteral("firstStart/demoNoticeDismissed");
} // namespace

DemoNotice::DemoNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect a Repository…"), this))
    , m_import(new QPushButton(tr("Import a Drop…"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("demoNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("demoNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(tr("This is a demo archive: 2,000 made-up communications written at the first start, so that "
                       "every part of Proofdesk can be tried. To work on your own: connect a repository (CMIS, "
                       "ArchivesSpace or a drop folder) in Settings › Repositories…, import an output drop with File › "
                       "Import Drop…, or connect this data folder to your team's database with “proofdesk-cli team "
                       "connect” (README, “A team on PostgreSQL”)."));
    m_connect->setObjectName(QStringLiteral("demoConnect"));
    m_import->setObjectName(QStringLiteral("demoImport"));
    m_dismiss->setObjectName(QStringLiteral("demoDismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the demo archive notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_connect);
    layout->addWidget(m_import);
    layout->addWidget(m_dismiss);
    connect(m_connect, &QPushButton::clicked, this, &DemoNotice::connectRequested);
    connect(m_import, &QPushButton::clicked, this, &DemoNotice::importRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        QSettings().setValue(kDismissed, true);
        hide();
    });
    hide();
}

void DemoNotice::update(bool onlyDemo) { setVisible(onlyDemo && !QSettings().value(kDismissed).toBool()); }
