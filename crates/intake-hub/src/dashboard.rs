//! The dashboard: one server-rendered page behind a sign-in, for ACO analysts and hub admins.
//!
//! - `GET /dashboard` the page: filters (site, month, stratify by, need), completeness over time (a line
//!   chart), completeness for the selection, by site and by CHW, equity gaps (a bar chart), sync health,
//!   and export downloads. Every chart has its table beside it.
//! - `GET|POST /dashboard/sign-in`, `POST /dashboard/sign-out`, `GET /dashboard/export/{file}`.
//!
//! It is plain HTML and inline SVG made here, with no script and nothing fetched from elsewhere: it works
//! on a hub with no internet, and there is no front-end build to keep in step. Text comes from the same
//! Fluent files as the app (`locales/<tag>/hub.ftl`, read through intake-l10n), in the language the user
//! picks or their browser asks for. Reports are computed per request from a fresh [`Snapshot`] (under two
//! seconds for 100,000 members, bench-results/reports.json).

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use fluent_bundle::FluentArgs;
use intake_l10n::{Direction, Localizer};

use crate::export::{Format, Role};
use crate::facts::Measure;
use crate::hub::Hub;
use crate::report::completeness::{completeness, By, Completeness, Counts};
use crate::report::equity::{equity, Cell, Equity, DIMENSIONS};
use crate::report::{Filter, Month, Snapshot};
use crate::users::{Session, UserError};

const SESSION_COOKIE: &str = "intake_hub_session";
const LANG_COOKIE: &str = "intake_hub_lang";
/// The files a signed-in user may download (the CSV export's four files).
const CSV_FILES: [&str; 4] = ["members.csv", "responses.csv", "needs.csv", "follow_ups.csv"];

pub fn routes() -> Router<Arc<Hub>> {
    Router::new()
        .route("/dashboard", get(page))
        .route("/dashboard/sign-in", get(sign_in_page).post(sign_in))
        .route("/dashboard/sign-out", post(sign_out))
        .route("/dashboard/export/{file}", get(download))
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The language: `?lang=`, else the cookie, else the browser's Accept-Language, negotiated against the
/// locales that have translations.
fn language(query: &HashMap<String, String>, headers: &HeaderMap) -> String {
    let l = Localizer::global();
    let asked: Vec<String> = match query.get("lang").map(String::as_str).or_else(|| cookie(headers, LANG_COOKIE)) {
        Some(tag) => vec![tag.to_owned()],
        None => headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("en")
            .split(',')
            .filter_map(|p| p.split(';').next())
            .map(|s| s.trim().to_owned())
            .collect(),
    };
    l.negotiate(&asked.iter().map(String::as_str).collect::<Vec<_>>())
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Localized text for one request.
struct Text {
    lang: String,
}

impl Text {
    fn t(&self, id: &str) -> String {
        esc(&Localizer::global().format(&self.lang, id, None))
    }
    fn ta(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.to_string());
        }
        esc(&Localizer::global().format(&self.lang, id, Some(&a)))
    }
    fn number(&self, n: u64) -> String {
        Localizer::global().format_number(&self.lang, n as f64)
    }
    fn percent(&self, p: Option<f64>) -> String {
        p.map_or_else(|| "–".to_owned(), |p| format!("{} %", Localizer::global().format_number(&self.lang, p)))
    }
    fn cell(&self, c: Cell) -> String {
        match c {
            Cell::Count(n) => self.number(n),
            // Kept left to right inside right-to-left text, so the sign is not mirrored to ">11".
            Cell::Suppressed => "<span dir=\"ltr\">&lt;11</span>".to_owned(),
        }
    }
    fn measure(&self, m: &str) -> String {
        self.t(&format!("hub-measure-{m}"))
    }
    /// A reporting group's name: the instrument's own wording of the option, or a hub message.
    fn group(&self, dimension: &str, group: &str) -> String {
        if let Some(id) = ["all", "declined", "unknown", "not-asked", "multiracial", "other"].iter().find(|g| **g == group) {
            return self.t(&format!("hub-group-{id}"));
        }
        let item = match dimension {
            "race-ethnicity" => "race-ethnicity",
            "language" => "language-spoken",
            "disability" => "hearing",
            other => other,
        };
        let option = intake_model::instrument::all()
            .ok()
            .and_then(|all| all.iter().find(|i| i.id == "demographics"))
            .and_then(|i| i.item(item))
            .and_then(|i| i.options.iter().find(|o| o.id == group));
        match option {
            Some(o) => o.label.clone().map(|l| esc(&l)).unwrap_or_else(|| self.t(&o.message)),
            None => esc(group),
        }
    }
}

