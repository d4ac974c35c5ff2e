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
