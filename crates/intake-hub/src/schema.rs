//! The hub's tables. One schema for both engines: `TEXT` and `BIGINT` only, timestamps as RFC 3339 UTC text
//! with a fixed number of digits (so they sort as text), keys as hex.
//!
//! Records (member versions, responses, answers, retractions, needs, follow-ups) are stored as the device
//! sent them (`body` is the record's JSON) plus the columns reports filter on. They are insert-only: a batch
//! inserts what the hub lacks and never updates a record.

use crate::db::{DbError, Result, Tx};

pub(crate) const SCHEMA_VERSION: i64 = 2;

const TABLES: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // The hub's HPKE keys. Exactly one has retired_at NULL: the current key. A retired key still opens
    // batches until accept_until (the grace period given at rotation).
    "CREATE TABLE IF NOT EXISTS hub_keys (
        id TEXT PRIMARY KEY, secret TEXT NOT NULL, public_key TEXT NOT NULL,
        created_at TEXT NOT NULL, retired_at TEXT, accept_until TEXT)",
    // One-time enrollment codes: the lookup tag and the HMAC key derived from the code, never the code.
    "CREATE TABLE IF NOT EXISTS enroll_codes (
        tag TEXT PRIMARY KEY, mac_key TEXT NOT NULL, site TEXT NOT NULL,
        created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT)",
    "CREATE TABLE IF NOT EXISTS devices (
        device_id TEXT PRIMARY KEY, site TEXT NOT NULL, label TEXT NOT NULL, public_key TEXT NOT NULL UNIQUE,
        enrolled_at TEXT NOT NULL, revoked_at TEXT, last_sequence BIGINT NOT NULL DEFAULT 0,
        last_batch TEXT, last_seen TEXT)",
    "CREATE TABLE IF NOT EXISTS batches (
        batch_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, sequence BIGINT NOT NULL, received_at TEXT NOT NULL,
        record_count BIGINT NOT NULL, records_new BIGINT NOT NULL,
        receipt_body TEXT NOT NULL, receipt_signature TEXT NOT NULL, UNIQUE (device_id, sequence))",
    // Refused requests, for stats and the sync-health view. Never member data: a reason and, when the
    // envelope named one, a device id.
    "CREATE TABLE IF NOT EXISTS rejections (id TEXT PRIMARY KEY, at TEXT NOT NULL, device_id TEXT, reason TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS member_versions (
        version_id TEXT PRIMARY KEY, member_id TEXT NOT NULL, site TEXT NOT NULL, device_id TEXT NOT NULL,
        recorded_at TEXT NOT NULL, batch_id TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS member_versions_member ON member_versions (member_id, recorded_at)",
    "CREATE TABLE IF NOT EXISTS responses (
        id TEXT PRIMARY KEY, member_id TEXT NOT NULL, instrument_id TEXT NOT NULL, collected_by TEXT NOT NULL,
        device_id TEXT NOT NULL, site TEXT NOT NULL, completed_at TEXT NOT NULL, supersedes TEXT,
        batch_id TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS responses_member ON responses (member_id, completed_at)",
    "CREATE TABLE IF NOT EXISTS answers (
        response_id TEXT NOT NULL, item_id TEXT NOT NULL, value TEXT, absent_reason TEXT,
        PRIMARY KEY (response_id, item_id))",
    "CREATE TABLE IF NOT EXISTS retractions (
        id TEXT PRIMARY KEY, response_id TEXT NOT NULL, batch_id TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS needs (
        id TEXT PRIMARY KEY, member_id TEXT NOT NULL, response_id TEXT NOT NULL, domain TEXT NOT NULL,
        opened_at TEXT NOT NULL, batch_id TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS follow_ups (
        id TEXT PRIMARY KEY, need_id TEXT NOT NULL, status TEXT NOT NULL, recorded_at TEXT NOT NULL,
        batch_id TEXT NOT NULL, body TEXT NOT NULL)",
];

/// Version 2: what reports, exports and the dashboard need.
const VERSION_2: &[&str] = &[
    // What each response says for reports (`facts::ResponseFacts` as JSON, worked out once at ingest) with
    // the columns reports group by, in a narrow table of its own: a report scans this, not `responses`,
    // whose bodies are kilobytes each (on SQLite a column after `body` costs a walk of its overflow pages).
    // Filled in for responses stored before version 2 by `Hub::open`.
    "CREATE TABLE IF NOT EXISTS response_facts (
        response_id TEXT PRIMARY KEY, member_id TEXT NOT NULL, instrument_id TEXT NOT NULL,
        collected_by TEXT NOT NULL, site TEXT NOT NULL, completed_at TEXT NOT NULL, supersedes TEXT,
        respondent TEXT NOT NULL, facts TEXT NOT NULL)",
    // The attributed roster: when one is loaded it is the denominator of completeness. An import replaces it.
    "CREATE TABLE IF NOT EXISTS roster (
        masshealth_id TEXT PRIMARY KEY, site TEXT, family_name TEXT NOT NULL, given_name TEXT NOT NULL,
        date_of_birth TEXT NOT NULL, imported_at TEXT NOT NULL)",
    // Dashboard users (admin, analyst) with Argon2id password hashes, and their sessions: only the SHA-256
    // of a session token is stored, so a copy of the database signs nobody in.
    "CREATE TABLE IF NOT EXISTS hub_users (
        name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS hub_sessions (
        token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)",
    // Every export, roster import and sign-in: who, what, when, and counts. Never member data.
    "CREATE TABLE IF NOT EXISTS hub_audit (
        id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)",
];

/// Creates the tables, or brings an older hub's tables up to [`SCHEMA_VERSION`].
pub(crate) fn create(tx: &mut dyn Tx) -> Result<()> {
    for sql in TABLES {
        tx.exec(sql, &[])?;
    }
    tx.exec("INSERT INTO hub_meta (key, value) VALUES ('schema_version', '1') ON CONFLICT DO NOTHING", &[])?;
    let version: i64 = tx
        .query("SELECT value FROM hub_meta WHERE key = 'schema_version'", &[])?
        .first()
        .and_then(|r| r.text(0).ok())
        .and_then(|v| v.parse().ok())
        .ok_or(DbError::Stored("schema version"))?;
    if version < 2 {
        for sql in VERSION_2 {
            tx.exec(sql, &[])?;
        }
    }
    tx.exec("UPDATE hub_meta SET value = ?1 WHERE key = 'schema_version'", &[SCHEMA_VERSION.to_string().into()])?;
    Ok(())
}
