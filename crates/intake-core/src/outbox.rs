//! The outbox: which records have not yet reached the hub.
//!
//! A row is written in the same transaction as its record (so nothing is stored without being queued). Sync
//! (sync.rs) moves a row through three states: unsent; sealed into a batch (`sealed_batch`); delivered
//! (`delivered_at`, only once the hub's receipt for that batch has been verified). Delivered rows are kept:
//! they are the device's proof of what the hub acknowledged, and cheap.

use rusqlite::{params, Connection};
use uuid::Uuid;

use intake_model::{Permission, RecordKind};

use crate::error::{Error, Result};
use crate::session::{OutboxCounts, OutboxEntry, Session};

pub(crate) fn enqueue(conn: &Connection, kind: RecordKind, id: Uuid) -> Result<()> {
    conn.execute(
        "INSERT INTO outbox (kind, record_id, enqueued_at) VALUES (?1, ?2, ?3)",
        params![kind.as_str(), id.to_string(), chrono::Utc::now().to_rfc3339()],
    )?;
    Ok(())
}

fn entries(conn: &Connection, sql: &str, param: &dyn rusqlite::ToSql) -> Result<Vec<OutboxEntry>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows: Vec<(String, String)> =
        stmt.query_map([param], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    rows.into_iter()
        .map(|(k, id)| {
            Ok(OutboxEntry {
                kind: RecordKind::parse(&k).map_err(|e| Error::Corrupt(e.to_string()))?,
                record_id: id.parse().map_err(|_| Error::Corrupt("outbox id".into()))?,
            })
        })
        .collect()
}

/// The oldest records not yet in any batch, at most `limit`, in the order they were recorded (so a member
/// travels before the responses about them).
pub(crate) fn unsealed(conn: &Connection, limit: usize) -> Result<Vec<OutboxEntry>> {
    entries(
        conn,
        "SELECT kind, record_id FROM outbox WHERE delivered_at IS NULL AND sealed_batch IS NULL
         ORDER BY enqueued_at, record_id LIMIT ?1",
        &(limit as i64),
    )
}

pub(crate) fn in_batch(conn: &Connection, batch_id: Uuid) -> Result<Vec<OutboxEntry>> {
    entries(conn, "SELECT kind, record_id FROM outbox WHERE sealed_batch = ?1", &batch_id.to_string())
}

pub(crate) fn seal(conn: &Connection, batch_id: Uuid, rows: &[OutboxEntry]) -> Result<()> {
    let mut stmt = conn.prepare_cached("UPDATE outbox SET sealed_batch = ?1 WHERE kind = ?2 AND record_id = ?3")?;
    for e in rows {
        stmt.execute(params![batch_id.to_string(), e.kind.as_str(), e.record_id.to_string()])?;
    }
    Ok(())
}

/// Puts a batch's rows back among the unsent (the batch was abandoned, to be re-sealed to a new hub key).
pub(crate) fn unseal(conn: &Connection, batch_id: Uuid) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET sealed_batch = NULL WHERE sealed_batch = ?1 AND delivered_at IS NULL",
        [batch_id.to_string()],
    )?;
    Ok(())
}

pub(crate) fn deliver(conn: &Connection, batch_id: Uuid, at: &str) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE outbox SET delivered_batch = sealed_batch, delivered_at = ?2 WHERE sealed_batch = ?1 AND delivered_at IS NULL",
        params![batch_id.to_string(), at],
    )?)
}

impl Session {
    /// The oldest records that have not reached the hub, at most `limit`.
    pub fn outbox_pending(&self, limit: usize) -> Result<Vec<OutboxEntry>> {
        self.require(Permission::Sync)?;
        entries(
            self.conn(),
            "SELECT kind, record_id FROM outbox WHERE delivered_at IS NULL ORDER BY enqueued_at, record_id LIMIT ?1",
            &(limit as i64),
        )
    }

    /// Every record the hub has acknowledged, in the order they were recorded.
    pub fn outbox_delivered(&self) -> Result<Vec<OutboxEntry>> {
        self.require(Permission::Sync)?;
        entries(
            self.conn(),
            "SELECT kind, record_id FROM outbox WHERE delivered_at IS NOT NULL AND ?1 ORDER BY enqueued_at, record_id",
            &true,
        )
    }

    pub fn outbox_counts(&self) -> Result<OutboxCounts> {
        self.require(Permission::Sync)?;
        Ok(self.conn().query_row(
            "SELECT count(*) FILTER (WHERE delivered_at IS NULL), count(*) FILTER (WHERE delivered_at IS NOT NULL) FROM outbox",
            [],
            |r| Ok(OutboxCounts { pending: r.get(0)?, delivered: r.get(1)? }),
        )?)
    }
}
