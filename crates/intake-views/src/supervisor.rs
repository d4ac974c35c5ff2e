//! The supervisor's screens: the team's day, screenings left unfinished, needs without follow-up, users
//! and site settings.

use chrono::{Local, TimeZone, Utc};
use serde::Serialize;

use intake_core::Session;
use intake_model::{Permission, Role};

use crate::error::{InStaffLanguage, UiError, UiResult};
use crate::members::{row, MemberRow};
use crate::screening::{draft_line, DraftLine};
use crate::text::{date, t};

#[derive(Debug, Clone, Serialize)]
pub struct WorkRow {
    pub name: String,
    pub username: String,
    pub responses: i64,
    pub members: i64,
    pub needs_opened: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnfollowedRow {
    pub member: MemberRow,
    pub domain: String,
    pub opened_on: String,
    pub opened_by: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub day: String,
    pub work: Vec<WorkRow>,
    pub drafts: Vec<(MemberRow, DraftLine)>,
    pub unfollowed: Vec<UnfollowedRow>,
}

/// Today (on this computer's clock) for the whole team.
pub fn overview(session: &mut Session, staff: &str) -> UiResult<Overview> {
    session.require(Permission::ReviewTeam).staff(staff)?;
    let today = Local::now().date_naive();
    let start = today.and_hms_opt(0, 0, 0).and_then(|t| Local.from_local_datetime(&t).earliest()).map(|t| t.with_timezone(&Utc));
    let start = start.unwrap_or_else(Utc::now);
    let end = start + chrono::Duration::days(1);
    let work = session
        .team_work(start, end)
        .staff(staff)?
        .into_iter()
        .map(|w| WorkRow { name: w.display_name, username: w.username, responses: w.responses, members: w.members, needs_opened: w.needs_opened })
        .collect();
    let mut drafts = Vec::new();
    for d in session.drafts(None).staff(staff)? {
        // A draft's member always exists (a foreign key); the lookup is not an audited view.
        let found = session.member_summary(d.member_id).staff(staff)?;
        if let Some(m) = found {
            drafts.push((row(staff, &m), draft_line(staff, &d)));
        }
    }
    let unfollowed = session
        .needs_without_follow_up()
        .staff(staff)?
        .iter()
        .map(|u| UnfollowedRow {
            member: row(staff, &u.member),
            domain: t(staff, &format!("domain-{}", u.need.domain)),
            opened_on: date(staff, u.need.opened_at.date_naive()),
            opened_by: u.need.opened_by.clone(),
        })
        .collect();
    Ok(Overview { day: date(staff, today), work, drafts, unfollowed })
}

#[derive(Debug, Clone, Serialize)]
pub struct UserRow {
    pub username: String,
    pub name: String,
    pub role: String,
    pub role_label: String,
    pub active: bool,
}

pub fn users(session: &Session, staff: &str) -> UiResult<Vec<UserRow>> {
    Ok(session
        .users()
        .staff(staff)?
        .into_iter()
        .map(|a| UserRow {
            role_label: t(staff, &format!("role-{}", a.user.role.as_str())),
            role: a.user.role.as_str().to_owned(),
            username: a.user.username,
            name: a.user.display_name,
            active: a.active,
        })
        .collect())
}

pub fn add_user(session: &mut Session, staff: &str, username: &str, name: &str, role: &str, pin: &str, pin_again: &str) -> UiResult<Vec<UserRow>> {
    let role = Role::parse(role).map_err(|_| UiError::app("role", staff, Some("role")))?;
    if pin != pin_again {
        return Err(UiError::app("pin-mismatch", staff, Some("pin_again")));
    }
    let name = if name.trim().is_empty() { username.trim() } else { name.trim() };
    session.add_user(username.trim(), name, role, pin).staff(staff)?;
    users(session, staff)
}

pub fn reset_pin(session: &mut Session, staff: &str, username: &str, pin: &str, pin_again: &str) -> UiResult<Vec<UserRow>> {
    if pin != pin_again {
        return Err(UiError::app("pin-mismatch", staff, Some("pin_again")));
    }
    session.reset_pin(username, pin).staff(staff)?;
    users(session, staff)
}

pub fn deactivate(session: &mut Session, staff: &str, username: &str) -> UiResult<Vec<UserRow>> {
    session.deactivate_user(username).staff(staff)?;
    users(session, staff)
}

/// A site setting the supervisor can change, with its bounds.
#[derive(Debug, Clone, Serialize)]
pub struct SettingRow {
    pub name: &'static str,
    pub label: String,
    pub value: u32,
    pub min: u32,
    pub max: u32,
}

/// (name, default, min, max). `idle-lock-seconds`: how long an unattended screen stays open.
pub const SETTINGS: [(&str, u32, u32, u32); 2] = [("idle-lock-seconds", 300, 10, 3600), ("sogi-min-age", 18, 12, 25)];

pub fn setting_value(session: &Session, name: &str) -> u32 {
    let default = SETTINGS.iter().find(|s| s.0 == name).map(|s| s.1).unwrap_or(0);
    session.settings().ok().and_then(|s| s.get(name).copied()).unwrap_or(default)
}

pub fn settings(session: &Session, staff: &str) -> UiResult<Vec<SettingRow>> {
    session.require(Permission::ManageUsers).staff(staff)?;
    Ok(SETTINGS
        .iter()
        .map(|(name, _, min, max)| SettingRow { name, label: t(staff, &format!("app-setting-{name}")), value: setting_value(session, name), min: *min, max: *max })
        .collect())
}

pub fn set_setting(session: &mut Session, staff: &str, name: &str, value: u32) -> UiResult<Vec<SettingRow>> {
    let (_, _, min, max) = SETTINGS.iter().find(|s| s.0 == name).copied().ok_or_else(|| UiError::app("setting", staff, Some(name)))?;
    if value < min || value > max {
        return Err(UiError::app("setting", staff, Some(name)));
    }
    session.set_setting(name, value).staff(staff)?;
    settings(session, staff)
}
