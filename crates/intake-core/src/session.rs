//! A signed-in user's session: everything that reads or changes member data goes through here.
//!
//! Each public method checks the user's role first ([`Session::require`]), does its work in one
//! transaction, and writes its audit entry in that same transaction. Record inserts and their outbox rows
//! also share a transaction, so a record is never stored without being queued for the hub, or queued
//! without being stored.

use std::path::PathBuf;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use intake_model::{
    Answer, AuditAction, Consent, FollowUp, MemberIdentity, MemberVersion, Mode, Need, NeedStatus, Permission,
    RecordKind, Respondent, Response, Retraction, Role, Timestamp,
};

use crate::audit;
use crate::db::meta_get;
use crate::error::{Error, Result};
use crate::store::check_username;
use crate::vault::{DatabaseKey, Vault};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub username: String,
    pub display_name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserAccount {
    pub user: User,
    pub active: bool,
}

/// A member as a search result or list row: the current version's identity.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MemberSummary {
    pub member_id: Uuid,
    pub identity: MemberIdentity,
}

impl From<MemberVersion> for MemberSummary {
    fn from(v: MemberVersion) -> Self {
        MemberSummary { member_id: v.member_id, identity: v.identity }
    }
}

#[derive(Debug, Clone)]
pub struct MemberCreated {
    pub member: MemberVersion,
    /// Members that look like the same person (same MassHealth ID, or same date of birth and a similar
    /// name). The member is created anyway; a screen should show these *before* calling create.
    pub likely_duplicates: Vec<MemberSummary>,
}

/// What a screen hands over to save a finished screening. The session fills in who, where and when, the
/// instrument's wording version and the translation status of `locale`, checks the answers against the
/// instrument, scores them and opens a need for each positive domain.
#[derive(Debug, Clone)]
pub struct NewResponse {
    pub member_id: Uuid,
    pub instrument_id: String,
    pub instrument_version: String,
    /// BCP-47 tag of the language the member was asked in.
    pub locale: String,
    pub mode: Mode,
    pub interpreter_used: bool,
    pub respondent: Respondent,
    pub consent: Consent,
    pub started_at: Timestamp,
    pub supersedes: Option<Uuid>,
    pub answers: Vec<Answer>,
}

/// A saved screening, its scores, and the needs it opened.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub response: Response,
    pub scores: Vec<intake_model::DomainScore>,
    pub needs: Vec<Need>,
}

#[derive(Debug, Clone)]
pub struct StoredResponse {
    pub response: Response,
    pub retraction: Option<Retraction>,
    /// A later response corrects this one.
    pub superseded: bool,
}

#[derive(Debug, Clone)]
pub struct NeedWithHistory {
    pub need: Need,
    pub follow_ups: Vec<FollowUp>,
}

impl NeedWithHistory {
    pub fn status(&self) -> NeedStatus {
        self.follow_ups.last().map(|f| f.status).unwrap_or(NeedStatus::Open)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxEntry {
    pub kind: RecordKind,
    pub record_id: Uuid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxCounts {
    pub pending: i64,
    pub delivered: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub audit_entries: i64,
    pub members: i64,
    pub responses: i64,
}

#[derive(Debug)]
pub struct Session {
    conn: Connection,
    key: DatabaseKey,
    user: User,
    dir: PathBuf,
    site: String,
    device_id: Uuid,
}

impl Session {
    pub(crate) fn new(
        conn: Connection,
        key: DatabaseKey,
        user: User,
        dir: PathBuf,
        site: String,
        device_id: Uuid,
    ) -> Self {
        Self { conn, key, user, dir, site, device_id }
    }

    pub(crate) fn from_conn(conn: Connection, key: DatabaseKey, user: User, dir: PathBuf) -> Result<Self> {
        let site = meta_get(&conn, "site")?.unwrap_or_default();
        let device_id = meta_get(&conn, "device_id")?
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| Error::Corrupt("the store has no device id".into()))?;
        Ok(Self::new(conn, key, user, dir, site, device_id))
    }

    pub(crate) fn load_user(conn: &Connection, username: &str) -> Result<UserAccount> {
        conn.query_row(
            "SELECT username, display_name, role, active FROM users WHERE username = ?1",
            [username],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, bool>(3)?)),
        )
        .optional()?
        // A slot without a user row: treat it like a wrong PIN rather than revealing which it was.
        .ok_or(Error::WrongCredentials)
        .and_then(|(username, display_name, role, active)| {
            let role = Role::parse(&role).map_err(|e| Error::Corrupt(e.to_string()))?;
            Ok(UserAccount { user: User { username, display_name, role }, active })
        })
    }

