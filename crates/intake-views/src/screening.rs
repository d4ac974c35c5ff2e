//! A screening, from choosing instruments to the results: start a draft, show each question in the
//! member's language beside the staff language, save every answer as it is given, finish into responses,
//! explain the results, and print a summary for the member.
//!
//! Skip logic and validation come from the instrument (`intake_model::instrument`), so what a screen shows
//! and what the store accepts cannot disagree. The web view only moves between the questions this returns.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use intake_core::{Draft, NeedWithHistory, Recorded, ScreeningContext, Session};
use intake_model::{
    instrument::{Instrument, Item, ItemKind},
    AbsentReason, Answer, AnswerValue, Consent, Mode, Outcome, Respondent, Role,
};

use crate::error::{InStaffLanguage, UiError, UiResult};
use crate::members::{need_line, NeedLine};
use crate::text::{date, l, locale_view, number, t, ta, Lang, LocaleView};

/// The instruments a screening can include, in the order they are asked.
pub const SCREENABLE: [&str; 5] = ["demographics", "ahc-core", "ahc-supp", "digital-access", "navigator-actions"];

/// The newest version of an instrument.
pub fn latest(id: &str) -> Option<&'static Instrument> {
    intake_model::instrument::all().ok()?.iter().filter(|i| i.id == id).last()
}

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentChoice {
    pub id: String,
    pub title: String,
    /// Chosen by default for this role (CHWs: demographics and HRSN core; navigators: digital access).
    pub suggested: bool,
}

pub fn choices(staff: &str, role: Role) -> Vec<InstrumentChoice> {
    SCREENABLE
        .iter()
        .map(|id| InstrumentChoice {
            id: (*id).to_owned(),
            title: t(staff, &format!("{id}-title")),
            suggested: match role {
                Role::Navigator => matches!(*id, "digital-access" | "navigator-actions"),
                _ => matches!(*id, "demographics" | "ahc-core"),
            },
        })
        .collect()
}

/// What the "start a screening" form sends.
#[derive(Debug, Clone, Deserialize)]
pub struct StartForm {
    pub member_id: Uuid,
    pub instruments: Vec<String>,
    pub locale: String,
    pub mode: String,
    pub interpreter_used: bool,
    /// `self` or `proxy`.
    pub respondent: String,
    #[serde(default)]
    pub proxy_relationship: String,
    pub consent_screening: bool,
    pub consent_share: bool,
}

pub fn start(session: &mut Session, staff: &str, form: &StartForm) -> UiResult<Uuid> {
    let locale = crate::text::known_locale(&form.locale).ok_or_else(|| UiError::app("member-language", staff, Some("locale")))?;
    let mode = Mode::parse(&form.mode).map_err(|_| UiError::app("mode", staff, Some("mode")))?;
    let respondent = match form.respondent.as_str() {
        "self" => Respondent::SelfReported,
        "proxy" if !form.proxy_relationship.trim().is_empty() => {
            Respondent::ReportedByRelatedPerson { relationship: form.proxy_relationship.trim().to_owned() }
        }
        "proxy" => return Err(UiError::app("proxy-relationship", staff, Some("proxy_relationship"))),
        _ => return Err(UiError::app("respondent", staff, Some("respondent"))),
    };
    if !form.consent_screening {
        return Err(UiError::app("consent", staff, Some("consent_screening")));
    }
    let mut chosen = Vec::new();
    // Asked in the standard order, whatever order they were ticked in.
    for id in SCREENABLE.iter().filter(|id| form.instruments.iter().any(|c| c == *id)) {
        let instrument = latest(id).ok_or_else(|| UiError::app("instruments", staff, Some("instruments")))?;
        chosen.push((instrument.id.as_str(), instrument.version.as_str()));
    }
    if chosen.is_empty() {
        return Err(UiError::app("instruments", staff, Some("instruments")));
    }
    let context = ScreeningContext {
        locale,
        mode,
        interpreter_used: form.interpreter_used,
        respondent,
        consent: Consent { screening: form.consent_screening, share_for_referral: form.consent_share },
    };
    Ok(session.start_draft(form.member_id, context, &chosen).staff(staff)?.id)
}

/// A text in both languages. `member_fell_back` says the member's language lacks it and English shows.
#[derive(Debug, Clone, Serialize)]
pub struct Both {
    pub member: String,
    pub staff: String,
    pub member_fell_back: bool,
}

