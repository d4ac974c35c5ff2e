//! The hub's state and every operation on it that is not ingest: keys, enrollment, devices, stats.
//! The HTTP server and the admin command line both call these; neither holds SQL of its own.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use intake_wire::{
    EnrollAnswer, EnrollReply, EnrollRequest, EnrollmentCode, HubKeyAnnouncement, HubKeyPair, HubPublicKey, KeyId,
    ReceiptKey, ReceiptPublicKey, Signed,
};
use rand::rngs::OsRng;
use uuid::Uuid;

use crate::db::{Db, DbError, Row, Tx, Value};
use crate::metrics::Metrics;
use crate::refusal::Refusal;

#[derive(Debug, thiserror::Error)]
pub enum HubError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("the hub's stored keys are damaged: {0}")]
    BadStoredKey(#[from] intake_wire::WireError),
    #[error("{0}")]
    NotFound(String),
}

pub type Result<T, E = HubError> = std::result::Result<T, E>;

/// Timestamps as stored: RFC 3339, UTC, microseconds, `Z`, so text order is time order.
pub(crate) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

pub(crate) fn parse_stamp(s: &str) -> Result<DateTime<Utc>, DbError> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).map_err(|_| DbError::Stored("timestamp"))
}

/// A hub key as the ingest path needs it.
pub(crate) struct StoredHubKey {
    pub pair: HubKeyPair,
    pub accept_until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    pub device_id: Uuid,
    pub site: String,
    pub label: String,
    pub enrolled_at: String,
    pub revoked_at: Option<String>,
    pub last_sequence: i64,
    pub last_seen: Option<String>,
}

#[derive(Debug)]
pub struct Hub {
    pub(crate) db: Db,
    pub(crate) metrics: Metrics,
    /// How long a dashboard sign-in lasts.
    pub(crate) session_ttl: Duration,
}

/// A working day: an analyst signs in once, and a laptop left open overnight is signed out.
pub const DEFAULT_SESSION_TTL_HOURS: i64 = 8;

impl Hub {
    /// Opens the hub's database, creating its tables and first keys if they are not there yet.
    pub fn open(url: &str) -> Result<Hub> {
        let db = Db::open(url)?;
        db.with_tx(|tx| -> Result<()> {
            crate::schema::create(tx)?;
            if tx.query("SELECT value FROM hub_meta WHERE key = 'receipt_key'", &[])?.is_empty() {
                let key = ReceiptKey::generate(&mut OsRng);
                tx.exec(
                    "INSERT INTO hub_meta (key, value) VALUES ('receipt_key', ?1) ON CONFLICT DO NOTHING",
                    &[key.secret_hex().as_str().into()],
                )?;
            }
            if tx.query("SELECT id FROM hub_keys WHERE retired_at IS NULL", &[])?.is_empty() {
                insert_hub_key(tx, &HubKeyPair::generate(&mut OsRng))?;
            }
            refresh_facts(tx)?;
            Ok(())
        })?;
        Ok(Hub { db, metrics: Metrics::default(), session_ttl: Duration::hours(DEFAULT_SESSION_TTL_HOURS) })
    }

    /// Sets how long a dashboard sign-in lasts.
    pub fn with_session_ttl(mut self, ttl: Duration) -> Hub {
        self.session_ttl = ttl;
        self
    }

