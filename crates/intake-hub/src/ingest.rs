//! Ingest: from the bytes of a POSTed batch to a signed receipt.
//!
//! Order matters. Everything that can be checked without the hub's secret key is checked first, so an
//! unauthenticated sender costs us one signature check and never a decryption:
//! 1. decode the envelope (strict, bounded);
//! 2. the device: enrolled, not revoked;
//! 3. its signature;
//! 4. replay: a batch id seen before is answered with its original receipt only if it is the device's last
//!    batch (a retry after a lost receipt), refused otherwise; a sequence not above the last is refused;
//! 5. the hub key it names: current, or retired but within its grace;
//! 6. open and validate the records;
//! 7. one transaction: advance the device's sequence (conditionally, so two racing copies cannot both
//!    pass), insert only the records the hub lacks, store the receipt. Then sign and answer.

use std::time::Instant;

use chrono::Utc;
use intake_wire::{open_payload, Envelope, Receipt, Record, Signed};
use uuid::Uuid;

use crate::db::{DbError, Tx, Value};
use crate::hub::{stamp, Hub, HubError};
use crate::refusal::Refusal;

/// What the device gets back for an accepted batch.
#[derive(Debug, Clone)]
pub struct Accepted {
    pub receipt: Signed<Receipt>,
    /// True when this was a retry of the device's last batch and nothing new was stored.
    pub duplicate: bool,
}

/// Most records a batch may hold (devices send at most 500; this leaves room and bounds a transaction).
pub const MAX_RECORDS_PER_BATCH: u32 = 5_000;

impl Hub {
    pub fn ingest(&self, bytes: &[u8]) -> Result<Accepted, Refusal> {
        let started = Instant::now();
        let mut device_id = None;
        let result = self.ingest_inner(bytes, &mut device_id);
        match &result {
            Ok(a) => {
                self.metrics.accepted(a.duplicate, started.elapsed());
            }
            Err(refusal) => {
                self.metrics.refused(&refusal.reason);
                if refusal.reason != "unavailable" {
                    self.record_refusal(device_id, &refusal.reason);
                }
                tracing::warn!(device = ?device_id, reason = %refusal.reason, "batch refused");
            }
        }
        result
    }

    pub(crate) fn record_refusal(&self, device_id: Option<Uuid>, reason: &str) {
        let stored = self.db.with_tx(|tx| {
            tx.exec(
                "INSERT INTO rejections (id, at, device_id, reason) VALUES (?1, ?2, ?3, ?4)",
                &[
                    intake_model::new_id().to_string().into(),
                    stamp(Utc::now()).into(),
                    device_id.map(|d| d.to_string()).into(),
                    reason.into(),
                ],
            )
        });
        if let Err(e) = stored {
            tracing::error!(error = %e, "could not record a refusal");
        }
    }

