#pragma once

#include <QString>
#include <optional>

namespace proofdesk::cli {

class CliContext;

// repo add (commands_repoadd.cpp).
int addRepo(CliContext &ctx, const QString &name);
// repo witness NAME (commands_repowitness.cpp).
int witnessRepo(CliContext &ctx, const QString &name);
// The password of --password-stdin or --password-file (nullopt: neither). A password file
// must be its owner's only: its absolute path goes to *passwordFile. On bad usage (both
// given, a file others may read) *exitCode is set after the message is printed.
std::optional<QString> repoSecretFromOptions(CliContext &ctx, QString *passwordFile, int *exitCode);

} // namespace proofdesk::cli
