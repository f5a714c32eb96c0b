#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// Who you are and in which role, for the status bar: the user's name and, when they hold
// several roles, a switcher (each switch is audited by the library); one role is shown as text.
class RoleSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit RoleSwitcher(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QString shownText() const;

private:
    void fill();
    void showRole();

    proofdesk::itemmodels::RecordsContext *m_context;
    QLabel *m_user;
    QComboBox *m_combo;
    QLabel *m_single;
    bool m_filling = false;
};
