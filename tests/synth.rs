//! A synthetic population whose true report values are known by construction: the generator decides each
//! member's answers first (the [`Truth`]) and only then writes the records that say so, with the traps a
//! real hub sees (proxies, corrections that supersede, retractions, screenings older than a year, minors
//! who are not asked about SOGI, members registered and never asked anything). Tests count the truth
//! with their own simple code and compare it with what the hub reports. All names are made up.

#![allow(dead_code)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use intake_hub::Hub;
use intake_model::{
    AbsentReason, Answer, AnswerValue, Coding, Consent, MemberIdentity, MemberVersion, Mode, Respondent, Response,
    Retraction, TranslationStatus,
};
use intake_wire::Record;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

pub const SITES: [&str; 3] = ["north", "south", "east"];
pub const MONTHS: [(i32, u32); 3] = [(2026, 9), (2026, 10), (2026, 11)];
/// Reports are asked "as of" this time, so the 12-month window is fixed.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 0, 0, 0).single().expect("time")
}

/// The five demographic dimensions, in the order of `intake_hub::report::equity::DIMENSIONS`.
pub const DIMENSIONS: [&str; 5] = ["race-ethnicity", "language", "disability", "sexual-orientation", "gender-identity"];
pub const DOMAINS: [&str; 6] = ["housing-instability", "housing-quality", "food", "transportation", "utilities", "interpersonal-safety"];

/// What a member's record says for a measure, as the generator intended it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Answered,
    Declined,
    Unknown,
    Proxy,
    NeverAsked,
    /// Sexual orientation and gender identity of a minor: not in the denominator.
    NotApplicable,
}

#[derive(Debug, Clone)]
pub struct Truth {
    pub member_id: Uuid,
    pub masshealth_id: String,
    pub site: &'static str,
    pub chw: String,
    pub month: (i32, u32),
    /// Per dimension, then HRSN last.
    pub standings: [Standing; 6],
    /// Per dimension: the reporting group (`asian`, `multiracial`, `declined`, `not-asked`, ...).
    pub groups: [String; 5],
    /// Screened (answered) in the 12 months before [`now`].
    pub screened: bool,
    pub positive: Vec<&'static str>,
}

pub struct Population {
    pub truth: Vec<Truth>,
    /// Records per site, as devices of that site would send them.
    pub records: Vec<(&'static str, Vec<Record>)>,
    pub responses: usize,
}

fn loinc(code: &str) -> Coding {
    Coding::new("http://loinc.org", code)
}

const RACE: [(&str, &[&str]); 8] = [
    ("asian", &["2028-9", "2034-7"]),
    ("black", &["2054-5", "2071-9"]),
    ("hispanic", &["2135-2", "2180-8"]),
    ("white", &["2106-3", "2113-9"]),
    ("mena", &["2118-8"]),
    ("aian", &["1002-5"]),
    ("nhpi", &["2076-8"]),
    ("multiracial", &["2054-5", "2106-3"]),
];
const LANGUAGES: [&str; 6] = ["en", "es", "pt", "ht", "zh-Hant", "vi"];
const SO: [(&str, &str); 4] =
    [("straight", "20430005"), ("lesbian-gay", "38628009"), ("bisexual", "42035005"), ("something-else", "OTH")];
const GI: [(&str, &str); 4] =
    [("female", "446141000124107"), ("male", "446151000124109"), ("non-binary", "33791000087105"), ("trans-woman", "407376001")];

fn pick<'a, T>(rng: &mut StdRng, weights: &[u32], items: &'a [T]) -> &'a T {
    let total: u32 = weights.iter().sum();
    let mut r = rng.gen_range(0..total);
    for (w, item) in weights.iter().zip(items) {
        if r < *w {
            return item;
        }
        r -= w;
    }
    &items[items.len() - 1]
}

