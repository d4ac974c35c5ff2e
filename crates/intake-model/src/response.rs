//! A response: one administration of one instrument to one member, with its answers.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Answer, Timestamp};

code_enum! {
    pub enum Mode("mode") {
        InPerson = "in-person",
        Phone = "phone",
        Video = "video",
    }
}

/// Who gave the answers. Completeness reports count self-reported and proxy answers apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "kebab-case")]
pub enum Respondent {
    SelfReported,
    ReportedByRelatedPerson { relationship: String },
}

/// The translation status of the locale an item was asked in (spec/languages.md), stored with the answer
/// so a report can tell answers to a reviewed wording from answers to a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    Reference,
    Draft,
    Reviewed,
}

/// What the member agreed to before screening (recorded with the response).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// Agrees to answer, knowing any question may be skipped.
    pub screening: bool,
    /// Agrees that a need may be shared with a community organization for a referral.
    pub share_for_referral: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: Uuid,
    pub member_id: Uuid,
    pub instrument_id: String,
    pub instrument_version: String,
    /// Version of the item wording (the 2017 and 2018 AHC wordings differ).
    pub wording_version: String,
    /// BCP-47 tag of the language the items were asked in.
    pub locale: String,
    pub translation_status: TranslationStatus,
    pub mode: Mode,
    pub interpreter_used: bool,
    pub respondent: Respondent,
    pub consent: Consent,
    pub collected_by: String,
    pub device_id: Uuid,
    pub started_at: Timestamp,
    /// When the screening was finished and saved. A response is stored once, complete; a screening in
    /// progress is not a record (it is a draft of the app's, not synced).
    pub completed_at: Timestamp,
    /// The response this one corrects, if any. The corrected one stays stored, unchanged.
    pub supersedes: Option<Uuid>,
    pub answers: Vec<Answer>,
}

/// "Entered in error": marks a response as not to be used, without changing or deleting it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retraction {
    pub id: Uuid,
    pub response_id: Uuid,
    pub reason: String,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
}
