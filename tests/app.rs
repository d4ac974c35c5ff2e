//! End-to-end tests of the real Equity Intake app: the release or debug binary, in a real WebKitGTK window
//! under Xvfb, driven through tauri-driver and WebKitWebDriver. Every member here is synthetic.
//!
//! Each test starts its own display, driver and data folder, so tests never share state. They run one at a
//! time (a lock), because two WebKit windows on a 2-core machine slow each other into time-outs.

mod driver;
mod hubkit;

use std::sync::Mutex;

use driver::{App, Driver};
use serde_json::json;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A test's own display, driver and data folder, held for the test's length (one test at a time).
struct Fixture {
    driver: Driver,
    dir: tempfile::TempDir,
    _one: std::sync::MutexGuard<'static, ()>,
}

impl Fixture {
    fn new() -> Self {
        let one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        Fixture { dir: tempfile::tempdir().expect("temp dir"), driver: Driver::start(), _one: one }
    }

    fn launch(&self) -> App {
        self.driver.launch(self.dir.path())
    }

    /// A new site, set up, with its supervisor signed in at the member list.
    fn new_site() -> (Self, App) {
        let f = Fixture::new();
        let app = f.launch();
        set_up(&app);
        (f, app)
    }
}

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
    let f = Fixture::new();
    let app = f.launch();
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
    app.select("[data-testid=member-language]", locale);
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
    app.wait_until(&format!("{testid} was not saved"), |app| {
        app.find(&format!("[data-testid={testid}]")).map(|e| e.property("checked")) == Some(json!(true))
    });
    if app.find("[data-testid=next]").is_some() {
        let before = app.text("[data-testid=progress]");
        app.click("[data-testid=next]");
        app.wait_until(&format!("Next did not move on from {before}"), |app| app.text("[data-testid=progress]") != before);
    }
}

#[test]
fn a_full_hrsn_screening_in_spanish_with_a_declined_item_a_food_need_a_follow_up_and_a_resume_after_a_crash() {
    let (f, app) = Fixture::new_site();

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
    let app = f.launch();
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
    // Each Next waits for its question: a second click before the first view arrives would land on the
    // old screen (the race that made this test flaky once on CI).
    app.click("[data-testid=next]");
    app.wait_text("[data-testid=progress]", "Question 3 of 10");
    app.click("[data-testid=next]");
    app.wait_text("[data-testid=progress]", "Question 4 of 10");

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
    app.select("[data-testid=follow-up-status]", "referred");
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
    let (_f, app) = Fixture::new_site();
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
    let (_f, app) = Fixture::new_site();
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
    assert!(app.find("[data-testid=nav-sync]").is_none(), "a CHW has no sync link");
    for command in ["list_users", "supervisor_overview", "site_settings", "sync_screen", "sync_now"] {
        let kind = app.script(
            "const done = arguments[arguments.length - 1]; return window.__TAURI_INTERNALS__.invoke(arguments[0], {}).then(() => 'allowed', e => e.kind);",
            json!([command]),
        );
        assert_eq!(kind, json!("forbidden"), "{command}");
    }
    app.quit();
}

