//! The one error type of the device store.
//!
//! Every variant is something a user or an operator can act on. None carries member data: errors end up
//! in logs and on screens next to other people. The words live in Fluent (`locales/*/cli.ftl`, ids
//! `error-*`), so an error reads in the user's language ([`Error::message`]); `Display` is the English.

use std::fmt;
use std::path::PathBuf;

use fluent_bundle::FluentValue;
use intake_model::{InstrumentError, Permission};

use crate::l10n::{args, Localizer, DEFAULT_LOCALE};

#[derive(Debug)]
pub enum Error {
    NotInitialized(PathBuf),
    AlreadyInitialized(PathBuf),
    WrongCredentials,
    LockedOut { seconds: u64 },
    Deactivated,
    WrongRecoveryKey,
    Forbidden { role: &'static str, action: &'static str },
    /// What was not found: `member`, `user`, `response`, `need`.
    NotFound(&'static str),
    /// `field` and `reason` are stable keys (`error-field-*`, `error-reason-*`); `item` names the
    /// questionnaire item concerned, when there is one.
    Invalid { field: &'static str, reason: &'static str, item: Option<String> },
    DiskFull,
    Corrupt(String),
    AuditChainBroken { seq: i64, reason: String },
    NotABackup(PathBuf),
    Io { path: PathBuf, source: std::io::Error },
    Database(rusqlite::Error),
    /// Enrolling with or syncing to the hub did not finish (nothing was lost).
    Sync(crate::sync::SyncError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn forbidden(role: intake_model::Role, permission: Permission) -> Self {
        Error::Forbidden { role: role.as_str(), action: permission.as_str() }
    }

    pub(crate) fn invalid(field: &'static str, reason: &'static str) -> Self {
        Error::Invalid { field, reason, item: None }
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

    /// The error in the words of locale `tag` (English where that locale lacks the message).
    pub fn message(&self, l: &Localizer, tag: &str) -> String {
        let sub = |id: String| l.format(tag, &id, None);
        let path = |p: &PathBuf| FluentValue::from(p.display().to_string());
        match self {
            Error::NotInitialized(p) => l.format(tag, "error-not-initialized", Some(&args(&[("path", path(p))]))),
            Error::AlreadyInitialized(p) => l.format(tag, "error-already-initialized", Some(&args(&[("path", path(p))]))),
            Error::WrongCredentials => l.format(tag, "error-wrong-credentials", None),
            Error::LockedOut { seconds } => {
                l.format(tag, "error-locked-out", Some(&args(&[("seconds", FluentValue::from(*seconds as f64))])))
            }
            Error::Deactivated => l.format(tag, "error-deactivated", None),
            Error::WrongRecoveryKey => l.format(tag, "error-wrong-recovery-key", None),
            Error::Forbidden { role, action } => l.format(
                tag,
                "error-forbidden",
                Some(&args(&[
                    ("role", FluentValue::from(sub(format!("role-{role}")))),
                    ("action", FluentValue::from(sub(format!("permission-{action}")))),
                ])),
            ),
            Error::NotFound(what) => {
                l.format(tag, "error-not-found", Some(&args(&[("what", FluentValue::from(sub(format!("error-what-{what}"))))])))
            }
            Error::Invalid { field, reason, item } => {
                let reason_args = args(&[
                    ("item", FluentValue::from(item.clone().unwrap_or_default())),
                    ("min", FluentValue::from(crate::vault::MIN_PIN_LEN)),
                ]);
                let reason_text = l.format(tag, &format!("error-reason-{reason}"), Some(&reason_args));
                let field_text = sub(format!("error-field-{}", field.replace('_', "-")));
                l.format(
                    tag,
                    "error-invalid",
                    Some(&args(&[("field", FluentValue::from(field_text)), ("reason", FluentValue::from(reason_text))])),
                )
            }
            Error::DiskFull => l.format(tag, "error-disk-full", None),
            Error::Corrupt(d) => l.format(tag, "error-corrupt", Some(&args(&[("detail", FluentValue::from(d.as_str()))]))),
            Error::AuditChainBroken { seq, reason } => l.format(
                tag,
                "error-audit-broken",
                Some(&args(&[("seq", FluentValue::from(*seq as f64)), ("reason", FluentValue::from(reason.as_str()))])),
            ),
            Error::NotABackup(p) => l.format(tag, "error-not-a-backup", Some(&args(&[("path", path(p))]))),
            Error::Io { path: p, source } => l.format(
                tag,
                "error-io",
                Some(&args(&[("path", path(p)), ("detail", FluentValue::from(source.to_string()))])),
            ),
            Error::Database(e) => l.format(tag, "error-database", Some(&args(&[("detail", FluentValue::from(e.to_string()))]))),
            Error::Sync(e) => {
                let reason = match e {
                    crate::sync::SyncError::Refused { reason } => reason.as_str(),
                    _ => "",
                };
                l.format(tag, &format!("error-sync-{}", e.code()), Some(&args(&[("reason", FluentValue::from(reason))])))
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Plain text for logs and developers: English, without the bidi isolation marks.
        let text = self.message(Localizer::global(), DEFAULT_LOCALE);
        f.write_str(&text.replace(['\u{2068}', '\u{2069}'], ""))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Database(e) => Some(e),
            _ => None,
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

impl From<InstrumentError> for Error {
    fn from(e: InstrumentError) -> Self {
        Error::Invalid { field: "answers", reason: e.reason, item: Some(e.item) }
    }
}
