#pragma once

#include <QLabel>

namespace proofdesk::itemmodels {
class RecordsContext;
}

// The status bar's word on the team database: which one, as which login, and whether the
// window hears other people's changes live (or why not). Hidden for a data folder whose
// records are its own.
class TeamStatus : public QLabel
{
    Q_OBJECT

public:
    explicit TeamStatus(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

private:
    void update();

    proofdesk::itemmodels::RecordsContext *m_context;
};
