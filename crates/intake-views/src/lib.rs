//! What each screen of Equity Intake shows and does, over `intake-core`, with every word already in the
//! right language.
//!
//! The desktop app (`src-tauri`) is a thin shell: each IPC command calls one function here and hands its
//! result to the web view as JSON. Keeping the screens' logic here, away from Tauri and the DOM, means it
//! is tested with plain `cargo test`, and the web front end never formats a message, a date or a number
//! itself (one formatter: `intake_core::l10n`).
//!
//! Two languages are in play on a screening: the **staff** language (the screens, chosen per device) and
//! the **member** language (the questions and answers, chosen per screening). Functions take a [`Lang`]
//! that names both.

mod error;
pub mod members;
pub mod prefs;
pub mod screening;
pub mod supervisor;
pub mod sync;
pub mod text;

pub use error::{UiError, UiResult};
pub use text::Lang;