pub fn response(member: Uuid, instrument: &str, chw: &str, at: DateTime<Utc>, proxy: bool, answers: Vec<Answer>) -> Response {
    let version = intake_model::instrument::all()
        .expect("instruments")
        .iter()
        .find(|i| i.id == instrument)
        .expect("instrument")
        .version
        .clone();
    Response {
        id: intake_model::new_id(),
        member_id: member,
        instrument_id: instrument.into(),
        instrument_version: version,
        wording_version: "2018".into(),
        locale: "en".into(),
        translation_status: TranslationStatus::Reference,
        mode: Mode::InPerson,
        interpreter_used: false,
        respondent: if proxy {
            Respondent::ReportedByRelatedPerson { relationship: "daughter".into() }
        } else {
            Respondent::SelfReported
        },
        consent: Consent { screening: true, share_for_referral: false },
        collected_by: chw.into(),
        device_id: Uuid::nil(),
        started_at: at - Duration::minutes(10),
        completed_at: at,
        supersedes: None,
        answers,
    }
}

/// Answers of an AHC core screening that score exactly `positive` positive.
pub fn screening_answers(positive: &[&str]) -> Vec<Answer> {
    let p = |d: &str| positive.contains(&d);
    let code = |item: &str, c: &str| Answer::value(item, AnswerValue::Code(loinc(c)));
    let safety = if p("interpersonal-safety") { "LA6482-9" } else { "LA6270-8" };
    vec![
        code("living-situation", if p("housing-instability") { "LA31994-9" } else { "LA31993-1" }),
        Answer::value("housing-problems", AnswerValue::Codes(vec![loinc(if p("housing-quality") { "LA28580-1" } else { "LA9-3" })])),
        code("food-worry", if p("food") { "LA6729-3" } else { "LA28398-8" }),
        code("food-ran-out", "LA28398-8"),
        code("transportation", if p("transportation") { "LA33-6" } else { "LA32-8" }),
        code("utilities", if p("utilities") { "LA32002-0" } else { "LA32-8" }),
        code("safety-hurt", safety),
        code("safety-insult", safety),
        code("safety-threaten", safety),
        code("safety-scream", safety),
    ]
}

