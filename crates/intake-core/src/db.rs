//! Opening the SQLCipher database and migrating its schema.
//!
//! Durability choices, and why:
//! - WAL with `synchronous=FULL`: a commit returns only after the WAL is fsynced, so a save the user saw
//!   acknowledged survives a crash or power loss. (NORMAL would be faster and could lose the last commits
//!   on power loss; for member data we pay the fsync.)
//! - Migrations are SQL in this file, applied in one transaction each, numbered by `PRAGMA user_version`.
//! - Tables that hold records are append-only, enforced by triggers in the database itself, so no code path
//!   (ours or a future one) can rewrite a record. `members_current`, `member_terms`, `outbox` and `meta`
//!   are indexes and bookkeeping, not records, and may change.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use crate::vault::DatabaseKey;

pub(crate) const FILE_NAME: &str = "intake.db";

/// Opens (or creates, with `create`) the database at `path` with `key`, and brings the schema up to date.
pub(crate) fn open(path: &Path, key: &DatabaseKey, create: bool) -> Result<Connection> {
    if !create && !path.exists() {
        return Err(Error::Corrupt(format!("{FILE_NAME} is missing")));
    }
    // CREATE is always on because ATTACH (used by backup) inherits the main connection's open flags.
    let flags =
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    // SQLCipher logs decryption failures to stderr by default; we report them ourselves, in one line.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    apply_key(&conn, key)?;
    // The first read is where SQLCipher finds out whether the key fits.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    migrate(&mut conn)?;
    Ok(conn)
}

pub(crate) fn apply_key(conn: &Connection, key: &DatabaseKey) -> Result<()> {
    // `PRAGMA key` takes no bound parameters; the literal is hex we produced, never user input.
    conn.execute_batch(&format!("PRAGMA key = \"{}\";", key.sqlcipher_literal().as_str()))?;
    Ok(())
}

const APPEND_ONLY: &[&str] =
    &["member_versions", "responses", "answers", "retractions", "needs", "follow_ups", "audit_log"];

