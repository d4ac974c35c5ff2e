//! Finding, adding and looking at a member: search rows, the duplicate check, and the member profile
//! (identity, the latest member-reported demographics at a glance, screening history, needs, drafts).

use chrono::{NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use intake_core::{MemberSummary, NeedWithHistory, Session, StoredResponse};
use intake_model::{AbsentReason, AnswerOutcome, AnswerValue, MemberIdentity, NeedStatus, Respondent};

use crate::error::{InStaffLanguage, UiError, UiResult};
use crate::screening::{answer_text, DraftLine};
use crate::text::{date, t, ta};

/// A member as a list row.
#[derive(Debug, Clone, Serialize)]
pub struct MemberRow {
    pub member_id: Uuid,
    pub name: String,
    pub date_of_birth: String,
    pub masshealth_id: Option<String>,
    pub mrn: Option<String>,
}

pub fn row(staff: &str, m: &MemberSummary) -> MemberRow {
    MemberRow {
        member_id: m.member_id,
        name: m.identity.display_name(),
        date_of_birth: date(staff, m.identity.date_of_birth),
        masshealth_id: m.identity.masshealth_id.clone(),
        mrn: m.identity.mrn.clone(),
    }
}

/// The member list: what a search finds, or with an empty query the user's recent members.
#[derive(Debug, Clone, Serialize)]
pub struct MemberList {
    pub rows: Vec<MemberRow>,
    /// "3 members found", "Your recent members", or "More than 50: type more of the name".
    pub caption: String,
}

pub fn search(session: &mut Session, staff: &str, query: &str) -> UiResult<MemberList> {
    let query = query.trim();
    if query.is_empty() {
        let rows: Vec<MemberRow> = session.recent_members(20).staff(staff)?.iter().map(|m| row(staff, m)).collect();
        let caption = if rows.is_empty() { t(staff, "app-members-none-yet") } else { t(staff, "app-members-recent") };
        return Ok(MemberList { rows, caption });
    }
    let found = session.search_members(query).staff(staff)?;
    let caption = if found.len() >= intake_core::MAX_RESULTS {
        ta(staff, "app-members-too-many", &[("count", (intake_core::MAX_RESULTS as i64).into())])
    } else {
        ta(staff, "app-members-found", &[("count", (found.len() as i64).into())])
    };
    Ok(MemberList { rows: found.iter().map(|m| row(staff, m)).collect(), caption })
}

/// What the "new member" form sends.
#[derive(Debug, Clone, Deserialize)]
pub struct MemberForm {
    pub given_name: String,
    pub family_name: String,
    /// `YYYY-MM-DD`, as a date input gives it.
    pub date_of_birth: String,
    #[serde(default)]
    pub masshealth_id: String,
    #[serde(default)]
    pub mrn: String,
}

impl MemberForm {
    pub fn identity(&self, staff: &str) -> UiResult<MemberIdentity> {
        let date_of_birth = NaiveDate::parse_from_str(self.date_of_birth.trim(), "%Y-%m-%d")
            .map_err(|_| UiError::app("date-of-birth", staff, Some("date_of_birth")))?;
        let opt = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let identity = MemberIdentity {
            given_name: self.given_name.trim().to_owned(),
            family_name: self.family_name.trim().to_owned(),
            date_of_birth,
            masshealth_id: opt(&self.masshealth_id),
            mrn: opt(&self.mrn),
        };
        identity
            .validate(Utc::now().date_naive())
            .map_err(|field| UiError::app(&format!("member-{}", field.replace('_', "-")), staff, Some(field)))?;
        Ok(identity)
    }
}

/// Members that look like the one about to be added; shown before it is created.
pub fn likely_duplicates(session: &Session, staff: &str, form: &MemberForm) -> UiResult<Vec<MemberRow>> {
    let identity = form.identity(staff)?;
    Ok(session.find_likely_duplicates(&identity, None).staff(staff)?.iter().map(|m| row(staff, m)).collect())
}

pub fn create(session: &mut Session, staff: &str, form: &MemberForm) -> UiResult<MemberRow> {
    let identity = form.identity(staff)?;
    let created = session.create_member(identity).staff(staff)?;
    Ok(row(staff, &MemberSummary { member_id: created.member.member_id, identity: created.member.identity }))
}

/// One line of the demographics summary: a topic, what the member last said, and whether that is missing,
/// declined, unknown or stale at a glance.
#[derive(Debug, Clone, Serialize)]
pub struct DemographicLine {
    pub topic: String,
    pub label: String,
    /// `answered`, `declined`, `unknown`, `never-asked` or `stale` (answered more than 12 months ago).
    pub state: &'static str,
    pub state_label: String,
    pub value: Option<String>,
    pub asked_on: Option<String>,
    /// Reported by someone else for the member.
    pub proxy: bool,
}

/// The demographics topics a profile shows, each with the items that make it up.
const TOPICS: &[(&str, &[&str])] = &[
    ("race-ethnicity", &["race-ethnicity"]),
    ("language", &["language-spoken", "language-written", "interpreter", "english"]),
    ("disability", &["hearing", "seeing", "concentrating", "walking", "dressing", "errands"]),
    ("sexual-orientation", &["sexual-orientation"]),
    ("gender-identity", &["gender-identity"]),
    ("sex-at-birth", &["sex-at-birth"]),
    ("pronouns", &["pronouns"]),
];

fn demographics(staff: &str, responses: &[StoredResponse]) -> Vec<DemographicLine> {
    let usable: Vec<&StoredResponse> = responses
        .iter()
        .filter(|r| r.response.instrument_id == "demographics" && r.retraction.is_none() && !r.superseded)
        .collect();
    let Some(instrument) = crate::screening::latest("demographics") else { return Vec::new() };
    let year_ago = Utc::now() - chrono::Duration::days(365);
    TOPICS
        .iter()
        .map(|(topic, items)| {
            // Newest first: the latest response that answered the topic's first item.
            let latest = usable.iter().find_map(|r| r.response.answers.iter().find(|a| a.item_id == items[0]).map(|a| (r, a)));
            let (state, value, asked_on, proxy) = match latest {
                None => ("never-asked", None, None, false),
                Some((r, a)) => {
                    let proxy = matches!(r.response.respondent, Respondent::ReportedByRelatedPerson { .. });
                    let on = Some(date(staff, r.response.completed_at.date_naive()));
                    match &a.outcome {
                        AnswerOutcome::Absent { reason: AbsentReason::AskedDeclined, .. } => ("declined", None, on, proxy),
                        AnswerOutcome::Absent { reason: AbsentReason::AskedUnknown, .. } => ("unknown", None, on, proxy),
                        AnswerOutcome::Absent { .. } => ("never-asked", None, on, proxy),
                        AnswerOutcome::Value(v) => {
                            let value = if *topic == "disability" {
                                // Any "yes" among the six difficulty questions.
                                let yes = r.response.answers.iter().any(|a| {
                                    items.contains(&a.item_id.as_str())
                                        && matches!(&a.outcome, AnswerOutcome::Value(AnswerValue::Code(c)) if c.code == "LA33-6")
                                });
                                t(staff, if yes { "common-yes-no-yes" } else { "common-yes-no-no" })
                            } else {
                                instrument.item(&a.item_id).map(|item| answer_text(staff, item, v)).unwrap_or_default()
                            };
                            let state = if r.response.completed_at < year_ago { "stale" } else { "answered" };
                            (state, Some(value), on, proxy)
                        }
                    }
                }
            };
            DemographicLine {
                topic: (*topic).to_owned(),
                label: t(staff, &format!("app-topic-{topic}")),
                state,
                state_label: t(staff, &format!("app-state-{state}")),
                value,
                asked_on,
                proxy,
            }
        })
        .collect()
}

/// A saved screening in the member's history.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryLine {
    pub response_id: Uuid,
    pub instrument: String,
    pub completed_on: String,
    pub by: String,
    pub language: String,
    pub retracted: bool,
}

