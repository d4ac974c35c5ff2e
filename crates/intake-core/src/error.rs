//! The one error type of the device store.
//!
//! Every variant is something a user or an operator can act on, and its message says what to do. None of
//! them carries member data: errors end up in logs and on screens next to other people.
//! (Translated messages come with the localization engine; these English texts are the reference.)

use std::path::PathBuf;

use intake_model::Permission;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no Equity Intake store in {0}: run `intake init` first")]
    NotInitialized(PathBuf),
    #[error("{0} already holds an Equity Intake store")]
    AlreadyInitialized(PathBuf),
    #[error("wrong user name or PIN")]
    WrongCredentials,
    #[error("too many wrong PINs for this user: try again in {seconds} s, or ask a supervisor to reset the PIN")]
    LockedOut { seconds: u64 },
    #[error("this account has been deactivated: ask a supervisor")]
    Deactivated,
    #[error("the recovery key is not valid for this store")]
    WrongRecoveryKey,
    #[error("your role ({role}) may not {action}")]
    Forbidden { role: &'static str, action: &'static str },
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("invalid {field}: {reason}")]
    Invalid { field: &'static str, reason: String },
    #[error("the disk is full or not writable: nothing was saved; free some space and try again")]
    DiskFull,
    #[error("the store is damaged or is not an Equity Intake store ({0}); restore from a backup")]
    Corrupt(String),
    #[error("the audit log has been altered at entry {seq}: {reason}")]
    AuditChainBroken { seq: i64, reason: String },
    #[error("{0} is not an Equity Intake backup")]
    NotABackup(PathBuf),
    #[error("file error on {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("database error: {0}")]
    Database(rusqlite::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn forbidden(role: intake_model::Role, permission: Permission) -> Self {
        Error::Forbidden { role: role.as_str(), action: permission.as_str() }
    }

    pub(crate) fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Error::Invalid { field, reason: reason.into() }
    }

    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |source| {
            // A full disk surfaces as ENOSPC (or EFBIG past a file-size limit): say so plainly.
            if matches!(source.raw_os_error(), Some(28) | Some(27)) {
                Error::DiskFull
            } else {
                Error::Io { path, source }
            }
        }
    }
}

/// SQLite reports a full disk, a failed write and a wrong key in its own terms; turn those into the
/// errors a user can act on. Everything else stays a database error.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            match f.code {
                ErrorCode::DiskFull => return Error::DiskFull,
                // IOERR_WRITE and friends: the write did not reach the disk (EFBIG, EIO, read-only media).
                ErrorCode::SystemIoFailure => return Error::DiskFull,
                ErrorCode::NotADatabase => return Error::Corrupt("not readable with this key".into()),
                ErrorCode::DatabaseCorrupt => return Error::Corrupt("database image is malformed".into()),
                _ => {}
            }
        }
        Error::Database(e)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Corrupt(format!("a stored record does not decode: {e}"))
    }
}
