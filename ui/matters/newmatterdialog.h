#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// New Matter…: its title, the question it answers (the reason, recorded), and its review
// tags (one key each, 1 to 9; the usual three to start with). Open stays off until a title
// and a reason are given.
class NewMatterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMatterDialog(QWidget *parent = nullptr);

    QString title() const;
    QString reason() const;
    QStringList tags() const;
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QPushButton *openButton() const { return m_open; }

private:
    QLineEdit *m_title;
    QLineEdit *m_reason;
    QLineEdit *m_tags;
    QPushButton *m_open;
};
