#include "documentview.h"

#include "pdfviewer.h"
#include "render/htmllimits.h"
#include "render/textlimits.h"
#include "safetextbrowser.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using proofdesk::itemmodels::DocumentState;

DocumentView::DocumentView(QWidget *parent)
    : QStackedWidget(parent)
    , m_messagePage(new QWidget(this))
    , m_message(new QLabel(m_messagePage))
    , m_retry(new QPushButton(tr("&Retry"), m_messagePage))
    , m_pdf(new PdfViewer(this))
    , m_html(new SafeTextBrowser(this))
    , m_text(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Document as sent"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // a repository's error text is never markup
    m_message->setAccessibleDescription(tr("Document message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse); // errors are copied into reports
    m_retry->setAccessibleDescription(tr("Fetch the document from its repository again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &DocumentView::retryRequested);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);
    m_messagePage->setFocusProxy(m_message);
    m_html->setAccessibleName(tr("Email as sent"));
    m_html->setAccessibleDescription(tr("Remote content is never loaded"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Text as sent"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_messagePage, m_pdf, m_html, m_text})
        addWidget(w);
    connect(m_pdf, &PdfViewer::documentReady, this, &DocumentView::pdfReady);
    connect(m_pdf, &PdfViewer::documentFailed, this, [this](const QString &reason) {
        if (currentWidget() == m_pdf)
            showUnsafeNotice(reason);
    });
    showMessage(tr("Select a communication to see the document as it was sent."));
}

void DocumentView::showMessage(const QString &text)
{
    m_pdf->clear();
    m_message->setText(text);
    m_retry->hide();
    setCurrentWidget(m_messagePage);
}

void DocumentView::showRetryableMessage(const QString &text)
{
    showMessage(text);
    m_retry->show();
}

void DocumentView::showUnsafeNotice(const QString &reason)
{
    showMessage(tr("This letter could not be shown safely: %1.").arg(reason));
    emit unsafeDocument(reason);
}

QString DocumentView::messageText() const { return m_message->text(); }

DocumentView::Mode DocumentView::mode() const
{
    if (currentWidget() == m_pdf)
        return Mode::Pdf;
    if (currentWidget() == m_html)
        return Mode::Html;
    if (currentWidget() == m_text)
        return Mode::Text;
    return Mode::Message;
}

void DocumentView::showDetail(const proofdesk::itemmodels::CommunicationDetail &detail)
{
    if (detail.documentState == DocumentState::Failed) {
        showMessage(tr("The stored bytes of this document do not match its recorded SHA-256.\n"
                       "They are not shown, because they are not the version that was sent."));
        return;
    }
    if (detail.documentState == DocumentState::Missing) {
        showMessage(tr("The document has not been fetched, or is missing from its repository."));
        return;
    }
    const QString type = detail.mediaType();
    if (type == QLatin1String("application/pdf")) {
        m_pdf->setDocumentBytes(detail.bytes);
        setCurrentWidget(m_pdf);
    } else if (type == QLatin1String("text/html")) {
        showHtml(detail.bytes);
    } else if (type.startsWith(QLatin1String("text/"))) {
        showText(detail.bytes);
    } else {
        showMessage(tr("Documents of type %1 cannot be shown here.").arg(type));
    }
}

void DocumentView::showHtml(const QByteArray &bytes)
{
    m_pdf->clear();
    // QTextDocument parses and lays out in this thread: past these bounds it could hold the
    // window for minutes, so the letter is refused before it is given any of it.
    QString html;
    const QString pastLimits = proofdesk::render::HtmlLimits().check(bytes, &html);
    if (!pastLimits.isEmpty()) {
        m_html->clear();
        showUnsafeNotice(pastLimits);
        return;
    }
    m_html->setSafeHtml(html);
    setCurrentWidget(m_html);
}

void DocumentView::showText(const QByteArray &bytes)
{
    m_pdf->clear();
    // QPlainTextEdit makes a block of every line and lays out those in view in this thread:
    // past these bounds one letter held the window for minutes.
    QString text;
    const QString pastLimits = proofdesk::render::TextLimits().check(bytes, &text);
    if (!pastLimits.isEmpty()) {
        m_text->clear();
        showUnsafeNotice(pastLimits);
        return;
    }
    m_text->setPlainText(text);
    setCurrentWidget(m_text);
}
