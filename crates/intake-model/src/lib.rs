//! The shared vocabulary of Equity Intake.
//!
//! Every record the device stores and the hub receives is one of the types here: a [`member`] version, a
//! [`response`] with its answers, a [`need`] with its follow-ups, an [`audit`] event. Device and hub share this
//! crate (and, later, `intake-wire`) and nothing else, so it must stay pure: no I/O, no SQL, no HTTP, no UI.
//!
//! Two rules shape the types:
//! - Records are append-only and carry a client-generated UUIDv7 ([`new_id`]), so the same record sent twice
//!   is recognised as the same record. A correction is a new record that names the one it `supersedes`.
//! - Every answer is either a value or an [`answer::AbsentReason`]; the type makes the third state
//!   ("nothing recorded") unrepresentable.

/// An enum stored and sent as a stable code: declares the variants with their codes once, and derives
/// `ALL`, `as_str`, `parse` and the serde names from that one list (so the three can never disagree).
/// Exported: the hub's own codes (report measures, user roles) are declared the same way. A crate that uses
/// it needs `serde` (with `derive`) as a dependency.
#[macro_export]
macro_rules! code_enum {
    ($(#[$meta:meta])* pub enum $name:ident($what:literal) {
        $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            pub fn parse(s: &str) -> Result<Self, $crate::UnknownCode> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|x| x.as_str() == s)
                    .ok_or_else(|| $crate::UnknownCode { what: $what, value: s.to_owned() })
            }
        }
    };
}

pub mod access;
pub mod answer;
pub mod audit;
pub mod instrument;
pub mod member;
pub mod need;
pub mod response;
pub mod scoring;

use uuid::Uuid;

pub use access::{Permission, Role};
pub use answer::{AbsentReason, Answer, AnswerOutcome, AnswerValue, Coding};
pub use audit::{AuditAction, AuditEvent};
pub use instrument::{Instrument, InstrumentError, Item, ItemKind};
pub use member::{MemberIdentity, MemberVersion};
pub use need::{FollowUp, Need, NeedStatus};
pub use response::{Consent, Mode, Respondent, Response, Retraction, TranslationStatus};
pub use scoring::{DomainScore, Outcome, ScoringContext};

/// A new record id: UUID version 7, so ids sort by creation time (good for B-tree locality in SQLite and
/// for reading an outbox in order) while staying unique across devices without coordination.
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// Timestamps are UTC everywhere; the UI formats them in local time.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// A value that did not parse as one of a closed set of codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a known {what}")]
pub struct UnknownCode {
    pub what: &'static str,
    pub value: String,
}

code_enum! {
    /// The kinds of record that travel to the hub; the outbox is keyed by (kind, id).
    pub enum RecordKind("record kind") {
        Member = "member",
        Response = "response",
        Retraction = "retraction",
        Need = "need",
        FollowUp = "follow-up",
    }
}
