#pragma once

#include "audit/auditentry.h"

#include <QDialog>

// One audit entry whole, as an auditor checks it: who, in which role, on which device, what
// and why, the state before and after (indented JSON), and the hashes that chain it.
// Everything is shown as plain text: reasons and ids may hold anything a person typed.
class AuditEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditEntryDialog(const proofdesk::audit::AuditEntry &entry, QWidget *parent = nullptr);

    // The JSON as the dialog shows it: indented, or "(none)" for null.
    static QString prettyJson(const QByteArray &canonical);
};
