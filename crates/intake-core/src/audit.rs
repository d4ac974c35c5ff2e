//! The audit log: append, and verify the hash chain.
//!
//! Each entry's hash covers the previous entry's hash and all of its own fields, so editing an entry
//! breaks its hash, deleting one breaks the next entry's link, and reordering breaks both. Deleting the
//! newest entries leaves a valid shorter chain, so the head (last sequence number and hash) is also kept
//! in `meta` and compared.
//!
//! What this does not stop: someone holding the database key can rewrite the whole chain from the point
//! they changed. The chain makes tampering evident to `verify`, which runs on every device and, once synced,
//! the hub can compare heads; it is not a signature.

use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};

use intake_model::{new_id, AuditAction, AuditEvent};

use crate::db::{meta_get, meta_set};
use crate::error::{Error, Result};

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn entry_hash(prev_hash: &str, e: &AuditEvent) -> String {
    let mut h = Sha256::new();
    // Length-prefix each field so that ("ab","c") and ("a","bc") hash differently.
    for field in [
        prev_hash,
        &e.seq.to_string(),
        &e.id.to_string(),
        &e.at.to_rfc3339(),
        &e.actor,
        e.action.as_str(),
        &e.entity,
        e.entity_id.as_deref().unwrap_or(""),
        &e.detail,
    ] {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Appends one event. Call it inside the transaction of the change it describes, so the change and its
/// audit entry commit together or not at all.
pub(crate) fn append(
    conn: &Connection,
    actor: &str,
    action: AuditAction,
    entity: &str,
    entity_id: Option<&str>,
    detail: &str,
) -> Result<()> {
    let head_seq: i64 = meta_get(conn, "audit_head_seq")?.and_then(|s| s.parse().ok()).unwrap_or(0);
    let prev_hash = meta_get(conn, "audit_head_hash")?.unwrap_or_else(|| GENESIS.to_owned());
    let event = AuditEvent {
        seq: head_seq + 1,
        id: new_id(),
        at: chrono::Utc::now(),
        actor: actor.to_owned(),
        action,
        entity: entity.to_owned(),
        entity_id: entity_id.map(str::to_owned),
        detail: detail.to_owned(),
    };
    let hash = entry_hash(&prev_hash, &event);
    conn.execute(
        "INSERT INTO audit_log (seq, id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            event.seq,
            event.id.to_string(),
            event.at.to_rfc3339(),
            event.actor,
            action.as_str(),
            event.entity,
            event.entity_id,
            event.detail,
            prev_hash,
            hash
        ],
    )?;
    meta_set(conn, "audit_head_seq", &event.seq.to_string())?;
    meta_set(conn, "audit_head_hash", &hash)?;
    Ok(())
}

/// Walks the whole chain; returns the number of entries, or where and how it is broken.
pub(crate) fn verify(conn: &Connection) -> Result<i64> {
    let mut stmt = conn.prepare(
        "SELECT seq, id, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut expected_seq = 1;
    let mut prev = GENESIS.to_owned();
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let broken = |reason: &str| Error::AuditChainBroken { seq, reason: reason.to_owned() };
        if seq != expected_seq {
            return Err(Error::AuditChainBroken {
                seq: expected_seq,
                reason: format!("entry {expected_seq} is missing (next is {seq})"),
            });
        }
        let id: String = r.get(1)?;
        let at: String = r.get(2)?;
        let action: String = r.get(4)?;
        let event = AuditEvent {
            seq,
            id: id.parse().map_err(|_| broken("id is not a UUID"))?,
            at: chrono::DateTime::parse_from_rfc3339(&at).map_err(|_| broken("time does not parse"))?.into(),
            actor: r.get(3)?,
            action: AuditAction::parse(&action).map_err(|_| broken("unknown action"))?,
            entity: r.get(5)?,
            entity_id: r.get(6)?,
            detail: r.get(7)?,
        };
        let prev_hash: String = r.get(8)?;
        let hash: String = r.get(9)?;
        if prev_hash != prev {
            return Err(broken("does not link to the entry before it"));
        }
        if entry_hash(&prev_hash, &event) != hash {
            return Err(broken("its content does not match its hash"));
        }
        prev = hash;
        expected_seq += 1;
    }
    let count = expected_seq - 1;
    let head_seq: i64 = meta_get(conn, "audit_head_seq")?.and_then(|s| s.parse().ok()).unwrap_or(0);
    let head_hash = meta_get(conn, "audit_head_hash")?.unwrap_or_else(|| GENESIS.to_owned());
    if head_seq != count || head_hash != prev {
        return Err(Error::AuditChainBroken {
            seq: count + 1,
            reason: format!("the log ends at entry {count} but {head_seq} were written"),
        });
    }
    Ok(count)
}
