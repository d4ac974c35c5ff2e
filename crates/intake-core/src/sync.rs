//! The device's side of sync: enrollment, batching the outbox, sending, and applying receipts.
//!
//! The steps (DESIGN.md, "Sync, step by step") and where each is made crash-safe:
//! - **Seal.** The oldest unsent records (at most [`BATCH_RECORDS`]) are sealed into one batch, and the batch's
//!   bytes, its outbox rows and the next sequence number are written in one transaction *before* anything is
//!   sent. A crash after this point resends the very same bytes; a crash before it leaves nothing behind.
//! - **Send.** POST with retries and exponential back-off on network errors and 5xx answers. Only one batch is
//!   sealed at a time, so the hub never sees sequence N+1 before N is settled.
//! - **Receipt.** The receipt is verified against the receipt key pinned at enrollment and against the
//!   batch (id, sequence, count, and the digest of the record ids this device sealed); then the outbox rows,
//!   the batch and any newly announced hub key are written in one transaction. A crash before that commit
//!   simply means the next sync sends the batch again and gets the same receipt back.
//! - **Pull.** Every receipt carries the hub's current HPKE key; a refusal for a retired key carries a signed
//!   announcement of the new one, and the batch is re-sealed to it (its records are idempotent at the hub).

use std::time::Duration;

use chrono::Utc;
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use intake_model::{AuditAction, MemberVersion, Permission, RecordKind, Response};
use intake_wire::{
    seal_batch, BatchPayload, DeviceKey, EnrollReply, EnrollRequest, EnrollmentCode, HubKeyAnnouncement, HubPublicKey,
    Receipt, ReceiptPublicKey, Record, Signed,
};

use crate::error::{Error, Result};
use crate::outbox;
use crate::session::{OutboxEntry, Session};

/// Records per batch: a day's work at one site is a few batches; one batch stays well under the hub's
/// 16 MiB limit (a response with its answers is about 3 kB of JSON before compression).
pub const BATCH_RECORDS: usize = 500;
/// Tries per request; the waits between them are 0.25 s, 0.5 s, 1 s and 2 s (plus jitter).
const ATTEMPTS: u32 = 5;

/// Why a sync or an enrollment could not finish. Each has a message a supervisor can act on
/// (`error-sync-*` in `locales/*/cli.ftl`), and none means anything was lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncError {
    NotEnrolled,
    AlreadyEnrolled,
    /// `http://` to a host that is not this computer.
    InsecureUrl,
    BadUrl,
    /// The code is mistyped, unknown, used or expired.
    BadCode,
    /// The hub could not be reached (no network, refused, timed out). `detail` is for logs.
    Offline { detail: String },
    /// The hub's TLS certificate is not trusted.
    Certificate { detail: String },
    /// The hub answered 5xx on every try.
    HubUnavailable,
    Revoked,
    /// The hub refused a batch or request for `reason` (a stable code from the hub).
    Refused { reason: String },
    /// The hub's answer did not verify: nothing was marked as sent.
    BadAnswer { detail: String },
}

impl SyncError {
    /// The stable code the app shows and tests match on.
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::NotEnrolled => "not-enrolled",
            SyncError::AlreadyEnrolled => "already-enrolled",
            SyncError::InsecureUrl => "insecure-url",
            SyncError::BadUrl => "bad-url",
            SyncError::BadCode => "bad-code",
            SyncError::Offline { .. } => "offline",
            SyncError::Certificate { .. } => "certificate",
            SyncError::HubUnavailable => "hub-unavailable",
            SyncError::Revoked => "revoked",
            SyncError::Refused { .. } => "refused",
            SyncError::BadAnswer { .. } => "bad-answer",
        }
    }
}

impl From<SyncError> for Error {
    fn from(e: SyncError) -> Self {
        Error::Sync(e)
    }
}