fn both(lang: &Lang, id: &str) -> Both {
    let m = l().format_message(&lang.member, id, None);
    Both { member: m.text, staff: t(&lang.staff, id), member_fell_back: m.fell_back }
}

fn option_label(lang: &Lang, option: &intake_model::instrument::AnswerOption) -> Both {
    match &option.label {
        Some(fixed) => Both { member: fixed.clone(), staff: fixed.clone(), member_fell_back: false },
        None => both(lang, &option.message),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct OptionView {
    pub id: String,
    pub label: Both,
    pub exclusive: bool,
    /// Detailed options (race and ethnicity detail) name their category.
    pub parent: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AbsentView {
    pub reason: String,
    pub label: Both,
}

/// The answer given so far, in the shape the inputs need.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AnswerView {
    pub options: Vec<String>,
    pub integer: Option<i64>,
    pub text: Option<String>,
    pub absent: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub instrument: String,
    pub item: String,
    /// `single`, `multi`, `integer`, `date` or `text`.
    pub kind: &'static str,
    pub intro: Option<Both>,
    pub text: Both,
    pub hint: Option<Both>,
    pub options: Vec<OptionView>,
    pub absent: Vec<AbsentView>,
    pub range: Option<(i64, i64)>,
    pub required: bool,
    pub answer: Option<AnswerView>,
    /// "Question 3 of 12", in the staff language.
    pub position: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScreeningView {
    pub draft_id: Uuid,
    pub member_id: Uuid,
    pub member_name: String,
    pub member_locale: LocaleView,
    pub staff_locale: LocaleView,
    /// Shown to staff (never to the member) when the member's language is a draft or missing translation.
    pub staff_notice: Option<String>,
    pub titles: Vec<(String, Both)>,
    pub questions: Vec<QuestionView>,
    pub answered: usize,
    /// Required questions not yet answered: finishing is refused until there are none.
    pub unanswered_required: usize,
    pub progress_label: String,
    /// Percent, for the progress bar.
    pub progress: u32,
}

fn kind_name(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Single => "single",
        ItemKind::Multi => "multi",
        ItemKind::Integer => "integer",
        ItemKind::Date => "date",
        ItemKind::Text => "text",
    }
}

fn answer_view(item: &Item, answer: &Answer) -> AnswerView {
    let option_id = |c: &intake_model::Coding| item.options.iter().find(|o| &o.code == c).map(|o| o.id.clone());
    match &answer.outcome {
        intake_model::AnswerOutcome::Absent { reason, .. } => AnswerView { absent: Some(reason.as_str().to_owned()), ..Default::default() },
        intake_model::AnswerOutcome::Value(v) => match v {
            AnswerValue::Code(c) => AnswerView { options: option_id(c).into_iter().collect(), ..Default::default() },
            AnswerValue::Codes(cs) => AnswerView { options: cs.iter().filter_map(option_id).collect(), ..Default::default() },
            AnswerValue::Integer(n) => AnswerView { integer: Some(*n), ..Default::default() },
            AnswerValue::Date(d) => AnswerView { text: Some(d.to_string()), ..Default::default() },
            AnswerValue::Text(s) => AnswerView { text: Some(s.clone()), ..Default::default() },
        },
    }
}

/// An answer as words, in `tag` (profiles, results, the printed summary).
pub fn answer_text(tag: &str, item: &Item, value: &AnswerValue) -> String {
    let label = |c: &intake_model::Coding| {
        item.options
            .iter()
            .find(|o| &o.code == c)
            .map(|o| o.label.clone().unwrap_or_else(|| t(tag, &o.message)))
            .unwrap_or_else(|| c.code.clone())
    };
    match value {
        AnswerValue::Code(c) => label(c),
        AnswerValue::Codes(cs) => cs.iter().map(label).collect::<Vec<_>>().join(", "),
        AnswerValue::Integer(n) => number(tag, *n),
        AnswerValue::Date(d) => date(tag, *d),
        AnswerValue::Text(s) => s.clone(),
    }
}

struct Loaded {
    draft: Draft,
    member_name: String,
    age: Option<u32>,
    settings: HashMap<String, u32>,
}

fn load(session: &mut Session, staff: &str, draft_id: Uuid) -> UiResult<Loaded> {
    let draft = session.draft(draft_id).staff(staff)?;
    // Not an audited view: this runs on every answer, and opening the member's profile was audited.
    let member = session
        .member_summary(draft.member_id)
        .staff(staff)?
        .ok_or_else(|| UiError::from_core(&intake_core::Error::NotFound("member"), staff))?;
    let age = draft.started_at.date_naive().years_since(member.identity.date_of_birth);
    let settings = session.settings().staff(staff)?;
    Ok(Loaded { draft, member_name: member.identity.display_name(), age, settings })
}

fn view(loaded: &Loaded, staff: &str) -> UiResult<ScreeningView> {
    let draft = &loaded.draft;
    let lang = Lang { staff: staff.to_owned(), member: draft.context.locale.clone() };
    let mut questions = Vec::new();
    let mut titles = Vec::new();
    for entry in draft.instruments.iter().filter(|i| i.saved_response.is_none()) {
        let instrument = intake_model::instrument::find(&entry.id, &entry.version)
            .map_err(|_| UiError::app("instruments", staff, None))?;
        titles.push((instrument.id.clone(), both(&lang, &instrument.title_message())));
        for item in instrument.shown_items(&entry.answers, loaded.age, &loaded.settings) {
            let answer = entry.answers.iter().find(|a| a.item_id == item.id).map(|a| answer_view(item, a));
            questions.push(QuestionView {
                instrument: instrument.id.clone(),
                item: item.id.clone(),
                kind: kind_name(item.kind),
                intro: item.intro.as_deref().map(|id| both(&lang, id)),
                text: both(&lang, &item.message),
                hint: (item.kind == ItemKind::Multi).then(|| both(&lang, "hint-choose-all")),
                options: item
                    .options
                    .iter()
                    .map(|o| OptionView { id: o.id.clone(), label: option_label(&lang, o), exclusive: o.exclusive, parent: o.parent.clone() })
                    .collect(),
                absent: item
                    .absent
                    .iter()
                    .map(|r| AbsentView { reason: r.as_str().to_owned(), label: both(&lang, &format!("answer-{}", r.as_str())) })
                    .collect(),
                range: item.range,
                required: item.required,
                answer,
                position: String::new(),
            });
        }
    }
    let total = questions.len();
    for (i, q) in questions.iter_mut().enumerate() {
        q.position = ta(staff, "app-question-position", &[("n", ((i + 1) as i64).into()), ("total", (total as i64).into())]);
    }
    let answered = questions.iter().filter(|q| q.answer.is_some()).count();
    let unanswered_required = questions.iter().filter(|q| q.required && q.answer.is_none()).count();
    let member_locale = locale_view(&draft.context.locale, staff).ok_or_else(|| UiError::app("member-language", staff, None))?;
    let staff_locale = locale_view(staff, staff).ok_or_else(|| UiError::app("member-language", staff, None))?;
    let staff_notice = match member_locale.status {
        intake_core::l10n::Status::Draft | intake_core::l10n::Status::Missing => Some(member_locale.status_label.clone()),
        _ => None,
    };
    Ok(ScreeningView {
        draft_id: draft.id,
        member_id: draft.member_id,
        member_name: loaded.member_name.clone(),
        member_locale,
        staff_locale,
        staff_notice,
        titles,
        progress_label: ta(staff, "app-progress", &[("answered", (answered as i64).into()), ("total", (total as i64).into())]),
        progress: if total == 0 { 100 } else { (answered * 100 / total) as u32 },
        questions,
        answered,
        unanswered_required,
    })
}

pub fn screening(session: &mut Session, staff: &str, draft_id: Uuid) -> UiResult<ScreeningView> {
    let loaded = load(session, staff, draft_id)?;
    view(&loaded, staff)
}

/// An answer as the screen sends it.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum AnswerInput {
    Options { ids: Vec<String> },
    /// As typed: parsed here, so the screen decides nothing about what a number is.
    Integer { value: String },
    Date { value: String },
    Text { value: String },
    Absent { reason: String },
    Clear,
}

fn to_answer(staff: &str, item: &Item, input: &AnswerInput) -> UiResult<Option<Answer>> {
    let invalid = || UiError::app("answer", staff, Some(&item.id));
    let value = match input {
        AnswerInput::Clear => return Ok(None),
        AnswerInput::Absent { reason } => {
            let reason = AbsentReason::parse(reason).map_err(|_| invalid())?;
            return Ok(Some(Answer::absent(item.id.clone(), reason)));
        }
        AnswerInput::Options { ids } => {
            let codes = ids
                .iter()
                .map(|id| item.options.iter().find(|o| &o.id == id).map(|o| o.code.clone()).ok_or_else(invalid))
                .collect::<UiResult<Vec<_>>>()?;
            match item.kind {
                ItemKind::Single => AnswerValue::Code(codes.into_iter().next().ok_or_else(invalid)?),
                ItemKind::Multi if codes.is_empty() => return Ok(None),
                ItemKind::Multi => AnswerValue::Codes(codes),
                _ => return Err(invalid()),
            }
        }
        AnswerInput::Integer { value } if value.trim().is_empty() => return Ok(None),
        AnswerInput::Integer { value } => AnswerValue::Integer(value.trim().parse().map_err(|_| invalid())?),
        AnswerInput::Date { value } => {
            AnswerValue::Date(NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| invalid())?)
        }
        AnswerInput::Text { value } if value.trim().is_empty() => return Ok(None),
        AnswerInput::Text { value } => AnswerValue::Text(value.trim().to_owned()),
    };
    Ok(Some(Answer::value(item.id.clone(), value)))
}

