//! FHIR R4 (4.0.1) NDJSON export, FHIR Bulk Data style: `Patient.ndjson`, `QuestionnaireResponse.ndjson` and
//! `Observation.ndjson`, one resource per line, for EHRs and data warehouses that load SDOH data.
//!
//! It streams: each file is written through a buffer while the rows are read, so an export of 100,000
//! members and 300,000 responses holds one member (or one response) at a time, plus the ids of retracted
//! and superseded responses (corrections are few). Output is deterministic: Patients by member id;
//! QuestionnaireResponses by member, `completed_at`, id; Observations in the same order, then by the
//! order of the answers in the response.
//!
//! What is exported. A retracted response is not ("entered in error"); a response that another names in
//! `supersedes` is not (its correction is); a retracted correction still hides what it corrected, as on
//! the device. With `since`, only records whose batch arrived after it (`batches.received_at`), and the
//! Patient of every member who has a version, response or retraction among them (always the member's
//! latest version, with the race and ethnicity of all their responses).
//!
//! Patient: id = member id; identifiers MassHealth id (`urn:equity-intake:masshealth-id`, type v2-0203
//! `MA` Patient Medicaid number) and MRN (`urn:equity-intake:mrn:<site>`, since an MRN is only unique
//! within its health center; type `MR`); name; birthDate. No `meta.profile`: US Core Patient requires
//! `gender` (administrative gender), which the app does not collect (sex assigned at birth and gender
//! identity are different questions, exported as Observations), and an identifier, which a member
//! without a MassHealth card or MRN does not have.
//!
//! Race and ethnicity (US Core extensions), from the member's latest non-retracted answer to
//! `demographics`/`race-ethnicity` that was asked ("not asked" leaves the earlier answer standing). The
//! app asks the OMB 2024 combined question; US Core carries the 1997 two-question model, so:
//!
//! | answer                         | us-core-race                                     | us-core-ethnicity          |
//! |--------------------------------|--------------------------------------------------|----------------------------|
//! | Asian + White                  | omb 2028-9, 2106-3; text "Asian, White"          | omb 2186-5                 |
//! | Chinese (detailed only)        | omb 2028-9, detailed 2034-7; text "Asian"        | omb 2186-5                 |
//! | Hispanic or Latino alone       | no ombCategory; text "Hispanic or Latino"        | omb 2135-2                 |
//! | Hispanic + Black, Puerto Rican | omb 2054-5; text "Black or African American, Hispanic or Latino" | omb 2135-2, detailed 2180-8 |
//! | MENA (+ Lebanese)              | omb 2106-3, detailed 2118-8 (2123-8); text "Middle Eastern or North African" | omb 2186-5 |
//! | Another group only             | no ombCategory; text "Another group"             | omb 2186-5                 |
//! | Choose not to answer           | omb ASKU (v3-NullFlavor); text "Declined"        | omb ASKU; text "Declined"  |
//! | Don't know                     | omb UNK (v3-NullFlavor); text "Unknown"          | omb UNK; text "Unknown"    |
//! | never asked / not asked        | no extension                                     | no extension               |
//!
//! The race `text` names every category the member chose, Hispanic and MENA included: it is the only
//! place in the Patient where the member's own answer survives the lossy 1997 mapping (the
//! QuestionnaireResponse keeps every selection). The ethnicity text is "Hispanic or Latino" or "Not
//! Hispanic or Latino". Detailed groups the CDC code system lacks (Tibetan, Cape Verdean, ...: `local:`
//! codes) cannot go in `detailed` (its binding is required), so they appear only under their category.
//! A null flavor is never beside a category or a detailed code.
//!
//! QuestionnaireResponse per exported response: `questionnaire` = `http://loinc.org/q/<panel>` when the
//! instrument has a LOINC panel, else `urn:equity-intake:questionnaire:<id>|<version>`; status completed;
//! subject and, for a self-reported response, `source` = the Patient (a proxy has no resource to point
//! to); the respondent is an extension `urn:equity-intake:extension:respondent` (valueCoding, the SDOH
//! Clinical Care method codes below) and, for a proxy, `urn:equity-intake:extension:respondent-relationship`
//! (valueString). Items: linkId = the instrument's item id (the LOINC item codes are on the Observations;
//! QuestionnaireResponse.item has no code element); answers valueCoding / valueInteger / valueDate /
//! valueString, one answer per selected option; an absent answer keeps its item with no answer and the
//! standard `data-absent-reason` extension (valueCode asked-declined, asked-unknown or not-asked). The
//! screener's "not asked" note is not exported. No `display`s anywhere: the wording lives in the app's
//! translation files, which the hub does not carry, and an export must not invent displays.
//!
//! Observation per answer of the instruments that describe the member (demographics, AHC core and
//! supplemental, digital access; not consent, navigator actions or follow-up, which stay
//! QuestionnaireResponses), following SDOH Clinical Care's screening-response pattern:
//! - id `<response id>-<item id>` (`<response id>.<answer position>` if that would exceed 64 characters);
//! - status final; code = the item's LOINC, else `urn:equity-intake:item|<instrument>/<item>`;
//!   effectiveDateTime = completed_at; subject; `derivedFrom` the QuestionnaireResponse;
//! - value: valueCodeableConcept / valueInteger / valueDateTime (Observation has no valueDate) /
//!   valueString (write-ins are member data and go out); a choose-all-that-apply answer is one
//!   `component` per selected option (code = the item's code), as SDOH Clinical Care's multi-select
//!   example does, since one CodeableConcept's codings must mean the same thing; an absent answer has
//!   `dataAbsentReason` (data-absent-reason asked-declined / asked-unknown / not-asked) and no value;
//! - `method` = SDOHCC-CodeSystemTemporaryCodes `self-reported` or `reported-by-related-person`;
//! - `interpretation` POS (v3-ObservationInterpretation) when the answer indicates a need: its domain
//!   scored positive for this response (the instrument's own scoring, as on the device) and the answer
//!   is one that makes the rule hold: for "any of" rules, one of the rule's codes was chosen (so "Never
//!   true" beside "Often true" in a positive food domain is not POS); for sums (AHC safety, PHQ-2), an
//!   answer that scored above the item's lowest option, when the sum reached the threshold; for
//!   products (exercise days x minutes), every number, when the product is below the threshold.
//!   Nothing is marked on other answers (no NEG: a negative item does not make a negative screen);
//! - a domain with a computed total and a code (AHC safety, 95614-4) also gets an Observation of the
//!   total (`<response id>.total-<domain>`), POS when the domain is positive.
//!
//! Categories: always observation-category `survey`; HRSN and digital-access answers add US Core
//! category `sdoh` (`http://hl7.org/fhir/us/core/CodeSystem/us-core-category`; SDOHCC has no `sdoh`
//! code) and the SDOHCC domain: housing-instability (living situation also `homelessness`),
//! housing-quality -> inadequate-housing, food -> food-insecurity, transportation ->
//! transportation-insecurity, utilities -> utility-insecurity, interpersonal-safety ->
//! intimate-partner-violence (the AHC safety items are the HITS tool, which Gravity files under IPV),
//! financial-strain -> financial-insecurity, employment -> employment-status, family-community-support
//! -> social-connection, education -> educational-attainment, stress -> stress, language at home and
//! the language items -> language-access, digital-access and digital-literacy (unscored digital items ->
//! digital-access). Disability items (both instruments): US Core `disability-status`. Race, ethnicity
//! and SOGI: `social-history` and SDOHCC `personal-characteristic`. Substance use and physical activity:
//! `social-history`. PHQ-2: `survey` only (a clinical screen, not a social need).

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use intake_model as model;
use intake_model::instrument::{Instrument, Item};
use intake_model::scoring::{Outcome, Rule, ScoringContext};
use intake_model::{AbsentReason, Answer, AnswerOutcome, AnswerValue, Respondent};
use serde::{Serialize, Serializer};