    /// Refused requests since `within` ago, counted by reason, most frequent first.
    pub fn recent_rejections(&self, within: Duration) -> Result<Vec<(String, i64)>> {
        self.db.with_read(|tx| {
            tx.query(
                "SELECT reason, COUNT(*) FROM rejections WHERE at > ?1 GROUP BY reason ORDER BY COUNT(*) DESC, reason",
                &[stamp(Utc::now() - within).into()],
            )?
            .iter()
            .map(|r| Ok((r.text(0)?, r.int(1)?)))
            .collect()
        })
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    pub(crate) fn receipt_key(tx: &mut dyn Tx) -> Result<ReceiptKey> {
        let rows = tx.query("SELECT value FROM hub_meta WHERE key = 'receipt_key'", &[])?;
        let row = rows.first().ok_or_else(|| HubError::NotFound("receipt key".into()))?;
        Ok(ReceiptKey::from_secret_hex(&row.text(0)?)?)
    }

    pub fn receipt_public_key(&self) -> Result<ReceiptPublicKey> {
        self.db.with_tx(|tx| Ok(Hub::receipt_key(tx)?.public()))
    }

    pub(crate) fn current_key(tx: &mut dyn Tx) -> Result<HubPublicKey> {
        let rows = tx.query("SELECT secret FROM hub_keys WHERE retired_at IS NULL", &[])?;
        let row = rows.first().ok_or_else(|| HubError::NotFound("current hub key".into()))?;
        Ok(HubKeyPair::from_secret_hex(&row.text(0)?)?.public().clone())
    }

    pub fn current_key_id(&self) -> Result<KeyId> {
        self.db.with_tx(|tx| Ok(Hub::current_key(tx)?.id))
    }

    pub(crate) fn hub_key(tx: &mut dyn Tx, id: &KeyId) -> Result<Option<StoredHubKey>> {
        let rows = tx.query("SELECT secret, accept_until FROM hub_keys WHERE id = ?1", &[id.0.as_str().into()])?;
        rows.first()
            .map(|r| {
                Ok(StoredHubKey {
                    pair: HubKeyPair::from_secret_hex(&r.text(0)?)?,
                    accept_until: r.opt_text(1)?.map(|s| parse_stamp(&s)).transpose()?,
                })
            })
            .transpose()
    }

    pub(crate) fn announcement(tx: &mut dyn Tx, device_id: Uuid) -> Result<Signed<HubKeyAnnouncement>> {
        let hub_key = Hub::current_key(tx)?;
        Ok(Signed::sign(&HubKeyAnnouncement { device_id, hub_key, announced_at: Utc::now() }, &Hub::receipt_key(tx)?))
    }

    /// Retires the current HPKE key (still accepted for `grace`) and makes a new one current. Devices learn
    /// of it from the next receipt, or from the refusal of a batch sealed to a key past its grace.
    pub fn rotate_key(&self, grace: Duration) -> Result<KeyId> {
        self.db.with_tx(|tx| {
            let now = Utc::now();
            tx.exec(
                "UPDATE hub_keys SET retired_at = ?1, accept_until = ?2 WHERE retired_at IS NULL",
                &[stamp(now).into(), stamp(now + grace).into()],
            )?;
            let key = HubKeyPair::generate(&mut OsRng);
            insert_hub_key(tx, &key)?;
            Ok(key.public().id.clone())
        })
    }

    /// A one-time code for enrolling one device at `site`.
    pub fn create_enroll_code(&self, site: &str, valid_for: Duration) -> Result<EnrollmentCode> {
        let code = EnrollmentCode::generate(&mut OsRng);
        let now = Utc::now();
        self.db.with_tx(|tx| {
            tx.exec(
                "INSERT INTO enroll_codes (tag, mac_key, site, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    code.tag().into(),
                    hex::encode(code.mac_key()).into(),
                    site.into(),
                    stamp(now).into(),
                    stamp(now + valid_for).into(),
                ],
            )
        })?;
        Ok(code)
    }