    /// Writes the sign-in, and any failed attempts made while the store was closed, to the audit log.
    pub(crate) fn record_sign_in(&self, vault: &mut Vault, vault_changed: bool) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        for f in &vault.pending_failures {
            let action = if f.locked_out { AuditAction::LockedOut } else { AuditAction::LoginFailed };
            audit::append(&tx, &f.username, action, "user", Some(&f.username), &format!("attempt at {}", f.at))?;
        }
        audit::append(&tx, &self.user.username, AuditAction::Login, "user", Some(&self.user.username), "")?;
        tx.commit()?;
        if vault_changed || !vault.pending_failures.is_empty() {
            // After the commit: a crash in between writes the failures twice, never loses them.
            vault.pending_failures.clear();
            vault.save(&self.dir)?;
        }
        Ok(())
    }

    pub fn user(&self) -> &User {
        &self.user
    }

    pub fn site(&self) -> &str {
        &self.site
    }

    pub fn device_id(&self) -> Uuid {
        self.device_id
    }

    /// Site settings that instruments read (e.g. `sogi-min-age`), from `meta` keys `setting:<name>`.
    pub fn settings(&self) -> Result<std::collections::HashMap<String, u32>> {
        let mut stmt = self.conn.prepare("SELECT key, value FROM meta WHERE key LIKE 'setting:%'")?;
        let rows: Vec<(String, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("setting:")?.to_owned(), v.parse().ok()?)))
            .collect())
    }

    /// Changes a site setting (supervisor).
    pub fn set_setting(&mut self, name: &str, value: u32) -> Result<()> {
        self.require(Permission::ManageUsers)?;
        let actor = self.user.username.clone();
        let tx = self.tx()?;
        crate::db::meta_set(&tx, &format!("setting:{name}"), &value.to_string())?;
        audit::append(&tx, &actor, AuditAction::Change, "setting", Some(name), &value.to_string())?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// The one access check. Every public method that touches member data starts with it.
    pub fn require(&self, permission: Permission) -> Result<()> {
        if self.user.role.allows(permission) {
            Ok(())
        } else {
            Err(Error::forbidden(self.user.role, permission))
        }
    }

    pub(crate) fn tx(&mut self) -> Result<Transaction<'_>> {
        Ok(self.conn.transaction()?)
    }

    pub(crate) fn audit(&self, action: AuditAction, entity: &str, entity_id: Option<&str>, detail: &str) -> Result<()> {
        audit::append(&self.conn, &self.user.username, action, entity, entity_id, detail)
    }

    // ----- users -------------------------------------------------------------------------------------

    pub fn add_user(&mut self, username: &str, display_name: &str, role: Role, pin: &str) -> Result<()> {
        self.require(Permission::ManageUsers)?;
        check_username(username)?;
        let mut vault = Vault::load(&self.dir)?;
        if vault.has_user(username) || Self::load_user(&self.conn, username).is_ok() {
            return Err(Error::invalid("user", "username-taken"));
        }
        let key = self.database_key();
        vault.set_pin(username, pin, key)?;
        let actor = self.user.username.clone();
        let dir = self.dir.clone();
        let tx = self.tx()?;
        tx.execute(
            "INSERT INTO users (username, display_name, role, active, created_at, created_by) VALUES (?1, ?2, ?3, 1, ?4, ?5)",
            params![username, display_name, role.as_str(), chrono::Utc::now().to_rfc3339(), actor],
        )?;
        audit::append(&tx, &actor, AuditAction::UserAdded, "user", Some(username), role.as_str())?;
        // Save the slot before committing: a crash between leaves a slot without a user row, which cannot
        // sign in (load_user refuses it) and is overwritten by the next add of that name.
        vault.save(&dir)?;
        tx.commit()?;
        Ok(())
    }

    /// Gives a user a new PIN and lifts their lock-out. Re-wraps the key; re-encrypts nothing.
    pub fn reset_pin(&mut self, username: &str, new_pin: &str) -> Result<()> {
        self.require(Permission::ManageUsers)?;
        let account = Self::load_user(&self.conn, username).map_err(|_| Error::NotFound("user"))?;
        if !account.active {
            return Err(Error::Deactivated);
        }
        let mut vault = Vault::load(&self.dir)?;
        let key = self.database_key();
        vault.set_pin(username, new_pin, key)?;
        vault.save(&self.dir)?;
        self.audit(AuditAction::PinReset, "user", Some(username), "")
    }

    pub fn deactivate_user(&mut self, username: &str) -> Result<()> {
        self.require(Permission::ManageUsers)?;
        if username == self.user.username {
            return Err(Error::invalid("user", "deactivate-self"));
        }
        Self::load_user(&self.conn, username).map_err(|_| Error::NotFound("user"))?;
        let actor = self.user.username.clone();
        let tx = self.tx()?;
        tx.execute("UPDATE users SET active = 0 WHERE username = ?1", [username])?;
        audit::append(&tx, &actor, AuditAction::UserDeactivated, "user", Some(username), "")?;
        tx.commit()?;
        // Removing the slot means the PIN no longer even unwraps the key.
        let mut vault = Vault::load(&self.dir)?;
        vault.remove_user(username);
        vault.save(&self.dir)
    }

    pub fn users(&self) -> Result<Vec<UserAccount>> {
        self.require(Permission::ManageUsers)?;
        let mut stmt = self.conn.prepare("SELECT username FROM users ORDER BY username")?;
        let names: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        names.iter().map(|n| Self::load_user(&self.conn, n)).collect()
    }

    /// The key a new or reset slot wraps. The session holds it (zeroed on drop) because SQLCipher does
    /// not hand a key back, and re-wrapping is what lets a supervisor add users without re-encrypting.
    fn database_key(&self) -> &DatabaseKey {
        &self.key
    }

    pub(crate) fn key_literal(&self) -> zeroize::Zeroizing<String> {
        self.key.sqlcipher_literal()
    }
}