use super::{io_error, ExportError, ExportFile, Withdrawn};
use crate::db::{Db, DbError, Row, Tx, Value};
use crate::hub::stamp;

const CDC: &str = "urn:oid:2.16.840.1.113883.6.238";
const NULL_FLAVOR: &str = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
const US_CORE_RACE: &str = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
const US_CORE_ETHNICITY: &str = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";
const US_CORE_CATEGORY: &str = "http://hl7.org/fhir/us/core/CodeSystem/us-core-category";
const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const SDOHCC: &str = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
const DATA_ABSENT_REASON: &str = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
const DATA_ABSENT_REASON_EXTENSION: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
const INTERPRETATION: &str = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
const IDENTIFIER_TYPE: &str = "http://terminology.hl7.org/CodeSystem/v2-0203";
const LOINC: &str = "http://loinc.org";
const LOCAL_ITEM: &str = "urn:equity-intake:item";
const MASSHEALTH_ID: &str = "urn:equity-intake:masshealth-id";
const RESPONDENT_EXTENSION: &str = "urn:equity-intake:extension:respondent";
const RELATIONSHIP_EXTENSION: &str = "urn:equity-intake:extension:respondent-relationship";

const DEMOGRAPHICS: &str = "demographics";
const RACE_ITEM: &str = "race-ethnicity";
/// The instruments whose answers describe the member, and so become Observations.
const OBSERVED: [&str; 4] = [DEMOGRAPHICS, "ahc-core", "ahc-supp", "digital-access"];

/// Writes `Patient.ndjson`, `QuestionnaireResponse.ndjson` and `Observation.ndjson` into `out`.
pub fn write(db: &Db, out: &Path, since: Option<chrono::DateTime<chrono::Utc>>) -> Result<Vec<ExportFile>, ExportError> {
    super::private_dir(out)?;
    let plans = plans()?;
    let race_item = model::instrument::all()
        .map_err(|_| ExportError::Stored("instrument"))?
        .iter()
        .filter(|i| i.id == DEMOGRAPHICS)
        .find_map(|i| i.item(RACE_ITEM));
    let since = since.map(|t| Value::Text(stamp(t)));
    let mut patients = Out::create(out, "Patient.ndjson")?;
    let mut questionnaires = Out::create(out, "QuestionnaireResponse.ndjson")?;
    let mut observations = Out::create(out, "Observation.ndjson")?;
    // One read transaction: the three files describe one snapshot, and ingest goes on meanwhile.
    db.with_read(|tx| -> Result<(), ExportError> {
        let hidden = Withdrawn::load(tx)?;
        write_patients(tx, since.as_ref(), &hidden, race_item, &mut patients)?;
        write_responses(tx, since.as_ref(), &hidden, &plans, &mut questionnaires, &mut observations)
    })?;
    Ok(vec![patients.finish()?, questionnaires.finish()?, observations.finish()?])
}

// ---- reading ------------------------------------------------------------------------------------------

/// Runs `each` on every row; an export error stops the query and is returned as itself (a row callback
/// can only return a `DbError`).
fn each_row(tx: &mut dyn Tx, sql: &str, params: &[Value], mut each: impl FnMut(Row) -> Result<(), ExportError>) -> Result<(), ExportError> {
    let mut failed = None;
    let result = tx.query_each(sql, params, &mut |row| {
        each(row).map_err(|e| {
            failed = Some(e);
            DbError::Stored("export row")
        })
    });
    match failed {
        Some(e) => Err(e),
        None => result.map_err(ExportError::from),
    }
}


/// Every member's versions and race answers in one stream ordered by member, so a Patient is written as
/// soon as its member's rows have passed. Kind `v`: a version (site, body); `r`: a race and ethnicity
/// answer (value, absent reason); `c` (incremental only): something of the member's arrived since.
const PATIENT_ROWS: &str = "
    SELECT member_id, 'v', recorded_at, version_id, site, body, CAST(NULL AS TEXT), CAST(NULL AS TEXT)
    FROM member_versions
    UNION ALL
    SELECT r.member_id, 'r', r.completed_at, r.id, CAST(NULL AS TEXT), CAST(NULL AS TEXT), a.value, a.absent_reason
    FROM responses r JOIN answers a ON a.response_id = r.id
    WHERE r.instrument_id = 'demographics' AND a.item_id = 'race-ethnicity'";
const PATIENT_CHANGES: &str = "
    UNION ALL
    SELECT v.member_id, 'c', '', '', CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT)
    FROM member_versions v JOIN batches b ON b.batch_id = v.batch_id WHERE b.received_at > ?1
    UNION ALL
    SELECT r.member_id, 'c', '', '', CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT)
    FROM responses r JOIN batches b ON b.batch_id = r.batch_id WHERE b.received_at > ?1
    UNION ALL
    SELECT r.member_id, 'c', '', '', CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT)
    FROM retractions x JOIN responses r ON r.id = x.response_id JOIN batches b ON b.batch_id = x.batch_id
    WHERE b.received_at > ?1";

/// One member's rows so far.
struct Member {
    id: String,
    /// Site and body of the latest version.
    latest: Option<(String, String)>,
    race: Option<RaceEthnicity>,
    changed: bool,
}

fn write_patients<W: Write>(
    tx: &mut dyn Tx,
    since: Option<&Value>,
    hidden: &Withdrawn,
    race_item: Option<&'static Item>,
    out: &mut Out<W>,
) -> Result<(), ExportError> {
    let (sql, params) = match since {
        Some(s) => (format!("{PATIENT_ROWS} {PATIENT_CHANGES} ORDER BY 1, 2, 3, 4"), vec![s.clone()]),
        None => (format!("{PATIENT_ROWS} ORDER BY 1, 2, 3, 4"), Vec::new()),
    };
    let mut member: Option<Member> = None;
    let flush = |m: Member, out: &mut Out<W>| match m.latest {
        Some((site, body)) if m.changed => write_patient(out, &m.id, &site, &body, m.race.as_ref()),
        _ => Ok(()),
    };
    each_row(tx, &sql, &params, |row| {
        let member_id = row.text(0)?;
        if member.as_ref().is_none_or(|m| m.id != member_id) {
            if let Some(done) = member.take() {
                flush(done, out)?;
            }
            member = Some(Member { id: member_id, latest: None, race: None, changed: since.is_none() });
        }
        let Some(m) = member.as_mut() else { return Ok(()) };
        match row.text(1)?.as_str() {
            "v" => m.latest = Some((row.text(4)?, row.text(5)?)),
            "r" if !hidden.contains(&row.text(3)?) => {
                let outcome = stored_outcome(row.opt_text(6)?, row.opt_text(7)?)?;
                // A later "not asked" (or an answer with no known category) leaves the earlier answer.
                if let Some(mapped) = race_item.and_then(|item| race_ethnicity(item, &outcome)) {
                    m.race = Some(mapped);
                }
            }
            "c" => m.changed = true,
            _ => {}
        }
        Ok(())
    })?;
    match member {
        Some(m) => flush(m, out),
        None => Ok(()),
    }
}

/// An answer as the `answers` table stores it: the value's JSON, or an absent reason.
fn stored_outcome(value: Option<String>, reason: Option<String>) -> Result<AnswerOutcome, ExportError> {
    match (value, reason) {
        (Some(v), None) => serde_json::from_str(&v).map(AnswerOutcome::Value).map_err(|_| ExportError::Stored("answer")),
        (None, Some(r)) => {
            AbsentReason::parse(&r).map(|reason| AnswerOutcome::Absent { reason, note: None }).map_err(|_| ExportError::Stored("answer"))
        }
        _ => Err(ExportError::Stored("answer")),
    }
}

