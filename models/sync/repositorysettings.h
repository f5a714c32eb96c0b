#pragma once

#include "cache/repositorystore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace proofdesk::sync {

// What the add/edit form of the desktop client holds. The password never goes into the
// settings: saveRepository() hands it to the CredentialStore.
struct RepositoryDraft
{
    QString name;
    QString kind;
    QString url; // a folder for drops
    QString user;
    QString password; // empty when editing: keep the stored secret
    QString pin;      // certificate SHA-256, "AB:CD:…" or hex; empty: none
    QString profile;  // repositoryprofiles.h; empty: the connector's defaults
    QString type;     // the CMIS type of communications; empty: the profile's
    // The CMIS types of template and content-block versions ("template_type", "block_type",
    // as `repo add --template-type/--block-type`): nullopt reads the profile's type, an empty
    // string reads none.
    std::optional<QString> templateType;
    std::optional<QString> blockType;
    QString mapping; // "field=repository property" lines over the profile's → settings.mapping
    QString scope;   // the sync scope, a query (syncscope.h); empty: everything → settings.scope
    QString extra;   // other "key=value" lines → settings (numbers and booleans typed)
};

// A repository with what the status column shows.
struct RepositoryStatus
{
    cache::RepositoryInfo info;
    qint64 records = 0;
};

struct SaveOutcome
{
    std::optional<cache::RepositoryInfo> repository;
    QString error;            // translated; empty on success
    bool sessionOnly = false; // the secret is kept in memory for this session only
};

// A setting's text as JSON: numbers and true/false keep their type ("page_size=200").
QJsonValue typedSettingValue(const QString &text);
// "key=value" lines (blank lines and # comments skipped) → an object; *error names the
// first bad line. Values stay strings unless `typed` (then numbers and true/false).
std::optional<QJsonObject> parseKeyValues(const QString &text, bool typed, QString *error);
QString keyValueText(const QJsonObject &object);

// The draft of an existing repository (no password).
RepositoryDraft draftOf(const cache::RepositoryInfo &repository);
// Validates the draft and builds its settings; *error is a translated sentence.
std::optional<QJsonObject> settingsOf(const RepositoryDraft &draft, QString *error);
// Why `url` or a setting's value (an address) cannot be stored: it carries a secret (a password
// after the user name, or ?password=, ?token=, ?session=, …), which would be kept in the settings
// and printed by `repo list`. Empty when it carries none.
QString secretProblem(const QString &url, const QJsonObject &settings);

// Every repository with its record count, read on a reader connection.
QList<RepositoryStatus> listRepositories(const QString &databasePath);
// Adds (editId empty) or edits a repository and stores its password, if given. Not audited:
// people configure repositories through services::RepositoryAdmin, which checks the role
// and records the change; this is its storage step (and tests' setup).
SaveOutcome saveRepository(cache::Database &writer, const RepositoryDraft &draft, std::optional<qint64> editId = {},
                           bool useKeychain = true);
SaveOutcome saveRepository(const QString &databasePath, const RepositoryDraft &draft, std::optional<qint64> editId = {},
                           bool useKeychain = true);
// Removes the repository, everything cached from it and its stored secret; the repository
// as it was, or nothing when there is none of that name.
std::optional<cache::RepositoryInfo> removeRepository(cache::Database &writer, const QString &name,
                                                      bool useKeychain = true);

} // namespace proofdesk::sync
