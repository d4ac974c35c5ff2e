//! The hub's audit log (`hub_audit`): every export, roster import, sign-in and user change, with who did it
//! and counts. It never holds member data: an auditor reads it, and it is kept longer than the data.

use chrono::Utc;
use serde::Serialize;

use crate::db::{Result, Tx};
use crate::hub::{stamp, Hub};

/// Appends one line to the audit log, inside the caller's transaction: the action and its record commit
/// together or not at all.
pub(crate) fn record(tx: &mut dyn Tx, actor: &str, action: &str, detail: &str) -> Result<()> {
    tx.exec(
        "INSERT INTO hub_audit (id, at, actor, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        &[intake_model::new_id().to_string().into(), stamp(Utc::now()).into(), actor.into(), action.into(), detail.into()],
    )?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

impl Hub {
    /// The latest `limit` audit entries, newest first.
    pub fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>> {
        self.db.with_read(|tx| {
            tx.query("SELECT at, actor, action, detail FROM hub_audit ORDER BY at DESC, id DESC LIMIT ?1", &[limit.into()])?
                .into_iter()
                .map(|r| Ok(AuditEntry { at: r.text(0)?, actor: r.text(1)?, action: r.text(2)?, detail: r.text(3)? }))
                .collect()
        })
    }
}
