#pragma once

#include "domain/communication.h"
#include "domain/records.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace proofdesk::sync {

// What the records a mapping read say about the mapping, before anyone believes a finding
// it leads to (issue #40 item 6). A profile that does not fit a repository's layout maps
// without an error: ArchivesSpace's profile on another layout read template {id: "print",
// version: "TPL-NOTICE-25"} and account_id "approval_letter", and then 197 of 197 records
// were `unapproved_template`. `repo test` and the first sync of a repository (a crawl from
// the start) look at the records read and warn, one sentence each:
// - a field whose values look like another field's (a channel name in template_id, a value
//   of type in account_id);
// - a channel that is no channel, a business key without a digit, a template version that
//   looks like an id;
// - a sample none of whose template versions is known (to the data folder or the
//   repository): every communication would be reported as unapproved_template.
// A sample of fewer than kMinimumSample records with a field set says nothing about it.
class MappingSanity
{
public:
    static constexpr int kMinimumSample = 3;

    static QStringList valueWarnings(const QList<domain::Communication> &records);

    // `known` are the template versions the repository brings; the data folder's (cache
    // template_versions, read from `dataDir` when it is not empty) count too. Empty when the
    // sample names no template, or some version it names is known.
    static QString templateWarning(const QList<domain::Communication> &records,
                                   const QList<domain::TemplateVersion> &known, const QString &dataDir);
};

} // namespace proofdesk::sync
