//! The IPC commands: each checks nothing itself and decides nothing itself; it takes the app state, calls
//! one `intake-views` function, and returns its result (or its error, already in the staff language).
//! Role checks happen in `intake-core`, on every call, whatever the screen showed.
//!
//! The names are also listed in `command_names.rs`, which `build.rs` turns into the ACL manifest; a test
//! below keeps the two lists equal.

use serde::Serialize;
use tauri::{Manager, State};
use uuid::Uuid;

use intake_views::members::{MemberForm, MemberList, MemberRow, NeedLine, Profile};
use intake_views::screening::{AnswerInput, InstrumentChoice, ResultsView, ScreeningView, StartForm, Summary};
use intake_views::supervisor::{Overview, SettingRow, UserRow};
use intake_views::sync::{ProgressView, SyncDone, SyncScreen};
use intake_views::text::{all_locales, app_messages, t, LocaleView};
use intake_views::{UiError, UiResult};

use crate::state::{AppState, Inner};

type Cmd<'a> = State<'a, AppState>;

#[derive(Debug, Serialize)]
pub struct SignedInUser {
    username: String,
    name: String,
    role: String,
    role_label: String,
}

/// Everything the window needs to draw its frame: set-up or sign-in or signed in, the staff language and
/// its words, text size, and the idle time after which to lock.
#[derive(Debug, Serialize)]
pub struct AppView {
    initialized: bool,
    user: Option<SignedInUser>,
    site: Option<String>,
    last_user: Option<String>,
    staff_locale: LocaleView,
    text_size: u32,
    locales: Vec<LocaleView>,
    messages: std::collections::BTreeMap<String, String>,
    idle_lock_seconds: u64,
    version: &'static str,
}

fn app_view(inner: &Inner) -> UiResult<AppView> {
    let staff = inner.staff();
    let user = inner.session.as_ref().map(|s| SignedInUser {
        username: s.user().username.clone(),
        name: s.user().display_name.clone(),
        role: s.user().role.as_str().to_owned(),
        role_label: t(&staff, &format!("role-{}", s.user().role.as_str())),
    });
    Ok(AppView {
        initialized: inner.store().is_initialized(),
        site: inner.session.as_ref().map(|s| s.site().to_owned()),
        user,
        last_user: inner.prefs.last_user.clone(),
        staff_locale: intake_views::text::locale_view(&staff, &staff).ok_or_else(|| UiError::app("member-language", &staff, None))?,
        text_size: inner.prefs.text_size,
        locales: all_locales(&staff),
        messages: app_messages(&staff),
        idle_lock_seconds: inner.idle_lock_seconds,
        version: env!("CARGO_PKG_VERSION"),
    })
}

/// Runs `f` with the signed-in session and the staff language: the shape of every command on member data.
fn in_session<T>(state: &AppState, f: impl FnOnce(&mut intake_core::Session, &str) -> UiResult<T>) -> UiResult<T> {
    let mut inner = state.lock();
    let staff = inner.staff();
    f(inner.session()?, &staff)
}

#[tauri::command]
async fn app_state(state: Cmd<'_>) -> UiResult<AppView> {
    app_view(&state.lock())
}

#[tauri::command]
async fn set_preferences(state: Cmd<'_>, staff_locale: String, text_size: u32) -> UiResult<AppView> {
    let mut inner = state.lock();
    if let Some(tag) = intake_views::text::known_locale(&staff_locale) {
        inner.prefs.staff_locale = tag;
    }
    if intake_views::prefs::TEXT_SIZES.contains(&text_size) {
        inner.prefs.text_size = text_size;
    }
    let staff = inner.staff();
    inner.prefs.save(&inner.dir).map_err(|_| UiError::app("preferences", &staff, None))?;
    app_view(&inner)
}

#[derive(Debug, Serialize)]
pub struct SetUp {
    recovery_key: String,
    app: AppView,
}

#[tauri::command]
async fn setup_site(state: Cmd<'_>, site: String, username: String, pin: String, pin_again: String) -> UiResult<SetUp> {
    let mut inner = state.lock();
    let staff = inner.staff();
    if pin != pin_again {
        return Err(UiError::app("pin-mismatch", &staff, Some("pin_again")));
    }
    let done = inner.store().initialize(&site, username.trim(), &pin).map_err(|e| UiError::from_core(&e, &staff))?;
    inner.signed_in(done.session);
    Ok(SetUp { recovery_key: done.recovery_key.as_str().to_owned(), app: app_view(&inner)? })
}

