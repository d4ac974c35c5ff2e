//! An answer: exactly one of a value or a reason it is absent.

use serde::{Deserialize, Serialize};


/// A code in a code system, e.g. LOINC `LA31993-1`, CDC race `2054-5`, a local code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Coding {
    pub system: String,
    pub code: String,
}

impl Coding {
    pub fn new(system: impl Into<String>, code: impl Into<String>) -> Self {
        Self { system: system.into(), code: code.into() }
    }
}

code_enum! {
    /// Why an item has no value (FHIR `data-absent-reason`). "Choose not to answer" is a *complete*
    /// answer for completeness reports; `NotAsked` is not.
    pub enum AbsentReason("absent reason") {
        AskedDeclined = "asked-declined",
        AskedUnknown = "asked-unknown",
        NotAsked = "not-asked",
    }
}

/// What a member answered. Answer options are stored by code, never by their translated text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum AnswerValue {
    /// One option of a single-choice item.
    Code(Coding),
    /// The options of a choose-all-that-apply item (never empty: "none of the above" is itself a code).
    Codes(Vec<Coding>),
    Integer(i64),
    Date(chrono::NaiveDate),
    /// A write-in ("another group, please describe"). PHI: it never leaves the encrypted store but in a batch.
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerOutcome {
    Value(AnswerValue),
    Absent {
        reason: AbsentReason,
        /// Why it was not asked, when `reason` is `not-asked` (e.g. "member had to leave").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The instrument's stable item id (e.g. `ahc-core.living-situation`).
    pub item_id: String,
    pub outcome: AnswerOutcome,
}

impl Answer {
    pub fn value(item_id: impl Into<String>, value: AnswerValue) -> Self {
        Self { item_id: item_id.into(), outcome: AnswerOutcome::Value(value) }
    }

    pub fn absent(item_id: impl Into<String>, reason: AbsentReason) -> Self {
        Self { item_id: item_id.into(), outcome: AnswerOutcome::Absent { reason, note: None } }
    }

    pub fn absent_reason(&self) -> Option<AbsentReason> {
        match &self.outcome {
            AnswerOutcome::Value(_) => None,
            AnswerOutcome::Absent { reason, .. } => Some(*reason),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_serialises_as_value_or_absent_reason() {
        let a = Answer::value("food-worry", AnswerValue::Code(Coding::new("http://loinc.org", "LA6729-3")));
        let json = serde_json::to_value(&a).expect("serialise");
        assert_eq!(json["outcome"]["value"]["type"], "code");
        let d = Answer::absent("food-worry", AbsentReason::AskedDeclined);
        let json = serde_json::to_value(&d).expect("serialise");
        assert_eq!(json["outcome"]["absent"]["reason"], "asked-declined");
        let back: Answer = serde_json::from_value(json).expect("deserialise");
        assert_eq!(back.absent_reason(), Some(AbsentReason::AskedDeclined));
    }

    #[test]
    fn absent_reasons_use_fhir_codes() {
        let names: Vec<_> = AbsentReason::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(names, ["asked-declined", "asked-unknown", "not-asked"]);
        assert!(AbsentReason::parse("unknown").is_err());
    }
}
