//! End-to-end tests of the real Equity Intake app: the release or debug binary, in a real WebKitGTK window
//! under Xvfb, driven through tauri-driver and WebKitWebDriver. Every member here is synthetic.
//!
//! Each test starts its own display, driver and data folder, so tests never share state. They run one at a
//! time (a lock), because two WebKit windows on a 2-core machine slow each other into time-outs.

mod driver;

use std::sync::Mutex;

use driver::{App, Driver};
use serde_json::json;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const SUPERVISOR: &str = "ana.supervisor";
const PIN: &str = "864213";

/// First run: creates the site and its supervisor, confirms the recovery key, lands on the member list.
fn set_up(app: &App) {
    app.wait("[data-testid=field-site]");
    app.type_into("[data-testid=field-site]", "Harbor Health Center (synthetic)");
    app.type_into("[data-testid=field-username]", SUPERVISOR);
    app.type_into("[data-testid=field-pin]", PIN);
    app.type_into("[data-testid=field-pin_again]", PIN);
    app.click("[data-testid=setup-submit]");
    let key = app.wait("[data-testid=recovery-key]").text();
    assert_eq!(key.split('-').count(), 8, "the recovery key shows as 8 groups: {key}");
    let cont = app.wait("[data-testid=recovery-continue]");
    assert_eq!(cont.property("disabled"), json!(true), "continuing needs the confirmation first");
    app.click("[data-testid=recovery-stored]");
    cont.click();
    app.wait("[data-testid=member-search]");
}

fn sign_in(app: &App, user: &str, pin: &str) {
    app.wait("[data-testid=sign-in]");
    app.type_into("[data-testid=field-username]", user);
    app.type_into("[data-testid=field-pin]", pin);
    app.click("[data-testid=sign-in-submit]");
}

#[test]
fn first_run_then_sign_in_with_a_wrong_and_a_right_pin() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let driver = Driver::start();
    let app = driver.launch(dir.path());
    assert_eq!(app.script("return document.title", json!([])), json!("Equity Intake"));
    set_up(&app);
    app.click("[data-testid=lock]");
    sign_in(&app, SUPERVISOR, "000000");
    let error = app.wait_text("#field-pin-error", "PIN");
    assert!(error.contains("wrong"), "a wrong PIN is explained next to the PIN: {error}");
    sign_in(&app, SUPERVISOR, PIN);
    app.wait("[data-testid=member-search]");
    app.quit();
}

/// Adds a member from the member list and returns to their profile.
fn add_member(app: &App, given: &str, family: &str, dob: &str) {
    app.go("#/members");
    app.click("[data-testid=add-member]");
    app.type_into("[data-testid=field-given_name]", given);
    app.type_into("[data-testid=field-family_name]", family);
    set_date(app, "[data-testid=field-date_of_birth]", dob);
    app.click("[data-testid=add-member-submit]");
}

/// Date inputs take keys in the locale's order; setting the value and firing `input` is what a picker does.
fn set_date(app: &App, css: &str, iso: &str) {
    app.wait(css);
    app.script(
        "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
        json!([css, iso]),
    );
}

/// Starts a screening of the open profile with `instruments`, in `locale`.
fn start_screening(app: &App, instruments: &[&str], locale: &str) {
    app.wait("[data-testid=start-form]");
    for choice in app.find_all("[data-testid^=instrument-]") {
        let id = choice.attribute("data-testid").unwrap_or_default().trim_start_matches("instrument-").to_owned();
        let checked = choice.property("checked") == json!(true);
        if checked != instruments.contains(&id.as_str()) {
            choice.click();
        }
    }
    app.script(
        "const s = document.querySelector('[data-testid=member-language]'); s.value = arguments[0]; s.dispatchEvent(new Event('change', {bubbles: true}));",
        json!([locale]),
    );
    app.click("[data-testid=consent-screening]");
    app.click("[data-testid=start-screening]");
    app.wait("[data-testid=screening]");
}

