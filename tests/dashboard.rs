//! The hub's dashboard in a real browser (headless Chromium through ChromeDriver), served by the real
//! `intake-hub serve` over a synthetic population: a wrong password refused, sign in, the charts and their
//! tables, a filter that changes the numbers, a CSV download, another language, and an expired session
//! refused. Screenshots go to `screenshots/` (README).

mod driver;
mod hubkit;
mod synth;

use std::path::Path;
use std::time::{Duration, Instant};

use driver::Browser;
use hubkit::{Backend, HubProcess};
use intake_hub::export::Role;
use intake_hub::Hub;
use serde_json::json;

const PASSWORD: &str = "synthetic analyst passphrase";

fn wait_for_file(dir: &Path, name: &str) -> Vec<u8> {
    let deadline = Instant::now() + driver::PATIENCE;
    loop {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            // Chromium writes `name.crdownload` and renames it when done, so the name means complete.
            if !bytes.is_empty() {
                return bytes;
            }
        }
        assert!(Instant::now() < deadline, "{name} was not downloaded");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn an_analyst_signs_in_reads_the_charts_filters_downloads_and_is_signed_out_when_the_session_expires() {
    let backend = Backend::sqlite();
    let population = synth::population(600, 3);
    {
        let hub = Hub::open(backend.url()).expect("hub");
        synth::load(&hub, &population, chrono::Utc::now());
        hub.set_user("analyst1", Role::Analyst, PASSWORD, "test").expect("user");
    }
    let hub = HubProcess::start(&backend);
    let downloads = tempfile::tempdir().expect("downloads");
    let browser = Browser::start(downloads.path());
    let page = &browser.page;
    let shots = driver::repo_root().join("screenshots");
    std::fs::create_dir_all(&shots).expect("screenshots folder");

    // Not signed in: the dashboard sends the browser to sign in.
    page.open(&format!("{}/dashboard", hub.url));
    page.wait("[data-testid=sign-in]");

    // A wrong password is refused, with the reason, and no session.
    page.type_into("#name", "analyst1");
    page.type_into("#password", "not the password");
    page.click("[data-testid=sign-in]");
    let error = page.wait_text("[data-testid=sign-in-error]", "wrong");
    assert!(error.contains("password"), "{error}");
    assert!(page.url().ends_with("/dashboard/sign-in"), "{}", page.url());

    page.type_into("#name", "analyst1");
    page.type_into("#password", PASSWORD);
    page.click("[data-testid=sign-in]");
    let who = page.wait_text("[data-testid=signed-in]", "analyst1");
    assert!(who.contains("analyst"), "{who}");

    // The charts are drawn from the data: one line per measure, one bar per visible group, tables beside.
    let lines = page.script(
        "return new Set([...document.querySelectorAll('[data-testid=chart-trend] polyline')].map(p => p.getAttribute('stroke'))).size",
        json!([]),
    );
    assert_eq!(lines, json!(6), "one line per measure");
    let bars = page.find_all("[data-testid=chart-equity] rect").len();
    assert!(bars >= 3, "{bars} bars");
    assert!(page.find_all("[data-testid=table-trend] tr").len() > 3);
    assert!(page.text("[data-testid=table-equity]").contains("<11"), "small groups are shown as <11");
    std::fs::write(shots.join("dashboard.png"), browser.screenshot()).expect("write screenshot");

    // Filter: north in October. The members of the completeness table are exactly that site and month.
    page.select("#site", "north");
    page.select("#month", "2026-10");
    page.click("[data-testid=apply]");
    page.wait_until("the filtered page", |p| p.url().contains("site=north"));
    let expected = population.truth.iter().filter(|t| t.site == "north" && t.month == (2026, 10)).count();
    let members = page.script(
        "return document.querySelector('[data-testid=table-status] tr:nth-child(2) td:nth-child(2)').textContent",
        json!([]),
    );
    assert_eq!(members.as_str().map(|s| s.replace(',', "")), Some(expected.to_string()));
    std::fs::write(shots.join("dashboard-filtered.png"), browser.screenshot()).expect("write screenshot");

    // Download the members export: an analyst's copy, de-identified, UTF-8 with a BOM, one row per member.
    page.click("[data-testid='export-members.csv']");
    let csv = wait_for_file(downloads.path(), "members.csv");
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark");
    let text = String::from_utf8(csv).expect("UTF-8");
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains("birth_year") && !header.contains("family_name"), "{header}");
    assert_eq!(text.lines().count(), population.truth.len() + 1);

    // Another language, from the same Fluent files as the app.
    page.open(&format!("{}/dashboard?lang=es", hub.url));
    let title = page.wait("header h1").text();
    let spanish = intake_l10n::Localizer::global().format("es", "hub-title", None);
    assert_eq!(title, spanish);
    assert_ne!(title, intake_l10n::Localizer::global().format("en", "hub-title", None));
    std::fs::write(shots.join("dashboard-es.png"), browser.screenshot()).expect("write screenshot");

    // Time passes: the session's expiry is now behind us. The next request is sent back to sign in.
    Hub::open(backend.url())
        .expect("hub")
        .db()
        .with_tx(|tx| tx.exec("UPDATE hub_sessions SET expires_at = '2000-01-01T00:00:00.000000Z'", &[]))
        .expect("expire");
    page.open(&format!("{}/dashboard?lang=en", hub.url));
    let expired = page.wait_text("[data-testid=sign-in-error]", "ended");
    assert!(expired.contains("sign in"), "{expired}");
    // And the export link no longer works without signing in again.
    let agent = ureq::AgentBuilder::new().redirects(0).build();
    let status = match agent.get(&format!("{}/dashboard/export/members.csv", hub.url)).call() {
        Ok(r) => r.status(),
        Err(ureq::Error::Status(code, _)) => code,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(status, 303, "an export without a session is sent to sign in");

    let audit: Vec<String> = Hub::open(backend.url()).expect("hub").audit_log(50).expect("audit").into_iter().map(|e| e.action).collect();
    for action in ["sign-in-refused", "sign-in", "export-csv"] {
        assert!(audit.iter().any(|a| a == action), "{action} not audited: {audit:?}");
    }
}
