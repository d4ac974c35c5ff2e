//! What the app holds between commands: the data folder, this device's preferences and, while someone is
//! signed in, their session.
//!
//! One mutex guards it all. Commands are short (a query, a save with one fsync, or an Argon2id unlock of
//! ~0.1 s), and a single lock means two commands can never interleave on one SQLite connection or race a
//! lock against a save.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use intake_core::{Session, Store};
use intake_views::prefs::Preferences;
use intake_views::sync::ProgressView;
use intake_views::{UiError, UiResult};

#[derive(Debug)]
pub struct Inner {
    pub dir: PathBuf,
    pub prefs: Preferences,
    pub session: Option<Session>,
    pub last_activity: Instant,
    /// Seconds without a command after which the session is dropped (a site setting, read at sign-in).
    pub idle_lock_seconds: u64,
}

#[derive(Debug)]
pub struct AppState {
    inner: Mutex<Inner>,
    /// The running sync's progress, apart from `inner`: a sync holds `inner` until it ends, and the window
    /// must still be able to ask how far it got.
    sync_progress: Mutex<Option<ProgressView>>,
}

impl AppState {
    pub fn new(dir: PathBuf) -> Self {
        let system = std::env::var("LANG").ok();
        let prefs = Preferences::load(&dir, system.as_deref());
        let inner = Inner { dir, prefs, session: None, last_activity: Instant::now(), idle_lock_seconds: 300 };
        AppState { inner: Mutex::new(inner), sync_progress: Mutex::new(None) }
    }

    /// The state, even if a command panicked while holding it: the session inside is still consistent,
    /// because every change to the store is a transaction.
    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn set_sync_progress(&self, progress: Option<ProgressView>) {
        *self.sync_progress.lock().unwrap_or_else(|p| p.into_inner()) = progress;
    }

    pub fn sync_progress(&self) -> Option<ProgressView> {
        self.sync_progress.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl Inner {
    pub fn store(&self) -> Store {
        Store::at(&self.dir)
    }

    pub fn staff(&self) -> String {
        self.prefs.staff_locale.clone()
    }

    /// The signed-in session, unless idle time ran out: then it is dropped (zeroing its key) and the
    /// screen is told it is locked. Every command that touches member data goes through here.
    pub fn session(&mut self) -> UiResult<&mut Session> {
        let staff = self.staff();
        if self.session.is_some() && self.last_activity.elapsed().as_secs() >= self.idle_lock_seconds {
            self.session = None;
        }
        self.last_activity = Instant::now();
        self.session.as_mut().ok_or_else(|| UiError::locked(&staff))
    }

    pub fn signed_in(&mut self, session: Session) {
        self.idle_lock_seconds = u64::from(intake_views::supervisor::setting_value(&session, "idle-lock-seconds"));
        self.prefs.last_user = Some(session.user().username.clone());
        // Preferences are a convenience; failing to save them must not fail a sign-in.
        let _ = self.prefs.save(&self.dir);
        self.session = Some(session);
        self.last_activity = Instant::now();
    }
}