/// Records one answer (durable when this returns) and gives the screen back with skip logic re-applied.
/// A wrong answer (an option the item lacks, a number out of range) is refused with a message for that
/// question, and nothing is saved.
pub fn answer(session: &mut Session, staff: &str, draft_id: Uuid, instrument_id: &str, item_id: &str, input: &AnswerInput) -> UiResult<ScreeningView> {
    let mut loaded = load(session, staff, draft_id)?;
    let entry = loaded.draft.instrument(instrument_id).ok_or_else(|| UiError::app("answer", staff, None))?;
    let instrument =
        intake_model::instrument::find(&entry.id, &entry.version).map_err(|_| UiError::app("answer", staff, None))?;
    let item = instrument.item(item_id).ok_or_else(|| UiError::app("answer", staff, None))?;
    let answer = to_answer(staff, item, input)?;
    if let Some(answer) = &answer {
        let mut answers = instrument.shown_answers(&entry.answers, loaded.age, &loaded.settings);
        answers.retain(|a| a.item_id != item_id);
        answers.push(answer.clone());
        let answers = instrument.shown_answers(&answers, loaded.age, &loaded.settings);
        if let Err(e) = instrument.validate(&answers, loaded.age, &loaded.settings, false) {
            let key = match e.reason {
                "exclusive-option" => "answer-exclusive",
                "out-of-range" | "not-allowed" => "answer-range",
                _ => "answer",
            };
            return Err(UiError::app(key, staff, Some(item_id)));
        }
    }
    loaded.draft = session.set_draft_answer(draft_id, instrument_id, item_id, answer).staff(staff)?;
    view(&loaded, staff)
}

