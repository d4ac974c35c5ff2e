//! Dashboard users, their roles, and sign-in sessions.
//!
//! Passwords are hashed with Argon2id (the argon2 crate's defaults: 19 MiB, 2 passes, the OWASP
//! recommendation) into PHC strings, so parameters can be raised later without breaking old hashes. A
//! session is a random 256-bit token in an `HttpOnly`, `SameSite=Strict` cookie; the hub stores only its
//! SHA-256, with an expiry, so a copy of the database signs nobody in. An expired session is refused and
//! deleted. Every sign-in, refused or not, is audited (by user name, never by password).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{Duration, Utc};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::db::DbError;
use crate::hub::{stamp, Hub};

intake_model::code_enum! {
    /// What a hub user may do. Admins see everything and may export identified data; analysts see reports
    /// and de-identified exports.
    pub enum Role("hub role") {
        Admin = "admin",
        Analyst = "analyst",
    }
}

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("a password must have at least {MIN_PASSWORD} characters")]
    WeakPassword,
    #[error("a user name is 1 to 64 letters, digits, dots, dashes or underscores")]
    BadName,
    #[error("the user name or password is wrong")]
    WrongPassword,
    #[error("cannot hash the password: {0}")]
    Hash(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

pub const MIN_PASSWORD: usize = 12;

/// A signed-in user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user: String,
    pub role: Role,
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn valid_name(name: &str) -> bool {
    (1..=64).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
}

impl Hub {
    /// Creates a user, or sets an existing user's role and password.
    pub fn set_user(&self, name: &str, role: Role, password: &str, actor: &str) -> Result<(), UserError> {
        if !valid_name(name) {
            return Err(UserError::BadName);
        }
        if password.chars().count() < MIN_PASSWORD {
            return Err(UserError::WeakPassword);
        }
        let salt = SaltString::generate(&mut OsRng);
        let hash = Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map_err(|e| UserError::Hash(e.to_string()))?
            .to_string();
        self.db.with_tx(|tx| -> Result<(), DbError> {
            tx.exec(
                "INSERT INTO hub_users (name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (name) DO UPDATE SET role = ?2, password_hash = ?3",
                &[name.into(), role.as_str().into(), hash.into(), stamp(Utc::now()).into()],
            )?;
            // A changed password ends the user's sessions.
            tx.exec("DELETE FROM hub_sessions WHERE user_name = ?1", &[name.into()])?;
            crate::audit::record(tx, actor, "user-set", &format!("user={name} role={}", role.as_str()))
        })?;
        Ok(())
    }

    /// Checks a password and opens a session that expires after `ttl`; returns its token.
    pub fn sign_in(&self, name: &str, password: &str, ttl: Duration) -> Result<(String, Session), UserError> {
        // Not a possible user name (a password typed in the wrong field, or junk): refused without a hash
        // and without writing what was typed into the audit log.
        if !valid_name(name) {
            self.db.with_tx(|tx| crate::audit::record(tx, "-", "sign-in-refused", "not a user name"))?;
            return Err(UserError::WrongPassword);
        }
        let stored = self.db.with_read(|tx| tx.query("SELECT role, password_hash FROM hub_users WHERE name = ?1", &[name.into()]))?;
        let user = stored.first().map(|r| Ok::<_, DbError>((r.text(0)?, r.text(1)?))).transpose()?;
        // An unknown user still costs one hash, so timing does not tell which names exist.
        const DECOY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0D6V4mB8mSGMbKxTvJzJ8Gx0sO0V0jv9hSPEqH8wBFQ";
        let (role, hash) = user.clone().unwrap_or_else(|| ("analyst".to_owned(), DECOY.to_owned()));
        let verified = PasswordHash::new(&hash)
            .map(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
            .unwrap_or(false);
        let role = Role::parse(&role).map_err(|_| DbError::Stored("user role"))?;
        if !verified || user.is_none() {
            self.db.with_tx(|tx| crate::audit::record(tx, name, "sign-in-refused", "wrong user name or password"))?;
            return Err(UserError::WrongPassword);
        }
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        let token = hex::encode(bytes);
        let now = Utc::now();
        self.db.with_tx(|tx| -> Result<(), DbError> {
            // Expired sessions are swept at each sign-in, so the table stays small.
            tx.exec("DELETE FROM hub_sessions WHERE expires_at <= ?1", &[stamp(now).into()])?;
            tx.exec(
                "INSERT INTO hub_sessions (token_hash, user_name, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
                &[token_hash(&token).into(), name.into(), stamp(now).into(), stamp(now + ttl).into()],
            )?;
            crate::audit::record(tx, name, "sign-in", &format!("role={}", role.as_str()))
        })?;
        Ok((token, Session { user: name.to_owned(), role }))
    }

    /// The session a token opens, if it exists and has not expired.
    pub fn session(&self, token: &str) -> Result<Option<Session>, DbError> {
        let rows = self.db.with_read(|tx| {
            tx.query(
                "SELECT s.user_name, u.role, s.expires_at FROM hub_sessions s JOIN hub_users u ON u.name = s.user_name \
                 WHERE s.token_hash = ?1",
                &[token_hash(token).into()],
            )
        })?;
        let Some(row) = rows.first() else { return Ok(None) };
        if row.text(2)? <= stamp(Utc::now()) {
            self.sign_out(token)?;
            return Ok(None);
        }
        Ok(Role::parse(&row.text(1)?).ok().map(|role| Session { user: row.text(0).unwrap_or_default(), role }))
    }

    pub fn sign_out(&self, token: &str) -> Result<(), DbError> {
        self.db.with_tx(|tx| tx.exec("DELETE FROM hub_sessions WHERE token_hash = ?1", &[token_hash(token).into()]).map(drop))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_opens_with_the_right_password_only_and_ends_when_it_expires() {
        let dir = tempfile::tempdir().expect("dir");
        let hub = Hub::open(&format!("sqlite://{}", dir.path().join("hub.db").display())).expect("hub");
        assert!(matches!(hub.set_user("ana", Role::Analyst, "short", "test"), Err(UserError::WeakPassword)));
        hub.set_user("ana", Role::Analyst, "correct horse battery", "test").expect("user");
        assert!(matches!(hub.sign_in("ana", "wrong horse battery", Duration::hours(1)), Err(UserError::WrongPassword)));
        assert!(matches!(hub.sign_in("nobody", "correct horse battery", Duration::hours(1)), Err(UserError::WrongPassword)));
        let (token, session) = hub.sign_in("ana", "correct horse battery", Duration::hours(1)).expect("sign in");
        assert_eq!(session.role, Role::Analyst);
        assert_eq!(hub.session(&token).expect("lookup"), Some(session));
        assert_eq!(hub.session("not-a-token").expect("lookup"), None);
        let (expired, _) = hub.sign_in("ana", "correct horse battery", Duration::seconds(-1)).expect("sign in");
        assert_eq!(hub.session(&expired).expect("lookup"), None);
        hub.sign_out(&token).expect("sign out");
        assert_eq!(hub.session(&token).expect("lookup"), None);
        let actions: Vec<String> = hub.audit_log(10).expect("audit").into_iter().map(|e| e.action).collect();
        assert!(actions.contains(&"sign-in-refused".to_owned()) && actions.contains(&"sign-in".to_owned()), "{actions:?}");
    }
}