fn write_responses<W: Write>(
    tx: &mut dyn Tx,
    since: Option<&Value>,
    hidden: &Withdrawn,
    plans: &[InstrumentPlan],
    questionnaires: &mut Out<W>,
    observations: &mut Out<W>,
) -> Result<(), ExportError> {
    let (sql, params) = match since {
        Some(s) => (
            "SELECT r.id, r.completed_at, r.body FROM responses r JOIN batches b ON b.batch_id = r.batch_id
             WHERE b.received_at > ?1 ORDER BY r.member_id, r.completed_at, r.id",
            vec![s.clone()],
        ),
        None => ("SELECT id, completed_at, body FROM responses ORDER BY member_id, completed_at, id", Vec::new()),
    };
    let mut id_buffer = String::with_capacity(64);
    each_row(tx, sql, &params, |row| {
        if hidden.contains(&row.text(0)?) {
            return Ok(());
        }
        let completed_at = row.text(1)?;
        let response: model::Response = serde_json::from_str(&row.text(2)?).map_err(|_| ExportError::Stored("response"))?;
        let plan = plans.iter().find(|p| p.instrument.id == response.instrument_id && p.instrument.version == response.instrument_version);
        let ids = ResponseIds::new(&response);
        write_questionnaire_response(questionnaires, plan, &ids, &completed_at, &response)?;
        if let Some(plan) = plan.filter(|p| p.observed) {
            write_observations(observations, plan, &ids, &completed_at, &response, &mut id_buffer)?;
        }
        Ok(())
    })
}

// ---- writing ------------------------------------------------------------------------------------------

/// One NDJSON file being written.
struct Out<W: Write> {
    path: PathBuf,
    w: W,
    records: u64,
}

impl Out<BufWriter<File>> {
    fn create(dir: &Path, name: &str) -> Result<Self, ExportError> {
        let path = dir.join(name);
        let file = File::create(&path).map_err(io_error(&path))?;
        Ok(Out { w: BufWriter::with_capacity(1 << 16, file), path, records: 0 })
    }

    fn finish(mut self) -> Result<ExportFile, ExportError> {
        self.w.flush().map_err(io_error(&self.path))?;
        let name = self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Ok(ExportFile { name, records: self.records })
    }
}

impl<W: Write> Out<W> {
    fn line(&mut self, resource: &impl Serialize) -> Result<(), ExportError> {
        serde_json::to_writer(&mut self.w, resource)
            .map_err(std::io::Error::from)
            .and_then(|()| self.w.write_all(b"\n"))
            .map_err(io_error(&self.path))?;
        self.records += 1;
        Ok(())
    }
}

// ---- FHIR datatypes, as far as the export needs them ------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
struct Coding<'a> {
    system: &'a str,
    code: &'a str,
}

const fn coding<'a>(system: &'a str, code: &'a str) -> Coding<'a> {
    Coding { system, code }
}

impl<'a> From<&'a model::Coding> for Coding<'a> {
    fn from(c: &'a model::Coding) -> Self {
        coding(&c.system, &c.code)
    }
}

/// A CodeableConcept. Every one the export writes has exactly one coding: a multi-select answer is
/// several components, never several codings (codings of one concept must be synonyms).
#[derive(Debug, Clone, Copy, Serialize)]
struct Concept<'a> {
    coding: [Coding<'a>; 1],
}

fn concept(c: Coding<'_>) -> Concept<'_> {
    Concept { coding: [c] }
}

#[derive(Serialize)]
struct Reference<'a> {
    reference: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Extension<'a> {
    url: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_coding: Option<Coding<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_string: Option<&'a str>,
}

impl<'a> Extension<'a> {
    fn new(url: &'a str) -> Self {
        Extension { url, extension: Vec::new(), value_coding: None, value_code: None, value_string: None }
    }
}

// ---- Patient ------------------------------------------------------------------------------------------

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Patient<'a> {
    resource_type: &'static str,
    id: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    identifier: Vec<Identifier<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    name: Vec<HumanName<'a>>,
    birth_date: NaiveDate,
}

#[derive(Serialize)]
struct Identifier<'a> {
    #[serde(rename = "type")]
    kind: Concept<'a>,
    system: &'a str,
    value: &'a str,
}

#[derive(Serialize)]
struct HumanName<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    family: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    given: Vec<&'a str>,
}

fn write_patient<W: Write>(
    out: &mut Out<W>,
    member_id: &str,
    site: &str,
    body: &str,
    race: Option<&RaceEthnicity>,
) -> Result<(), ExportError> {
    let version: model::MemberVersion = serde_json::from_str(body).map_err(|_| ExportError::Stored("member version"))?;
    let person = &version.identity;
    let mrn_system = format!("urn:equity-intake:mrn:{}", urn_part(site));
    let mut identifier = Vec::new();
    if let Some(value) = person.masshealth_id.as_deref().and_then(nonblank) {
        identifier.push(Identifier { kind: concept(coding(IDENTIFIER_TYPE, "MA")), system: MASSHEALTH_ID, value });
    }
    if let Some(value) = person.mrn.as_deref().and_then(nonblank) {
        identifier.push(Identifier { kind: concept(coding(IDENTIFIER_TYPE, "MR")), system: &mrn_system, value });
    }
    let (family, given) = (nonblank(&person.family_name), nonblank(&person.given_name));
    let name =
        if family.is_some() || given.is_some() { vec![HumanName { family, given: given.into_iter().collect() }] } else { Vec::new() };
    let extension = race.map(|r| vec![r.race.extension(US_CORE_RACE), r.ethnicity.extension(US_CORE_ETHNICITY)]).unwrap_or_default();
    out.line(&Patient { resource_type: "Patient", id: member_id, extension, identifier, name, birth_date: person.date_of_birth })
}

