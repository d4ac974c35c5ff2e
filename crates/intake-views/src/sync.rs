//! The supervisor's sync screen: the enrollment, what waits to be sent, a sync with its progress, and the
//! history of syncs with the receipts each brought back.

use fluent_bundle::FluentValue;
use serde::Serialize;

use intake_core::{Session, SyncProgress};
use intake_model::Permission;

use crate::error::{InStaffLanguage, UiResult};
use crate::text::{t, ta};

#[derive(Debug, Clone, Serialize)]
pub struct SyncScreen {
    /// "Enrolled with ... for ...", or None before enrollment (the screen then shows the enrollment form).
    pub enrolled: Option<String>,
    pub unsent: i64,
    pub unsent_text: String,
    pub history: Vec<RunRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RunRow {
    pub started: String,
    pub by: String,
    pub records: u64,
    pub ok: bool,
    /// "Finished", or the error in the staff language.
    pub result: String,
    pub receipts: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ProgressView {
    pub sent: u64,
    pub total: u64,
    pub percent: u32,
    pub text: String,
}

fn stamp(staff: &str, rfc3339: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => {
            let local = t.with_timezone(&chrono::Local);
            format!("{} {}", crate::text::date(staff, local.date_naive()), local.format("%H:%M"))
        }
        Err(_) => rfc3339.to_owned(),
    }
}

pub fn screen(session: &Session, staff: &str) -> UiResult<SyncScreen> {
    session.require(Permission::Sync).staff(staff)?;
    let link = session.hub_link().staff(staff)?;
    let unsent = session.outbox_counts().staff(staff)?.pending;
    let unsent_text = if unsent == 0 {
        t(staff, "app-sync-all-sent")
    } else {
        ta(staff, "app-sync-unsent", &[("count", FluentValue::from(unsent))])
    };
    let history = session
        .sync_history(10)
        .staff(staff)?
        .into_iter()
        .map(|run| {
            let result = match &run.error {
                None => t(staff, "app-sync-ok"),
                Some(code) if code == "disk-full" => t(staff, "error-disk-full"),
                Some(code) => match code.split_once(':') {
                    Some(("database", detail)) => ta(staff, "error-database", &[("detail", FluentValue::from(detail))]),
                    Some((code, reason)) => ta(staff, &format!("error-sync-{code}"), &[("reason", FluentValue::from(reason))]),
                    None => ta(staff, &format!("error-sync-{code}"), &[("reason", FluentValue::from(""))]),
                },
            };
            RunRow {
                started: stamp(staff, &run.started_at),
                by: run.started_by,
                records: run.records,
                ok: run.error.is_none(),
                result,
                receipts: run
                    .receipts
                    .iter()
                    .map(|r| {
                        ta(
                            staff,
                            "app-sync-receipt",
                            &[("sequence", FluentValue::from(r.sequence as f64)), ("count", FluentValue::from(r.record_count))],
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    let enrolled = link.map(|l| ta(staff, "app-sync-enrolled", &[("url", l.url.into()), ("site", l.site.into())]));
    Ok(SyncScreen { enrolled, unsent, unsent_text, history })
}

pub fn enroll(session: &mut Session, staff: &str, url: &str, code: &str) -> UiResult<SyncScreen> {
    session.enroll(url, code, None).staff(staff)?;
    screen(session, staff)
}

pub fn progress(staff: &str, p: SyncProgress) -> ProgressView {
    let percent = if p.records_total == 0 { 100 } else { (p.records_sent * 100 / p.records_total) as u32 };
    ProgressView {
        sent: p.records_sent,
        total: p.records_total,
        percent,
        text: ta(
            staff,
            "app-sync-sending",
            &[("sent", FluentValue::from(p.records_sent as f64)), ("total", FluentValue::from(p.records_total as f64))],
        ),
    }
}

/// What a finished sync says.
#[derive(Debug, Clone, Serialize)]
pub struct SyncDone {
    pub message: String,
    pub screen: SyncScreen,
}

/// Syncs, reporting progress as it goes. An error leaves the screen's history showing the failed run.
pub fn sync(session: &mut Session, staff: &str, on_progress: &mut dyn FnMut(ProgressView)) -> UiResult<SyncDone> {
    let summary = session.sync(&mut |p| on_progress(progress(staff, p))).staff(staff)?;
    let message = ta(staff, "app-sync-finished", &[("records", FluentValue::from(summary.records as f64))]);
    Ok(SyncDone { message, screen: screen(session, staff)? })
}
