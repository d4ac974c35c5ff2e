//! What one response says for reports, worked out once when it arrives.
//!
//! Reports ask the same few questions of every response: did it answer race and ethnicity, and into which
//! reporting group does the answer fall; which language; disability status; sexual orientation; gender
//! identity; was it an HRSN screening, and which domains were positive; was it reported by a proxy. Asking
//! them of every answer row at report time would read millions of rows; asking them once at ingest and
//! storing the result (`response_facts`, a few dozen bytes of JSON) lets a report read one short row per
//! response. The rules here are the only place these groupings are defined; a change to them is a change
//! to [`FACTS_VERSION`], and `Hub::open` recomputes older rows from the stored response bodies.

use std::collections::BTreeMap;

use intake_model::instrument::{self, Instrument};
use intake_model::scoring::{Outcome, ScoringContext};
use intake_model::{AbsentReason, AnswerOutcome, AnswerValue, Respondent, Response};
use serde::{Deserialize, Serialize};

/// Bumped whenever [`summarize`] would give a different answer for the same response.
pub const FACTS_VERSION: i64 = 2;

intake_model::code_enum! {
    /// What completeness is measured for (spec/hub.md): five demographic answers and an HRSN screening.
    pub enum Measure("measure") {
        RaceEthnicity = "race-ethnicity",
        Language = "language",
        Disability = "disability",
        SexualOrientation = "sexual-orientation",
        GenderIdentity = "gender-identity",
        Hrsn = "hrsn",
    }
}

/// A member's answer to one measure. `Answered` carries the reporting group (an option id of the
/// instrument, such as `asian`, `es` or `straight`; `multiracial`, `yes`/`no` for disability, `screened`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Answered(String),
    Declined,
    Unknown,
    NotAsked,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseFacts {
    /// Reported by a related person rather than the member.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub proxy: bool,
    /// Only the measures this response asked about.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub measures: BTreeMap<String, Status>,
    /// HRSN domains that scored positive (only on an HRSN screening).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positive: Vec<String>,
}

impl ResponseFacts {
    pub fn status(&self, measure: Measure) -> Option<&Status> {
        self.measures.get(measure.as_str())
    }
}

/// The instrument whose screening counts as "an HRSN screening", and whose domains equity reports rate.
pub const HRSN_INSTRUMENT: &str = "ahc-core";
const DEMOGRAPHICS: &str = "demographics";
/// A race and ethnicity answer with two or more categories (OMB SPD-15 reports them together).
pub const MULTIRACIAL: &str = "multiracial";
const DISABILITY_ITEMS: [&str; 6] = ["hearing", "seeing", "concentrating", "walking", "dressing", "errands"];

/// The facts of one response. An instrument the hub does not know yields only the respondent.
pub fn summarize(response: &Response) -> ResponseFacts {
    let mut facts = ResponseFacts {
        proxy: matches!(response.respondent, Respondent::ReportedByRelatedPerson { .. }),
        ..ResponseFacts::default()
    };
    let Ok(instrument) = instrument::find(&response.instrument_id, &response.instrument_version) else {
        return facts;
    };
    match instrument.id.as_str() {
        DEMOGRAPHICS => {
            let single = |item: &str| answer(response, item).map(|o| status_of(instrument, item, o, false));
            let race = answer(response, "race-ethnicity").map(|o| status_of(instrument, "race-ethnicity", o, true));
            for (measure, status) in [
                (Measure::RaceEthnicity, race),
                (Measure::Language, single("language-spoken")),
                (Measure::Disability, disability(response)),
                (Measure::SexualOrientation, single("sexual-orientation")),
                (Measure::GenderIdentity, single("gender-identity")),
            ] {
                if let Some(s) = status {
                    facts.measures.insert(measure.as_str().to_owned(), s);
                }
            }
        }
        HRSN_INSTRUMENT => {
            facts.measures.insert(Measure::Hrsn.as_str().to_owned(), screening(response));
            facts.positive = instrument
                .score(&response.answers, &ScoringContext::default())
                .into_iter()
                .filter(|d| d.outcome == Outcome::Positive)
                .map(|d| d.domain)
                .collect();
        }
        _ => {}
    }
    facts
}