/// FHIR strings may not be empty, and stray spaces are not part of a name or an id.
fn nonblank(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

/// A site code as part of a URN: letters, digits, `-` and `.` pass, anything else is percent-encoded.
fn urn_part(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

// ---- race and ethnicity -------------------------------------------------------------------------------

/// The five OMB race categories, in the order US Core lists them.
const OMB_RACES: [&str; 5] = ["1002-5", "2028-9", "2054-5", "2076-8", "2106-3"];
const WHITE: &str = "2106-3";
const MENA: &str = "2118-8";
const HISPANIC: &str = "2135-2";
const NOT_HISPANIC: &str = "2186-5";

/// The name a category goes by in the `text` of the extensions (OMB 2024 wording, as the app asks).
fn category_name(c: &model::Coding) -> Option<&'static str> {
    Some(match (c.system.as_str(), c.code.as_str()) {
        (CDC, "1002-5") => "American Indian or Alaska Native",
        (CDC, "2028-9") => "Asian",
        (CDC, "2054-5") => "Black or African American",
        (CDC, "2135-2") => "Hispanic or Latino",
        (CDC, "2118-8") => "Middle Eastern or North African",
        (CDC, "2076-8") => "Native Hawaiian or Pacific Islander",
        (CDC, "2106-3") => "White",
        (_, "another-group") => "Another group",
        _ => return None,
    })
}

/// One US Core race or ethnicity extension, before it is written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Omb {
    categories: Vec<Coding<'static>>,
    detailed: Vec<&'static str>,
    text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct RaceEthnicity {
    race: Omb,
    ethnicity: Omb,
}

impl Omb {
    fn null(code: &'static str, text: &str) -> Omb {
        Omb { categories: vec![coding(NULL_FLAVOR, code)], detailed: Vec::new(), text: text.to_owned() }
    }

    fn extension<'a>(&'a self, url: &'a str) -> Extension<'a> {
        let mut ext = Extension::new(url);
        for c in &self.categories {
            ext.extension.push(Extension { value_coding: Some(*c), ..Extension::new("ombCategory") });
        }
        for code in &self.detailed {
            ext.extension.push(Extension { value_coding: Some(coding(CDC, code)), ..Extension::new("detailed") });
        }
        ext.extension.push(Extension { value_string: Some(&self.text), ..Extension::new("text") });
        ext
    }
}

/// Maps an answer to the combined race and ethnicity question (`item`) to the 1997 two-question model
/// (see the table in the module documentation). `None` when it says nothing to export: not asked, or
/// no category the export knows.
fn race_ethnicity(item: &'static Item, outcome: &AnswerOutcome) -> Option<RaceEthnicity> {
    let value = match outcome {
        AnswerOutcome::Value(v) => v,
        AnswerOutcome::Absent { reason: AbsentReason::AskedDeclined, .. } => {
            return Some(RaceEthnicity { race: Omb::null("ASKU", "Declined"), ethnicity: Omb::null("ASKU", "Declined") });
        }
        AnswerOutcome::Absent { reason: AbsentReason::AskedUnknown, .. } => {
            return Some(RaceEthnicity { race: Omb::null("UNK", "Unknown"), ethnicity: Omb::null("UNK", "Unknown") });
        }
        AnswerOutcome::Absent { reason: AbsentReason::NotAsked, .. } => return None,
    };
    // Positions of the chosen options and of the categories they imply (a detailed group counts under its
    // category even when the category was not ticked), in the instrument's order, so the output does not
    // depend on the order of the clicks.
    let position = |code: &model::Coding| item.options.iter().position(|o| &o.code == code);
    let parent_of = |i: usize| item.options[i].parent.as_ref().and_then(|p| item.options.iter().position(|o| &o.id == p));
    let mut chosen = Vec::new();
    for code in codes(value) {
        if let Some(i) = position(code) {
            chosen.push(i);
            chosen.extend(parent_of(i));
        }
    }
    chosen.sort_unstable();
    chosen.dedup();

    let (mut race, mut ethnicity) = (Omb::default(), Omb::default());
    let mut omb_race = [false; 5];
    let mut mark = |code: &str| {
        if let Some(k) = OMB_RACES.iter().position(|r| *r == code) {
            omb_race[k] = true;
        }
    };
    let mut names = Vec::new();
    let mut hispanic = false;
    for &i in &chosen {
        let option = &item.options[i];
        let code = option.code.code.as_str();
        let cdc = option.code.system == CDC;
        match parent_of(i) {
            None => {
                names.extend(category_name(&option.code));
                match code {
                    HISPANIC if cdc => hispanic = true,
                    // OMB 1997 counts Middle Eastern and North African people as White.
                    MENA if cdc => {
                        mark(WHITE);
                        race.detailed.push(MENA);
                    }
                    _ if cdc => mark(code),
                    _ => {}
                }
            }
            Some(p) if cdc => {
                let under = &item.options[p].code;
                if under.system == CDC && under.code == HISPANIC {
                    ethnicity.detailed.push(code);
                } else {
                    race.detailed.push(code);
                }
            }
            // A detailed group without a CDC code: only its category is exported (binding is required).
            Some(_) => {}
        }
    }
    if names.is_empty() {
        return None;
    }
    race.categories = OMB_RACES.iter().zip(omb_race).filter(|(_, on)| *on).map(|(c, _)| coding(CDC, c)).collect();
    race.text = names.join(", ");
    let (code, text) = if hispanic { (HISPANIC, "Hispanic or Latino") } else { (NOT_HISPANIC, "Not Hispanic or Latino") };
    ethnicity.categories = vec![coding(CDC, code)];
    ethnicity.text = text.to_owned();
    Some(RaceEthnicity { race, ethnicity })
}

/// False for a value FHIR cannot carry: no option chosen, or a blank write-in. The device never stores
/// one; should a damaged record hold one, its item is exported without an answer (and no Observation)
/// rather than as invalid FHIR, and rather than failing the whole export.
fn has_value(value: &AnswerValue) -> bool {
    match value {
        AnswerValue::Codes(cs) => !cs.is_empty(),
        AnswerValue::Text(t) => !t.trim().is_empty(),
        _ => true,
    }
}

fn codes(value: &AnswerValue) -> &[model::Coding] {
    match value {
        AnswerValue::Code(c) => std::slice::from_ref(c),
        AnswerValue::Codes(cs) => cs,
        _ => &[],
    }
}

// ---- instruments --------------------------------------------------------------------------------------

/// What the export needs of one instrument, worked out once per export.
struct InstrumentPlan {
    instrument: &'static Instrument,
    questionnaire: String,
    observed: bool,
    /// Aligned with `instrument.items`.
    items: Vec<ItemPlan>,
    /// Aligned with `instrument.scoring`: the categories of a domain total.
    domain_categories: Vec<Vec<Concept<'static>>>,
}

struct ItemPlan {
    item: &'static Item,
    /// `<instrument>/<item>`, the code of an item without a LOINC code.
    local_code: String,
    categories: Vec<Concept<'static>>,
}

impl ItemPlan {
    fn code(&self) -> Concept<'_> {
        match &self.item.code {
            Some(c) => concept(c.into()),
            None => concept(coding(LOCAL_ITEM, &self.local_code)),
        }
    }
}

fn plans() -> Result<Vec<InstrumentPlan>, ExportError> {
    let all = model::instrument::all().map_err(|_| ExportError::Stored("instrument"))?;
    Ok(all.iter().map(plan).collect())
}

fn plan(instrument: &'static Instrument) -> InstrumentPlan {
    let questionnaire = match &instrument.code {
        Some(c) if c.system == LOINC => format!("http://loinc.org/q/{}", c.code),
        _ => format!("urn:equity-intake:questionnaire:{}|{}", instrument.id, instrument.version),
    };
    let domain_of = |item: &str| instrument.scoring.iter().find(|d| d.rule.items().contains(&item)).map(|d| d.domain.as_str());
    let items = instrument
        .items
        .iter()
        .map(|item| ItemPlan {
            item,
            local_code: format!("{}/{}", instrument.id, item.id),
            categories: categories(&instrument.id, &item.id, domain_of(&item.id)).into_iter().map(concept).collect(),
        })
        .collect();
    let domain_categories =
        instrument.scoring.iter().map(|d| categories(&instrument.id, "", Some(&d.domain)).into_iter().map(concept).collect()).collect();
    InstrumentPlan { instrument, questionnaire, observed: OBSERVED.contains(&instrument.id.as_str()), items, domain_categories }
}

const SURVEY: Coding<'static> = coding(OBSERVATION_CATEGORY, "survey");
const SOCIAL_HISTORY: Coding<'static> = coding(OBSERVATION_CATEGORY, "social-history");
const SDOH: Coding<'static> = coding(US_CORE_CATEGORY, "sdoh");
const DISABILITY_STATUS: Coding<'static> = coding(US_CORE_CATEGORY, "disability-status");
const PERSONAL_CHARACTERISTIC: Coding<'static> = coding(SDOHCC, "personal-characteristic");

