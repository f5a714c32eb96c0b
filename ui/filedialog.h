#pragma once

#include <QString>

class QWidget;

// Save-file dialogs that tests can answer without a person (as MessageBox does): with a next
// path set, no dialog is shown and that path is returned once.
class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                   const QString &filter);
    // The answer to the next dialog (once); an empty string answers "cancelled".
    static void setNextSavePath(const QString &path);

    // The suggestion the last dialog made (what a person would have seen).
    static QString lastSuggested();
};