fn html_page(text: &Text, title: &str, body: &str) -> Response {
    let dir = match Localizer::global().info(&text.lang).map(|i| i.direction) {
        Some(Direction::Rtl) => "rtl",
        _ => "ltr",
    };
    let html = format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><style>{CSS}</style></head>\
         <body>{body}</body></html>\n",
        lang = esc(&text.lang),
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            // Nothing on the page comes from elsewhere; say so, so a browser refuses anything that tries.
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

const CSS: &str = "body{font-family:'Noto Sans',system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f6f7f9}\
header{background:#123c69;color:#fff;padding:.6rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}\
header h1{font-size:1.2rem;margin:0;flex:1}header form{margin:0}main{padding:1rem;max-width:1200px;margin:auto}\
section{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:1rem;margin-bottom:1rem}\
h2{font-size:1.1rem;margin-top:0}table{border-collapse:collapse;font-size:.85rem;margin-top:.5rem}\
th,td{border:1px solid #d8dde3;padding:.25rem .5rem;text-align:end}th:first-child,td:first-child{text-align:start}\
.filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:end}.note{color:#555;font-size:.85rem}\
.error{color:#a4000f;font-weight:bold}label{display:block;font-size:.85rem}svg{max-width:100%;height:auto}\
.signin{max-width:22rem;margin:3rem auto}.signin input{width:100%;padding:.4rem;margin-bottom:.8rem}\
button{padding:.4rem .9rem}details{margin-top:.5rem}";

const COLORS: [&str; 6] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"];

// ---- sign-in ----------------------------------------------------------------------------------------------

fn sign_in_form(text: &Text, error: Option<&str>, status: StatusCode) -> Response {
    let error = error.map(|e| format!("<p class=\"error\" role=\"alert\" data-testid=\"sign-in-error\">{e}</p>")).unwrap_or_default();
    let body = format!(
        "<main class=\"signin\"><section><h1>{title}</h1>{error}\
         <form method=\"post\" action=\"/dashboard/sign-in\">\
         <label for=\"name\">{user}</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required>\
         <label for=\"password\">{password}</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\
         <input type=\"hidden\" name=\"lang\" value=\"{lang}\"><button type=\"submit\" data-testid=\"sign-in\">{sign_in}</button></form>{langs}</section></main>",
        title = text.t("hub-sign-in-title"),
        user = text.t("hub-user-name"),
        password = text.t("hub-password"),
        sign_in = text.t("hub-sign-in"),
        lang = esc(&text.lang),
        langs = language_links(text, "/dashboard/sign-in?"),
    );
    let mut response = html_page(text, &text.t("hub-sign-in-title"), &body);
    *response.status_mut() = status;
    response
}

fn language_links(text: &Text, base: &str) -> String {
    let l = Localizer::global();
    let links: Vec<String> = l
        .translated()
        .iter()
        .map(|tag| {
            let name = l.info(tag).map(|i| i.autonym.clone()).unwrap_or_else(|| (*tag).to_owned());
            if *tag == text.lang {
                format!("<strong>{}</strong>", esc(&name))
            } else {
                format!("<a href=\"{base}lang={tag}\" lang=\"{tag}\" hreflang=\"{tag}\">{}</a>", esc(&name))
            }
        })
        .collect();
    format!("<p class=\"note\">{}: {}</p>", text.t("hub-language"), links.join(" · "))
}

async fn sign_in_page(Query(query): Query<HashMap<String, String>>, headers: HeaderMap) -> Response {
    let text = Text { lang: language(&query, &headers) };
    let expired = query.contains_key("expired").then(|| text.t("hub-session-expired"));
    let mut response = sign_in_form(&text, expired.as_deref(), StatusCode::OK);
    if query.contains_key("lang") {
        set_cookie(&mut response, &format!("{LANG_COOKIE}={}; Path=/dashboard; SameSite=Strict; Max-Age=31536000", text.lang));
    }
    response
}

#[derive(serde::Deserialize)]
struct SignIn {
    name: String,
    password: String,
    #[serde(default)]
    lang: String,
}

fn set_cookie(response: &mut Response, value: &str) {
    if let Ok(v) = value.parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

async fn sign_in(State(hub): State<Arc<Hub>>, headers: HeaderMap, Form(form): Form<SignIn>) -> Response {
    let query = HashMap::from([("lang".to_owned(), form.lang.clone())]);
    let text = Text { lang: if form.lang.is_empty() { language(&HashMap::new(), &headers) } else { language(&query, &headers) } };
    let ttl = hub.session_ttl;
    let h = hub.clone();
    let result = tokio::task::spawn_blocking(move || h.sign_in(&form.name, &form.password, ttl)).await;
    match result {
        Ok(Ok((token, _))) => {
            let mut response = Redirect::to("/dashboard").into_response();
            set_cookie(
                &mut response,
                &format!("{SESSION_COOKIE}={token}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age={}", ttl.num_seconds()),
            );
            response
        }
        Ok(Err(UserError::WrongPassword)) => sign_in_form(&text, Some(&text.t("hub-sign-in-refused")), StatusCode::UNAUTHORIZED),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "sign-in failed");
            (StatusCode::SERVICE_UNAVAILABLE, "the hub cannot sign you in right now\n").into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

async fn sign_out(State(hub): State<Arc<Hub>>, headers: HeaderMap) -> Response {
    if let Some(token) = cookie(&headers, SESSION_COOKIE).map(str::to_owned) {
        let _ = tokio::task::spawn_blocking(move || hub.sign_out(&token)).await;
    }
    let mut response = Redirect::to("/dashboard/sign-in").into_response();
    set_cookie(&mut response, &format!("{SESSION_COOKIE}=; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=0"));
    response
}

/// The signed-in session, or the response that sends the browser to sign in (saying why, in the language
/// the request asked for).
async fn signed_in(hub: &Arc<Hub>, headers: &HeaderMap, lang: Option<&String>) -> Result<Session, Response> {
    // Only a language tag goes into the Location header (letters, digits, dashes).
    let lang = lang
        .filter(|l| l.len() <= 16 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(|l| format!("lang={l}"))
        .unwrap_or_default();
    let Some(token) = cookie(headers, SESSION_COOKIE).map(str::to_owned) else {
        return Err(Redirect::to(&format!("/dashboard/sign-in?{lang}")).into_response());
    };
    let h = hub.clone();
    match tokio::task::spawn_blocking(move || h.session(&token)).await {
        Ok(Ok(Some(session))) => Ok(session),
        Ok(Ok(None)) => Err(Redirect::to(&format!("/dashboard/sign-in?expired=1&{lang}")).into_response()),
        _ => Err((StatusCode::SERVICE_UNAVAILABLE, "the hub cannot check your session right now\n").into_response()),
    }
}

// ---- downloads --------------------------------------------------------------------------------------------

async fn download(State(hub): State<Arc<Hub>>, headers: HeaderMap, Path(file): Path<String>) -> Response {
    let session = match signed_in(&hub, &headers, None).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !CSV_FILES.contains(&file.as_str()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    // The export writes its files into a private folder; the one asked for is read back and the folder
    // removed. Exports are minutes apart, not per second, so the simplicity is worth the extra files.
    let result = tokio::task::spawn_blocking(move || -> Result<Vec<u8>, String> {
        let dir = std::env::temp_dir().join(format!("intake-hub-export-{}", intake_model::new_id()));
        let actor = format!("dashboard:{}", session.user);
        let outcome = hub.export(Format::Csv, &dir, None, session.role, &actor).map_err(|e| e.to_string());
        let bytes = outcome.and_then(|_| std::fs::read(dir.join(&file)).map_err(|e| e.to_string()));
        let _ = std::fs::remove_dir_all(&dir);
        bytes
    })
    .await;
    match result {
        Ok(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, "attachment".to_owned()),
                (header::CACHE_CONTROL, "no-store".to_owned()),
            ],
            bytes,
        )
            .into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "export failed");
            (StatusCode::SERVICE_UNAVAILABLE, "the export failed; nothing was changed, try again\n").into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

// ---- the page ---------------------------------------------------------------------------------------------

struct View {
    session: Session,
    filter: Filter,
    dimension: Measure,
    domain: usize,
    snapshot: Snapshot,
    devices: Vec<crate::hub::DeviceInfo>,
    rejections: Vec<(String, i64)>,
}

async fn page(State(hub): State<Arc<Hub>>, Query(query): Query<HashMap<String, String>>, headers: HeaderMap) -> Response {
    let text = Text { lang: language(&query, &headers) };
    let session = match signed_in(&hub, &headers, query.get("lang")).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let filter = Filter {
        site: query.get("site").filter(|s| !s.is_empty()).cloned(),
        month: query.get("month").filter(|s| !s.is_empty()).and_then(|m| Month::parse(m).ok()),
    };
    let dimension = query.get("dimension").and_then(|d| Measure::parse(d).ok()).filter(|d| DIMENSIONS.contains(d)).unwrap_or(Measure::RaceEthnicity);
    let domain_name = query.get("domain").cloned().unwrap_or_default();
    let h = hub.clone();
    let loaded = tokio::task::spawn_blocking(move || -> Result<View, String> {
        let snapshot = Snapshot::load(h.db(), chrono::Utc::now()).map_err(|e| e.to_string())?;
        let domain = snapshot.domains.iter().position(|d| *d == domain_name).unwrap_or(0);
        let devices = h.devices().map_err(|e| e.to_string())?;
        let rejections = h.recent_rejections(chrono::Duration::days(30)).map_err(|e| e.to_string())?;
        Ok(View { session, filter, dimension, domain, snapshot, devices, rejections })
    })
    .await;
    let view = match loaded {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            tracing::error!(error = %e, "dashboard failed");
            return (StatusCode::SERVICE_UNAVAILABLE, "the hub cannot read its data right now; try again\n").into_response();
        }
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let mut response = html_page(&text, &text.t("hub-title"), &render(&text, &view));
    if query.contains_key("lang") {
        set_cookie(&mut response, &format!("{LANG_COOKIE}={}; Path=/dashboard; SameSite=Strict; Max-Age=31536000", text.lang));
    }
    response
}

fn render(text: &Text, v: &View) -> String {
    let mut b = String::new();
    let role = text.t(&format!("hub-role-{}", v.session.role.as_str()));
    let _ = write!(
        b,
        "<header><h1>{}</h1><span data-testid=\"signed-in\">{}</span>\
         <form method=\"post\" action=\"/dashboard/sign-out\"><button type=\"submit\">{}</button></form></header><main>",
        text.t("hub-title"),
        text.ta("hub-signed-in-as", &[("user", &v.session.user), ("role", &role)]),
        text.t("hub-sign-out"),
    );
    filters(&mut b, text, v);
    let trend = completeness(&v.snapshot, &Filter { site: v.filter.site.clone(), month: v.filter.month }, By::Month);
    let _ = write!(b, "<section data-testid=\"completeness-trend\"><h2>{}</h2><p class=\"note\">{}</p>", text.t("hub-completeness-trend"), text.t("hub-completeness-trend-note"));
    trend_chart(&mut b, text, &trend);
    trend_table(&mut b, text, &trend);
    b.push_str("</section>");

    let _ = write!(b, "<section data-testid=\"completeness-status\"><h2>{}</h2><p class=\"note\">{}</p>", text.t("hub-completeness-status"), text.t(if v.snapshot.has_roster() { "hub-denominator-roster" } else { "hub-denominator-seen" }));
    let aco = completeness(&v.snapshot, &v.filter, By::Aco);
    status_table(&mut b, text, aco.rows.first().map(|r| r.measures.as_slice()).unwrap_or(&[]));
    b.push_str("</section>");
    for (by, title, testid) in [(By::Site, "hub-completeness-by-site", "by-site"), (By::Chw, "hub-completeness-by-chw", "by-chw")] {
        let report = completeness(&v.snapshot, &v.filter, by);
        let _ = write!(b, "<section data-testid=\"{testid}\"><h2>{}</h2>", text.t(title));
        rows_table(&mut b, text, &report, if by == By::Site { "hub-col-site" } else { "hub-col-chw" });
        b.push_str("</section>");
    }

    let report = equity(&v.snapshot, &v.filter, v.dimension);
    let _ = write!(b, "<section data-testid=\"equity\"><h2>{}</h2><p class=\"note\">{}</p>", text.t("hub-equity"), text.t("hub-equity-note"));
    equity_chart(&mut b, text, &report, v.domain);
    equity_table(&mut b, text, &report);
    b.push_str("</section>");

    sync_health(&mut b, text, v);
    exports(&mut b, text, v.session.role);
    b.push_str(&language_links(text, "/dashboard?"));
    b.push_str("</main>");
    b
}

fn filters(b: &mut String, text: &Text, v: &View) {
    let option = |value: &str, label: &str, selected: bool| {
        format!("<option value=\"{}\"{}>{}</option>", esc(value), if selected { " selected" } else { "" }, label)
    };
    let mut sites = option("", &text.t("hub-filter-all-sites"), v.filter.site.is_none());
    for s in &v.snapshot.sites {
        sites.push_str(&option(s, &esc(s), v.filter.site.as_deref() == Some(s)));
    }
    let mut months = option("", &text.t("hub-filter-all-time"), v.filter.month.is_none());
    if let Some((first, last)) = v.snapshot.months {
        let mut m = last;
        // Newest first; a few years back at most.
        for _ in 0..36 {
            months.push_str(&option(&m.to_string(), &m.to_string(), v.filter.month == Some(m)));
            if m == first {
                break;
            }
            m = m.previous();
        }
    }
    let dimensions: String = DIMENSIONS.iter().map(|d| option(d.as_str(), &text.measure(d.as_str()), *d == v.dimension)).collect();
    let domains: String = v
        .snapshot
        .domains
        .iter()
        .enumerate()
        .map(|(i, d)| option(d, &text.t(&format!("domain-{d}")), i == v.domain))
        .collect();
    let _ = write!(
        b,
        "<section><form class=\"filters\" method=\"get\" action=\"/dashboard\" data-testid=\"filters\">\
         <div><label for=\"site\">{}</label><select id=\"site\" name=\"site\">{sites}</select></div>\
         <div><label for=\"month\">{}</label><select id=\"month\" name=\"month\">{months}</select></div>\
         <div><label for=\"dimension\">{}</label><select id=\"dimension\" name=\"dimension\">{dimensions}</select></div>\
         <div><label for=\"domain\">{}</label><select id=\"domain\" name=\"domain\">{domains}</select></div>\
         <div><button type=\"submit\" data-testid=\"apply\">{}</button></div></form></section>",
        text.t("hub-filter-site"),
        text.t("hub-filter-month"),
        text.t("hub-filter-dimension"),
        text.t("hub-filter-domain"),
        text.t("hub-filter-apply"),
    );
}

/// Lines of "complete %" per measure over the months.
fn trend_chart(b: &mut String, text: &Text, trend: &Completeness) {
    if trend.rows.is_empty() {
        let _ = write!(b, "<p>{}</p>", text.t("hub-no-data"));
        return;
    }
    let (w, h, left, top, bottom) = (900.0, 300.0, 48.0, 16.0, 40.0);
    let n = trend.rows.len();
    let x = |i: usize| left + if n > 1 { i as f64 * (w - left - 250.0) / (n - 1) as f64 } else { (w - left - 250.0) / 2.0 };
    let y = |p: f64| top + (100.0 - p) * (h - top - bottom) / 100.0;
    let _ = write!(b, "<svg data-testid=\"chart-trend\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"trend-title\"><title id=\"trend-title\">{}</title>", text.t("hub-completeness-trend"));
    for p in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let _ = write!(b, "<line x1=\"{left}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#ddd\"/><text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\">{p}%</text>", w - 250.0, left - 6.0, y(p) + 4.0, y = y(p));
    }
    let step = n.div_ceil(12).max(1);
    for (i, row) in trend.rows.iter().enumerate().filter(|(i, _)| i % step == 0) {
        let _ = write!(b, "<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>", x(i), h - bottom + 16.0, esc(&row.key));
    }
    for (m, measure) in Measure::ALL.iter().enumerate() {
        // A month with nobody seen has no rate: the line breaks there instead of drawing across it.
        let mut segments: Vec<Vec<String>> = vec![Vec::new()];
        for (i, r) in trend.rows.iter().enumerate() {
            match r.measures.get(m).and_then(|(_, c)| c.complete_percent()) {
                Some(p) => segments.last_mut().map(|s| s.push(format!("{:.1},{:.1}", x(i), y(p)))).unwrap_or_default(),
                None => segments.push(Vec::new()),
            }
        }
        let color = COLORS[m % COLORS.len()];
        for points in segments.iter().filter(|s| !s.is_empty()) {
            let _ = write!(b, "<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{}\"/>", points.join(" "));
            for p in points {
                if let Some((px, py)) = p.split_once(',') {
                    let _ = write!(b, "<circle cx=\"{px}\" cy=\"{py}\" r=\"3\" fill=\"{color}\"/>");
                }
            }
        }
        let _ = write!(b, "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>", w - 240.0, top + m as f64 * 20.0, w - 222.0, top + m as f64 * 20.0 + 11.0, text.measure(measure.as_str()));
    }
    b.push_str("</svg>");
}

fn trend_table(b: &mut String, text: &Text, trend: &Completeness) {
    let _ = write!(b, "<details open><summary>{}</summary><table data-testid=\"table-trend\"><tr><th>{}</th><th>{}</th>", text.t("hub-chart-table"), text.t("hub-col-month"), text.t("hub-col-members"));
    for m in Measure::ALL {
        let _ = write!(b, "<th>{}</th>", text.measure(m.as_str()));
    }
    b.push_str("</tr>");
    for row in &trend.rows {
        let _ = write!(b, "<tr><td>{}</td><td>{}</td>", esc(&row.key), text.number(row.members));
        for (_, c) in &row.measures {
            let _ = write!(b, "<td>{}</td>", text.percent(c.complete_percent()));
        }
        b.push_str("</tr>");
    }
    b.push_str("</table></details>");
}

fn status_table(b: &mut String, text: &Text, measures: &[(String, Counts)]) {
    let cols = ["hub-col-members", "hub-col-complete", "hub-col-answered", "hub-col-declined", "hub-col-unknown", "hub-col-proxy", "hub-col-never-asked"];
    let _ = write!(b, "<table data-testid=\"table-status\"><tr><th>{}</th>", text.t("hub-col-measure"));
    for c in cols {
        let _ = write!(b, "<th>{}</th>", text.t(c));
    }
    b.push_str("</tr>");
    for (m, c) in measures {
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            text.measure(m),
            text.number(c.denominator),
            text.percent(c.complete_percent()),
            text.number(c.answered),
            text.number(c.declined),
            text.number(c.unknown),
            text.number(c.proxy),
            text.number(c.never_asked),
        );
    }
    b.push_str("</table>");
}

fn rows_table(b: &mut String, text: &Text, report: &Completeness, key: &str) {
    if report.rows.is_empty() {
        let _ = write!(b, "<p>{}</p>", text.t("hub-no-data"));
        return;
    }
    let _ = write!(b, "<table><tr><th>{}</th><th>{}</th>", text.t(key), text.t("hub-col-members"));
    for m in Measure::ALL {
        let _ = write!(b, "<th>{}</th>", text.measure(m.as_str()));
    }
    b.push_str("</tr>");
    for row in &report.rows {
        let _ = write!(b, "<tr><td>{}</td><td>{}</td>", esc(&row.key), text.number(row.members));
        for (_, c) in &row.measures {
            let _ = write!(b, "<td>{}</td>", text.percent(c.complete_percent()));
        }
        b.push_str("</tr>");
    }
    b.push_str("</table>");
}

/// Horizontal bars: each group's positive rate for one domain, with the overall rate as a line.
fn equity_chart(b: &mut String, text: &Text, report: &Equity, domain: usize) {
    let rows: Vec<_> = report.groups.iter().collect();
    if rows.is_empty() {
        let _ = write!(b, "<p>{}</p>", text.t("hub-no-data"));
        return;
    }
    let domain_name = report.domains.get(domain).cloned().unwrap_or_default();
    let (w, label_w, bar_h) = (760.0, 230.0, 22.0);
    let h = 40.0 + rows.len() as f64 * (bar_h + 6.0);
    let scale = |p: f64| p * (w - label_w - 90.0) / 100.0;
    let _ = write!(
        b,
        "<svg data-testid=\"chart-equity\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"equity-title\"><title id=\"equity-title\">{} – {}</title>",
        text.t("hub-equity"),
        text.t(&format!("domain-{domain_name}")),
    );
    for (i, row) in rows.iter().enumerate() {
        let y = 10.0 + i as f64 * (bar_h + 6.0);
        let _ = write!(b, "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text>", label_w - 8.0, y + 15.0, text.group(report.dimension, &row.group));
        match row.positive.get(domain).and_then(|r| r.rate) {
            Some(rate) => {
                let gap = row.positive[domain].gap.map(|g| format!(" ({}{})", if g > 0.0 { "+" } else { "" }, Localizer::global().format_number(&text.lang, g))).unwrap_or_default();
                let _ = write!(b, "<rect x=\"{label_w}\" y=\"{y}\" width=\"{:.1}\" height=\"{bar_h}\" fill=\"#1f77b4\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"12\">{}{gap}</text>", scale(rate), label_w + scale(rate) + 4.0, y + 15.0, text.percent(Some(rate)));
            }
            None => {
                let _ = write!(b, "<text x=\"{label_w}\" y=\"{}\" font-size=\"12\" fill=\"#555\">&lt;11</text>", y + 15.0);
            }
        }
    }
    if let Some(overall) = report.overall.positive.get(domain).and_then(|r| r.rate) {
        let x = label_w + scale(overall);
        let _ = write!(b, "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"4\" y2=\"{}\" stroke=\"#d62728\" stroke-dasharray=\"4 3\" stroke-width=\"2\"/><text x=\"{x:.1}\" y=\"{}\" font-size=\"11\" fill=\"#d62728\">{} {}</text>", h - 22.0, h - 8.0, text.t("hub-group-all"), text.percent(Some(overall)));
    }
    b.push_str("</svg>");
}

fn equity_table(b: &mut String, text: &Text, report: &Equity) {
    let _ = write!(b, "<details open><summary>{}</summary><table data-testid=\"table-equity\"><tr><th>{}</th><th>{}</th><th>{}</th>", text.t("hub-equity-table"), text.t("hub-col-group"), text.t("hub-col-members"), text.t("hub-col-screened"));
    for d in &report.domains {
        let _ = write!(b, "<th>{} – {}</th><th>{}</th>", text.t(&format!("domain-{d}")), text.t("hub-col-rate"), text.t("hub-col-gap"));
    }
    for m in &report.measures {
        let _ = write!(b, "<th>{} – {}</th>", text.measure(m), text.t("hub-col-complete"));
    }
    b.push_str("</tr>");
    for row in std::iter::once(&report.overall).chain(&report.groups) {
        let _ = write!(b, "<tr><td>{}</td><td>{}</td><td>{}</td>", text.group(report.dimension, &row.group), text.cell(row.members), text.cell(row.screened));
        for r in &row.positive {
            let rate = if r.rate.is_some() { text.percent(r.rate) } else { text.cell(Cell::Suppressed) };
            let gap = r.gap.map(|g| Localizer::global().format_number(&text.lang, g)).unwrap_or_default();
            let _ = write!(b, "<td>{rate}</td><td>{gap}</td>");
        }
        for r in &row.complete {
            let rate = if r.rate.is_some() { text.percent(r.rate) } else { text.cell(Cell::Suppressed) };
            let _ = write!(b, "<td>{rate}</td>");
        }
        b.push_str("</tr>");
    }
    b.push_str("</table></details>");
}

fn sync_health(b: &mut String, text: &Text, v: &View) {
    let _ = write!(
        b,
        "<section data-testid=\"sync-health\"><h2>{}</h2><h3>{}</h3><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        text.t("hub-sync-health"),
        text.t("hub-devices"),
        text.t("hub-col-device"),
        text.t("hub-col-site"),
        text.t("hub-col-label"),
        text.t("hub-col-enrolled"),
        text.t("hub-col-last-seen"),
        text.t("hub-col-batches"),
        text.t("hub-col-status"),
    );
    for d in &v.devices {
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&d.device_id.to_string()[..8]),
            esc(&d.site),
            esc(&d.label),
            esc(&d.enrolled_at[..10.min(d.enrolled_at.len())]),
            d.last_seen.as_deref().map(|s| esc(&s[..16.min(s.len())].replace('T', " "))).unwrap_or_else(|| text.t("hub-never")),
            text.number(d.last_sequence.max(0) as u64),
            text.t(if d.revoked_at.is_some() { "hub-device-revoked" } else { "hub-device-active" }),
        );
    }
    let _ = write!(b, "</table><h3>{}</h3>", text.t("hub-rejections"));
    if v.rejections.is_empty() {
        let _ = write!(b, "<p>{}</p>", text.t("hub-rejections-none"));
    } else {
        let _ = write!(b, "<table data-testid=\"rejections\"><tr><th>{}</th><th>{}</th></tr>", text.t("hub-col-reason"), text.t("hub-col-count"));
        for (reason, count) in &v.rejections {
            let _ = write!(b, "<tr><td>{}</td><td>{}</td></tr>", esc(reason), text.number((*count).max(0) as u64));
        }
        b.push_str("</table>");
    }
    b.push_str("</section>");
}

fn exports(b: &mut String, text: &Text, role: Role) {
    let _ = write!(b, "<section data-testid=\"exports\"><h2>{}</h2><ul>", text.t("hub-exports"));
    for f in CSV_FILES {
        let _ = write!(b, "<li><a href=\"/dashboard/export/{f}\" data-testid=\"export-{f}\">{}</a></li>", text.ta("hub-export-download", &[("file", f)]));
    }
    let _ = write!(b, "</ul><p class=\"note\">{}</p></section>", text.t(if role == Role::Admin { "hub-export-admin-note" } else { "hub-export-analyst-note" }));
}
