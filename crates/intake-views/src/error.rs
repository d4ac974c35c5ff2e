//! The error a screen shows: one sentence in the staff language, and the field it belongs next to.

use intake_core::l10n::Localizer;
use serde::Serialize;

/// An error as a screen shows it. `field` (an input's name, e.g. `pin`, `date_of_birth`) tells the screen
/// where to put the message; `kind` is a stable key tests and screens can match on (`wrong-credentials`,
/// `locked`, `forbidden`, `invalid`, `not-found`, `disk-full`, `internal`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct UiError {
    pub kind: String,
    pub message: String,
    pub field: Option<String>,
}

pub type UiResult<T> = Result<T, UiError>;

impl UiError {
    /// A core error in the words of `staff` (its Fluent `error-*` message).
    pub fn from_core(error: &intake_core::Error, staff: &str) -> Self {
        use intake_core::Error as E;
        let (kind, field) = match error {
            E::WrongCredentials | E::WrongRecoveryKey => ("wrong-credentials", Some("pin")),
            E::LockedOut { .. } => ("locked-out", Some("pin")),
            E::Deactivated => ("deactivated", Some("username")),
            E::Forbidden { .. } => ("forbidden", None),
            E::NotFound(_) => ("not-found", None),
            // The core calls a user name "user"; the screens' input is "username".
            E::Invalid { field: "user", .. } => ("invalid", Some("username")),
            E::Invalid { field, .. } => ("invalid", Some(*field)),
            E::DiskFull => ("disk-full", None),
            E::NotInitialized(_) | E::AlreadyInitialized(_) => ("setup", None),
            // `sync-offline`, `sync-revoked`, ...: the screen places enrollment errors by field.
            E::Sync(s) => {
                let field = match s {
                    intake_core::SyncError::BadCode => Some("code"),
                    intake_core::SyncError::BadUrl | intake_core::SyncError::InsecureUrl => Some("hub_url"),
                    _ => None,
                };
                return UiError {
                    kind: format!("sync-{}", s.code()),
                    message: error.message(Localizer::global(), staff),
                    field: field.map(str::to_owned),
                };
            }
            _ => ("internal", None),
        };
        UiError { kind: kind.to_owned(), message: error.message(Localizer::global(), staff), field: field.map(str::to_owned) }
    }

    /// An error of the screens themselves, from an `app-error-*` message.
    pub fn app(kind: &str, staff: &str, field: Option<&str>) -> Self {
        UiError {
            kind: kind.to_owned(),
            message: Localizer::global().format(staff, &format!("app-error-{kind}"), None),
            field: field.map(str::to_owned),
        }
    }

    /// The screen was locked (idle time ran out, or the user locked it): sign in again.
    pub fn locked(staff: &str) -> Self {
        Self::app("session-locked", staff, None)
    }
}

/// Turns core results into screen results in the staff language.
pub trait InStaffLanguage<T> {
    fn staff(self, staff: &str) -> UiResult<T>;
}

impl<T> InStaffLanguage<T> for intake_core::Result<T> {
    fn staff(self, staff: &str) -> UiResult<T> {
        self.map_err(|e| UiError::from_core(&e, staff))
    }
}
