//! The device side of Equity Intake: the encrypted store and everything that reads or writes it.
//!
//! Start at [`Store`] (a data folder: initialise, sign in, recover, restore) and [`Session`] (a signed-in
//! user: members, responses, needs, users, outbox, verify, backup). Every session method checks the user's
//! role, writes in one transaction, and appends to the hash-chained audit log in that same transaction.
//!
//! This crate never imports Tauri or any UI: the desktop app and the `intake` command line are both thin
//! layers over it (ARCHITECTURE.md).

mod audit;
mod db;
pub mod demo;
mod drafts;
mod error;
pub mod fold;
/// Localization lives in its own crate (the hub uses it too); re-exported so `intake_core::l10n` stays the one path
/// the device side uses.
pub use intake_l10n as l10n;
mod integrity;
mod members;
mod outbox;
mod responses;
mod session;
mod store;
mod sync;
mod team;
mod vault;

pub use drafts::{Draft, DraftInstrument, ScreeningContext};
pub use error::{Error, Result};
pub use members::MAX_RESULTS;
pub use session::{
    MemberCreated, MemberSummary, NeedWithHistory, NewResponse, OutboxCounts, OutboxEntry, Recorded, Session, StoredResponse,
    User, UserAccount, VerifyReport,
};
pub use store::{Initialized, Store};
pub use sync::{check_hub_url, HubLink, StoredReceipt, SyncError, SyncProgress, SyncRun, SyncSummary, BATCH_RECORDS};
pub use team::{StaffWork, UnfollowedNeed};
pub use vault::{write_atomically, RecoveryKey, FREE_ATTEMPTS, MIN_PIN_LEN};