/// The enrollment, as the sync screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubLink {
    pub url: String,
    pub site: String,
    pub device_id: Uuid,
    pub hub_key_id: String,
    pub enrolled_at: String,
    pub enrolled_by: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SyncProgress {
    pub records_sent: u64,
    /// Unsent records when the sync started (records saved during a sync wait for the next one).
    pub records_total: u64,
    pub batches_sent: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SyncSummary {
    pub batches: u32,
    pub records: u64,
    /// Records the hub did not have before (the rest arrived in an earlier try whose receipt was lost).
    pub records_new: u64,
}

/// One sync, for the history on the sync screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncRun {
    pub id: Uuid,
    pub started_at: String,
    pub started_by: String,
    pub finished_at: Option<String>,
    pub batches: u32,
    pub records: u64,
    /// The `SyncError::code` it ended with, if it did not finish.
    pub error: Option<String>,
    pub receipts: Vec<StoredReceipt>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReceipt {
    pub batch_id: Uuid,
    pub sequence: u64,
    pub record_count: u32,
    pub records_new: u32,
    pub accepted_at: String,
}

struct Pinned {
    url: String,
    device_key: DeviceKey,
    hub_key: HubPublicKey,
    receipt_key: ReceiptPublicKey,
    ca_cert: Option<String>,
    next_sequence: u64,
}

struct SealedRow {
    batch_id: Uuid,
    sequence: u64,
    record_count: u32,
    bytes: Vec<u8>,
}

/// Checks the hub address: HTTPS, or plain HTTP only to this computer (a local hub, or the tests).
pub fn check_hub_url(url: &str) -> Result<reqwest::Url, SyncError> {
    let parsed = reqwest::Url::parse(url.trim()).map_err(|_| SyncError::BadUrl)?;
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" => {
            let loopback = match parsed.host() {
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                None => false,
            };
            if loopback {
                Ok(parsed)
            } else {
                Err(SyncError::InsecureUrl)
            }
        }
        _ => Err(SyncError::BadUrl),
    }
}

fn client(ca_cert: Option<&str>) -> Result<reqwest::blocking::Client, SyncError> {
    let mut builder = reqwest::blocking::Client::builder()
        .use_rustls_tls()
        .https_only(false)
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(120))
        .user_agent(concat!("equity-intake/", env!("CARGO_PKG_VERSION")));
    if let Some(pem) = ca_cert {
        let cert = reqwest::Certificate::from_pem(pem.as_bytes())
            .map_err(|e| SyncError::Certificate { detail: e.to_string() })?;
        builder = builder.add_root_certificate(cert);
    }
    builder.build().map_err(|e| SyncError::Offline { detail: e.to_string() })
}

fn endpoint(base: &str, path: &str) -> Result<reqwest::Url, SyncError> {
    check_hub_url(base)?.join(path).map_err(|_| SyncError::BadUrl)
}

/// The error chain as text: reqwest puts the useful part (certificate, refused) in its sources.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// POSTs `body`, retrying what may succeed on a retry: network errors and 5xx. Returns the final status and
/// body; a 4xx is returned, not retried (the same bytes would get the same answer).
fn post(client: &reqwest::blocking::Client, url: &reqwest::Url, content_type: &str, body: &[u8]) -> Result<(u16, Vec<u8>), SyncError> {
    let mut last = SyncError::HubUnavailable;
    for attempt in 0..ATTEMPTS {
        if attempt > 0 {
            let jitter = u64::from(rand::random::<u8>());
            std::thread::sleep(Duration::from_millis(250 * (1 << (attempt - 1)) + jitter));
        }
        match client.post(url.clone()).header("content-type", content_type).body(body.to_vec()).send() {
            Ok(resp) => {
                let status = resp.status().as_u16();
                let bytes = match resp.bytes() {
                    Ok(b) => b.to_vec(),
                    Err(e) => {
                        last = SyncError::Offline { detail: chain(&e) };
                        continue;
                    }
                };
                if status >= 500 {
                    last = SyncError::HubUnavailable;
                    continue;
                }
                return Ok((status, bytes));
            }
            Err(e) => {
                let detail = chain(&e);
                let certificate = detail.contains("certificate") || detail.contains("UnknownIssuer");
                last = if certificate { SyncError::Certificate { detail } } else { SyncError::Offline { detail } };
                if certificate {
                    break;
                }
            }
        }
    }
    Err(last)
}

#[derive(serde::Deserialize)]
struct HubRefusal {
    reason: String,
    #[serde(default)]
    hub_key: Option<Signed<HubKeyAnnouncement>>,
}

