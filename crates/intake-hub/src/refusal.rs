//! Why the hub said no: a stable reason code (sent to the device, counted in stats and metrics), the HTTP
//! status it maps to, and a sentence for the admin's log. None of it ever contains member data.

use intake_wire::{HubKeyAnnouncement, Signed, WireError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    /// Kebab-case, stable: devices map it to a message in the staff member's language.
    pub reason: String,
    pub message: String,
    /// With `unknown-hub-key` and `hub-key-expired`: the hub's current key, signed with its receipt key, so
    /// the device can re-seal to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hub_key: Option<Signed<HubKeyAnnouncement>>,
}

impl Refusal {
    pub fn new(reason: &str, message: impl Into<String>) -> Self {
        Refusal { reason: reason.to_owned(), message: message.into(), hub_key: None }
    }

    /// The HTTP status: 4xx tells the device that sending the same bytes again will not help, 503 that it may.
    pub fn status(&self) -> u16 {
        match self.reason.as_str() {
            "unknown-device" | "bad-signature" | "bad-code" => 401,
            "device-revoked" => 403,
            "replayed" | "sequence-reused" | "unknown-hub-key" | "hub-key-expired" | "code-used"
            | "code-expired" | "already-enrolled" => 409,
            "too-large" => 413,
            "unavailable" => 503,
            _ => 400,
        }
    }

    pub fn unavailable(e: impl std::fmt::Display) -> Self {
        // The detail goes to the hub's log, not to the device: it may name tables or hosts.
        tracing::error!(error = %e, "database error");
        Refusal::new("unavailable", "the hub could not reach its database; try again")
    }
}

impl From<WireError> for Refusal {
    fn from(e: WireError) -> Self {
        Refusal::new(e.code(), e.to_string())
    }
}

impl From<crate::db::DbError> for Refusal {
    fn from(e: crate::db::DbError) -> Self {
        Refusal::unavailable(e)
    }
}