#[tauri::command]
async fn sign_in(state: Cmd<'_>, username: String, pin: String) -> UiResult<AppView> {
    let mut inner = state.lock();
    let staff = inner.staff();
    let session = inner.store().sign_in(username.trim(), &pin).map_err(|e| UiError::from_core(&e, &staff))?;
    inner.signed_in(session);
    app_view(&inner)
}

/// Locks the screen: the session and its key are dropped; signing in again (as anyone) opens it.
#[tauri::command]
async fn lock(state: Cmd<'_>) -> UiResult<AppView> {
    let mut inner = state.lock();
    inner.session = None;
    app_view(&inner)
}

#[tauri::command]
async fn search_members(state: Cmd<'_>, query: String) -> UiResult<MemberList> {
    in_session(&state, |session, staff| intake_views::members::search(session, staff, &query))
}

#[tauri::command]
async fn check_duplicates(state: Cmd<'_>, form: MemberForm) -> UiResult<Vec<MemberRow>> {
    in_session(&state, |session, staff| intake_views::members::likely_duplicates(session, staff, &form))
}

#[tauri::command]
async fn create_member(state: Cmd<'_>, form: MemberForm) -> UiResult<MemberRow> {
    in_session(&state, |session, staff| intake_views::members::create(session, staff, &form))
}

#[tauri::command]
async fn member_profile(state: Cmd<'_>, member_id: Uuid) -> UiResult<Profile> {
    in_session(&state, |session, staff| intake_views::members::profile(session, staff, member_id))
}

#[derive(Debug, Serialize)]
pub struct ScreeningChoices {
    instruments: Vec<InstrumentChoice>,
    locales: Vec<LocaleView>,
    modes: Vec<(String, String)>,
}

#[tauri::command]
async fn screening_choices(state: Cmd<'_>) -> UiResult<ScreeningChoices> {
    in_session(&state, |session, staff| {
        Ok(ScreeningChoices {
            instruments: intake_views::screening::choices(staff, session.user().role),
            locales: all_locales(staff),
            modes: intake_model::Mode::ALL.iter().map(|m| (m.as_str().to_owned(), t(staff, &format!("app-mode-{}", m.as_str())))).collect(),
        })
    })
}

#[tauri::command]
async fn start_screening(state: Cmd<'_>, form: StartForm) -> UiResult<ScreeningView> {
    in_session(&state, |session, staff| {
        let draft_id = intake_views::screening::start(session, staff, &form)?;
        intake_views::screening::screening(session, staff, draft_id)
    })
}

#[tauri::command]
async fn open_screening(state: Cmd<'_>, draft_id: Uuid) -> UiResult<ScreeningView> {
    in_session(&state, |session, staff| intake_views::screening::screening(session, staff, draft_id))
}

#[tauri::command]
async fn answer(state: Cmd<'_>, draft_id: Uuid, instrument: String, item: String, input: AnswerInput) -> UiResult<ScreeningView> {
    in_session(&state, |session, staff| intake_views::screening::answer(session, staff, draft_id, &instrument, &item, &input))
}

#[tauri::command]
async fn finish_screening(state: Cmd<'_>, draft_id: Uuid) -> UiResult<ResultsView> {
    in_session(&state, |session, staff| intake_views::screening::finish(session, staff, draft_id))
}

#[tauri::command]
async fn discard_screening(state: Cmd<'_>, draft_id: Uuid) -> UiResult<()> {
    in_session(&state, |session, staff| session.discard_draft(draft_id).map_err(|e| UiError::from_core(&e, staff)))
}

#[tauri::command]
async fn record_follow_up(
    state: Cmd<'_>,
    member_id: Uuid,
    need_id: Uuid,
    status: String,
    organization: String,
    note: String,
) -> UiResult<Vec<NeedLine>> {
    in_session(&state, |session, staff| {
        intake_views::members::follow_up(session, staff, member_id, need_id, &status, &organization, &note)
    })
}

#[tauri::command]
async fn member_summary(state: Cmd<'_>, member_id: Uuid, locale: String) -> UiResult<Summary> {
    in_session(&state, |session, staff| intake_views::screening::summary(session, staff, member_id, &locale))
}

#[tauri::command]
async fn supervisor_overview(state: Cmd<'_>) -> UiResult<Overview> {
    in_session(&state, |session, staff| intake_views::supervisor::overview(session, staff))
}

#[tauri::command]
async fn list_users(state: Cmd<'_>) -> UiResult<Vec<UserRow>> {
    in_session(&state, |session, staff| intake_views::supervisor::users(session, staff))
}