    /// Enrolls a device: checks the code's proof, burns the code and records the device, in one transaction.
    pub fn enroll(&self, request: &EnrollRequest) -> Result<EnrollReply, Refusal> {
        let outcome = self.db.with_tx(|tx| -> Result<Result<EnrollReply, Refusal>, HubError> {
            let rows = tx.query(
                "SELECT mac_key, site, expires_at, used_at, device_id FROM enroll_codes WHERE tag = ?1",
                &[request.code_tag.as_str().into()],
            )?;
            let Some(row) = rows.first() else {
                return Ok(Err(Refusal::new("bad-code", "this enrollment code is not one the hub issued")));
            };
            let mac_key = hex::decode(row.text(0)?).map_err(|_| DbError::Stored("enrollment key"))?;
            let device_key = match request.check(&mac_key) {
                Ok(k) => k,
                Err(_) => return Ok(Err(Refusal::new("bad-code", "the enrollment code does not match"))),
            };
            if row.opt_text(3)?.is_some() {
                // The same device asking again with the same key (its first answer was lost on the way back):
                // answer again, or it could never enroll. Anyone else: the code is spent.
                let same_device = row.opt_text(4)?.as_deref() == Some(request.device_id.to_string().as_str());
                let same_key = !tx
                    .query(
                        "SELECT 1 FROM devices WHERE device_id = ?1 AND public_key = ?2 AND revoked_at IS NULL",
                        &[request.device_id.to_string().into(), device_key.to_hex().into()],
                    )?
                    .is_empty();
                if same_device && same_key {
                    let answer = EnrollAnswer {
                        device_id: request.device_id,
                        site: row.text(1)?,
                        hub_key: Hub::current_key(tx)?,
                        receipt_public_key: Hub::receipt_key(tx)?.public().to_hex(),
                    };
                    return Ok(Ok(EnrollReply::new(&answer, &mac_key, &device_key)));
                }
                return Ok(Err(Refusal::new("code-used", "this enrollment code has already been used")));
            }
            if parse_stamp(&row.text(2)?)? < Utc::now() {
                return Ok(Err(Refusal::new("code-expired", "this enrollment code has expired; ask for a new one")));
            }
            if request.device_label.chars().count() > 200 {
                return Ok(Err(Refusal::new("malformed", "the device label is longer than 200 characters")));
            }
            let key_hex = device_key.to_hex();
            let device_id = request.device_id;
            let known = tx.query(
                "SELECT device_id FROM devices WHERE public_key = ?1 OR device_id = ?2",
                &[key_hex.as_str().into(), device_id.to_string().into()],
            )?;
            if !known.is_empty() {
                return Ok(Err(Refusal::new("already-enrolled", "this device is already enrolled")));
            }
            let site = row.text(1)?;
            let now = stamp(Utc::now());
            // `used_at IS NULL`: of two concurrent uses of one code, exactly one wins.
            let claimed = tx.exec(
                "UPDATE enroll_codes SET used_at = ?1, device_id = ?2 WHERE tag = ?3 AND used_at IS NULL",
                &[now.as_str().into(), device_id.to_string().into(), request.code_tag.as_str().into()],
            )?;
            if claimed != 1 {
                return Ok(Err(Refusal::new("code-used", "this enrollment code has already been used")));
            }
            tx.exec(
                "INSERT INTO devices (device_id, site, label, public_key, enrolled_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    device_id.to_string().into(),
                    site.as_str().into(),
                    request.device_label.as_str().into(),
                    key_hex.into(),
                    now.into(),
                ],
            )?;
            let answer = EnrollAnswer {
                device_id,
                site,
                hub_key: Hub::current_key(tx)?,
                receipt_public_key: Hub::receipt_key(tx)?.public().to_hex(),
            };
            tracing::info!(%device_id, "device enrolled");
            Ok(Ok(EnrollReply::new(&answer, &mac_key, &device_key)))
        });
        match outcome {
            Ok(result) => result,
            Err(e) => Err(Refusal::unavailable(e)),
        }
    }

    pub fn devices(&self) -> Result<Vec<DeviceInfo>> {
        self.db.with_tx(|tx| {
            tx.query(
                "SELECT device_id, site, label, enrolled_at, revoked_at, last_sequence, last_seen FROM devices
                 ORDER BY site, enrolled_at",
                &[],
            )?
            .iter()
            .map(device_info)
            .collect()
        })
    }

    /// Revokes a device: its batches are refused from now on. Returns false if no such device.
    pub fn revoke(&self, device_id: Uuid) -> Result<bool> {
        self.db.with_tx(|tx| {
            let id = Value::from(device_id.to_string());
            if tx.query("SELECT 1 FROM devices WHERE device_id = ?1", std::slice::from_ref(&id))?.is_empty() {
                return Ok(false);
            }
            // Revoking twice keeps the first time.
            tx.exec(
                "UPDATE devices SET revoked_at = ?1 WHERE device_id = ?2 AND revoked_at IS NULL",
                &[stamp(Utc::now()).into(), id],
            )?;
            Ok(true)
        })
    }

    /// Counts for `intake-hub stats`, in a fixed order: records, then batches, then refusals by reason.
    pub fn stats(&self) -> Result<Vec<(String, i64)>> {
        self.db.with_tx(|tx| {
            let mut out = Vec::new();
            for (name, sql) in [
                ("members", "SELECT count(DISTINCT member_id) FROM member_versions"),
                ("member_versions", "SELECT count(*) FROM member_versions"),
                ("responses", "SELECT count(*) FROM responses"),
                ("answers", "SELECT count(*) FROM answers"),
                ("needs", "SELECT count(*) FROM needs"),
                ("follow_ups", "SELECT count(*) FROM follow_ups"),
                ("retractions", "SELECT count(*) FROM retractions"),
                ("devices", "SELECT count(*) FROM devices"),
                ("devices_revoked", "SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL"),
                ("batches_accepted", "SELECT count(*) FROM batches"),
                ("batches_rejected", "SELECT count(*) FROM rejections"),
            ] {
                out.push((name.to_owned(), scalar(tx, sql)?));
            }
            for row in tx.query("SELECT reason, count(*) FROM rejections GROUP BY reason ORDER BY reason", &[])? {
                out.push((format!("rejected_{}", row.text(0)?.replace('-', "_")), row.int(1)?));
            }
            Ok(out)
        })
    }
}