fn refusal(status: u16, body: &[u8]) -> (SyncError, Option<Signed<HubKeyAnnouncement>>) {
    match serde_json::from_slice::<HubRefusal>(body) {
        Ok(r) if r.reason == "device-revoked" => (SyncError::Revoked, None),
        Ok(r) if ["bad-code", "code-used", "code-expired"].contains(&r.reason.as_str()) => (SyncError::BadCode, None),
        Ok(r) if r.reason == "already-enrolled" => (SyncError::AlreadyEnrolled, None),
        Ok(r) => (SyncError::Refused { reason: r.reason }, r.hub_key),
        Err(_) => (SyncError::BadAnswer { detail: format!("HTTP {status} without a reason") }, None),
    }
}

fn now() -> String {
    Utc::now().to_rfc3339()
}

impl Session {
    /// Enrolls this device with the hub at `url` using a one-time `code` (supervisor). `ca_cert` is a PEM
    /// certificate to trust for this hub besides the system's roots (a hub with its own certificate
    /// authority); it is pinned with the hub's keys.
    pub fn enroll(&mut self, url: &str, code: &str, ca_cert: Option<&str>) -> Result<HubLink> {
        self.require(Permission::Sync)?;
        if self.hub_link()?.is_some() {
            return Err(SyncError::AlreadyEnrolled.into());
        }
        let code = EnrollmentCode::parse(code).map_err(|_| SyncError::BadCode)?;
        let url = check_hub_url(url)?;
        let endpoint = url.join("v1/enroll").map_err(|_| SyncError::BadUrl)?;
        // The key is kept from the first try: if the hub enrolled us but its answer was lost, the next try
        // must present the same key for the hub to answer again (a new key would be a stranger).
        let device_key = match crate::db::meta_get(self.conn(), "pending-enroll-key")? {
            Some(hex) => DeviceKey::from_secret_hex(&hex).map_err(|_| Error::Corrupt("the stored device key is damaged".into()))?,
            None => {
                let key = DeviceKey::generate(&mut rand::rngs::OsRng);
                crate::db::meta_set(self.conn(), "pending-enroll-key", key.secret_hex().as_str())?;
                key
            }
        };
        let label = format!("{} ({})", self.site(), self.device_id());
        let request = EnrollRequest::new(&code, self.device_id(), &device_key.public(), &label);
        let body = serde_json::to_vec(&request).map_err(|e| SyncError::BadAnswer { detail: e.to_string() })?;
        let (status, answer) = post(&client(ca_cert)?, &endpoint, "application/json", &body)?;
        if status != 200 {
            return Err(refusal(status, &answer).0.into());
        }
        let reply: EnrollReply =
            serde_json::from_slice(&answer).map_err(|e| SyncError::BadAnswer { detail: e.to_string() })?;
        // The HMAC proves the hub knew the code: the keys pinned below are the hub's, not a stranger's.
        let (answer, receipt_key) =
            reply.open(&code, &device_key.public()).map_err(|e| SyncError::BadAnswer { detail: e.to_string() })?;
        if answer.device_id != self.device_id() {
            return Err(SyncError::BadAnswer { detail: "the hub answered for another device".into() }.into());
        }
        let actor = self.user().username.clone();
        let url = url.to_string();
        let tx = self.tx()?;
        tx.execute(
            "INSERT INTO hub (id, url, site, device_key, hub_key, receipt_key, ca_cert, enrolled_at, enrolled_by, next_sequence)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)",
            params![
                url,
                answer.site,
                device_key.secret_hex().as_str(),
                serde_json::to_string(&answer.hub_key)?,
                receipt_key.to_hex(),
                ca_cert,
                now(),
                actor,
            ],
        )?;
        tx.execute("DELETE FROM meta WHERE key = 'pending-enroll-key'", [])?;
        crate::audit::append(&tx, &actor, AuditAction::Enroll, "hub", Some(&url), &answer.site)?;
        tx.commit()?;
        self.hub_link()?.ok_or_else(|| Error::Corrupt("enrollment not stored".into()))
    }