    fn ingest_inner(&self, bytes: &[u8], device_id_out: &mut Option<Uuid>) -> Result<Accepted, Refusal> {
        let envelope = Envelope::decode(bytes)?;
        let header = &envelope.header;
        let device_id = header.device_id;

        // Steps 2-5, read-only.
        let sequence = i64::try_from(header.sequence).map_err(|_| Refusal::new("bad-header", "the sequence number is out of range"))?;

        // Steps 2-5, read-only. The signature is checked before anything about the device is said back, so
        // a stranger learns nothing (not even whether a device id is revoked) and is never blamed on one.
        let (device_key, revoked, last_batch, last_sequence, hub_key) = self.db.with_tx(|tx| -> Result<_, Refusal> {
            let rows = tx.query(
                "SELECT public_key, revoked_at, last_sequence, last_batch FROM devices WHERE device_id = ?1",
                &[device_id.to_string().into()],
            )?;
            let Some(row) = rows.first() else {
                return Err(Refusal::new("unknown-device", "this device is not enrolled with this hub"));
            };
            let key = intake_wire::DevicePublicKey::from_hex(&row.text(0)?).map_err(|_| DbError::Stored("device key"))?;
            let hub_key = Hub::hub_key(tx, &header.hub_key_id).map_err(Refusal::unavailable)?;
            Ok((key, row.opt_text(1)?.is_some(), row.opt_text(3)?, row.int(2)?, hub_key))
        })?;
        envelope.verify(&device_key)?;
        *device_id_out = Some(device_id);
        if revoked {
            return Err(Refusal::new("device-revoked", "the hub has revoked this device"));
        }

        let batch_id = header.batch_id.to_string();
        if let Some(receipt) = self.stored_receipt(&batch_id)? {
            if last_batch.as_deref() == Some(batch_id.as_str()) {
                tracing::info!(%device_id, batch = %batch_id, "retry of the last batch: original receipt");
                return Ok(Accepted { receipt, duplicate: true });
            }
            return Err(Refusal::new("replayed", "this batch was accepted before; a replay is not accepted"));
        }
        if sequence <= last_sequence {
            return Err(Refusal::new("sequence-reused", "this batch's sequence number is not above the last accepted one"));
        }
        let Some(hub_key) = hub_key else {
            return Err(self.key_refusal(device_id, "unknown-hub-key", "the batch is sealed to a key this hub does not have"));
        };
        if hub_key.accept_until.is_some_and(|until| until < Utc::now()) {
            return Err(self.key_refusal(device_id, "hub-key-expired", "the batch is sealed to a hub key retired past its grace period"));
        }
        if header.record_count > MAX_RECORDS_PER_BATCH {
            return Err(Refusal::new("too-large", format!("more than {MAX_RECORDS_PER_BATCH} records in one batch")));
        }

        // Step 6.
        let payload = open_payload(&envelope, &hub_key.pair)?;
        for record in &payload.records {
            let from = match record {
                Record::Member(m) => Some(m.device_id),
                Record::Response(r) => Some(r.device_id),
                _ => None,
            };
            if from.is_some_and(|d| d != device_id) {
                return Err(Refusal::new("foreign-record", "the batch holds a record another device recorded"));
            }
        }

        // Step 7.
        let receipt = self
            .db
            .with_tx(|tx| -> Result<Signed<Receipt>, HubError> {
                let advanced = tx.exec(
                    "UPDATE devices SET last_sequence = ?1, last_batch = ?2, last_seen = ?3
                     WHERE device_id = ?4 AND last_sequence < ?1 AND revoked_at IS NULL",
                    &[
                        sequence.into(),
                        batch_id.as_str().into(),
                        stamp(Utc::now()).into(),
                        device_id.to_string().into(),
                    ],
                )?;
                if advanced != 1 {
                    return Err(HubError::NotFound("sequence".into()));
                }
                let site = tx
                    .query("SELECT site FROM devices WHERE device_id = ?1", &[device_id.to_string().into()])?
                    .first()
                    .map(|r| r.text(0))
                    .transpose()?
                    .unwrap_or_default();
                let new = insert_records(tx, &payload.records, &batch_id, &site)?;
                let receipt = Receipt {
                    batch_id: header.batch_id,
                    device_id,
                    sequence: header.sequence,
                    record_count: header.record_count,
                    record_ids_digest: payload.record_ids_digest(),
                    records_new: new,
                    accepted_at: Utc::now(),
                    hub_key: Hub::current_key(tx)?,
                };
                let signed = Signed::sign(&receipt, &Hub::receipt_key(tx)?);
                tx.exec(
                    "INSERT INTO batches (batch_id, device_id, sequence, received_at, record_count, records_new,
                     receipt_body, receipt_signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    &[
                        batch_id.as_str().into(),
                        device_id.to_string().into(),
                        sequence.into(),
                        stamp(receipt.accepted_at).into(),
                        i64::from(header.record_count).into(),
                        i64::from(new).into(),
                        signed.body.as_str().into(),
                        signed.signature.as_str().into(),
                    ],
                )?;
                tracing::info!(%device_id, batch = %batch_id, sequence = header.sequence, records = header.record_count, new, "batch accepted");
                Ok(signed)
            })
            .map_err(|e| match e {
                HubError::NotFound(_) => Refusal::new("sequence-reused", "this batch's sequence number was used concurrently"),
                e => Refusal::unavailable(e),
            });
        match receipt {
            Ok(receipt) => Ok(Accepted { receipt, duplicate: false }),
            // Another copy of this very batch won the race (a device's retry while its first try was still
            // being stored): that copy's receipt is this one's answer too.
            Err(refusal) if refusal.reason == "sequence-reused" => match self.stored_receipt(&batch_id)? {
                Some(receipt) => Ok(Accepted { receipt, duplicate: true }),
                None => Err(refusal),
            },
            Err(refusal) => Err(refusal),
        }
    }