const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE users (
        username     TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        role         TEXT NOT NULL CHECK (role IN ('chw', 'navigator', 'supervisor')),
        active       INTEGER NOT NULL DEFAULT 1,
        created_at   TEXT NOT NULL,
        created_by   TEXT NOT NULL
    );

    -- Every version of every member; `body` is the serde JSON of intake_model::MemberVersion.
    CREATE TABLE member_versions (
        version_id  TEXT PRIMARY KEY,
        member_id   TEXT NOT NULL,
        supersedes  TEXT REFERENCES member_versions(version_id),
        recorded_at TEXT NOT NULL,
        body        TEXT NOT NULL
    );
    CREATE INDEX member_versions_member ON member_versions(member_id);
    -- A version may be superseded once: edits form a chain, not a tree.
    CREATE UNIQUE INDEX member_versions_supersedes ON member_versions(supersedes) WHERE supersedes IS NOT NULL;

    -- The latest version per member, and the folded search terms of its names and ids.
    CREATE TABLE members_current (
        member_id     TEXT PRIMARY KEY,
        version_id    TEXT NOT NULL REFERENCES member_versions(version_id),
        date_of_birth TEXT NOT NULL,
        masshealth_id TEXT,
        folded_name   TEXT NOT NULL
    );
    CREATE INDEX members_current_dob ON members_current(date_of_birth);
    CREATE INDEX members_current_masshealth ON members_current(masshealth_id);
    CREATE TABLE member_terms (
        term      TEXT NOT NULL,
        member_id TEXT NOT NULL,
        PRIMARY KEY (term, member_id)
    ) WITHOUT ROWID;
    CREATE INDEX member_terms_member ON member_terms(member_id, term);

    -- `body` is the serde JSON of intake_model::Response without its answers, which are rows of `answers`.
    CREATE TABLE responses (
        id            TEXT PRIMARY KEY,
        member_id     TEXT NOT NULL,
        instrument_id TEXT NOT NULL,
        collected_by  TEXT NOT NULL,
        completed_at  TEXT NOT NULL,
        supersedes    TEXT REFERENCES responses(id),
        body          TEXT NOT NULL
    );
    CREATE INDEX responses_member ON responses(member_id, completed_at);
    CREATE INDEX responses_collector ON responses(collected_by, completed_at);
    CREATE UNIQUE INDEX responses_supersedes ON responses(supersedes) WHERE supersedes IS NOT NULL;

    CREATE TABLE answers (
        response_id   TEXT NOT NULL REFERENCES responses(id),
        item_id       TEXT NOT NULL,
        position      INTEGER NOT NULL,
        value         TEXT,
        absent_reason TEXT CHECK (absent_reason IN ('asked-declined', 'asked-unknown', 'not-asked')),
        note          TEXT,
        PRIMARY KEY (response_id, item_id),
        -- Exactly one of a value or an absent reason (DESIGN.md invariant).
        CHECK ((value IS NULL) <> (absent_reason IS NULL))
    ) WITHOUT ROWID;

    CREATE TABLE retractions (
        id          TEXT PRIMARY KEY,
        response_id TEXT NOT NULL UNIQUE REFERENCES responses(id),
        body        TEXT NOT NULL
    );

    CREATE TABLE needs (
        id          TEXT PRIMARY KEY,
        member_id   TEXT NOT NULL,
        response_id TEXT NOT NULL REFERENCES responses(id),
        domain      TEXT NOT NULL,
        opened_at   TEXT NOT NULL,
        body        TEXT NOT NULL
    );
    CREATE INDEX needs_member ON needs(member_id);

    CREATE TABLE follow_ups (
        id          TEXT PRIMARY KEY,
        need_id     TEXT NOT NULL REFERENCES needs(id),
        status      TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        body        TEXT NOT NULL
    );
    CREATE INDEX follow_ups_need ON follow_ups(need_id, recorded_at);

    -- Hash-chained: hash = SHA-256(prev_hash, fields). See audit.rs.
    CREATE TABLE audit_log (
        seq       INTEGER PRIMARY KEY,
        id        TEXT NOT NULL,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id TEXT,
        detail    TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
    );

    -- What has not yet reached the hub. Written in the same transaction as the record it points at.
    CREATE TABLE outbox (
        kind            TEXT NOT NULL,
        record_id       TEXT NOT NULL,
        enqueued_at     TEXT NOT NULL,
        delivered_batch TEXT,
        delivered_at    TEXT,
        PRIMARY KEY (kind, record_id)
    );
    CREATE INDEX outbox_pending ON outbox(enqueued_at) WHERE delivered_at IS NULL;
    "#,
    // 2: screenings in progress. A draft is working state, not a record: it changes with every answer,
    // is never synced, and is deleted once its responses are saved (drafts.rs).
    r#"
    CREATE TABLE drafts (
        id         TEXT PRIMARY KEY,
        member_id  TEXT NOT NULL REFERENCES members_current(member_id),
        created_by TEXT NOT NULL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        body       TEXT NOT NULL
    );
    CREATE INDEX drafts_member ON drafts(member_id);
    -- A user's recently added members (the member list after sign-in), without reading every version.
    CREATE INDEX member_versions_recorder ON member_versions(json_extract(body, '$.recorded_by'), recorded_at);
    "#,
    // 3: sync to the hub (sync.rs). `hub` is the enrollment: the pinned keys and the next sequence number.
    // A batch is stored, sealed, before it is first sent, so every retry (even after a crash) sends the same
    // bytes; outbox rows name the batch that carries them until the receipt marks them delivered.
    r#"
    CREATE TABLE hub (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        url           TEXT NOT NULL,
        site          TEXT NOT NULL,
        device_key    TEXT NOT NULL,
        hub_key       TEXT NOT NULL,
        receipt_key   TEXT NOT NULL,
        ca_cert       TEXT,
        enrolled_at   TEXT NOT NULL,
        enrolled_by   TEXT NOT NULL,
        next_sequence INTEGER NOT NULL
    );
    CREATE TABLE sync_runs (
        id          TEXT PRIMARY KEY,
        started_at  TEXT NOT NULL,
        started_by  TEXT NOT NULL,
        finished_at TEXT,
        batches     INTEGER NOT NULL DEFAULT 0,
        records     INTEGER NOT NULL DEFAULT 0,
        error       TEXT
    );
    CREATE TABLE sync_batches (
        batch_id     TEXT PRIMARY KEY,
        sequence     INTEGER NOT NULL UNIQUE,
        created_at   TEXT NOT NULL,
        record_count INTEGER NOT NULL,
        envelope     BLOB NOT NULL,
        state        TEXT NOT NULL CHECK (state IN ('sealed', 'delivered', 'abandoned')),
        run_id       TEXT,
        receipt      TEXT,
        delivered_at TEXT
    );
    CREATE UNIQUE INDEX sync_batches_one_sealed ON sync_batches(state) WHERE state = 'sealed';
    ALTER TABLE outbox ADD COLUMN sealed_batch TEXT;
    CREATE INDEX outbox_sealed ON outbox(sealed_batch) WHERE sealed_batch IS NOT NULL;
    "#,
];

fn migrate(conn: &mut Connection) -> Result<()> {
    let current: usize = conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))? as usize;
    if current > MIGRATIONS.len() {
        return Err(Error::Corrupt(format!(
            "the store was written by a newer Equity Intake (schema {current}); update the app"
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        if i == 0 {
            for table in APPEND_ONLY {
                tx.execute_batch(&format!(
                    "CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
                       BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
                     CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
                       BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;"
                ))?;
            }
        }
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

pub(crate) fn meta_get(conn: &Connection, key: &str) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

pub(crate) fn meta_set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}
