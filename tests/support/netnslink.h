#pragma once

#include <QString>

namespace proofdesk::test {

// A second host for a test, on one machine: a network namespace joined to the test's own by a
// veth pair (10.231.N.1 on the test's side, 10.231.N.2 inside), made with iproute2's `ip` and
// removed by the destructor. A server started while the calling thread is inside (enter() ...
// leave()) lives there; the test reaches it over the pair as over a network, and cut() makes
// that network drop every packet without a word (each side's address resolves, on the other,
// to a hardware address nobody has: what leaves is lost on the wire, nothing is refused), as a
// dead link or a firewall that drops does; or only what the test's side sends (a one-way
// loss: the server's packets still arrive). mend() puts it back.
//
// Needs root (CAP_NET_ADMIN) and `ip` (Debian iproute2, .ci/install-deps).
class NetnsLink
{
public:
    NetnsLink();
    ~NetnsLink();
    NetnsLink(const NetnsLink &) = delete;
    NetnsLink &operator=(const NetnsLink &) = delete;

    // False with the reason when the namespace or the pair cannot be made.
    bool create(QString *error);
    // The calling thread's network namespace becomes the inner one (threads and processes it
    // starts from then on are inside), and again the test's own.
    bool enter(QString *error);
    bool leave(QString *error);

    QString innerAddress() const; // the namespace's side: a server inside listens here
    QString outerAddress() const; // the test's side
    enum class Cut { BothWays, OnlyOutgoing };
    bool cut(Cut how, QString *error);
    bool mend(QString *error);

    // A network namespace needs root (CAP_NET_ADMIN); `ip` is iproute2's, which the project
    // installs (.ci/install-deps).
    static bool hasRights();
    static bool ipInstalled();

private:
    bool ip(const QStringList &args, QString *error) const;

    QString m_name;   // the namespace
    QString m_outer;  // the test's end of the pair
    QString m_inner;  // the namespace's end
    int m_subnet = 0; // N of 10.231.N.0/30
    int m_ownNamespace = -1;
    bool m_created = false;
};

} // namespace proofdesk::test
