//! The ACO hub: it enrolls devices, ingests their sealed batches exactly once, and answers with signed
//! receipts; later, reports and exports read what it holds.
//!
//! - [`db`]: one small interface over SQLite and PostgreSQL, so every query is written once.
//! - [`hub`]: keys, enrollment codes, devices, stats. [`ingest`]: batch to receipt.
//! - [`server`]: the HTTP API (axum). `main.rs` is the admin command line.
//!
//! The hub shares only `intake-model` and `intake-wire` with the device (ARCHITECTURE.md).

pub mod audit;
pub mod dashboard;
pub mod db;
pub mod export;
pub mod facts;
pub mod hub;
pub mod ingest;
pub mod metrics;
pub mod refusal;
pub mod report;
pub mod roster;
mod schema;
pub mod server;
pub mod users;

pub use hub::{DeviceInfo, Hub, HubError};
pub use ingest::Accepted;
pub use refusal::Refusal;