#[tauri::command]
async fn add_user(state: Cmd<'_>, username: String, name: String, role: String, pin: String, pin_again: String) -> UiResult<Vec<UserRow>> {
    in_session(&state, |session, staff| intake_views::supervisor::add_user(session, staff, &username, &name, &role, &pin, &pin_again))
}

#[tauri::command]
async fn reset_pin(state: Cmd<'_>, username: String, pin: String, pin_again: String) -> UiResult<Vec<UserRow>> {
    in_session(&state, |session, staff| intake_views::supervisor::reset_pin(session, staff, &username, &pin, &pin_again))
}

#[tauri::command]
async fn deactivate_user(state: Cmd<'_>, username: String) -> UiResult<Vec<UserRow>> {
    in_session(&state, |session, staff| intake_views::supervisor::deactivate(session, staff, &username))
}

#[tauri::command]
async fn site_settings(state: Cmd<'_>) -> UiResult<Vec<SettingRow>> {
    in_session(&state, |session, staff| intake_views::supervisor::settings(session, staff))
}

#[tauri::command]
async fn set_site_setting(state: Cmd<'_>, name: String, value: u32) -> UiResult<Vec<SettingRow>> {
    let mut inner = state.lock();
    let staff = inner.staff();
    let rows = intake_views::supervisor::set_setting(inner.session()?, &staff, &name, value)?;
    if name == "idle-lock-seconds" {
        inner.idle_lock_seconds = u64::from(value);
    }
    Ok(rows)
}

#[tauri::command]
async fn sync_screen(state: Cmd<'_>) -> UiResult<SyncScreen> {
    in_session(&state, |session, staff| intake_views::sync::screen(session, staff))
}

#[tauri::command]
async fn enroll_device(app: tauri::AppHandle, hub_url: String, code: String) -> UiResult<SyncScreen> {
    // Enrollment is one short request, but it is network I/O: off the async runtime, like a sync.
    run_blocking(app, move |app| {
        in_session(&app.state::<AppState>(), |session, staff| intake_views::sync::enroll(session, staff, &hub_url, &code))
    })
    .await
}

/// Sends everything unsent. Runs on a blocking thread (the HTTP client blocks) and holds the session for the
/// whole sync, so nothing else writes to the store meanwhile; the window polls `sync_progress`, which
/// takes only the progress lock, for its progress bar.
#[tauri::command]
async fn sync_now(app: tauri::AppHandle) -> UiResult<SyncDone> {
    run_blocking(app, move |app| {
        let state = app.state::<AppState>();
        state.set_sync_progress(Some(ProgressView::default()));
        let done = in_session(&state, |session, staff| {
            intake_views::sync::sync(session, staff, &mut |p| state.set_sync_progress(Some(p)))
        });
        state.set_sync_progress(None);
        done
    })
    .await
}

/// Not async: it runs on the main thread, so it answers even while other async commands wait for the session
/// a sync holds (they can occupy all of the async runtime's threads on a 2-core laptop).
#[tauri::command]
fn sync_progress(state: Cmd<'_>) -> UiResult<Option<ProgressView>> {
    Ok(state.sync_progress())
}

async fn run_blocking<T: Send + 'static>(
    app: tauri::AppHandle,
    f: impl FnOnce(&tauri::AppHandle) -> UiResult<T> + Send + 'static,
) -> UiResult<T> {
    let staff = app.state::<AppState>().lock().staff();
    // A panic on the worker thread: the store is still consistent (every change is a transaction).
    tauri::async_runtime::spawn_blocking(move || f(&app)).await.unwrap_or_else(|_| {
        Err(UiError { kind: "internal".into(), message: intake_views::text::ta(&staff, "error-database", &[("detail", "".into())]), field: None })
    })
}

macro_rules! commands {
    ($($name:ident),* $(,)?) => {
        pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
        #[cfg(test)]
        const NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

commands![
    app_state, set_preferences, setup_site, sign_in, lock, search_members, check_duplicates, create_member,
    member_profile, screening_choices, start_screening, open_screening, answer, finish_screening,
    discard_screening, record_follow_up, member_summary, supervisor_overview, list_users, add_user, reset_pin,
    deactivate_user, site_settings, set_site_setting, sync_screen, enroll_device, sync_now, sync_progress,
];

#[cfg(test)]
mod tests {
    include!("command_names.rs");

    /// A command missing from the ACL manifest would be refused at run time; one listed there but not
    /// registered would be a permission for nothing.
    #[test]
    fn every_command_is_in_the_acl_manifest_and_no_other() {
        assert_eq!(super::NAMES, &COMMANDS[..]);
    }
}
