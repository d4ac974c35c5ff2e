//! The store on disk: a data folder holding `intake.db` (SQLCipher) and `keyslots.json` (see vault.rs).
//!
//! [`Store`] is what exists before anyone signs in: it can initialise a folder, sign a user in (giving a
//! [`Session`]), recover with the recovery key, and restore a backup. Everything else happens in a session.

use std::path::{Path, PathBuf};

use rusqlite::params;

use intake_model::{new_id, AuditAction, Role};

use crate::audit;
use crate::db::{self, meta_set};
use crate::error::{Error, Result};
use crate::session::{Session, User};
use crate::vault::{check_pin_rules, RecoveryKey, Vault};

#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// What initialisation hands back: the supervisor's session and the recovery key to show once.
#[derive(Debug)]
pub struct Initialized {
    pub session: Session,
    pub recovery_key: RecoveryKey,
}

impl Store {
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.join(db::FILE_NAME)
    }

    pub fn is_initialized(&self) -> bool {
        Vault::path(&self.dir).exists()
    }

    /// Creates the store: the database, its key, the first supervisor and the recovery key.
    pub fn initialize(&self, site: &str, supervisor: &str, pin: &str) -> Result<Initialized> {
        if self.is_initialized() || self.db_path().exists() {
            return Err(Error::AlreadyInitialized(self.dir.clone()));
        }
        let site = site.trim();
        if site.is_empty() {
            return Err(Error::invalid("site", "site-empty"));
        }
        check_username(supervisor)?;
        check_pin_rules(pin)?;
        std::fs::create_dir_all(&self.dir).map_err(Error::io(&self.dir))?;
        let (vault, key, recovery_key) = Vault::create(supervisor, pin)?;
        let mut conn = db::open(&self.db_path(), &key, true)?;
        let device_id = new_id();
        let now = chrono::Utc::now().to_rfc3339();
        let tx = conn.transaction()?;
        meta_set(&tx, "site", site)?;
        meta_set(&tx, "device_id", &device_id.to_string())?;
        meta_set(&tx, "store_id", &new_id().to_string())?;
        tx.execute(
            "INSERT INTO users (username, display_name, role, active, created_at, created_by)
             VALUES (?1, ?1, 'supervisor', 1, ?2, ?1)",
            params![supervisor, now],
        )?;
        audit::append(&tx, supervisor, AuditAction::Initialize, "store", None, "store created")?;
        tx.commit()?;
        // The key slots are written last: a crash before this leaves a database no one can open and no
        // vault, which `initialize` treats as "already initialised" rather than silently overwriting.
        vault.save(&self.dir)?;
        let user = User { username: supervisor.to_owned(), display_name: supervisor.to_owned(), role: Role::Supervisor };
        let session = Session::new(conn, key, user, self.dir.clone(), site.to_owned(), device_id);
        Ok(Initialized { session, recovery_key })
    }

    /// Signs a user in with their PIN. Wrong PINs count towards a lock-out, which survives restarts.
    pub fn sign_in(&self, username: &str, pin: &str) -> Result<Session> {
        let mut vault = Vault::load(&self.dir)?;
        let before = vault.to_json();
        let unlocked = vault.unlock(username, pin, chrono::Utc::now().timestamp());
        let key = match unlocked {
            Ok(key) => key,
            Err(e) => {
                // Save the counters (and the failure for the audit log) before reporting.
                vault.save(&self.dir)?;
                return Err(e);
            }
        };
        let conn = db::open(&self.db_path(), &key, false)?;
        let user = Session::load_user(&conn, username)?;
        if !user.active {
            return Err(Error::Deactivated);
        }
        let session = Session::from_conn(conn, key, user.user, self.dir.clone())?;
        // A success resets this user's failure counter: that must reach the disk too, or old failures
        // would count towards the next lock-out.
        let counters_changed = vault.to_json() != before;
        session.record_sign_in(&mut vault, counters_changed)?;
        Ok(session)
    }

    /// Opens the store with the recovery key and gives `supervisor` a new PIN (for when every supervisor
    /// has forgotten theirs, or is locked out).
    pub fn recover(&self, recovery_key: &str, supervisor: &str, new_pin: &str) -> Result<Session> {
        let recovery = RecoveryKey::parse(recovery_key)?;
        let mut vault = Vault::load(&self.dir)?;
        let key = vault.unlock_with_recovery(&recovery)?;
        let conn = db::open(&self.db_path(), &key, false)?;
        let user = Session::load_user(&conn, supervisor)?;
        if user.user.role != Role::Supervisor || !user.active {
            return Err(Error::invalid("user", "recovery-needs-supervisor"));
        }
        vault.set_pin(supervisor, new_pin, &key)?;
        audit::append(&conn, supervisor, AuditAction::RecoveryUsed, "user", Some(supervisor), "PIN set with recovery key")?;
        vault.save(&self.dir)?;
        let session = Session::from_conn(conn, key, user.user, self.dir.clone())?;
        session.record_sign_in(&mut vault, false)?;
        Ok(session)
    }

    /// The database key as SQLCipher's raw-key literal, from the recovery key: for IT staff who must open
    /// the database with the `sqlcipher` shell (forensics, a failed migration). Audited in the store.
    pub fn raw_key_with_recovery(&self, recovery_key: &str) -> Result<zeroize::Zeroizing<String>> {
        let key = Vault::load(&self.dir)?.unlock_with_recovery(&RecoveryKey::parse(recovery_key)?)?;
        let conn = db::open(&self.db_path(), &key, false)?;
        audit::append(&conn, "<recovery-key>", AuditAction::RecoveryUsed, "store", None, "raw key exported")?;
        Ok(key.sqlcipher_literal())
    }
}

pub(crate) fn check_username(username: &str) -> Result<()> {
    let ok = !username.is_empty()
        && username.len() <= 64
        && username.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(Error::invalid("user", "username-format"))
    }
}