/// The categories of an item's Observations (the module documentation explains the choices). `domain` is
/// the scoring domain that reads the item, if any.
fn categories(instrument: &str, item: &str, domain: Option<&str>) -> Vec<Coding<'static>> {
    let sdoh = |domains: &[&'static str]| {
        let mut v = vec![SURVEY, SDOH];
        v.extend(domains.iter().map(|d| coding(SDOHCC, d)));
        v
    };
    match (instrument, item) {
        (
            DEMOGRAPHICS,
            "race-ethnicity"
            | "tribe"
            | "race-ethnicity-other"
            | "sexual-orientation"
            | "sexual-orientation-other"
            | "gender-identity"
            | "gender-identity-other"
            | "sex-at-birth"
            | "pronouns"
            | "pronouns-other",
        ) => vec![SURVEY, SOCIAL_HISTORY, PERSONAL_CHARACTERISTIC],
        (
            DEMOGRAPHICS,
            "language-spoken" | "language-spoken-other" | "language-written" | "language-written-other" | "interpreter" | "english",
        ) => sdoh(&["language-access"]),
        (
            DEMOGRAPHICS,
            "hearing" | "seeing" | "concentrating" | "walking" | "dressing" | "errands" | "accommodations" | "accommodations-describe",
        ) => vec![SURVEY, DISABILITY_STATUS],
        ("ahc-core", "living-situation") => sdoh(&["housing-instability", "homelessness"]),
        ("ahc-supp", "other-language") => sdoh(&["language-access"]),
        ("ahc-supp", "stress") => sdoh(&["stress"]),
        _ => match domain {
            Some("housing-instability") => sdoh(&["housing-instability"]),
            Some("housing-quality") => sdoh(&["inadequate-housing"]),
            Some("food") => sdoh(&["food-insecurity"]),
            Some("transportation") => sdoh(&["transportation-insecurity"]),
            Some("utilities") => sdoh(&["utility-insecurity"]),
            Some("interpersonal-safety") => sdoh(&["intimate-partner-violence"]),
            Some("financial-strain") => sdoh(&["financial-insecurity"]),
            Some("employment") => sdoh(&["employment-status"]),
            Some("family-community-support") => sdoh(&["social-connection"]),
            Some("education") => sdoh(&["educational-attainment"]),
            Some("digital-literacy") => sdoh(&["digital-literacy"]),
            Some("digital-access") => sdoh(&["digital-access"]),
            None if instrument == "digital-access" => sdoh(&["digital-access"]),
            Some("disabilities") => vec![SURVEY, DISABILITY_STATUS],
            Some("substance-use" | "physical-activity") => vec![SURVEY, SOCIAL_HISTORY],
            _ => vec![SURVEY],
        },
    }
}

// ---- QuestionnaireResponse ----------------------------------------------------------------------------

/// The references every resource of one response shares.
struct ResponseIds {
    id: String,
    patient: String,
    questionnaire_response: String,
}

impl ResponseIds {
    fn new(response: &model::Response) -> Self {
        let id = response.id.to_string();
        ResponseIds {
            patient: format!("Patient/{}", response.member_id),
            questionnaire_response: format!("QuestionnaireResponse/{id}"),
            id,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuestionnaireResponse<'a> {
    resource_type: &'static str,
    id: &'a str,
    extension: Vec<Extension<'a>>,
    questionnaire: &'a str,
    status: &'static str,
    subject: Reference<'a>,
    authored: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<Reference<'a>>,
    #[serde(skip_serializing_if = "QrItems::is_empty")]
    item: QrItems<'a>,
}

/// The items, serialized straight from the answers (no per-item allocation).
struct QrItems<'a>(&'a [Answer]);

impl QrItems<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for QrItems<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(QrItem))
    }
}

struct QrItem<'a>(&'a Answer);

impl Serialize for QrItem<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Item<'a> {
            link_id: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            extension: Option<[Extension<'a>; 1]>,
            #[serde(skip_serializing_if = "Option::is_none")]
            answer: Option<QrAnswers<'a>>,
        }
        let item = match &self.0.outcome {
            AnswerOutcome::Value(v) => Item { link_id: &self.0.item_id, extension: None, answer: has_value(v).then_some(QrAnswers(v)) },
            AnswerOutcome::Absent { reason, .. } => Item {
                link_id: &self.0.item_id,
                extension: Some([Extension { value_code: Some(reason.as_str()), ..Extension::new(DATA_ABSENT_REASON_EXTENSION) }]),
                answer: None,
            },
        };
        item.serialize(s)
    }
}

struct QrAnswers<'a>(&'a AnswerValue);

#[derive(Serialize)]
enum QrAnswer<'a> {
    #[serde(rename = "valueCoding")]
    Coding(Coding<'a>),
    #[serde(rename = "valueInteger")]
    Integer(i64),
    #[serde(rename = "valueDate")]
    Date(NaiveDate),
    #[serde(rename = "valueString")]
    String(&'a str),
}

impl Serialize for QrAnswers<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Each answer is an object with one value[x] key: serde's externally tagged enum is exactly that.
        match self.0 {
            AnswerValue::Code(c) => s.collect_seq([QrAnswer::Coding(c.into())]),
            AnswerValue::Codes(cs) => s.collect_seq(cs.iter().map(|c| QrAnswer::Coding(c.into()))),
            AnswerValue::Integer(n) => s.collect_seq([QrAnswer::Integer(*n)]),
            AnswerValue::Date(d) => s.collect_seq([QrAnswer::Date(*d)]),
            AnswerValue::Text(t) => s.collect_seq([QrAnswer::String(t)]),
        }
    }
}

fn method(respondent: &Respondent) -> Coding<'static> {
    match respondent {
        Respondent::SelfReported => coding(SDOHCC, "self-reported"),
        Respondent::ReportedByRelatedPerson { .. } => coding(SDOHCC, "reported-by-related-person"),
    }
}

fn write_questionnaire_response<W: Write>(
    out: &mut Out<W>,
    plan: Option<&InstrumentPlan>,
    ids: &ResponseIds,
    completed_at: &str,
    response: &model::Response,
) -> Result<(), ExportError> {
    let unknown;
    let questionnaire = match plan {
        Some(p) => p.questionnaire.as_str(),
        None => {
            unknown =
                format!("urn:equity-intake:questionnaire:{}|{}", urn_part(&response.instrument_id), urn_part(&response.instrument_version));
            unknown.as_str()
        }
    };
    let mut extension = vec![Extension { value_coding: Some(method(&response.respondent)), ..Extension::new(RESPONDENT_EXTENSION) }];
    let source = match &response.respondent {
        Respondent::SelfReported => Some(Reference { reference: &ids.patient }),
        Respondent::ReportedByRelatedPerson { relationship } => {
            if !relationship.trim().is_empty() {
                extension.push(Extension { value_string: Some(relationship.trim()), ..Extension::new(RELATIONSHIP_EXTENSION) });
            }
            None
        }
    };
    out.line(&QuestionnaireResponse {
        resource_type: "QuestionnaireResponse",
        id: &ids.id,
        extension,
        questionnaire,
        status: "completed",
        subject: Reference { reference: &ids.patient },
        authored: completed_at,
        source,
        item: QrItems(&response.answers),
    })
}

