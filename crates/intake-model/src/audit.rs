//! Audit events: who viewed, changed, exported or backed up what, and every sign-in attempt.
//!
//! The store chains events by hash (`intake-core::audit`); this module only says what an event is.
//! An event names the entity by id and never carries member data in `detail`.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Timestamp, UnknownCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditAction {
    Initialize,
    Login,
    LoginFailed,
    LockedOut,
    Search,
    View,
    Create,
    Change,
    Retract,
    Export,
    Backup,
    Restore,
    Verify,
    UserAdded,
    PinReset,
    UserDeactivated,
    RecoveryUsed,
}

impl AuditAction {
    pub const ALL: [AuditAction; 17] = [
        Self::Initialize,
        Self::Login,
        Self::LoginFailed,
        Self::LockedOut,
        Self::Search,
        Self::View,
        Self::Create,
        Self::Change,
        Self::Retract,
        Self::Export,
        Self::Backup,
        Self::Restore,
        Self::Verify,
        Self::UserAdded,
        Self::PinReset,
        Self::UserDeactivated,
        Self::RecoveryUsed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Initialize => "initialize",
            Self::Login => "login",
            Self::LoginFailed => "login-failed",
            Self::LockedOut => "locked-out",
            Self::Search => "search",
            Self::View => "view",
            Self::Create => "create",
            Self::Change => "change",
            Self::Retract => "retract",
            Self::Export => "export",
            Self::Backup => "backup",
            Self::Restore => "restore",
            Self::Verify => "verify",
            Self::UserAdded => "user-added",
            Self::PinReset => "pin-reset",
            Self::UserDeactivated => "user-deactivated",
            Self::RecoveryUsed => "recovery-used",
        }
    }

    pub fn parse(s: &str) -> Result<Self, UnknownCode> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or_else(|| UnknownCode { what: "audit action", value: s.to_owned() })
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
