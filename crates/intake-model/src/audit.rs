//! Audit events: who viewed, changed, exported or backed up what, and every sign-in attempt.
//!
//! The store chains events by hash (`intake-core::audit`); this module only says what an event is.
//! An event names the entity by id and never carries member data in `detail`.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Timestamp;

code_enum! {
    pub enum AuditAction("audit action") {
        Initialize = "initialize",
        Login = "login",
        LoginFailed = "login-failed",
        LockedOut = "locked-out",
        Search = "search",
        View = "view",
        Create = "create",
        Change = "change",
        Retract = "retract",
        Export = "export",
        Backup = "backup",
        Restore = "restore",
        Verify = "verify",
        UserAdded = "user-added",
        PinReset = "pin-reset",
        UserDeactivated = "user-deactivated",
        RecoveryUsed = "recovery-used",
        Enroll = "enroll",
        Sync = "sync",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// Position in the chain, from 1, without gaps.
    pub seq: i64,
    pub id: Uuid,
    pub at: Timestamp,
    /// The username acting (or attempting to sign in).
    pub actor: String,
    pub action: AuditAction,
    /// What kind of thing was touched (`member`, `response`, `user`, `store`, ...).
    pub entity: String,
    pub entity_id: Option<String>,
    /// Free text without member data: counts, file kinds, reasons.
    pub detail: String,
}
