#pragma once

class QLineEdit;

// QLineEdit's clear button, named: Qt's has an icon only, and a screen reader announced an
// unnamed button beside every search field (#41).
void enableNamedClearButton(QLineEdit *edit);
