//! Roles and what each may do.
//!
//! This table is the single statement of the access rules. `intake-core` checks it on every call that
//! reads or changes member data; no UI ever decides access (DESIGN.md, invariants).

code_enum! {
    pub enum Role("role") {
        /// Community health worker: screens members, acts on needs.
        Chw = "chw",
        /// Telehealth navigator: digital-access intake and the help given.
        Navigator = "navigator",
        /// Reviews the day's work, manages users, syncs, backs up.
        Supervisor = "supervisor",
    }
}

impl Role {
    pub fn allows(self, permission: Permission) -> bool {
        use Permission::*;
        match permission {
            FindMembers | ViewMember | EditMember | RecordResponse | RecordFollowUp => true,
            // Correcting or retracting is allowed to everyone for their own records; the core checks
            // authorship, and supervisors may retract anyone's.
            RetractAnyResponse | ManageUsers | Backup | Restore | VerifyStore | ReviewTeam
            | ImportMembers | Sync => self == Role::Supervisor,
        }
    }
}

/// Everything a signed-in user can ask the store to do, as far as access control is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    FindMembers,
    ViewMember,
    EditMember,
    RecordResponse,
    RecordFollowUp,
    RetractAnyResponse,
    ManageUsers,
    Backup,
    Restore,
    VerifyStore,
    ReviewTeam,
    ImportMembers,
    Sync,
}

impl Permission {
    /// A stable name for error messages and the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::FindMembers => "find-members",
            Permission::ViewMember => "view-member",
            Permission::EditMember => "edit-member",
            Permission::RecordResponse => "record-response",
            Permission::RecordFollowUp => "record-follow-up",
            Permission::RetractAnyResponse => "retract-any-response",
            Permission::ManageUsers => "manage-users",
            Permission::Backup => "backup",
            Permission::Restore => "restore",
            Permission::VerifyStore => "verify-store",
            Permission::ReviewTeam => "review-team",
            Permission::ImportMembers => "import-members",
            Permission::Sync => "sync",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_supervisors_manage_users_back_up_and_sync() {
        for p in [Permission::ManageUsers, Permission::Backup, Permission::Restore, Permission::Sync] {
            assert!(Role::Supervisor.allows(p), "{}", p.as_str());
            assert!(!Role::Chw.allows(p), "{}", p.as_str());
            assert!(!Role::Navigator.allows(p), "{}", p.as_str());
        }
        assert!(Role::Chw.allows(Permission::RecordResponse));
    }

    #[test]
    fn roles_round_trip_through_their_names() {
        for &r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Ok(r));
        }
        assert!(Role::parse("admin").is_err());
    }
}