/// Answers the question on screen with option (or absent reason) `testid`, then moves on.
fn answer(app: &App, item_text_contains: Option<&str>, testid: &str) {
    if let Some(text) = item_text_contains {
        app.wait_text("[data-testid=question-text]", text);
    }
    app.click(&format!("[data-testid={testid}]"));
    // Saved when the choice shows as checked in the view the app sent back.
    let deadline = std::time::Instant::now() + driver::PATIENCE;
    while app.find(&format!("[data-testid={testid}]")).map(|e| e.property("checked")) != Some(json!(true)) {
        assert!(std::time::Instant::now() < deadline, "{testid} was not saved");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    if app.find("[data-testid=next]").is_some() {
        let before = app.text("[data-testid=progress]");
        app.click("[data-testid=next]");
        let deadline = std::time::Instant::now() + driver::PATIENCE;
        while app.text("[data-testid=progress]") == before {
            assert!(std::time::Instant::now() < deadline, "Next did not move on from {before}");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

#[test]
fn a_full_hrsn_screening_in_spanish_with_a_declined_item_a_food_need_a_follow_up_and_a_resume_after_a_crash() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let driver = Driver::start();
    let app = driver.launch(dir.path());
    set_up(&app);

    add_member(&app, "Rosa", "Ejemplo Sintético", "1980-04-12");
    app.wait_text("[data-testid=profile] h1", "Rosa");
    // The same person typed again, with a slip in the name: the app shows her before creating anyone.
    add_member(&app, "Rosa", "Ejemplo Sintetico", "1980-04-12");
    let dup = app.wait_text("[data-testid=duplicates]", "Rosa");
    assert!(dup.contains("Ejemplo Sintético"), "the likely duplicate is shown: {dup}");
    app.click("[data-testid=duplicates] a");
    app.wait_text("[data-testid=profile] h1", "Ejemplo Sintético");

    start_screening(&app, &["ahc-core"], "es");
    let notice = app.wait("[data-testid=staff-notice]").text();
    assert!(notice.contains("interpreter"), "staff are told Spanish is a draft translation: {notice}");
    let staff_text = app.text("[data-testid=question-staff]");
    assert!(staff_text.contains("living situation"), "the English question is beside the Spanish: {staff_text}");
    answer(&app, Some("vivienda"), "option-steady");
    answer(&app, None, "absent-asked-declined");
    answer(&app, None, "option-sometimes");

    // The laptop dies mid-screening: the app is closed without saving anything more.
    app.quit();
    let app = driver.launch(dir.path());
    sign_in(&app, SUPERVISOR, PIN);
    app.type_into("[data-testid=member-search]", "rosa");
    app.wait_text("[data-testid=member-list]", "Rosa");
    app.click("[data-testid=member-list] a");
    app.click("[data-testid=resume]");
    // It resumes at the first unanswered question, with every earlier answer kept.
    app.wait_text("[data-testid=progress]", "Question 4 of 10 · 3 of 10 answered");
    app.click("[data-testid=back]");
    app.wait("[data-testid=option-sometimes]");
    assert_eq!(app.wait("[data-testid=option-sometimes]").property("checked"), json!(true));
    app.click("[data-testid=back]");
    assert_eq!(app.wait("[data-testid=absent-asked-declined]").property("checked"), json!(true));
    app.click("[data-testid=next]");
    app.click("[data-testid=next]");

    answer(&app, None, "option-never");
    answer(&app, None, "option-no");
    answer(&app, None, "option-no");
    for _ in 0..4 {
        answer(&app, None, "option-never");
    }
    app.click("[data-testid=finish]");
    let food = app.wait("[data-testid=domain-food]");
    assert_eq!(food.attribute("data-outcome").as_deref(), Some("positive"));
    let housing = app.wait("[data-testid=domain-housing-quality]");
    assert_eq!(housing.attribute("data-outcome").as_deref(), Some("not-scored"), "a declined item is not scored negative");
    assert!(app.find("[data-testid=safety-prompt]").is_none(), "no safety prompt for a negative safety screen");

    app.click("[data-testid=need-food] [data-testid=follow-up-open]");
    app.click("[data-testid=follow-up-status]");
    app.script(
        "const s = document.querySelector('[data-testid=follow-up-status]'); s.value = 'referred'; s.dispatchEvent(new Event('change', {bubbles: true}));",
        json!([]),
    );
    app.type_into("[data-testid=follow-up-organization]", "Harbor Food Pantry (synthetic)");
    app.click("[data-testid=follow-up-save]");
    app.wait_text("[data-testid=need-food]", "Harbor Food Pantry");

    app.click("[data-testid=to-profile]");
    let need = app.wait_text("[data-testid=need-food]", "Referred");
    assert!(need.contains("Harbor Food Pantry"), "{need}");
    assert!(app.find("[data-testid=drafts]").is_none(), "the finished screening is no longer a draft");
    app.quit();
}

#[test]
fn the_screen_locks_when_idle_and_shows_no_member_data() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let driver = Driver::start();
    let app = driver.launch(dir.path());
    set_up(&app);
    add_member(&app, "Idle", "Lockcheck", "1975-01-30");
    app.wait_text("[data-testid=profile] h1", "Lockcheck");
    // The shortest idle time a supervisor can set.
    app.go("#/supervisor");
    let setting = app.wait("[data-testid=setting-idle-lock-seconds]");
    setting.clear();
    setting.send_keys("10");
    app.script("document.querySelector('[data-testid=setting-idle-lock-seconds]').dispatchEvent(new Event('change', {bubbles: true}))", json!([]));
    app.go("#/member");
    app.go("#/members");
    app.type_into("[data-testid=member-search]", "lockcheck");
    app.wait_text("[data-testid=member-list]", "Lockcheck");
    // Nobody touches the laptop.
    let notice = app.wait_text("[data-testid=locked-notice]", "locked");
    assert!(!notice.is_empty());
    let page = app.source();
    assert!(!page.contains("Lockcheck"), "the locked screen shows no member data");
    // The session itself is gone, not just hidden: a command now is refused as locked.
    let refused = app.script(
        "const done = arguments[arguments.length - 1]; return window.__TAURI_INTERNALS__.invoke('search_members', {query: 'lock'}).then(() => 'allowed', e => e.kind);",
        json!([]),
    );
    assert_eq!(refused, json!("session-locked"));
    sign_in(&app, SUPERVISOR, PIN);
    app.wait("[data-testid=member-search]");
    app.quit();
}

#[test]
fn a_chw_is_refused_the_supervisor_screen_and_its_commands() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let driver = Driver::start();
    let app = driver.launch(dir.path());
    set_up(&app);
    app.go("#/supervisor");
    app.wait("[data-testid=add-user-form]");
    app.type_into("[data-testid=add-user-form] [data-testid=field-username]", "luis.chw");
    app.type_into("[data-testid=add-user-form] [data-testid=field-name]", "Luis (synthetic CHW)");
    app.type_into("[data-testid=add-user-form] [data-testid=field-pin]", "135790");
    app.type_into("[data-testid=add-user-form] [data-testid=field-pin_again]", "135790");
    app.click("[data-testid=add-user-submit]");
    app.wait_text("[data-testid=users]", "luis.chw");
    app.click("[data-testid=lock]");
    sign_in(&app, "luis.chw", "135790");
    app.wait("[data-testid=member-search]");
    assert!(app.find("a[href='#/supervisor']").is_none(), "a CHW has no supervisor link");
    app.go("#/supervisor");
    let refused = app.wait("[data-testid=refused]").text();
    assert!(refused.contains("community health worker"), "the refusal names the role: {refused}");
    assert!(app.find("[data-testid=users]").is_none());
    // Calling the commands directly is refused by the core too.
    for command in ["list_users", "supervisor_overview", "site_settings"] {
        let kind = app.script(
            "const done = arguments[arguments.length - 1]; return window.__TAURI_INTERNALS__.invoke(arguments[0], {}).then(() => 'allowed', e => e.kind);",
            json!([command]),
        );
        assert_eq!(kind, json!("forbidden"), "{command}");
    }
    app.quit();
}
