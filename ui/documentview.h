#pragma once

#include "itemmodels/communicationdetail.h"

#include <QStackedWidget>

class PdfViewer;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SafeTextBrowser;

// The document as sent, by media type: a PDF in PdfViewer, an email's HTML in a browser
// that loads nothing remote, SMS and other text as plain text; HTML and text only within the
// bounds of render::HtmlLimits and render::TextLimits. Only verified bytes are shown;
// otherwise a message says why there is nothing to show.
class DocumentView : public QStackedWidget
{
    Q_OBJECT

public:
    enum class Mode { Message, Pdf, Html, Text };

    explicit DocumentView(QWidget *parent = nullptr);

    void showDetail(const proofdesk::itemmodels::CommunicationDetail &detail);
    void showMessage(const QString &text);
    // A message about a document that could not be had, with a Retry button.
    void showRetryableMessage(const QString &text);
    // The document was refused because showing it would pass a bound (time, memory, pages,
    // nesting, size): the notice says which.
    void showUnsafeNotice(const QString &reason);
    QString messageText() const;
    QPushButton *retryButton() const { return m_retry; }
    Mode mode() const;
    PdfViewer *pdfViewer() const { return m_pdf; }
    SafeTextBrowser *htmlView() const { return m_html; }
    QPlainTextEdit *textView() const { return m_text; }

signals:
    void pdfReady(int pages);
    void unsafeDocument(const QString &reason);
    void retryRequested();

private:
    void showHtml(const QByteArray &bytes);
    void showText(const QByteArray &bytes);

    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_retry;
    PdfViewer *m_pdf;
    SafeTextBrowser *m_html;
    QPlainTextEdit *m_text;
};