    fn stored_receipt(&self, batch_id: &str) -> Result<Option<Signed<Receipt>>, Refusal> {
        let rows = self.db.with_tx(|tx| {
            tx.query("SELECT receipt_body, receipt_signature FROM batches WHERE batch_id = ?1", &[batch_id.into()])
        })?;
        Ok(rows
            .first()
            .map(|r| -> Result<_, DbError> { Ok(Signed::from_parts(r.text(0)?, r.text(1)?)) })
            .transpose()?)
    }

    fn key_refusal(&self, device_id: Uuid, reason: &str, message: &str) -> Refusal {
        let mut refusal = Refusal::new(reason, message);
        match self.db.with_tx(|tx| Hub::announcement(tx, device_id)) {
            Ok(a) => refusal.hub_key = Some(a),
            Err(e) => tracing::error!(error = %e, "could not sign a key announcement"),
        }
        refusal
    }
}

/// Inserts the records the hub lacks, in the caller's transaction; returns how many were new. Ingest calls
/// this after its checks; the benchmark calls it alone, to show what the checks cost.
///
/// Rows go in as multi-row `INSERT ... ON CONFLICT DO NOTHING` statements, per table, because on PostgreSQL
/// every statement is a network round trip: one per row made ingest five times slower. The number of rows
/// a statement inserted is the number that were new. Answers are inserted for every response of the batch;
/// those of a response the hub already had are already there, and their primary key makes them no-ops.
pub fn insert_records(tx: &mut dyn Tx, records: &[Record], batch_id: &str, site: &str) -> Result<u32, HubError> {
    let mut rows: [Vec<Vec<Value>>; 7] = Default::default();
    for record in records {
        let body = Value::from(record_body(record));
        let batch = Value::from(batch_id);
        match record {
            // The site is the one the hub enrolled the device for, not what the record says: a device
            // cannot put members into another site's reports.
            Record::Member(m) => rows[0].push(vec![
                m.version_id.to_string().into(),
                m.member_id.to_string().into(),
                site.into(),
                m.device_id.to_string().into(),
                stamp(m.recorded_at).into(),
                batch,
                body,
            ]),
            Record::Response(r) => {
                rows[1].push(vec![
                    r.id.to_string().into(),
                    r.member_id.to_string().into(),
                    r.instrument_id.as_str().into(),
                    r.collected_by.as_str().into(),
                    r.device_id.to_string().into(),
                    site.into(),
                    stamp(r.completed_at).into(),
                    r.supersedes.map(|s| s.to_string()).into(),
                    batch,
                    body,
                ]);
                rows[6].push(facts_row(r, site));
                for a in &r.answers {
                    let (value, reason) = match &a.outcome {
                        intake_model::AnswerOutcome::Value(v) => (Value::from(serde_json::to_string(v).unwrap_or_default()), Value::Null),
                        intake_model::AnswerOutcome::Absent { reason, .. } => (Value::Null, Value::from(reason.as_str())),
                    };
                    rows[5].push(vec![r.id.to_string().into(), a.item_id.as_str().into(), value, reason]);
                }
            }
            Record::Retraction(r) => rows[2].push(vec![r.id.to_string().into(), r.response_id.to_string().into(), batch, body]),
            Record::Need(n) => rows[3].push(vec![
                n.id.to_string().into(),
                n.member_id.to_string().into(),
                n.response_id.to_string().into(),
                n.domain.as_str().into(),
                stamp(n.opened_at).into(),
                batch,
                body,
            ]),
            Record::FollowUp(f) => rows[4].push(vec![
                f.id.to_string().into(),
                f.need_id.to_string().into(),
                f.status.as_str().into(),
                stamp(f.recorded_at).into(),
                batch,
                body,
            ]),
        }
    }
    const TABLES: [&str; 7] = [
        "member_versions (version_id, member_id, site, device_id, recorded_at, batch_id, body)",
        "responses (id, member_id, instrument_id, collected_by, device_id, site, completed_at, supersedes, batch_id, body)",
        "retractions (id, response_id, batch_id, body)",
        "needs (id, member_id, response_id, domain, opened_at, batch_id, body)",
        "follow_ups (id, need_id, status, recorded_at, batch_id, body)",
        "answers (response_id, item_id, value, absent_reason)",
        "response_facts (response_id, member_id, instrument_id, collected_by, site, completed_at, supersedes, respondent, facts)",
    ];
    let mut new = 0;
    for (i, (table, table_rows)) in TABLES.iter().zip(&rows).enumerate() {
        let inserted = insert_rows(tx, table, table_rows)?;
        // Answers and facts are part of their response, not records of their own.
        if i < 5 {
            new += inserted as u32;
        }
    }
    Ok(new)
}