fn answer<'a>(response: &'a Response, item: &str) -> Option<&'a AnswerOutcome> {
    response.answers.iter().find(|a| a.item_id == item).map(|a| &a.outcome)
}

fn absent(reason: AbsentReason) -> Status {
    match reason {
        AbsentReason::AskedDeclined => Status::Declined,
        AbsentReason::AskedUnknown => Status::Unknown,
        AbsentReason::NotAsked => Status::NotAsked,
    }
}

/// The reporting group of an answer: the chosen option's id; for race and ethnicity (`categories`), the
/// one category chosen (a detailed group counts under its category) or `multiracial`.
fn status_of(instrument: &Instrument, item_id: &str, outcome: &AnswerOutcome, categories: bool) -> Status {
    let value = match outcome {
        AnswerOutcome::Absent { reason, .. } => return absent(*reason),
        AnswerOutcome::Value(v) => v,
    };
    let codes: Vec<_> = match value {
        AnswerValue::Code(c) => vec![c],
        AnswerValue::Codes(cs) => cs.iter().collect(),
        _ => Vec::new(),
    };
    let Some(item) = instrument.item(item_id) else { return Status::NotAsked };
    let mut groups: Vec<&str> = codes
        .iter()
        .filter_map(|c| item.options.iter().find(|o| &o.code == *c))
        .map(|o| if categories { o.parent.as_deref().unwrap_or(&o.id) } else { o.id.as_str() })
        .collect();
    groups.sort_unstable();
    groups.dedup();
    match groups.as_slice() {
        [] => Status::Answered("other".to_owned()),
        [one] => Status::Answered((*one).to_owned()),
        _ => Status::Answered(MULTIRACIAL.to_owned()),
    }
}

/// Disability status for reports (spec/demographics.md): Yes to any of the six ACS questions is `yes`; No to
/// every one asked is `no`; otherwise the member declined, did not know, or was not asked.
fn disability(response: &Response) -> Option<Status> {
    let outcomes: Vec<&AnswerOutcome> = DISABILITY_ITEMS.iter().filter_map(|i| answer(response, i)).collect();
    if outcomes.is_empty() {
        return None;
    }
    let is_yes = |o: &&AnswerOutcome| matches!(o, AnswerOutcome::Value(AnswerValue::Code(c)) if c.code == "LA33-6");
    let reasons: Vec<AbsentReason> = outcomes
        .iter()
        .filter_map(|o| match o {
            AnswerOutcome::Absent { reason, .. } => Some(*reason),
            AnswerOutcome::Value(_) => None,
        })
        .collect();
    // Items the screener skipped (`not-asked`) say nothing either way; a declined or unknown item leaves
    // the status open unless another item is Yes.
    let answered = outcomes.iter().any(|o| matches!(o, AnswerOutcome::Value(_)));
    Some(if outcomes.iter().any(is_yes) {
        Status::Answered("yes".to_owned())
    } else if reasons.contains(&AbsentReason::AskedDeclined) {
        Status::Declined
    } else if reasons.contains(&AbsentReason::AskedUnknown) {
        Status::Unknown
    } else if answered {
        Status::Answered("no".to_owned())
    } else {
        Status::NotAsked
    })
}