    /// The hub this device is enrolled with, if any.
    pub fn hub_link(&self) -> Result<Option<HubLink>> {
        self.require(Permission::Sync)?;
        let row = self
            .conn()
            .query_row("SELECT url, site, hub_key, enrolled_at, enrolled_by FROM hub WHERE id = 1", [], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get(3)?, r.get(4)?))
            })
            .optional()?;
        row.map(|(url, site, hub_key, enrolled_at, enrolled_by)| {
            let key: HubPublicKey = serde_json::from_str(&hub_key)?;
            Ok(HubLink { url, site, device_id: self.device_id(), hub_key_id: key.id.0, enrolled_at, enrolled_by })
        })
        .transpose()
    }

    fn pinned(&self) -> Result<Pinned> {
        let row = self
            .conn()
            .query_row("SELECT url, device_key, hub_key, receipt_key, ca_cert, next_sequence FROM hub WHERE id = 1", [], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, i64>(5)?,
                ))
            })
            .optional()?
            .ok_or(SyncError::NotEnrolled)?;
        let corrupt = |what: &str| Error::Corrupt(format!("the stored {what} is damaged"));
        Ok(Pinned {
            url: row.0,
            device_key: DeviceKey::from_secret_hex(&row.1).map_err(|_| corrupt("device key"))?,
            hub_key: serde_json::from_str(&row.2)?,
            receipt_key: ReceiptPublicKey::from_hex(&row.3).map_err(|_| corrupt("receipt key"))?,
            ca_cert: row.4,
            next_sequence: row.5 as u64,
        })
    }

    /// Sends every unsent record to the hub (supervisor). Calls `progress` after each batch. On an error,
    /// what was acknowledged stays delivered and the rest stays queued: nothing is lost, and the next sync
    /// carries on where this one stopped.
    pub fn sync(&mut self, progress: &mut dyn FnMut(SyncProgress)) -> Result<SyncSummary> {
        self.require(Permission::Sync)?;
        let pinned = self.pinned()?;
        let client = client(pinned.ca_cert.as_deref())?;
        let endpoint = endpoint(&pinned.url, "v1/batches")?;
        let run_id = intake_model::new_id();
        let actor = self.user().username.clone();
        self.conn().execute(
            "INSERT INTO sync_runs (id, started_at, started_by) VALUES (?1, ?2, ?3)",
            params![run_id.to_string(), now(), actor],
        )?;
        let total = self.outbox_counts()?.pending as u64;
        let mut summary = SyncSummary::default();
        let result = self.sync_batches(pinned, &client, &endpoint, run_id, total, &mut summary, progress);
        // What the history shows: the sync error's code (with the hub's reason for a refusal), or `disk-full`
        // or `database:<detail>` for a failure on this device.
        let error = result.as_ref().err().map(|e| match e {
            Error::Sync(SyncError::Refused { reason }) => format!("refused:{reason}"),
            Error::Sync(s) => s.code().to_owned(),
            Error::DiskFull => "disk-full".to_owned(),
            other => format!("database:{other}"),
        });
        let tx = self.tx()?;
        tx.execute(
            "UPDATE sync_runs SET finished_at = ?2, batches = ?3, records = ?4, error = ?5 WHERE id = ?1",
            params![run_id.to_string(), now(), summary.batches, summary.records as i64, error],
        )?;
        let detail = format!("{} batches, {} records{}", summary.batches, summary.records, error.as_deref().map(|e| format!(", {e}")).unwrap_or_default());
        crate::audit::append(&tx, &actor, AuditAction::Sync, "hub", Some(&run_id.to_string()), &detail)?;
        tx.commit()?;
        result.map(|()| summary)
    }

    #[allow(clippy::too_many_arguments)]
    fn sync_batches(
        &mut self,
        mut pinned: Pinned,
        client: &reqwest::blocking::Client,
        endpoint: &reqwest::Url,
        run_id: Uuid,
        total: u64,
        summary: &mut SyncSummary,
        progress: &mut dyn FnMut(SyncProgress),
    ) -> Result<()> {
        let mut resealed = false;
        progress(SyncProgress { records_sent: 0, records_total: total, batches_sent: 0 });
        loop {
            let batch = match self.sealed_batch()? {
                Some(b) => b,
                None => match self.seal_next(&mut pinned)? {
                    Some(b) => b,
                    None => return Ok(()),
                },
            };
            let (status, body) = post(client, endpoint, "application/octet-stream", &batch.bytes)?;
            if status == 200 {
                let receipt: Signed<Receipt> =
                    serde_json::from_slice(&body).map_err(|e| SyncError::BadAnswer { detail: e.to_string() })?;
                let receipt_body = receipt.verify(&pinned.receipt_key).map_err(|e| SyncError::BadAnswer { detail: e.to_string() })?;
                self.deliver(&batch, &receipt, &receipt_body, run_id)?;
                pinned.hub_key = receipt_body.hub_key.clone();
                summary.batches += 1;
                summary.records += u64::from(batch.record_count);
                summary.records_new += u64::from(receipt_body.records_new);
                progress(SyncProgress { records_sent: summary.records, records_total: total.max(summary.records), batches_sent: summary.batches });
                continue;
            }
            let (error, announcement) = refusal(status, &body);
            match (&error, announcement) {
                (SyncError::Refused { reason }, Some(a)) if !resealed && (reason == "hub-key-expired" || reason == "unknown-hub-key") => {
                    let a = a.verify(&pinned.receipt_key).map_err(|e| SyncError::BadAnswer { detail: e.to_string() })?;
                    if a.device_id != self.device_id() {
                        return Err(SyncError::BadAnswer { detail: "a key announcement for another device".into() }.into());
                    }
                    self.abandon(&batch, &a.hub_key)?;
                    pinned.hub_key = a.hub_key;
                    resealed = true;
                }
                _ => return Err(error.into()),
            }
        }
    }

    /// The batch sealed but not yet acknowledged, if any: it must go out again, byte for byte.
    fn sealed_batch(&self) -> Result<Option<SealedRow>> {
        self
            .conn()
            .query_row(
                "SELECT batch_id, sequence, record_count, envelope FROM sync_batches WHERE state = 'sealed'",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, Vec<u8>>(3)?)),
            )
            .optional()?
            .map(|(id, seq, n, bytes)| -> Result<SealedRow> {
                Ok(SealedRow {
                    batch_id: id.parse().map_err(|_| Error::Corrupt("batch id".into()))?,
                    sequence: seq as u64,
                    record_count: n as u32,
                    bytes,
                })
            })
            .transpose()
    }

    /// Seals the oldest unsent records into the next batch and stores it, in one transaction.
    fn seal_next(&mut self, pinned: &mut Pinned) -> Result<Option<SealedRow>> {
        let entries = outbox::unsealed(self.conn(), BATCH_RECORDS)?;
        if entries.is_empty() {
            return Ok(None);
        }
        let records = entries.iter().map(|e| self.load_record(e)).collect::<Result<Vec<_>>>()?;
        let batch_id = intake_model::new_id();
        let sequence = pinned.next_sequence;
        let sealed = seal_batch(
            batch_id,
            self.device_id(),
            sequence,
            Utc::now(),
            &BatchPayload { records },
            &pinned.hub_key,
            &pinned.device_key,
            &mut rand::rngs::OsRng,
        )
        .map_err(|e| Error::Corrupt(format!("sealing a batch failed: {e}")))?;
        let tx = self.tx()?;
        tx.execute(
            "INSERT INTO sync_batches (batch_id, sequence, created_at, record_count, envelope, state) VALUES (?1, ?2, ?3, ?4, ?5, 'sealed')",
            params![batch_id.to_string(), sequence as i64, now(), entries.len() as i64, sealed.bytes],
        )?;
        outbox::seal(&tx, batch_id, &entries)?;
        tx.execute("UPDATE hub SET next_sequence = ?1 WHERE id = 1", [sequence as i64 + 1])?;
        tx.commit()?;
        pinned.next_sequence = sequence + 1;
        Ok(Some(SealedRow { batch_id, sequence, record_count: entries.len() as u32, bytes: sealed.bytes }))
    }

    /// Checks the receipt against what this device sealed, then marks it all delivered in one transaction.
    fn deliver(&mut self, batch: &SealedRow, signed: &Signed<Receipt>, receipt: &Receipt, run_id: Uuid) -> Result<()> {
        let entries = outbox::in_batch(self.conn(), batch.batch_id)?;
        let digest = intake_wire::record_ids_digest(entries.iter().map(|e| (e.kind, e.record_id)));
        let matches = receipt.batch_id == batch.batch_id
            && receipt.device_id == self.device_id()
            && receipt.sequence == batch.sequence
            && receipt.record_count == batch.record_count
            && receipt.record_ids_digest == digest;
        if !matches {
            return Err(SyncError::BadAnswer { detail: "the receipt does not match the batch".into() }.into());
        }
        let tx = self.tx()?;
        let at = now();
        outbox::deliver(&tx, batch.batch_id, &at)?;
        tx.execute(
            "UPDATE sync_batches SET state = 'delivered', receipt = ?2, delivered_at = ?3, run_id = ?4 WHERE batch_id = ?1",
            params![batch.batch_id.to_string(), serde_json::to_string(signed)?, at, run_id.to_string()],
        )?;
        tx.execute("UPDATE hub SET hub_key = ?1 WHERE id = 1", [serde_json::to_string(&receipt.hub_key)?])?;
        tx.commit()?;
        Ok(())
    }

    /// Gives up a batch sealed to a key the hub no longer accepts; its records go back to the unsent.
    fn abandon(&mut self, batch: &SealedRow, new_key: &HubPublicKey) -> Result<()> {
        let tx = self.tx()?;
        tx.execute("UPDATE sync_batches SET state = 'abandoned' WHERE batch_id = ?1", [batch.batch_id.to_string()])?;
        outbox::unseal(&tx, batch.batch_id)?;
        tx.execute("UPDATE hub SET hub_key = ?1 WHERE id = 1", [serde_json::to_string(new_key)?])?;
        tx.commit()?;
        Ok(())
    }

    fn load_record(&self, e: &OutboxEntry) -> Result<Record> {
        let id = e.record_id.to_string();
        let body = |sql: &str| -> Result<String> { Ok(self.conn().query_row(sql, [&id], |r| r.get(0))?) };
        Ok(match e.kind {
            RecordKind::Member => Record::Member(serde_json::from_str::<MemberVersion>(&body("SELECT body FROM member_versions WHERE version_id = ?1")?)?),
            RecordKind::Response => {
                let mut r: Response = serde_json::from_str(&body("SELECT body FROM responses WHERE id = ?1")?)?;
                r.answers = self.answers_of(r.id)?;
                Record::Response(r)
            }
            RecordKind::Retraction => Record::Retraction(serde_json::from_str(&body("SELECT body FROM retractions WHERE id = ?1")?)?),
            RecordKind::Need => Record::Need(serde_json::from_str(&body("SELECT body FROM needs WHERE id = ?1")?)?),
            RecordKind::FollowUp => Record::FollowUp(serde_json::from_str(&body("SELECT body FROM follow_ups WHERE id = ?1")?)?),
        })
    }

    /// The latest syncs, newest first, with the receipts each brought back.
    pub fn sync_history(&self, limit: usize) -> Result<Vec<SyncRun>> {
        self.require(Permission::Sync)?;
        let mut stmt = self.conn().prepare(
            "SELECT id, started_at, started_by, finished_at, batches, records, error FROM sync_runs
             ORDER BY started_at DESC LIMIT ?1",
        )?;
        let runs: Vec<(String, String, String, Option<String>, i64, i64, Option<String>)> = stmt
            .query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?
            .collect::<Result<_, _>>()?;
        let mut rstmt = self.conn().prepare(
            "SELECT receipt FROM sync_batches WHERE run_id = ?1 AND state = 'delivered' ORDER BY sequence",
        )?;
        runs.into_iter()
            .map(|(id, started_at, started_by, finished_at, batches, records, error)| {
                let bodies: Vec<String> = rstmt.query_map([&id], |r| r.get(0))?.collect::<Result<_, _>>()?;
                let receipts = bodies
                    .iter()
                    .map(|b| {
                        let signed: Signed<Receipt> = serde_json::from_str(b)?;
                        let r: Receipt = serde_json::from_str(&signed.body)?;
                        Ok(StoredReceipt {
                            batch_id: r.batch_id,
                            sequence: r.sequence,
                            record_count: r.record_count,
                            records_new: r.records_new,
                            accepted_at: r.accepted_at.to_rfc3339(),
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(SyncRun {
                    id: id.parse().map_err(|_| Error::Corrupt("sync run id".into()))?,
                    started_at,
                    started_by,
                    finished_at,
                    batches: batches as u32,
                    records: records as u64,
                    error,
                    receipts,
                })
            })
            .collect()
    }
}