/// A positive (or not scored) domain, explained in plain words for staff.
#[derive(Debug, Clone, Serialize)]
pub struct DomainResult {
    pub domain: String,
    pub label: String,
    pub outcome: &'static str,
    pub outcome_label: String,
    pub explain: String,
    pub flags: Vec<String>,
    pub discreet: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ResultsView {
    pub member_id: Uuid,
    /// The language the member was asked in (the summary is offered in it).
    pub member_locale: String,
    pub member_name: String,
    pub response_ids: Vec<Uuid>,
    pub domains: Vec<DomainResult>,
    pub needs: Vec<NeedLine>,
    /// A positive safety screen: the screen shows a discreet prompt before anything else.
    pub safety_prompt: Option<String>,
}

fn results(staff: &str, member_id: Uuid, member_locale: String, member_name: String, recorded: &[Recorded], needs: &[NeedWithHistory]) -> ResultsView {
    let mut domains = Vec::new();
    for r in recorded {
        for s in &r.scores {
            let outcome = match s.outcome {
                Outcome::Positive => "positive",
                Outcome::Negative => "negative",
                Outcome::NotScored => "not-scored",
            };
            domains.push(DomainResult {
                domain: s.domain.clone(),
                label: t(staff, &format!("domain-{}", s.domain)),
                outcome,
                outcome_label: t(staff, &format!("outcome-{outcome}")),
                explain: if s.outcome == Outcome::Positive { t(staff, &format!("domain-{}-explain", s.domain)) } else { String::new() },
                flags: s.flags.iter().map(|f| t(staff, &format!("flag-{f}"))).collect(),
                discreet: s.discreet,
            });
        }
    }
    // Positive first, then not scored, then negative: what needs action comes first.
    domains.sort_by_key(|d| match d.outcome {
        "positive" => 0,
        "not-scored" => 1,
        _ => 2,
    });
    let opened: Vec<Uuid> = recorded.iter().flat_map(|r| r.needs.iter().map(|n| n.id)).collect();
    let safety = domains.iter().any(|d| d.discreet && d.outcome == "positive");
    ResultsView {
        member_id,
        member_locale,
        member_name,
        response_ids: recorded.iter().map(|r| r.response.id).collect(),
        domains,
        needs: needs.iter().filter(|n| opened.contains(&n.need.id)).map(|n| need_line(staff, n)).collect(),
        safety_prompt: safety.then(|| t(staff, "safety-discreet-prompt")),
    }
}

/// Saves every instrument of the screening and explains what it found. Refused, with the first unanswered
/// required question named, while any required question is unanswered.
pub fn finish(session: &mut Session, staff: &str, draft_id: Uuid) -> UiResult<ResultsView> {
    let loaded = load(session, staff, draft_id)?;
    let current = view(&loaded, staff)?;
    if let Some(q) = current.questions.iter().find(|q| q.required && q.answer.is_none()) {
        return Err(UiError::app("required-unanswered", staff, Some(&q.item)));
    }
    let recorded = session.finish_draft(draft_id).staff(staff)?;
    let needs = session.needs_for(loaded.draft.member_id).staff(staff)?;
    Ok(results(staff, loaded.draft.member_id, loaded.draft.context.locale.clone(), loaded.member_name, &recorded, &needs))
}

/// A screening in progress, as a list row (profile, supervisor).
#[derive(Debug, Clone, Serialize)]
pub struct DraftLine {
    pub draft_id: Uuid,
    pub member_id: Uuid,
    pub instruments: String,
    pub by: String,
    pub started_on: String,
    pub answered: usize,
}

pub fn draft_line(staff: &str, d: &Draft) -> DraftLine {
    DraftLine {
        draft_id: d.id,
        member_id: d.member_id,
        instruments: d.instruments.iter().map(|i| t(staff, &format!("{}-title", i.id))).collect::<Vec<_>>().join(", "),
        by: d.created_by.clone(),
        started_on: date(staff, d.started_at.date_naive()),
        answered: d.instruments.iter().map(|i| i.answers.len()).sum(),
    }
}

/// The printed summary for the member, in the member's language: what was found and what was done.
/// A positive safety screen is left off on purpose: the paper may be seen by the person the member fears.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub locale: LocaleView,
    pub title: String,
    pub member_name: String,
    pub date: String,
    pub intro: String,
    pub needs: Vec<SummaryNeed>,
    pub none_found: Option<String>,
    pub footer: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SummaryNeed {
    pub label: String,
    pub explain: String,
    pub status: String,
    pub organization: Option<String>,
}

pub fn summary(session: &mut Session, staff: &str, member_id: Uuid, locale: &str) -> UiResult<Summary> {
    let member = session.member(member_id).staff(staff)?;
    let tag = crate::text::known_locale(locale).unwrap_or_else(|| "en".to_owned());
    let today = Utc::now().date_naive();
    let needs: Vec<SummaryNeed> = session
        .needs_for(member_id)
        .staff(staff)?
        .iter()
        .filter(|n| n.need.domain != "interpersonal-safety")
        .filter(|n| !matches!(n.status(), intake_model::NeedStatus::Resolved))
        .map(|n| SummaryNeed {
            label: t(&tag, &format!("domain-{}", n.need.domain)),
            explain: t(&tag, &format!("app-summary-explain-{}", n.need.domain)),
            status: t(&tag, &format!("follow-up-status-{}", n.status().as_str())),
            organization: n.follow_ups.iter().rev().find_map(|f| f.organization.clone()),
        })
        .collect();
    Ok(Summary {
        locale: locale_view(&tag, staff).ok_or_else(|| UiError::app("member-language", staff, None))?,
        title: t(&tag, "app-summary-title"),
        member_name: member.identity.display_name(),
        date: date(&tag, today),
        intro: t(&tag, "app-summary-intro"),
        none_found: needs.is_empty().then(|| t(&tag, "app-summary-none")),
        needs,
        footer: t(&tag, "app-summary-footer"),
    })
}