#[test]
fn a_supervisor_enrolls_the_device_and_syncs_from_the_sync_screen() {
    let backend = hubkit::Backend::sqlite();
    let hub = hubkit::HubProcess::start(&backend);
    let (_f, app) = Fixture::new_site();
    add_member(&app, "Rosa", "Synthetic", "1975-03-14");
    app.wait_text("[data-testid=profile] h1", "Rosa");
    app.click("[data-testid=nav-sync]");
    app.wait("[data-testid=enroll-form]");
    // Plain http:// to another machine is refused, next to the address.
    app.type_into("[data-testid=field-hub_url]", "http://hub.example.org");
    app.type_into("[data-testid=field-code]", "ABCD-EFGH-JKMN-PQRS");
    app.click("[data-testid=enroll]");
    app.wait_text("#field-hub_url-error", "https://");
    let code = backend.enroll_code("Harbor Health Center (synthetic)");
    app.find("[data-testid=field-hub_url]").expect("url field").clear();
    app.type_into("[data-testid=field-hub_url]", &hub.url);
    app.find("[data-testid=field-code]").expect("code field").clear();
    app.type_into("[data-testid=field-code]", &code);
    app.click("[data-testid=enroll]");
    app.wait_text("[data-testid=enrolled]", &hub.url);
    assert_eq!(app.text("[data-testid=unsent]"), "1 record waits to be sent.");
    check_accessible(&app, "sync");
    app.click("[data-testid=sync-now]");
    let done = app.wait("[data-testid=sync-done]").text();
    assert_eq!(done, "Done: 1 record sent and confirmed by the hub.");
    app.wait_text("[data-testid=sync-history]", "Batch 1: 1 records");
    assert_eq!(app.text("[data-testid=unsent]"), "Everything has reached the hub.");
    assert_eq!(backend.stat("members"), 1);

    // The hub revokes the device: the supervisor is told what happened and that nothing was lost.
    backend.admin(&["revoke", &app_device_id(&backend)]);
    add_member(&app, "Tomas", "Synthetic", "1988-09-02");
    app.wait_text("[data-testid=profile] h1", "Tomas");
    app.click("[data-testid=nav-sync]");
    app.wait_text("[data-testid=unsent]", "1 record waits");
    app.click("[data-testid=sync-now]");
    let error = app.wait("[data-testid=sync-error]").text();
    assert!(error.starts_with("the hub revoked this device: nothing was lost"), "{error}");
    assert_eq!(app.text("[data-testid=unsent]"), "1 record waits to be sent.");
    assert_eq!(backend.stat("members"), 1);
    app.quit();
}

/// The one device the hub knows (from `intake-hub devices`).
fn app_device_id(backend: &hubkit::Backend) -> String {
    let list = backend.admin(&["devices"]);
    let line = list.lines().nth(1).expect("one device");
    line.split('\t').next().expect("id").to_owned()
}

/// Every input, select and textarea on the page has a label a screen reader can read. Returns the ones that
/// lack one.
const UNLABELLED: &str = r#"
  return [...document.querySelectorAll('input, select, textarea')].filter(e => {
    if (e.type === 'hidden') return false;
    if (e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')) return false;
    if (e.id && document.querySelector(`label[for="${e.id}"]`)) return false;
    return !e.closest('label');
  }).map(e => e.outerHTML.slice(0, 120));
"#;

/// WCAG 2.1 AA contrast of every element with its own text: 4.5:1, or 3:1 for large text. Returns failures.
const LOW_CONTRAST: &str = r#"
  const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.offsetParent === null) continue;
    const st = getComputedStyle(el);
    const fg = rgb(st.color).slice(0, 3), bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(st.fontSize), bold = Number(st.fontWeight) >= 700;
    const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < need) bad.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return bad;
"#;

fn check_accessible(app: &App, screen: &str) {
    let unlabelled = app.script(UNLABELLED, json!([]));
    assert_eq!(unlabelled, json!([]), "{screen}: controls without a label");
    let low = app.script(LOW_CONTRAST, json!([]));
    assert_eq!(low, json!([]), "{screen}: text below WCAG AA contrast");
}

/// What has focus, and whether it is visibly marked (its own outline, or its answer box's).
fn focused(app: &App) -> (String, bool) {
    let v = app.script(
        "const e = document.activeElement; const box = e.closest('.choice');
         const visible = getComputedStyle(e).outlineStyle !== 'none' || (box && getComputedStyle(box).outlineStyle !== 'none');
         return [e.tagName + ':' + (e.type || '') + ':' + (e.dataset.testid || ''), !!visible];",
        json!([]),
    );
    (v[0].as_str().unwrap_or_default().to_owned(), v[1] == json!(true))
}

/// Presses Tab until `wanted` says yes to what has focus (at most `limit` times), checking at each step that
/// the focus is visible. Returns what has focus.
fn tab_until(app: &App, limit: usize, wanted: impl Fn(&str) -> bool) -> String {
    for _ in 0..limit {
        app.keys(&[driver::keys::TAB]);
        let (what, visible) = focused(app);
        assert!(visible, "focus on {what} is not visible");
        if wanted(&what) {
            return what;
        }
    }
    panic!("not reachable with {limit} presses of Tab");
}