/// An HRSN screening counts as answered if the member answered any item; one where every item was
/// declined is a declined screening.
fn screening(response: &Response) -> Status {
    let reasons: Vec<Option<AbsentReason>> = response.answers.iter().map(|a| a.absent_reason()).collect();
    if reasons.iter().any(Option::is_none) {
        Status::Answered("screened".to_owned())
    } else if reasons.contains(&Some(AbsentReason::AskedDeclined)) {
        Status::Declined
    } else if reasons.contains(&Some(AbsentReason::AskedUnknown)) {
        Status::Unknown
    } else {
        Status::NotAsked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use intake_model::{Answer, Coding, Consent, Mode, TranslationStatus};

    fn response(instrument: &str, answers: Vec<Answer>) -> Response {
        let at = chrono::Utc::now();
        Response {
            id: intake_model::new_id(),
            member_id: intake_model::new_id(),
            instrument_id: instrument.into(),
            instrument_version: instrument::all().expect("instruments").iter().find(|i| i.id == instrument).expect("known").version.clone(),
            wording_version: "1".into(),
            locale: "en".into(),
            translation_status: TranslationStatus::Reference,
            mode: Mode::InPerson,
            interpreter_used: false,
            respondent: Respondent::SelfReported,
            consent: Consent { screening: true, share_for_referral: false },
            collected_by: "chw".into(),
            device_id: intake_model::new_id(),
            started_at: at,
            completed_at: at,
            supersedes: None,
            answers,
        }
    }

    fn cdc(code: &str) -> Coding {
        Coding::new("urn:oid:2.16.840.1.113883.6.238", code)
    }

    fn check(answers: Vec<Answer>, measure: Measure, expected: Option<Status>) {
        let facts = summarize(&response("demographics", answers));
        assert_eq!(facts.status(measure), expected.as_ref(), "{measure:?}");
    }

    #[test]
    fn race_groups_count_detailed_answers_under_their_category() {
        let race = |codes: &[&str]| Answer::value("race-ethnicity", AnswerValue::Codes(codes.iter().map(|c| cdc(c)).collect()));
        check(vec![race(&["2034-7"])], Measure::RaceEthnicity, Some(Status::Answered("asian".into())));
        check(vec![race(&["2028-9", "2034-7", "2039-6"])], Measure::RaceEthnicity, Some(Status::Answered("asian".into())));
        check(vec![race(&["2034-7", "2106-3"])], Measure::RaceEthnicity, Some(Status::Answered(MULTIRACIAL.into())));
        check(vec![Answer::absent("race-ethnicity", AbsentReason::AskedDeclined)], Measure::RaceEthnicity, Some(Status::Declined));
        check(vec![], Measure::RaceEthnicity, None);
    }

    #[test]
    fn disability_is_yes_to_any_and_no_only_to_all_asked() {
        let yes_no = |item: &str, yes: bool| {
            Answer::value(item, AnswerValue::Code(Coding::new("http://loinc.org", if yes { "LA33-6" } else { "LA32-8" })))
        };
        let all_no: Vec<Answer> = DISABILITY_ITEMS.iter().map(|i| yes_no(i, false)).collect();
        check(all_no.clone(), Measure::Disability, Some(Status::Answered("no".into())));
        let mut one_yes = all_no.clone();
        one_yes[3] = yes_no("walking", true);
        check(one_yes, Measure::Disability, Some(Status::Answered("yes".into())));
        let mut skipped = all_no.clone();
        skipped[5] = Answer::absent("errands", AbsentReason::NotAsked);
        check(skipped, Measure::Disability, Some(Status::Answered("no".into())));
        let mut declined = all_no;
        declined[0] = Answer::absent("hearing", AbsentReason::AskedDeclined);
        check(declined, Measure::Disability, Some(Status::Declined));
    }

    #[test]
    fn facts_round_trip_as_short_json() {
        let mut r = response("demographics", vec![Answer::absent("sexual-orientation", AbsentReason::AskedUnknown)]);
        r.respondent = Respondent::ReportedByRelatedPerson { relationship: "daughter".into() };
        let facts = summarize(&r);
        let json = serde_json::to_string(&facts).expect("json");
        assert_eq!(json, r#"{"proxy":true,"measures":{"sexual-orientation":"unknown"}}"#);
        assert_eq!(serde_json::from_str::<ResponseFacts>(&json).expect("parse"), facts);
    }
}