fn insert_hub_key(tx: &mut dyn Tx, key: &HubKeyPair) -> Result<(), DbError> {
    tx.exec(
        "INSERT INTO hub_keys (id, secret, public_key, created_at) VALUES (?1, ?2, ?3, ?4)",
        &[
            key.public().id.0.as_str().into(),
            key.secret_hex().as_str().into(),
            key.public().public_key.as_str().into(),
            stamp(Utc::now()).into(),
        ],
    )?;
    Ok(())
}

fn device_info(r: &Row) -> Result<DeviceInfo> {
    Ok(DeviceInfo {
        device_id: r.text(0)?.parse().map_err(|_| DbError::Stored("device id"))?,
        site: r.text(1)?,
        label: r.text(2)?,
        enrolled_at: r.text(3)?,
        revoked_at: r.opt_text(4)?,
        last_sequence: r.int(5)?,
        last_seen: r.opt_text(6)?,
    })
}

/// Works out `response_facts` for responses stored before the hub had them, or for every response when
/// [`crate::facts::FACTS_VERSION`] changed, from the stored response bodies.
fn refresh_facts(tx: &mut dyn Tx) -> Result<(), DbError> {
    let current = crate::facts::FACTS_VERSION.to_string();
    let stored = tx.query("SELECT value FROM hub_meta WHERE key = 'facts_version'", &[])?.first().map(|r| r.text(0)).transpose()?;
    if stored.as_deref() != Some(current.as_str()) {
        tx.exec("DELETE FROM response_facts", &[])?;
    } else if scalar(tx, "SELECT COUNT(*) FROM responses")? == scalar(tx, "SELECT COUNT(*) FROM response_facts")? {
        // Ingest writes both in one transaction, so equal counts mean nothing is missing: skip the scan.
        return Ok(());
    }
    let missing = tx.query(
        "SELECT r.site, r.body FROM responses r WHERE NOT EXISTS (SELECT 1 FROM response_facts f WHERE f.response_id = r.id)",
        &[],
    )?;
    let mut rows = Vec::with_capacity(missing.len());
    for row in missing {
        let response: intake_model::Response =
            serde_json::from_str(row.str(1)?).map_err(|_| DbError::Stored("response body"))?;
        rows.push(crate::ingest::facts_row(&response, row.str(0)?));
    }
    crate::ingest::insert_rows(
        tx,
        "response_facts (response_id, member_id, instrument_id, collected_by, site, completed_at, supersedes, respondent, facts)",
        &rows,
    )
    .map_err(|e| match e {
        HubError::Db(e) => e,
        _ => DbError::Stored("response facts"),
    })?;
    tx.exec(
        "INSERT INTO hub_meta (key, value) VALUES ('facts_version', ?1) ON CONFLICT (key) DO UPDATE SET value = ?1",
        &[current.into()],
    )?;
    Ok(())
}

pub(crate) fn scalar(tx: &mut dyn Tx, sql: &str) -> Result<i64, DbError> {
    tx.query(sql, &[])?.first().map_or(Ok(0), |r| r.int(0))
}
