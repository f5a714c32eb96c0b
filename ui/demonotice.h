#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Above the results while the cache holds only the demo archive the first start wrote: says
// that these 2,000 communications are made up, so that every part of Proofdesk can be tried,
// and how to work on real ones: connect a repository (Settings › Repositories…), import an
// output drop (File › Import Drop…), or connect to the team's database (`proofdesk-cli team
// connect`, README "A team on PostgreSQL"). Dismissed once, it stays away (QSettings).
class DemoNotice : public QFrame
{
    Q_OBJECT

public:
    explicit DemoNotice(QWidget *parent = nullptr);

    // Shown when `onlyDemo` (the cache's one repository is the demo drop) and not dismissed.
    void update(bool onlyDemo);
    QLabel *label() const { return m_text; }

signals:
    void connectRequested();
    void importRequested();

private:
    QLabel *m_text;
    QPushButton *m_connect;
    QPushButton *m_import;
    QPushButton *m_dismiss;
};