/// `n` members, deterministic for a seed.
pub fn population(n: usize, seed: u64) -> Population {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut truth = Vec::with_capacity(n);
    let mut records: Vec<(&'static str, Vec<Record>)> = SITES.iter().map(|s| (*s, Vec::new())).collect();
    let mut responses = 0;
    for i in 0..n {
        let site_ix = *pick(&mut rng, &[5, 3, 2], &[0usize, 1, 2]);
        let site = SITES[site_ix];
        let chw = format!("chw-{site}-{}", rng.gen_range(0..2));
        let month = *pick(&mut rng, &[1, 1, 1], &MONTHS);
        let at = Utc.with_ymd_and_hms(month.0, month.1, 1 + rng.gen_range(0..27), 15, 0, 0).single().expect("time");
        let minor = rng.gen_bool(0.05);
        let member_id = intake_model::new_id();
        let masshealth_id = format!("{:012}", 100_000_000_000u64 + i as u64);
        let born = if minor { NaiveDate::from_ymd_opt(2013, 3, 4) } else { NaiveDate::from_ymd_opt(1950 + (i % 50) as i32, 6, 15) }
            .expect("date");
        let mut out: Vec<Record> = vec![Record::Member(MemberVersion {
            version_id: intake_model::new_id(),
            member_id,
            supersedes: None,
            identity: MemberIdentity {
                given_name: format!("Test{i}"),
                family_name: "Synthetic".into(),
                date_of_birth: born,
                masshealth_id: Some(masshealth_id.clone()),
                mrn: None,
            },
            site: site.into(),
            recorded_by: chw.clone(),
            recorded_at: at - Duration::hours(1),
            device_id: Uuid::nil(),
        })];

        // Demographics: one response (or none), self or proxy; each item answered, declined, don't know, or
        // left out.
        let proxy = rng.gen_bool(0.1);
        let mut standings = [Standing::NeverAsked; 6];
        let mut groups: [String; 5] = Default::default();
        let mut answers = Vec::new();
        for (d, dim) in DIMENSIONS.iter().enumerate() {
            let sogi = d >= 3;
            if sogi && minor {
                standings[d] = Standing::NotApplicable;
                groups[d] = "not-asked".into();
                continue;
            }
            let can_unknown = d != 4;
            let choice = *pick(&mut rng, &[72, 8, if can_unknown { 4 } else { 0 }, 16], &[0u8, 1, 2, 3]);
            let (standing, group) = match choice {
                0 => (Standing::Answered, None),
                1 => (Standing::Declined, Some("declined")),
                2 => (Standing::Unknown, Some("unknown")),
                _ => (Standing::NeverAsked, Some("not-asked")),
            };
            let absent = |item: &str, answers: &mut Vec<Answer>| match standing {
                Standing::Declined => answers.push(Answer::absent(item, AbsentReason::AskedDeclined)),
                Standing::Unknown => answers.push(Answer::absent(item, AbsentReason::AskedUnknown)),
                _ => {}
            };
            let group = match group {
                Some(g) => {
                    match *dim {
                        "race-ethnicity" => absent("race-ethnicity", &mut answers),
                        "language" => absent("language-spoken", &mut answers),
                        "disability" => {
                            for item in ["hearing", "seeing", "concentrating", "walking", "dressing", "errands"] {
                                absent(item, &mut answers);
                            }
                        }
                        "sexual-orientation" => absent("sexual-orientation", &mut answers),
                        _ => absent("gender-identity", &mut answers),
                    }
                    g.to_owned()
                }
                None => match *dim {
                    "race-ethnicity" => {
                        let (g, codes) = pick(&mut rng, &[20, 20, 20, 25, 5, 2, 2, 6], &RACE);
                        let codes = codes.iter().map(|c| Coding::new("urn:oid:2.16.840.1.113883.6.238", *c)).collect();
                        answers.push(Answer::value("race-ethnicity", AnswerValue::Codes(codes)));
                        (*g).to_owned()
                    }
                    "language" => {
                        let l = *pick(&mut rng, &[50, 25, 10, 8, 5, 2], &LANGUAGES);
                        answers.push(Answer::value("language-spoken", AnswerValue::Code(Coding::new("urn:ietf:bcp:47", l))));
                        l.to_owned()
                    }
                    "disability" => {
                        let yes = rng.gen_bool(0.2);
                        let walking_yes = |item: &str| yes && item == "walking";
                        for item in ["hearing", "seeing", "concentrating", "walking", "dressing", "errands"] {
                            answers.push(Answer::value(item, AnswerValue::Code(loinc(if walking_yes(item) { "LA33-6" } else { "LA32-8" }))));
                        }
                        if yes { "yes" } else { "no" }.to_owned()
                    }
                    "sexual-orientation" => {
                        let (g, code) = pick(&mut rng, &[80, 8, 8, 4], &SO);
                        let system = if *code == "OTH" { "http://terminology.hl7.org/CodeSystem/v3-NullFlavor" } else { "http://snomed.info/sct" };
                        answers.push(Answer::value("sexual-orientation", AnswerValue::Code(Coding::new(system, *code))));
                        (*g).to_owned()
                    }
                    _ => {
                        let (g, code) = pick(&mut rng, &[48, 44, 5, 3], &GI);
                        answers.push(Answer::value("gender-identity", AnswerValue::Code(Coding::new("http://snomed.info/sct", *code))));
                        (*g).to_owned()
                    }
                },
            };
            standings[d] = if proxy && standing != Standing::NeverAsked { Standing::Proxy } else { standing };
            groups[d] = group;
        }
        // A member whose demographics were all left out has no demographics response; 3% of members have
        // theirs retracted (then they were never asked anything).
        if !answers.is_empty() {
            if rng.gen_bool(0.03) {
                let r = response(member_id, "demographics", &chw, at, proxy, answers);
                out.push(Record::Retraction(Retraction {
                    id: intake_model::new_id(),
                    response_id: r.id,
                    reason: "entered for the wrong member".into(),
                    recorded_by: chw.clone(),
                    recorded_at: at + Duration::minutes(5),
                }));
                out.push(Record::Response(r));
                responses += 1;
                for d in 0..5 {
                    if standings[d] != Standing::NotApplicable {
                        standings[d] = Standing::NeverAsked;
                        groups[d] = "not-asked".into();
                    }
                }
            } else if rng.gen_bool(0.05) {
                // A correction: the first response said something else (white, english, no) and is superseded.
                let first = response(
                    member_id,
                    "demographics",
                    &chw,
                    at,
                    false,
                    vec![Answer::value("race-ethnicity", AnswerValue::Codes(vec![Coding::new("urn:oid:2.16.840.1.113883.6.238", "2106-3")]))],
                );
                let mut second = response(member_id, "demographics", &chw, at, proxy, answers);
                second.supersedes = Some(first.id);
                out.push(Record::Response(first));
                out.push(Record::Response(second));
                responses += 2;
            } else {
                out.push(Record::Response(response(member_id, "demographics", &chw, at, proxy, answers)));
                responses += 1;
            }
        }

        // HRSN: screened this year, declined, screened only long ago, screened but retracted, or not at all.
        let kind = *pick(&mut rng, &[70, 3, 5, 3, 19], &[0u8, 1, 2, 3, 4]);
        let mut positive = Vec::new();
        let hrsn_proxy = rng.gen_bool(0.05);
        match kind {
            0 | 2 | 3 => {
                for d in DOMAINS {
                    if rng.gen_bool(0.3) {
                        positive.push(d);
                    }
                }
                let when = if kind == 2 { at - Duration::days(430) } else { at + Duration::minutes(20) };
                let r = response(member_id, "ahc-core", &chw, when, hrsn_proxy, screening_answers(&positive));
                if kind == 3 {
                    out.push(Record::Retraction(Retraction {
                        id: intake_model::new_id(),
                        response_id: r.id,
                        reason: "duplicate".into(),
                        recorded_by: chw.clone(),
                        recorded_at: when + Duration::minutes(1),
                    }));
                }
                out.push(Record::Response(r));
                responses += 1;
            }
            1 => {
                let answers = screening_answers(&[]).into_iter().map(|a| Answer::absent(a.item_id, AbsentReason::AskedDeclined)).collect();
                out.push(Record::Response(response(member_id, "ahc-core", &chw, at + Duration::minutes(20), hrsn_proxy, answers)));
                responses += 1;
            }
            _ => {}
        }
        standings[5] = match kind {
            0 if hrsn_proxy => Standing::Proxy,
            0 => Standing::Answered,
            1 if hrsn_proxy => Standing::Proxy,
            1 => Standing::Declined,
            _ => Standing::NeverAsked,
        };
        let screened = kind == 0;
        if !screened {
            positive.clear();
        }
        records[site_ix].1.extend(out);
        truth.push(Truth { member_id, masshealth_id, site, chw, month, standings, groups, screened, positive });
    }
    Population { truth, records, responses }
}

/// Writes the population into the hub as devices of each site would (one batch row per chunk, so exports
/// can tell when records arrived).
pub fn load(hub: &Hub, population: &Population, received_at: DateTime<Utc>) {
    for (s, (site, records)) in population.records.iter().enumerate() {
        for (k, chunk) in records.chunks(2000).enumerate() {
            let batch = intake_model::new_id().to_string();
            hub.db()
                .with_tx(|tx| -> Result<(), intake_hub::HubError> {
                    intake_hub::ingest::insert_records(tx, chunk, &batch, site)?;
                    tx.exec(
                        "INSERT INTO batches (batch_id, device_id, sequence, received_at, record_count, records_new, receipt_body, receipt_signature) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?5, '', '')",
                        &[
                            batch.as_str().into(),
                            format!("00000000-0000-0000-0000-{s:012}").into(),
                            (k as i64 + 1).into(),
                            received_at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string().into(),
                            (chunk.len() as i64).into(),
                        ],
                    )?;
                    Ok(())
                })
                .expect("load records");
        }
    }
}
