#pragma once

#include <QJsonObject>
#include <QString>

// What the other workspaces ask of the review workspace: the letter it shows, the search in
// its box, and whether a person has it in front of them. The main window answers it; the
// records and compliance tabs take it instead of the window, so that they can be built (and
// tested) alone with any answer.
class ReviewSelection
{
public:
    virtual ~ReviewSelection() = default;
    // The record of the communication in the detail pane; empty when none is shown.
    virtual QJsonObject shownRecord() const = 0;
    // The search as the box reads it now (not the last total's).
    virtual QString searchText() const = 0;
    // Review is the workspace in front: what it shows is what the person sees.
    virtual bool reviewInFront() const = 0;
};

// A fixed answer: for a workspace on its own (tests, a window with no review workspace).
class FixedReviewSelection : public ReviewSelection
{
public:
    QJsonObject record;
    QString search;
    bool inFront = false;
    QJsonObject shownRecord() const override { return record; }
    QString searchText() const override { return search; }
    bool reviewInFront() const override { return inFront; }
};
