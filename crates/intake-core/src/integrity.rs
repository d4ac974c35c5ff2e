//! Verifying the store, backing it up and restoring it.
//!
//! A backup is one file: a short header, the key slots, and an encrypted copy of the database made by
//! SQLCipher's own `sqlcipher_export` (so it is consistent, includes what is still in the WAL, and stays
//! encrypted under the same key). It opens with the same PINs, or the recovery key, as the store it came
//! from. Restoring never deletes: the store being replaced is moved aside into `replaced-<time>/`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use intake_model::{new_id, AuditAction, Permission, Role};

use crate::audit;
use crate::db;
use crate::error::{Error, Result};
use crate::session::{Session, VerifyReport};
use crate::store::Store;
use crate::vault::{self, Vault};

const MAGIC: &[u8] = b"EQUITY-INTAKE-BACKUP 1\n";

impl Session {
    /// Checks the database pages (SQLCipher's HMAC on every page, then SQLite's integrity check) and the
    /// audit chain. Any failure is an error saying what is wrong.
    pub fn verify(&mut self) -> Result<VerifyReport> {
        self.require(Permission::VerifyStore)?;
        let conn = self.conn();
        let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
        let problems: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        drop(stmt);
        if let Some(p) = problems.first() {
            return Err(Error::Corrupt(format!("page check failed: {p}")));
        }
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Corrupt(format!("integrity check: {check}")));
        }
        let audit_entries = audit::verify(conn)?;
        let members = conn.query_row("SELECT count(*) FROM members_current", [], |r| r.get(0))?;
        let responses = conn.query_row("SELECT count(*) FROM responses", [], |r| r.get(0))?;
        self.audit(AuditAction::Verify, "store", None, "ok")?;
        Ok(VerifyReport { audit_entries, members, responses })
    }

    /// Writes an encrypted backup to `path` (replacing it atomically if it exists).
    pub fn backup(&mut self, path: &Path) -> Result<u64> {
        self.require(Permission::Backup)?;
        // Record the backup first, so the copy carries its own audit entry. It says "started": if the
        // export then fails, the log must not claim a backup exists.
        self.audit(AuditAction::Backup, "store", None, "encrypted backup started")?;
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let export = parent.join(format!(".intake-export-{}.db", new_id()));
        let result = self.export_to(&export).and_then(|()| {
            let db_bytes = fs::read(&export).map_err(Error::io(&export))?;
            let slots = Vault::load(self.dir())?.to_json();
            let mut out = Vec::with_capacity(MAGIC.len() + 8 + slots.len() + db_bytes.len());
            out.extend_from_slice(MAGIC);
            out.extend_from_slice(&(slots.len() as u64).to_le_bytes());
            out.extend_from_slice(slots.as_bytes());
            out.extend_from_slice(&db_bytes);
            vault::write_atomically(path, &out)?;
            Ok(out.len() as u64)
        });
        let _ = fs::remove_file(&export);
        result
    }

    fn export_to(&self, target: &Path) -> Result<()> {
        let target_str = target.to_str().ok_or_else(|| Error::invalid("file", "path-not-utf8"))?;
        let key = self.key_literal();
        self.conn().execute("ATTACH DATABASE ?1 AS backup KEY ?2", rusqlite::params![target_str, key.as_str()])?;
        let exported = self
            .conn()
            .query_row("SELECT sqlcipher_export('backup')", [], |_| Ok(()))
            .and_then(|()| {
                let v: i64 = self.conn().pragma_query_value(None, "user_version", |r| r.get(0))?;
                self.conn().execute_batch(&format!("PRAGMA backup.user_version = {v};"))
            });
        let detached = self.conn().execute_batch("DETACH DATABASE backup");
        exported?;
        detached?;
        Ok(())
    }
}

impl Store {
    /// Restores a backup into this store's folder, signing in as `username` with a PIN that the backup
    /// knows (a supervisor's). The store being replaced, if any, is moved aside, not deleted.
    pub fn restore(&self, backup: &Path, username: &str, pin: &str) -> Result<Session> {
        let (slots, db_bytes) = read_backup(backup)?;
        fs::create_dir_all(self.dir()).map_err(Error::io(self.dir()))?;
        let staging = self.dir().join(format!(".restore-{}", new_id()));
        fs::create_dir(&staging).map_err(Error::io(&staging))?;
        let staged = Store::at(&staging);
        let checked = (|| {
            Vault::from_json(&slots)?.save(&staging)?;
            vault::write_atomically(&staged.db_path(), &db_bytes)?;
            let mut session = staged.sign_in(username, pin)?;
            if session.user().role != Role::Supervisor {
                return Err(Error::forbidden(session.user().role, Permission::Restore));
            }
            session.verify()?;
            Ok(())
        })();
        if let Err(e) = checked {
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
        self.move_aside()?;
        for name in [db::FILE_NAME, vault::FILE_NAME] {
            fs::rename(staging.join(name), self.dir().join(name)).map_err(Error::io(self.dir().join(name)))?;
        }
        let _ = fs::remove_dir_all(&staging);
        fs::File::open(self.dir()).and_then(|d| d.sync_all()).map_err(Error::io(self.dir()))?;
        let session = self.sign_in(username, pin)?;
        session.audit(AuditAction::Restore, "store", None, "restored from backup")?;
        Ok(session)
    }

    /// Moves the current database (with its WAL) and key slots into `replaced-<time>/`.
    fn move_aside(&self) -> Result<Option<PathBuf>> {
        let names = [
            db::FILE_NAME.to_owned(),
            format!("{}-wal", db::FILE_NAME),
            format!("{}-shm", db::FILE_NAME),
            vault::FILE_NAME.to_owned(),
        ];
        if !names.iter().any(|n| self.dir().join(n).exists()) {
            return Ok(None);
        }
        let aside = self.dir().join(format!("replaced-{}", chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ")));
        fs::create_dir(&aside).map_err(Error::io(&aside))?;
        for n in &names {
            let from = self.dir().join(n);
            if from.exists() {
                fs::rename(&from, aside.join(n)).map_err(Error::io(&from))?;
            }
        }
        Ok(Some(aside))
    }
}

fn read_backup(path: &Path) -> Result<(String, Vec<u8>)> {
    let mut f = fs::File::open(path).map_err(Error::io(path))?;
    let mut bytes = Vec::new();
    f.read_to_end(&mut bytes).map_err(Error::io(path))?;
    let not_backup = || Error::NotABackup(path.to_owned());
    let rest = bytes.strip_prefix(MAGIC).ok_or_else(not_backup)?;
    let len_bytes: [u8; 8] = rest.get(..8).and_then(|b| b.try_into().ok()).ok_or_else(not_backup)?;
    let len = usize::try_from(u64::from_le_bytes(len_bytes)).map_err(|_| not_backup())?;
    let slots = rest.get(8..8usize.checked_add(len).ok_or_else(not_backup)?).ok_or_else(not_backup)?;
    let db_bytes = rest[8 + len..].to_vec();
    if db_bytes.is_empty() {
        return Err(not_backup());
    }
    Ok((String::from_utf8(slots.to_vec()).map_err(|_| not_backup())?, db_bytes))
}