/// A need with its follow-ups.
#[derive(Debug, Clone, Serialize)]
pub struct NeedLine {
    pub need_id: Uuid,
    pub domain: String,
    pub label: String,
    pub explain: String,
    pub opened_on: String,
    pub status: NeedStatus,
    pub status_label: String,
    pub discreet: bool,
    pub follow_ups: Vec<FollowUpLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FollowUpLine {
    pub status_label: String,
    pub organization: Option<String>,
    pub note: Option<String>,
    pub by: String,
    pub on: String,
}

pub fn need_line(staff: &str, n: &NeedWithHistory) -> NeedLine {
    let status = n.status();
    NeedLine {
        need_id: n.need.id,
        domain: n.need.domain.clone(),
        label: t(staff, &format!("domain-{}", n.need.domain)),
        explain: t(staff, &format!("domain-{}-explain", n.need.domain)),
        opened_on: date(staff, n.need.opened_at.date_naive()),
        status,
        status_label: t(staff, &format!("follow-up-status-{}", status.as_str())),
        discreet: n.need.domain == "interpersonal-safety",
        follow_ups: n
            .follow_ups
            .iter()
            .map(|f| FollowUpLine {
                status_label: t(staff, &format!("follow-up-status-{}", f.status.as_str())),
                organization: f.organization.clone(),
                note: f.note.clone(),
                by: f.recorded_by.clone(),
                on: date(staff, f.recorded_at.date_naive()),
            })
            .collect(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub member: MemberRow,
    pub demographics: Vec<DemographicLine>,
    pub history: Vec<HistoryLine>,
    pub needs: Vec<NeedLine>,
    pub drafts: Vec<DraftLine>,
}

pub fn profile(session: &mut Session, staff: &str, member_id: Uuid) -> UiResult<Profile> {
    let member = session.member(member_id).staff(staff)?;
    let responses = session.responses_for(member_id).staff(staff)?;
    let needs = session.needs_for(member_id).staff(staff)?;
    let drafts = session.drafts(Some(member_id)).staff(staff)?;
    let history = responses
        .iter()
        .map(|r| HistoryLine {
            response_id: r.response.id,
            instrument: t(staff, &format!("{}-title", r.response.instrument_id)),
            completed_on: date(staff, r.response.completed_at.date_naive()),
            by: r.response.collected_by.clone(),
            language: crate::text::l().info(&r.response.locale).map(|i| i.autonym.clone()).unwrap_or_default(),
            retracted: r.retraction.is_some(),
        })
        .collect();
    Ok(Profile {
        member: row(staff, &MemberSummary { member_id, identity: member.identity }),
        demographics: demographics(staff, &responses),
        history,
        needs: needs.iter().rev().map(|n| need_line(staff, n)).collect(),
        drafts: drafts.iter().map(|d| crate::screening::draft_line(staff, d)).collect(),
    })
}

/// Records a follow-up on a need and returns the member's needs afterwards.
pub fn follow_up(
    session: &mut Session,
    staff: &str,
    member_id: Uuid,
    need_id: Uuid,
    status: &str,
    organization: &str,
    note: &str,
) -> UiResult<Vec<NeedLine>> {
    let status = NeedStatus::parse(status).map_err(|_| UiError::app("follow-up-status", staff, Some("status")))?;
    session.record_follow_up(need_id, status, Some(organization), Some(note)).staff(staff)?;
    Ok(session.needs_for(member_id).staff(staff)?.iter().rev().map(|n| need_line(staff, n)).collect())
}
