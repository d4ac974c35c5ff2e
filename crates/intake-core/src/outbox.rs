//! The outbox: which records have not yet reached the hub.
//!
//! A row is written in the same transaction as its record (so nothing is stored without being queued),
//! and is marked delivered only when the hub's receipt has been verified (the sync issue builds that part).
//! Delivered rows are kept: they are the device's proof of what the hub acknowledged, and cheap.

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

impl Session {
    /// The oldest undelivered records, at most `limit`.
    pub fn outbox_pending(&self, limit: usize) -> Result<Vec<OutboxEntry>> {
        self.require(Permission::Sync)?;
        let mut stmt = self.conn().prepare(
            "SELECT kind, record_id FROM outbox WHERE delivered_at IS NULL ORDER BY enqueued_at, record_id LIMIT ?1",
        )?;
        let rows: Vec<(String, String)> =
            stmt.query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(k, id)| {
                Ok(OutboxEntry {
                    kind: RecordKind::parse(&k).map_err(|e| Error::Corrupt(e.to_string()))?,
                    record_id: id.parse().map_err(|_| Error::Corrupt("outbox id".into()))?,
                })
            })
            .collect()
    }

    pub fn outbox_counts(&self) -> Result<OutboxCounts> {
        self.require(Permission::Sync)?;
        Ok(self.conn().query_row(
            "SELECT count(*) FILTER (WHERE delivered_at IS NULL), count(*) FILTER (WHERE delivered_at IS NOT NULL) FROM outbox",
            [],
            |r| Ok(OutboxCounts { pending: r.get(0)?, delivered: r.get(1)? }),
        )?)
    }

    /// Marks records delivered under `batch_id`, all in one transaction. Call only after the hub's receipt
    /// for that batch has been verified.
    pub fn mark_delivered(&mut self, batch_id: Uuid, entries: &[OutboxEntry]) -> Result<()> {
        self.require(Permission::Sync)?;
        let tx = self.tx()?;
        let now = chrono::Utc::now().to_rfc3339();
        {
            let mut stmt = tx.prepare(
                "UPDATE outbox SET delivered_batch = ?1, delivered_at = ?2
                 WHERE kind = ?3 AND record_id = ?4 AND delivered_at IS NULL",
            )?;
            for e in entries {
                stmt.execute(params![batch_id.to_string(), now, e.kind.as_str(), e.record_id.to_string()])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
