#pragma once

#include <QString>
#include <stdexcept>

namespace proofdesk::records {

// A records action that did not happen, with a message for the person who asked: what was
// refused or wrong, and where. Thrown and caught on the same thread (a service call).
class RecordsError : public std::runtime_error
{
public:
    enum class Kind {
        Refused,  // the role table or a records rule forbids it (already audited)
        NotFound, // an id that does not exist
        Invalid,  // bad input: missing reason, malformed scope, wrong state
        Conflict, // well asked, but what it would make exists already (a case open for the finding)
    };
    RecordsError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromStdString(what()); }

private:
    Kind m_kind;
};

} // namespace proofdesk::records