// ---- Observation --------------------------------------------------------------------------------------

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Observation<'a> {
    resource_type: &'static str,
    id: &'a str,
    status: &'static str,
    category: &'a [Concept<'a>],
    code: Concept<'a>,
    subject: Reference<'a>,
    effective_date_time: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_codeable_concept: Option<Concept<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_integer: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_date_time: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_string: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data_absent_reason: Option<Concept<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interpretation: Option<[Concept<'a>; 1]>,
    method: Concept<'a>,
    derived_from: [Reference<'a>; 1],
    #[serde(skip_serializing_if = "Components::is_empty")]
    component: Components<'a>,
}

impl<'a> Observation<'a> {
    fn new(
        ids: &'a ResponseIds,
        id: &'a str,
        completed_at: &'a str,
        code: Concept<'a>,
        category: &'a [Concept<'a>],
        method: Concept<'a>,
    ) -> Self {
        Observation {
            resource_type: "Observation",
            id,
            status: "final",
            category,
            code,
            subject: Reference { reference: &ids.patient },
            effective_date_time: completed_at,
            value_codeable_concept: None,
            value_integer: None,
            value_date_time: None,
            value_string: None,
            data_absent_reason: None,
            interpretation: None,
            method,
            derived_from: [Reference { reference: &ids.questionnaire_response }],
            component: Components { code, codes: &[] },
        }
    }

    /// Exactly one of a value (or, for a multi-select answer, components) and a data-absent reason.
    fn set_outcome(&mut self, outcome: &'a AnswerOutcome) {
        match outcome {
            AnswerOutcome::Absent { reason, .. } => {
                self.data_absent_reason = Some(concept(coding(DATA_ABSENT_REASON, reason.as_str())));
            }
            AnswerOutcome::Value(v) => match v {
                AnswerValue::Code(c) => self.value_codeable_concept = Some(concept(c.into())),
                AnswerValue::Codes(cs) => self.component.codes = cs,
                AnswerValue::Integer(n) => self.value_integer = Some(*n),
                AnswerValue::Date(d) => self.value_date_time = Some(*d),
                AnswerValue::Text(t) => self.value_string = Some(t),
            },
        }
    }
}

/// One component per selected option of a multi-select answer, each coded with the item's code.
struct Components<'a> {
    code: Concept<'a>,
    codes: &'a [model::Coding],
}

impl Components<'_> {
    fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

impl Serialize for Components<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Component<'a> {
            code: Concept<'a>,
            value_codeable_concept: Concept<'a>,
        }
        s.collect_seq(self.codes.iter().map(|c| Component { code: self.code, value_codeable_concept: concept(c.into()) }))
    }
}

