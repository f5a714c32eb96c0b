#pragma once

#include <QString>

namespace proofdesk::sync {

// A password kept in a file (its first line) for machines where no keychain runs: a
// scheduled sync, a service, CI. `repo add --password-file F` and `team connect
// --password-file F` name one; it is read again at every sign-in and never copied.
class PasswordFile
{
public:
    // Why this file may not hold a repository's password: it cannot be read, it is not a
    // file, or others than its owner may read or write it (naming the file and its mode).
    // Empty when only its owner can use it.
    static QString ownerOnlyProblem(const QString &path);
    // The first line without its line end; throws std::runtime_error naming the file when it
    // cannot be read.
    static QString readFirstLine(const QString &path);
    // readFirstLine(), refused (std::runtime_error with ownerOnlyProblem()) unless only the
    // owner can read the file.
    static QString readOwnerOnly(const QString &path);
};

} // namespace proofdesk::sync
