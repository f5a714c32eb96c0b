#pragma once

#include "rolerecords.h"

namespace proofdesk::records {

class LocalRecordsFolder;
class RecordsSession;

// This data folder's own role grants (RoleGrants).
class LocalRoleRecords : public RoleRecords
{
public:
    explicit LocalRoleRecords(const LocalRecordsFolder &folder);

    QList<RoleGrant> roleGrants() const override;
    QList<Role> rolesOf(const QString &user) const override;
    void grantRole(const QString &user, Role role, const QString &reason) override;
    void revokeRole(const QString &user, Role role, const QString &reason) override;

private:
    const LocalRecordsFolder &m_folder;
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