/// The `response_facts` row of a response: what reports need from it ([`crate::facts`]), filed under the
/// site the device was enrolled for.
pub(crate) fn facts_row(r: &intake_model::Response, site: &str) -> Vec<Value> {
    let respondent = match r.respondent {
        intake_model::Respondent::SelfReported => "self",
        intake_model::Respondent::ReportedByRelatedPerson { .. } => "proxy",
    };
    vec![
        r.id.to_string().into(),
        r.member_id.to_string().into(),
        r.instrument_id.as_str().into(),
        r.collected_by.as_str().into(),
        site.into(),
        stamp(r.completed_at).into(),
        r.supersedes.map(|s| s.to_string()).into(),
        respondent.into(),
        serde_json::to_string(&crate::facts::summarize(r)).unwrap_or_default().into(),
    ]
}

/// Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters at 12 columns.
const ROWS_PER_STATEMENT: usize = 200;

pub(crate) fn insert_rows(tx: &mut dyn Tx, table: &str, rows: &[Vec<Value>]) -> Result<u64, HubError> {
    let mut inserted = 0;
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let width = chunk[0].len();
        let tuples: Vec<String> = (0..chunk.len())
            .map(|r| format!("({})", (1..=width).map(|c| format!("?{}", r * width + c)).collect::<Vec<_>>().join(", ")))
            .collect();
        let sql = format!("INSERT INTO {table} VALUES {} ON CONFLICT DO NOTHING", tuples.join(", "));
        inserted += tx.exec(&sql, &chunk.concat())?;
    }
    Ok(inserted)
}

/// The record's own JSON (without the `kind` wrapper): what `body` columns hold. Model types always
/// serialize (every map key is a string), so there is no error to handle.
fn record_body(record: &Record) -> String {
    match record {
        Record::Member(m) => serde_json::to_string(m),
        Record::Response(r) => serde_json::to_string(r),
        Record::Retraction(r) => serde_json::to_string(r),
        Record::Need(n) => serde_json::to_string(n),
        Record::FollowUp(f) => serde_json::to_string(f),
    }
    .unwrap_or_default()
}