#[test]
fn a_screening_can_be_done_with_the_keyboard_alone_with_visible_focus_labels_and_contrast() {
    use driver::keys::{ENTER, SPACE};
    let (_f, app) = Fixture::new_site();
    // The checkers can fail: a pale-grey line and an unlabelled input are caught.
    app.script(
        "const p = document.createElement('p'); p.id = 'pale'; p.textContent = 'pale text'; p.style.color = '#bbbbbb';
         document.querySelector('main').append(p);
         const i = document.createElement('input'); i.id = 'bare'; document.querySelector('main').append(i);",
        json!([]),
    );
    assert_ne!(app.script(LOW_CONTRAST, json!([])), json!([]));
    assert_ne!(app.script(UNLABELLED, json!([])), json!([]));
    app.script("document.getElementById('pale').remove(); document.getElementById('bare').remove();", json!([]));
    check_accessible(&app, "member list");
    add_member(&app, "Keyboard", "Onlyuser", "1990-06-01");
    app.wait("[data-testid=start-form]");
    check_accessible(&app, "member profile");
    start_screening(&app, &["ahc-core"], "en");
    check_accessible(&app, "screening");

    let mut finished = false;
    for _question in 0..20 {
        // Tab to the first answer and choose it with the space bar.
        tab_until(&app, 10, |what| what.starts_with("INPUT:radio") || what.starts_with("INPUT:checkbox"));
        app.keys(&[SPACE]);
        // Regression: focus must stay on the chosen answer after the app sends the new view back (it used to
        // jump to the question's heading on every answer, sending keyboard users back to the top).
        let at = format!("space did not choose the answer at {:?} ({})", app.text("[data-testid=progress]"), focused(&app).0);
        app.wait_until(&at, |app| {
            app.script("return document.activeElement.checked", json!([])) == json!(true)
        });
        // Then on to Next (or Finish) and press Enter.
        let what = tab_until(&app, 30, |what| what.ends_with(":next") || what.ends_with(":finish"));
        let before = app.text("[data-testid=progress]");
        app.keys(&[ENTER]);
        if what.ends_with(":finish") {
            finished = true;
            break;
        }
        app.wait_until("Enter on Next did not move on", |app| app.text("[data-testid=progress]") != before);
    }
    assert!(finished, "the screening was finished by keyboard");
    let food = app.wait("[data-testid=domain-food]");
    assert_eq!(food.attribute("data-outcome").as_deref(), Some("positive"), "the first answer to food is 'often true'");
    check_accessible(&app, "results");
    app.quit();
}

