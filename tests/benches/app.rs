//! Benchmark of the real app (release build) in a real window under Xvfb, through tauri-driver:
//! - launch to the sign-in screen (process start, WebKit, the first render: includes the WebDriver session
//!   set-up, so it overstates what a user waits by that much);
//! - sign-in (Argon2id unlock) to the member list with its rows;
//! - "Start" on a screening to its first question;
//! - memory after a full screening: the app and its WebKit processes, as RSS (double-counts shared pages)
//!   and as PSS (shares them out; the honest total).
//! Targets (issue 4): launch to interactive under 1 s; memory under 200 MB, webview included.
//! Prints a table and writes bench-results/app.json.

#[path = "../driver.rs"]
mod driver;

use std::time::Instant;

use serde_json::json;

const RUNS: usize = 5;

fn main() {
    let bin = std::env::var_os("INTAKE_APP_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| driver::repo_root().join("target/release/equity-intake"));
    assert!(bin.exists(), "build the release app first: cargo build --release -p intake-app");
    std::env::set_var("INTAKE_APP_BIN", &bin);
    let dir = tempfile::tempdir().expect("temp dir");
    let store_dir = dir.path().join("store");
    {
        let mut s = intake_core::Store::at(&store_dir).initialize("Bench Center (synthetic)", "bench", "246810").expect("init").session;
        intake_core::demo::populate(&mut s, 200, 7, |_, _| {}).expect("demo data");
    }
    let driver = driver::Driver::start();
    let (mut launch, mut members, mut first_q, mut rss, mut pss) = (vec![], vec![], vec![], vec![], vec![]);
    for run in 0..RUNS {
        let t0 = Instant::now();
        let app = driver.launch(&store_dir);
        app.wait("[data-testid=sign-in]");
        launch.push(t0.elapsed().as_secs_f64() * 1000.0);

        app.type_into("[data-testid=field-username]", "bench");
        app.type_into("[data-testid=field-pin]", "246810");
        let t1 = Instant::now();
        app.click("[data-testid=sign-in-submit]");
        app.wait("[data-testid=member-list] li");
        members.push(t1.elapsed().as_secs_f64() * 1000.0);

        app.click("[data-testid=member-list] a");
        app.wait("[data-testid=start-form]");
        for c in app.find_all("[data-testid^=instrument-]") {
            let want = c.attribute("data-testid").as_deref() == Some("instrument-ahc-core");
            if (c.property("checked") == json!(true)) != want {
                c.click();
            }
        }
        app.click("[data-testid=consent-screening]");
        let t2 = Instant::now();
        app.click("[data-testid=start-screening]");
        app.wait("[data-testid=question-text]");
        first_q.push(t2.elapsed().as_secs_f64() * 1000.0);

        // The whole screening, first answer each time.
        loop {
            let choice = app.wait(".choice input");
            choice.click();
            app.wait_until("answer not saved", |app| {
                app.script("return document.querySelector('.choice input').checked", json!([])) == json!(true)
            });
            if app.find("[data-testid=finish]").is_some() {
                app.click("[data-testid=finish]");
                app.wait("[data-testid=results]");
                break;
            }
            let before = app.text("[data-testid=progress]");
            app.click("[data-testid=next]");
            app.wait_until("Next did not move on", |app| app.text("[data-testid=progress]") != before);
        }
        let (r, p) = memory_of(&bin);
        rss.push(r);
        pss.push(p);
        println!("run {run}: launch {:.0} ms, sign-in to list {:.0} ms, to first question {:.0} ms, RSS {r:.0} MB, PSS {p:.0} MB",
            launch[run], members[run], first_q[run]);
        app.quit();
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    let stat = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        json!({"p50": v[v.len() / 2], "max": v[v.len() - 1], "samples": v.len()})
    };
    let results = json!({
        "machine": "2 cores, Xvfb, WebKitGTK 4.1 without compositing",
        "build": "release",
        "launch_to_sign_in_ms": stat(&mut launch),
        "sign_in_to_member_list_ms": stat(&mut members),
        "start_to_first_question_ms": stat(&mut first_q),
        "memory_after_screening_rss_mb": stat(&mut rss),
        "memory_after_screening_pss_mb": stat(&mut pss),
        "targets": {"launch_to_interactive_ms": 1000, "memory_mb": 200},
        "when": chrono_now(),
    });
    println!("{}", serde_json::to_string_pretty(&results).unwrap_or_default());
    let out = driver::repo_root().join("bench-results/app.json");
    std::fs::write(&out, serde_json::to_string_pretty(&results).unwrap_or_default() + "\n").expect("write results");
    println!("wrote {}", out.display());
}

fn chrono_now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    format!("unix {secs}")
}

/// Memory of the app's processes (the app and every descendant: WebKit's web and network processes), in MB.
fn memory_of(bin: &std::path::Path) -> (f64, f64) {
    let procs: Vec<(u32, u32, String)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let after = &stat[stat.rfind(')')? + 2..];
            let ppid: u32 = after.split(' ').nth(1)?.parse().ok()?;
            let exe = std::fs::read_link(format!("/proc/{pid}/exe")).map(|p| p.display().to_string()).unwrap_or_default();
            Some((pid, ppid, exe))
        })
        .collect();
    let canon = bin.canonicalize().unwrap_or_else(|_| bin.to_path_buf()).display().to_string();
    let mut tree: Vec<u32> = procs.iter().filter(|p| p.2 == canon).map(|p| p.0).collect();
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(procs.iter().filter(|p| p.1 == parent).map(|p| p.0));
        i += 1;
    }
    let field = |pid: u32, file: &str, key: &str| -> f64 {
        std::fs::read_to_string(format!("/proc/{pid}/{file}"))
            .ok()
            .and_then(|t| t.lines().find(|l| l.starts_with(key)).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok()))
            .unwrap_or(0.0)
    };
    let rss: f64 = tree.iter().map(|p| field(*p, "status", "VmRSS:")).sum();
    let pss: f64 = tree.iter().map(|p| field(*p, "smaps_rollup", "Pss:")).sum();
    (rss / 1024.0, pss / 1024.0)
}
