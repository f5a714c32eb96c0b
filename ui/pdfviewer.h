#pragma once

#include <QWidget>

class QBuffer;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QSpinBox;
class QToolButton;

// A PDF as sent, with page navigation, zoom in/out, fit to width, and search in the
// document (QPdfSearchModel; Return / Shift+Return step through the hits).
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    void setDocumentBytes(const QByteArray &bytes);
    void clear();
    int pageCount() const;
    int currentPage() const;
    void goToPage(int page);
    void zoomBy(qreal factor);
    void fitWidth();
    void findText(const QString &text);
    void findNext(int direction);
    QPdfView *view() const { return m_view; }
    QPdfSearchModel *searchModel() const { return m_search; }
    QLineEdit *findField() const { return m_find; }

signals:
    // The document is loaded and its first page can be drawn.
    void documentReady(int pages);

private:
    QToolButton *addButton(const QString &icon, int fallback, const QString &text, const QString &shortcut = {},
                           const QString &glyph = {});
    void buildToolbar(QWidget *bar);
    void updatePageControls();

    QPdfDocument *m_document;
    QPdfView *m_view;
    QPdfSearchModel *m_search;
    QBuffer *m_buffer = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
    int m_hit = -1;
};