/// The locales with translations (status other than "missing"), from locales/index.toml: tag, whether
/// right-to-left, and the first font the locale declares.
fn present_locales() -> Vec<(String, bool, String)> {
    let text = std::fs::read_to_string(driver::repo_root().join("locales/index.toml")).expect("locales/index.toml");
    let index: toml::Value = toml::from_str(&text).expect("index parses");
    index["locale"]
        .as_array()
        .expect("locale list")
        .iter()
        .filter(|l| l["status"].as_str() != Some("missing"))
        .map(|l| {
            (
                l["tag"].as_str().unwrap_or_default().to_owned(),
                l["direction"].as_str() == Some("rtl"),
                l["fonts"][0].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// Characters of the question that render exactly like a character no font has (U+10FFFD): tofu.
const TOFU: &str = r#"
  const el = document.querySelector('[data-testid=question-text]');
  const family = getComputedStyle(el).fontFamily;
  const c = document.createElement('canvas'); c.width = 96; c.height = 96;
  const g = c.getContext('2d');
  const bits = ch => { g.clearRect(0, 0, 96, 96); g.font = '48px ' + family; g.fillText(ch, 16, 64);
                       return Array.from(g.getImageData(0, 0, 96, 96).data).join(','); };
  const missing = bits('\u{10FFFD}');
  const chars = [...new Set([...el.textContent])].filter(ch => /[^\s\p{M}\p{P}\u2068\u2069]/u.test(ch));
  return { family, count: chars.length, tofu: chars.filter(ch => bits(ch) === missing) };
"#;

#[test]
fn the_screening_screen_renders_in_every_present_locale_with_screenshots() {
    let out = driver::repo_root().join("screenshots");
    std::fs::create_dir_all(&out).expect("screenshots folder");
    let (f, app) = Fixture::new_site();
    add_member(&app, "Mina", "Renderdemo", "1988-09-09");
    app.wait("[data-testid=profile]");
    let profile = app.script("return location.hash", json!([])).as_str().unwrap_or_default().to_owned();
    let locales = present_locales();
    assert!(locales.len() >= 3, "en, es and ar at least");
    for (tag, rtl, font) in &locales {
        // Staff and member language both this locale: the whole screen in it.
        app.go("#/settings");
        app.wait("[data-testid=staff-language]");
        app.select("[data-testid=staff-language]", tag);
        app.wait_until(&format!("{tag}: the staff language did not change"), |app| {
            app.script("return document.documentElement.lang", json!([])) == json!(tag)
        });
        app.go(&profile);
        start_screening(&app, &["ahc-core"], tag);
        let section = app.wait("[data-testid=screening]");
        assert_eq!(section.attribute("lang").as_deref(), Some(tag.as_str()));
        let question = app.wait("[data-testid=question-text]").text();
        assert!(question.chars().count() > 10, "{tag}: a question is shown: {question:?}");

        let tofu = app.script(TOFU, json!([]));
        assert_eq!(tofu["tofu"], json!([]), "{tag}: characters without a glyph in {}", tofu["family"]);
        let family = tofu["family"].as_str().unwrap_or_default();
        assert!(family.trim_start_matches('"').starts_with(font.as_str()), "{tag}: the question is set in {family}, not {font} (app.css and index.toml disagree)");
        assert!(tofu["count"].as_u64().unwrap_or(0) > 3, "{tag}: the tofu check saw the question's letters");

        let geometry = app.script(
            "const s = document.querySelector('[data-testid=screening]'); const q = document.querySelector('[data-testid=question-text]');
             const r = q.getBoundingClientRect(); const choice = document.querySelector('.choice');
             const input = choice.querySelector('input').getBoundingClientRect(); const label = choice.querySelector('.c-member').getBoundingClientRect();
             return { dir: getComputedStyle(s).direction, x: r.x + window.screenX, y: r.y + window.screenY, w: r.width, h: r.height, ratio: devicePixelRatio,
                      inputRightOfLabel: input.left > label.left };",
            json!([]),
        );
        let want_dir = if *rtl { "rtl" } else { "ltr" };
        assert_eq!(geometry["dir"], json!(want_dir), "{tag}: screen direction");
        assert_eq!(geometry["inputRightOfLabel"], json!(*rtl), "{tag}: answer boxes are mirrored exactly when right-to-left");

        let png = f.driver.capture();
        std::fs::write(out.join(format!("screening-{tag}.png")), &png).expect("write screenshot");
        let ink = ink_in(&png, &geometry);
        assert!(ink > 300, "{tag}: the question's area of the screenshot is blank ({ink} dark pixels)");
    }
    // A right-to-left member with a left-to-right staff language: the screen still mirrors, and the staff
    // text beside each question keeps its own direction.
    app.go("#/settings");
    app.select("[data-testid=staff-language]", "en");
    app.go(&profile);
    start_screening(&app, &["ahc-core"], "ar");
    let mixed = app.script(
        "const s = document.querySelector('[data-testid=screening]'); const st = document.querySelector('[data-testid=question-staff]');
         return [getComputedStyle(s).direction, getComputedStyle(st).direction, st.textContent];",
        json!([]),
    );
    assert_eq!(mixed[0], json!("rtl"), "an Arabic screening mirrors under English staff screens");
    assert_eq!(mixed[1], json!("ltr"));
    assert!(mixed[2].as_str().unwrap_or_default().contains("living situation"));
    std::fs::write(out.join("screening-ar-with-english-staff.png"), f.driver.capture()).expect("write screenshot");
    app.quit();
}

/// Dark pixels of the screenshot inside the question's box: text that was really painted.
fn ink_in(png_bytes: &[u8], g: &serde_json::Value) -> usize {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let channels = info.color_type.samples();
    let scale = g["ratio"].as_f64().unwrap_or(1.0);
    let f = |k: &str| (g[k].as_f64().unwrap_or(0.0) * scale) as usize;
    let (x0, y0) = (f("x"), f("y"));
    let (x1, y1) = ((x0 + f("w")).min(info.width as usize), (y0 + f("h")).min(info.height as usize));
    let mut dark = 0;
    for y in y0..y1 {
        for x in x0..x1 {
            let p = &buf[(y * info.width as usize + x) * channels..][..3];
            if (u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2])) / 3 < 100 {
                dark += 1;
            }
        }
    }
    dark
}