const POSITIVE: [Concept<'static>; 1] = [Concept { coding: [coding(INTERPRETATION, "POS")] }];

/// FHIR ids: 1 to 64 of `[A-Za-z0-9-.]`.
fn fits_id(parts: &[&str]) -> bool {
    parts.iter().map(|p| p.len()).sum::<usize>() <= 64
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'))
}

fn write_observations<W: Write>(
    out: &mut Out<W>,
    plan: &InstrumentPlan,
    ids: &ResponseIds,
    completed_at: &str,
    response: &model::Response,
    id_buffer: &mut String,
) -> Result<(), ExportError> {
    let instrument = plan.instrument;
    let method = concept(method(&response.respondent));
    // Same context as the device and the hub's reports (crate::facts): age rules are not re-applied.
    let scores = if instrument.scoring.is_empty() { Vec::new() } else { instrument.score(&response.answers, &ScoringContext::default()) };
    let positive = |i: usize| scores.get(i).is_some_and(|s| s.outcome == Outcome::Positive);
    for (position, answer) in response.answers.iter().enumerate() {
        // An answer to an item the instrument lacks is damaged data; the QuestionnaireResponse keeps it.
        let Some(item) = plan.items.iter().find(|p| p.item.id == answer.item_id) else { continue };
        if matches!(&answer.outcome, AnswerOutcome::Value(v) if !has_value(v)) {
            continue;
        }
        id_buffer.clear();
        if fits_id(&[&ids.id, "-", &answer.item_id]) {
            let _ = write!(id_buffer, "{}-{}", ids.id, answer.item_id);
        } else {
            let _ = write!(id_buffer, "{}.{position}", ids.id);
        }
        let mut obs = Observation::new(ids, id_buffer, completed_at, item.code(), &item.categories, method);
        obs.set_outcome(&answer.outcome);
        let need = instrument
            .scoring
            .iter()
            .enumerate()
            .any(|(i, d)| positive(i) && indicates_need(instrument, &d.rule, &response.answers, answer));
        if need {
            obs.interpretation = Some(POSITIVE);
        }
        out.line(&obs)?;
    }
    for (i, (domain, score)) in instrument.scoring.iter().zip(&scores).enumerate() {
        let (Some(total), Some(code)) = (score.total, &domain.total_code) else { continue };
        id_buffer.clear();
        if fits_id(&[&ids.id, ".total-", &domain.domain]) {
            let _ = write!(id_buffer, "{}.total-{}", ids.id, domain.domain);
        } else {
            let _ = write!(id_buffer, "{}.t{i}", ids.id);
        }
        let categories = plan.domain_categories.get(i).map_or(&[][..], Vec::as_slice);
        let mut obs = Observation::new(ids, id_buffer, completed_at, concept(code.into()), categories, method);
        obs.value_integer = Some(total);
        if score.outcome == Outcome::Positive {
            obs.interpretation = Some(POSITIVE);
        }
        out.line(&obs)?;
    }
    Ok(())
}

// ---- which answers indicate a need --------------------------------------------------------------------

/// Whether `answer` is one of the answers that make `rule` hold. Called only for rules of domains that
/// scored positive, so it never marks an answer in a negative or unscored domain.
fn indicates_need(instrument: &Instrument, rule: &Rule, answers: &[Answer], answer: &Answer) -> bool {
    let AnswerOutcome::Value(value) = &answer.outcome else { return false };
    match rule {
        Rule::AnyOf { item, codes: need } => *item == answer.item_id && codes(value).iter().any(|c| need.contains(c)),
        Rule::Either(parts) => parts.iter().any(|p| indicates_need(instrument, p, answers, answer)),
        Rule::Both(parts) => {
            parts.iter().all(|p| holds(instrument, p, answers)) && parts.iter().any(|p| indicates_need(instrument, p, answers, answer))
        }
        Rule::SumAtLeast { items, .. } => {
            items.contains(&answer.item_id)
                && holds(instrument, rule, answers)
                && points(instrument, answer).is_some_and(|p| Some(p) > lowest_points(instrument, &answer.item_id))
        }
        Rule::ProductBelow { items, .. } => {
            items.contains(&answer.item_id) && matches!(value, AnswerValue::Integer(_)) && holds(instrument, rule, answers)
        }
    }
}

/// Whether a rule (or a part of one) is satisfied by the answers: the positive case of the scorer's
/// three-valued logic, which a part of a rule needs on its own (the scorer reports whole domains).
fn holds(instrument: &Instrument, rule: &Rule, answers: &[Answer]) -> bool {
    let value_of = |item: &str| {
        answers.iter().find(|a| a.item_id == item).and_then(|a| match &a.outcome {
            AnswerOutcome::Value(v) => Some(v),
            AnswerOutcome::Absent { .. } => None,
        })
    };
    match rule {
        Rule::AnyOf { item, codes: need } => value_of(item).is_some_and(|v| codes(v).iter().any(|c| need.contains(c))),
        Rule::Either(parts) => parts.iter().any(|p| holds(instrument, p, answers)),
        Rule::Both(parts) => parts.iter().all(|p| holds(instrument, p, answers)),
        Rule::SumAtLeast { items, at_least } => items
            .iter()
            .map(|i| answers.iter().find(|a| a.item_id == *i).and_then(|a| points(instrument, a)))
            .sum::<Option<i64>>()
            .is_some_and(|total| total >= *at_least),
        Rule::ProductBelow { items, below } => {
            let numbers: Vec<Option<i64>> = items
                .iter()
                .map(|i| match value_of(i) {
                    Some(AnswerValue::Integer(n)) => Some(*n),
                    _ => None,
                })
                .collect();
            (numbers.contains(&Some(0)) && 0 < *below)
                || numbers.into_iter().collect::<Option<Vec<i64>>>().is_some_and(|ns| ns.iter().product::<i64>() < *below)
        }
    }
}

/// The points of the option an answer chose (sum rules).
fn points(instrument: &Instrument, answer: &Answer) -> Option<i64> {
    let AnswerOutcome::Value(AnswerValue::Code(code)) = &answer.outcome else { return None };
    instrument.item(&answer.item_id)?.options.iter().find(|o| &o.code == code)?.score
}

fn lowest_points(instrument: &Instrument, item: &str) -> Option<i64> {
    instrument.item(item)?.options.iter().filter_map(|o| o.score).min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instrument(id: &str) -> &'static Instrument {
        model::instrument::all().expect("instruments").iter().find(|i| i.id == id).expect("instrument")
    }

    fn race_item() -> &'static Item {
        instrument(DEMOGRAPHICS).item(RACE_ITEM).expect("race item")
    }

    fn chose(codes: &[(&str, &str)]) -> AnswerOutcome {
        let system = |s: &str| if s == "local" { "urn:equity-intake:local".to_owned() } else { CDC.to_owned() };
        AnswerOutcome::Value(AnswerValue::Codes(codes.iter().map(|(s, c)| model::Coding::new(system(s), *c)).collect()))
    }

    fn absent(reason: AbsentReason) -> AnswerOutcome {
        AnswerOutcome::Absent { reason, note: None }
    }

    fn omb(codes: &[&'static str]) -> Vec<Coding<'static>> {
        codes.iter().map(|c| coding(if *c == "ASKU" || *c == "UNK" { NULL_FLAVOR } else { CDC }, c)).collect()
    }

    fn map(outcome: &AnswerOutcome) -> RaceEthnicity {
        race_ethnicity(race_item(), outcome).expect("mapped")
    }

    #[test]
    fn asian_and_white_are_two_race_categories_and_not_hispanic() {
        // Clicked White first: the output follows the instrument's order, not the clicks.
        let r = map(&chose(&[("cdc", "2106-3"), ("cdc", "2028-9")]));
        assert_eq!(r.race, Omb { categories: omb(&["2028-9", "2106-3"]), detailed: vec![], text: "Asian, White".into() });
        assert_eq!(r.ethnicity, Omb { categories: omb(&["2186-5"]), detailed: vec![], text: "Not Hispanic or Latino".into() });
    }

    #[test]
    fn hispanic_alone_is_an_ethnicity_with_no_race_category() {
        let r = map(&chose(&[("cdc", "2135-2")]));
        assert_eq!(r.race, Omb { categories: vec![], detailed: vec![], text: "Hispanic or Latino".into() });
        assert_eq!(r.ethnicity, Omb { categories: omb(&["2135-2"]), detailed: vec![], text: "Hispanic or Latino".into() });
    }

    #[test]
    fn hispanic_and_black_split_into_ethnicity_and_race_with_details_under_each() {
        let r = map(&chose(&[("cdc", "2135-2"), ("cdc", "2180-8"), ("cdc", "2054-5"), ("cdc", "2071-9")]));
        assert_eq!(
            r.race,
            Omb { categories: omb(&["2054-5"]), detailed: vec!["2071-9"], text: "Black or African American, Hispanic or Latino".into() }
        );
        assert_eq!(r.ethnicity, Omb { categories: omb(&["2135-2"]), detailed: vec!["2180-8"], text: "Hispanic or Latino".into() });
    }

    #[test]
    fn mena_is_white_with_the_mena_detail() {
        let r = map(&chose(&[("cdc", "2118-8"), ("cdc", "2123-8")]));
        assert_eq!(
            r.race,
            Omb { categories: omb(&["2106-3"]), detailed: vec!["2118-8", "2123-8"], text: "Middle Eastern or North African".into() }
        );
        assert_eq!(r.ethnicity.categories, omb(&["2186-5"]));
        // MENA and White together: White once.
        let both = map(&chose(&[("cdc", "2118-8"), ("cdc", "2106-3")]));
        assert_eq!(both.race.categories, omb(&["2106-3"]));
        assert_eq!(both.race.text, "Middle Eastern or North African, White");
    }

    #[test]
    fn a_detailed_group_implies_its_category_and_local_codes_stay_out_of_detailed() {
        let r = map(&chose(&[("cdc", "2034-7"), ("local", "tibetan"), ("local", "cape-verdean")]));
        assert_eq!(r.race.categories, omb(&["2028-9", "2054-5"]));
        assert_eq!(r.race.detailed, vec!["2034-7"]);
        assert_eq!(r.race.text, "Asian, Black or African American");
        let other = map(&chose(&[("local", "another-group")]));
        assert_eq!(other.race, Omb { categories: vec![], detailed: vec![], text: "Another group".into() });
        assert_eq!(other.ethnicity.categories, omb(&["2186-5"]));
    }

    #[test]
    fn declined_and_unknown_are_null_flavors_alone() {
        let d = map(&absent(AbsentReason::AskedDeclined));
        for ext in [&d.race, &d.ethnicity] {
            assert_eq!(ext, &Omb { categories: omb(&["ASKU"]), detailed: vec![], text: "Declined".into() });
        }
        let u = map(&absent(AbsentReason::AskedUnknown));
        for ext in [&u.race, &u.ethnicity] {
            assert_eq!(ext, &Omb { categories: omb(&["UNK"]), detailed: vec![], text: "Unknown".into() });
        }
        assert_eq!(race_ethnicity(race_item(), &absent(AbsentReason::NotAsked)), None);
        assert_eq!(race_ethnicity(race_item(), &chose(&[("cdc", "9999-9")])), None);
    }

    #[test]
    fn the_extension_json_has_text_and_no_empty_parts() {
        let r = map(&chose(&[("cdc", "2135-2")]));
        let json = serde_json::to_value(r.race.extension(US_CORE_RACE)).expect("json");
        assert_eq!(json, serde_json::json!({"url": US_CORE_RACE, "extension": [{"url": "text", "valueString": "Hispanic or Latino"}]}));
    }

    fn response(instrument_id: &str, answers: Vec<Answer>, respondent: Respondent) -> model::Response {
        let i = instrument(instrument_id);
        let at = chrono::DateTime::parse_from_rfc3339("2026-01-05T10:00:00Z").expect("time").with_timezone(&chrono::Utc);
        model::Response {
            id: uuid::Uuid::nil(),
            member_id: uuid::Uuid::max(),
            instrument_id: i.id.clone(),
            instrument_version: i.version.clone(),
            wording_version: i.wording_version.clone(),
            locale: "en".into(),
            translation_status: model::TranslationStatus::Reference,
            mode: model::Mode::InPerson,
            interpreter_used: false,
            respondent,
            consent: model::Consent { screening: true, share_for_referral: false },
            collected_by: "chw".into(),
            device_id: uuid::Uuid::nil(),
            started_at: at,
            completed_at: at,
            supersedes: None,
            answers,
        }
    }

    fn loinc(code: &str) -> AnswerValue {
        AnswerValue::Code(model::Coding::new(LOINC, code))
    }

    /// The Observations of a response, by item id (or total id suffix).
    fn observations(r: &model::Response) -> Vec<serde_json::Value> {
        let plan = plan(instrument(&r.instrument_id));
        let mut out = Out { path: PathBuf::from("Observation.ndjson"), w: Vec::new(), records: 0 };
        let ids = ResponseIds::new(r);
        write_observations(&mut out, &plan, &ids, "2026-01-05T10:00:00.000000Z", r, &mut String::new()).expect("write");
        String::from_utf8(out.w).expect("utf-8").lines().map(|l| serde_json::from_str(l).expect("json")).collect()
    }

    fn by_id<'a>(obs: &'a [serde_json::Value], suffix: &str) -> &'a serde_json::Value {
        obs.iter().find(|o| o["id"].as_str().is_some_and(|id| id.ends_with(suffix))).expect("observation")
    }

    #[test]
    fn an_observation_has_a_value_or_a_data_absent_reason_never_both() {
        let r = response(
            "ahc-core",
            vec![
                Answer::value("food-worry", loinc("LA28398-8")),
                Answer::absent("food-ran-out", AbsentReason::AskedDeclined),
                Answer::value(
                    "housing-problems",
                    AnswerValue::Codes(vec![model::Coding::new(LOINC, "LA28580-1"), model::Coding::new(LOINC, "LA31996-4")]),
                ),
                Answer::absent("transportation", AbsentReason::NotAsked),
            ],
            Respondent::SelfReported,
        );
        let obs = observations(&r);
        assert_eq!(obs.len(), 4);
        let worry = by_id(&obs, "-food-worry");
        assert_eq!(worry["valueCodeableConcept"]["coding"][0]["code"], "LA28398-8");
        assert!(worry.get("dataAbsentReason").is_none());
        assert_eq!(worry["code"]["coding"][0], serde_json::json!({"system": LOINC, "code": "88122-7"}));
        assert_eq!(worry["method"]["coding"][0]["code"], "self-reported");
        assert_eq!(worry["derivedFrom"][0]["reference"], format!("QuestionnaireResponse/{}", r.id));
        let declined = by_id(&obs, "-food-ran-out");
        assert_eq!(declined["dataAbsentReason"]["coding"][0], serde_json::json!({"system": DATA_ABSENT_REASON, "code": "asked-declined"}));
        assert!(declined.as_object().expect("object").keys().all(|k| !k.starts_with("value")));
        assert_eq!(by_id(&obs, "-transportation")["dataAbsentReason"]["coding"][0]["code"], "not-asked");
        let problems = by_id(&obs, "-housing-problems");
        assert!(problems.as_object().expect("object").keys().all(|k| !k.starts_with("value")));
        assert_eq!(problems["component"].as_array().expect("components").len(), 2);
        assert_eq!(problems["component"][0]["code"]["coding"][0]["code"], "96778-6");
        assert_eq!(problems["component"][1]["valueCodeableConcept"]["coding"][0]["code"], "LA31996-4");
        let categories: Vec<&str> =
            problems["category"].as_array().expect("category").iter().filter_map(|c| c["coding"][0]["code"].as_str()).collect();
        assert_eq!(categories, ["survey", "sdoh", "inadequate-housing"]);
    }

    #[test]
    fn only_the_answers_that_make_a_positive_domain_hold_are_pos() {
        let r = response(
            "ahc-core",
            vec![
                Answer::value("living-situation", loinc("LA31993-1")),
                Answer::value("food-worry", loinc("LA28397-0")),
                Answer::value("food-ran-out", loinc("LA28398-8")),
                Answer::value("transportation", loinc("LA33-6")),
                Answer::value("safety-hurt", loinc("LA6270-8")),
                Answer::value("safety-insult", loinc("LA6482-9")),
                Answer::value("safety-threaten", loinc("LA6482-9")),
                Answer::value("safety-scream", loinc("LA16644-9")),
            ],
            Respondent::ReportedByRelatedPerson { relationship: "daughter".into() },
        );
        let obs = observations(&r);
        let pos = |suffix: &str| by_id(&obs, suffix).get("interpretation").is_some();
        assert!(pos("-food-worry"), "Often true makes the food domain positive");
        assert!(!pos("-food-ran-out"), "Never true beside it does not indicate the need");
        assert!(pos("-transportation"));
        assert!(!pos("-living-situation"));
        // Safety 1 + 5 + 5 + 4 = 15 > 10: the answers above "Never" carry the need, "Never" does not.
        assert!(!pos("-safety-hurt"));
        assert!(pos("-safety-insult") && pos("-safety-threaten") && pos("-safety-scream"));
        let total = by_id(&obs, ".total-interpersonal-safety");
        assert_eq!(total["valueInteger"], 15);
        assert_eq!(total["code"]["coding"][0]["code"], "95614-4");
        assert_eq!(total["interpretation"][0]["coding"][0], serde_json::json!({"system": INTERPRETATION, "code": "POS"}));
        assert_eq!(total["method"]["coding"][0]["code"], "reported-by-related-person");
    }

    #[test]
    fn a_part_of_an_either_rule_that_does_not_hold_marks_nothing() {
        // Mental health: PHQ-2 sum 1 + 1 = 2 < 3 does not hold; stress "Very much" does.
        let r = response(
            "ahc-supp",
            vec![
                Answer::value("little-interest", loinc("LA6569-3")),
                Answer::value("feeling-down", loinc("LA6569-3")),
                Answer::value("stress", loinc("LA13914-9")),
                Answer::value("exercise-days", AnswerValue::Integer(0)),
            ],
            Respondent::SelfReported,
        );
        let obs = observations(&r);
        let pos = |suffix: &str| by_id(&obs, suffix).get("interpretation").is_some();
        assert!(pos("-stress"));
        assert!(!pos("-little-interest") && !pos("-feeling-down"));
        assert!(pos("-exercise-days"), "no exercise is below 150 minutes a week");
        assert_eq!(by_id(&obs, "-exercise-days")["valueInteger"], 0);
    }

    #[test]
    fn values_fhir_cannot_carry_are_left_out_not_exported_invalid() {
        let r = response(
            "ahc-core",
            vec![Answer::value("housing-problems", AnswerValue::Codes(vec![])), Answer::value("food-worry", loinc("LA28398-8"))],
            Respondent::SelfReported,
        );
        assert_eq!(observations(&r).len(), 1);
        let mut out = Out { path: PathBuf::from("QuestionnaireResponse.ndjson"), w: Vec::new(), records: 0 };
        write_questionnaire_response(&mut out, None, &ResponseIds::new(&r), "2026-01-05T10:00:00.000000Z", &r).expect("write");
        let qr: serde_json::Value = serde_json::from_slice(&out.w).expect("json");
        assert_eq!(qr["item"][0], serde_json::json!({"linkId": "housing-problems"}));
        assert_eq!(qr["questionnaire"], "urn:equity-intake:questionnaire:ahc-core|2018");
        let empty = response("consent", vec![], Respondent::SelfReported);
        let mut out = Out { path: PathBuf::from("QuestionnaireResponse.ndjson"), w: Vec::new(), records: 0 };
        write_questionnaire_response(&mut out, None, &ResponseIds::new(&empty), "2026-01-05T10:00:00.000000Z", &empty).expect("write");
        let qr: serde_json::Value = serde_json::from_slice(&out.w).expect("json");
        assert!(qr.get("item").is_none(), "FHIR JSON has no empty arrays");
    }

    #[test]
    fn ids_stay_within_64_characters() {
        assert!(fits_id(&["0193e8a0-0000-7000-8000-000000000000", "-", "sexual-orientation-other"]));
        assert!(!fits_id(&["0193e8a0-0000-7000-8000-000000000000", "-", "an-item-id-far-too-long-for-a-fhir-id"]));
        assert!(!fits_id(&["a", "-", "no spaces"]));
    }

    #[test]
    fn site_codes_are_safe_in_a_urn() {
        assert_eq!(urn_part("east-boston.1"), "east-boston.1");
        assert_eq!(urn_part("Site A/B"), "Site%20A%2FB");
    }
}
