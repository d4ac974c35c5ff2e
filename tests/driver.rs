//! A small W3C WebDriver client and the harness that runs the real app for a test: a private Xvfb display,
//! tauri-driver (which starts WebKitWebDriver) on a free port, and the app binary with its own data folder.
//!
//! Why our own client: the W3C protocol is a handful of JSON calls, and a full client crate would bring an
//! async runtime and a second HTTP stack into the tests for no gain.

#![allow(dead_code)]

use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long a wait for the page may take before the test fails: generous, because CI machines are busy.
pub const PATIENCE: Duration = Duration::from_secs(30);

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The app binary: `INTAKE_APP_BIN`, else the debug build in the workspace's target folder.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("INTAKE_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target/debug/equity-intake"));
    assert!(path.exists(), "{} is missing: build it with scripts/test (or cargo build -p intake-app)", path.display());
    path
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// Xvfb and tauri-driver, shared by the sessions of one test.
pub struct Driver {
    xvfb: Child,
    driver: Child,
    port: u16,
    pub display: String,
}

impl Driver {
    pub fn start() -> Driver {
        // A display number no other Xvfb holds: the lock file tells.
        let mut n = 90 + (std::process::id() % 500);
        while Path::new(&format!("/tmp/.X{n}-lock")).exists() {
            n += 1;
        }
        let display = format!(":{n}");
        let xvfb = Command::new("Xvfb")
            .args([display.as_str(), "-screen", "0", "1280x900x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb runs (scripts/setup installs xvfb)");
        let deadline = Instant::now() + PATIENCE;
        while !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
            assert!(Instant::now() < deadline, "Xvfb did not start on {display}");
            std::thread::sleep(Duration::from_millis(50));
        }
        let port = free_port();
        let native = free_port();
        let tauri_driver = std::env::var("TAURI_DRIVER").unwrap_or_else(|_| {
            let home = std::env::var("HOME").unwrap_or_default();
            let installed = format!("{home}/.cargo/bin/tauri-driver");
            if Path::new(&installed).exists() { installed } else { "tauri-driver".to_owned() }
        });
        let driver = Command::new(tauri_driver)
            .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .env("DISPLAY", &display)
            // WebKitGTK's compositing needs a GPU that Xvfb does not have.
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("LANG", "C.UTF-8")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver runs (scripts/setup installs it)");
        let d = Driver { xvfb, driver, port, display };
        let deadline = Instant::now() + PATIENCE;
        while ureq::get(&format!("{}/status", d.base())).call().is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not answer");
            std::thread::sleep(Duration::from_millis(100));
        }
        d
    }

    /// The whole display as a PNG, taken by the X server's side (ImageMagick's `import`). WebKitWebDriver's
    /// own screenshot command hangs under Xvfb with compositing off, so the tests look at what X shows.
    pub fn capture(&self) -> Vec<u8> {
        let out = Command::new("import")
            .args(["-display", &self.display, "-window", "root", "png:-"])
            .stderr(Stdio::null())
            .output()
            .expect("ImageMagick's import runs (scripts/setup installs imagemagick)");
        assert!(out.status.success() && !out.stdout.is_empty(), "import captured nothing");
        out.stdout
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Launches the app on `data_dir` and connects to its window.
    pub fn launch(&self, data_dir: &Path) -> App {
        let caps = json!({"capabilities": {"alwaysMatch": {"tauri:options": {
            "application": app_binary(),
            "args": ["--data-dir", data_dir],
        }}}});
        let v = post(&format!("{}/session", self.base()), &caps).expect("a WebDriver session (the app starts)");
        let id = v["sessionId"].as_str().expect("session id").to_owned();
        App { base: format!("{}/session/{id}", self.base()) }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // tauri-driver does not end the WebKitWebDriver it started: end its children first, by parent pid.
        // (Not `kill -<pgid>`: procps reads a negative argument without `--` in ways that can mean "all".)
        let _ = Command::new("pkill").args(["-KILL", "-P", &self.driver.id().to_string()]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

fn post(url: &str, body: &Value) -> Result<Value, String> {
    match ureq::post(url).timeout(Duration::from_secs(120)).send_json(body.clone()) {
        Ok(r) => r.into_json::<Value>().map(|v| v["value"].clone()).map_err(|e| e.to_string()),
        Err(ureq::Error::Status(code, r)) => Err(format!("{code}: {}", r.into_string().unwrap_or_default())),
        Err(e) => Err(e.to_string()),
    }
}

fn get(url: &str) -> Result<Value, String> {
    match ureq::get(url).timeout(Duration::from_secs(120)).call() {
        Ok(r) => r.into_json::<Value>().map(|v| v["value"].clone()).map_err(|e| e.to_string()),
        Err(ureq::Error::Status(code, r)) => Err(format!("{code}: {}", r.into_string().unwrap_or_default())),
        Err(e) => Err(e.to_string()),
    }
}

/// One running app window.
pub struct App {
    base: String,
}

#[derive(Clone)]
pub struct El {
    base: String,
    id: String,
}

pub mod keys {
    pub const TAB: &str = "\u{E004}";
    pub const ENTER: &str = "\u{E007}";
    pub const SPACE: &str = "\u{E00D}";
    pub const SHIFT: &str = "\u{E008}";
    pub const DOWN: &str = "\u{E015}";
}

impl App {
    pub fn find(&self, css: &str) -> Option<El> {
        let v = post(&format!("{}/element", self.base), &json!({"using": "css selector", "value": css})).ok()?;
        Some(El { base: self.base.clone(), id: v[ELEMENT].as_str()?.to_owned() })
    }

    pub fn raw_find(&self, css: &str) -> Result<Value, String> {
        post(&format!("{}/element", self.base), &json!({"using": "css selector", "value": css}))
    }

    pub fn find_all(&self, css: &str) -> Vec<El> {
        let v = post(&format!("{}/elements", self.base), &json!({"using": "css selector", "value": css})).unwrap_or(Value::Null);
        v.as_array()
            .map(|a| a.iter().filter_map(|e| Some(El { base: self.base.clone(), id: e[ELEMENT].as_str()?.to_owned() })).collect())
            .unwrap_or_default()
    }

    /// Waits for an element to be there (the page renders asynchronously).
    pub fn wait(&self, css: &str) -> El {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(e) = self.find(css) {
                return e;
            }
            assert!(Instant::now() < deadline, "no {css} on the page; it shows:\n{}", self.text("body"));
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until `done` holds, polling; fails with `what` after [`PATIENCE`].
    pub fn wait_until(&self, what: &str, mut done: impl FnMut(&App) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !done(self) {
            assert!(Instant::now() < deadline, "{what}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until `css` holds text containing `needle`.
    pub fn wait_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let t = self.find(css).map(|e| e.text()).unwrap_or_default();
            if t.contains(needle) {
                return t;
            }
            assert!(Instant::now() < deadline, "{css} never showed {needle:?}; it shows {t:?}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn click(&self, css: &str) {
        self.wait(css).click();
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let e = self.wait(css);
        e.clear();
        e.send_keys(text);
    }

    /// Chooses `value` in a select, as a user's pick would (the change event included).
    pub fn select(&self, css: &str, value: &str) {
        self.wait(css);
        self.script(
            "const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change', {bubbles: true}));",
            json!([css, value]),
        );
    }

    pub fn text(&self, css: &str) -> String {
        self.find(css).map(|e| e.text()).unwrap_or_default()
    }

    pub fn script(&self, script: &str, args: Value) -> Value {
        post(&format!("{}/execute/sync", self.base), &json!({"script": script, "args": args})).expect("script runs")
    }

    pub fn source(&self) -> String {
        get(&format!("{}/source", self.base)).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }

    /// Types keys at whatever has focus, as a keyboard user would.
    pub fn keys(&self, keys: &[&str]) {
        let mut actions = Vec::new();
        for k in keys {
            actions.push(json!({"type": "keyDown", "value": k}));
            actions.push(json!({"type": "keyUp", "value": k}));
        }
        post(&format!("{}/actions", self.base), &json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}))
            .expect("keys sent");
    }

    pub fn go(&self, hash: &str) {
        self.script("location.hash = arguments[0];", json!([hash]));
    }

    /// Closes the window; the app exits.
    pub fn quit(self) {
        let _ = ureq::delete(&self.base).call();
    }
}

impl El {
    fn url(&self, rest: &str) -> String {
        format!("{}/element/{}{rest}", self.base, self.id)
    }
    pub fn click(&self) {
        post(&self.url("/click"), &json!({})).expect("click");
    }
    pub fn clear(&self) {
        let _ = post(&self.url("/clear"), &json!({}));
    }
    pub fn send_keys(&self, text: &str) {
        post(&self.url("/value"), &json!({"text": text})).expect("type");
    }
    /// The element's text, without the invisible bidi isolation marks Fluent puts around placeables.
    pub fn text(&self) -> String {
        get(&self.url("/text"))
            .ok()
            .and_then(|v| v.as_str().map(|s| s.replace(['\u{2068}', '\u{2069}'], "")))
            .unwrap_or_default()
    }
    pub fn property(&self, name: &str) -> Value {
        get(&self.url(&format!("/property/{name}"))).unwrap_or(Value::Null)
    }
    pub fn attribute(&self, name: &str) -> Option<String> {
        get(&self.url(&format!("/attribute/{name}"))).ok().and_then(|v| v.as_str().map(str::to_owned))
    }
}

/// Reads a whole file (for logs in failure messages).
pub fn read(path: &Path) -> String {
    let mut s = String::new();
    let _ = std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut s));
    s
}

/// Headless Chromium through ChromeDriver (Debian's `chromium` and `chromium-driver`, which scripts/setup
/// installs), for web pages such as the hub's dashboard. Downloads go to `downloads`.
pub struct Browser {
    chromedriver: Child,
    pub page: App,
}

impl Browser {
    pub fn start(downloads: &Path) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        let chromedriver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver runs (scripts/setup installs chromium-driver)");
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + PATIENCE;
        while get(&format!("{base}/status")).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not answer");
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1800", "--lang=en-US"],
            "prefs": {"download.default_directory": downloads, "download.prompt_for_download": false},
        }}}});
        let v = post(&format!("{base}/session"), &caps).expect("a Chromium session");
        let id = v["sessionId"].as_str().expect("session id").to_owned();
        let page = App { base: format!("{base}/session/{id}") };
        // Headless Chromium ignores the download preference unless told through DevTools as well.
        let _ = post(
            &format!("{}/goog/cdp/execute", page.base),
            &json!({"cmd": "Browser.setDownloadBehavior", "params": {"behavior": "allow", "downloadPath": downloads}}),
        );
        Browser { chromedriver, page }
    }

    /// The visible page as PNG.
    pub fn screenshot(&self) -> Vec<u8> {
        use base64::Engine;
        let v = get(&format!("{}/screenshot", self.page.base)).expect("screenshot");
        base64::engine::general_purpose::STANDARD.decode(v.as_str().expect("base64")).expect("png")
    }
}

impl App {
    /// Loads `url` in the window (a browser session; the app has one page).
    pub fn open(&self, url: &str) {
        post(&format!("{}/url", self.base), &json!({"url": url})).expect("navigate");
    }

    pub fn url(&self) -> String {
        get(&format!("{}/url", self.base)).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = ureq::delete(&self.page.base).call();
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
    }
}
