//! Synthetic demo data: members with plausible names in many scripts, demographics and HRSN screenings.
//!
//! Names are random pairings of common given and family names, and every ID is made up (MassHealth IDs
//! start with 9, MRNs with `DEMO-`), so no record describes a real person. Used by `intake demo-data`, the
//! README's run command, tests and benchmarks.
//!
//! Answers are drawn from the instruments themselves (valid options, skip logic, age rules), and needs are
//! opened by the same scoring any screening goes through.

use chrono::NaiveDate;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use intake_model::instrument::{self, Instrument, ItemKind};
use intake_model::{AbsentReason, Answer, AnswerValue, Coding, Consent, MemberIdentity, Mode, Permission, Respondent};

use crate::error::Result;
use crate::session::{NewResponse, Session};

const BCP47: &str = "urn:ietf:bcp:47";
const CDC_RACE: &str = "urn:oid:2.16.840.1.113883.6.238";

/// (locale, given names, family names, race/ethnicity codes typical of the community — all synthetic).
struct Community {
    locale: &'static str,
    given: &'static [&'static str],
    family: &'static [&'static str],
    race: &'static [&'static str],
}

const COMMUNITIES: &[Community] = &[
    Community { locale: "es", given: &["María", "José", "Lucía", "Jorge", "Ana", "Andrés"], family: &["García", "Rodríguez", "Pérez", "Álvarez", "Muñoz", "Peña"], race: &["2135-2", "2180-8", "2184-0"] },
    Community { locale: "pt", given: &["João", "Conceição", "Thiago", "Luíza"], family: &["Gonçalves", "Tavares", "Araújo", "Simões"], race: &["2106-3"] },
    Community { locale: "kea", given: &["Djeneba", "Nilton", "Ivone"], family: &["Fortes", "Monteiro", "Semedo"], race: &["2054-5"] },
    Community { locale: "ht", given: &["Jean", "Marie-Claude", "Wisly", "Nadège"], family: &["Baptiste", "Desrosiers", "Jean-Louis", "Pierre"], race: &["2054-5", "2071-9"] },
    Community { locale: "vi", given: &["Hằng", "Minh", "Đức", "Thảo"], family: &["Nguyễn", "Trần", "Lê", "Phạm"], race: &["2028-9", "2047-9"] },
    Community { locale: "ar", given: &["أحمد", "فاطمة", "ليلى", "يوسف"], family: &["الحسن", "حداد", "منصور", "العلي"], race: &["2118-8"] },
    Community { locale: "zh-Hans", given: &["伟", "秀英", "小明", "丽"], family: &["陈", "李", "王", "黄"], race: &["2028-9", "2034-7"] },
    Community { locale: "ru", given: &["Анна", "Дмитрий", "Ольга", "Сергей"], family: &["Смирнова", "Иванов", "Кузнецова", "Попов"], race: &["2106-3"] },
    Community { locale: "km", given: &["សុខា", "ដារ៉ា", "វណ្ណា"], family: &["ចាន់", "សុខ", "ម៉ៅ"], race: &["2028-9", "2033-9"] },
    Community { locale: "am", given: &["አበበ", "ትዕግስት", "ሰላም"], family: &["በቀለ", "ተስፋዬ", "ገብሬ"], race: &["2054-5", "2062-8"] },
    Community { locale: "ne", given: &["सुनीता", "राम", "बिमला"], family: &["शर्मा", "गुरुङ", "थापा"], race: &["2028-9", "2050-3"] },
    Community { locale: "ko", given: &["민준", "서연", "지호"], family: &["김", "이", "박"], race: &["2028-9", "2040-4"] },
    Community { locale: "so", given: &["Faadumo", "Maxamed", "Cabdi", "Hodan"], family: &["Warsame", "Cali", "Xasan"], race: &["2054-5"] },
    Community { locale: "el", given: &["Ολυμπία", "Γιώργος", "Ελένη"], family: &["Παπαδοπούλου", "Νικολάου", "Γεωργίου"], race: &["2106-3"] },
    Community { locale: "pl", given: &["Łukasz", "Małgorzata", "Zofia"], family: &["Wróbel", "Kowalska", "Nowak"], race: &["2106-3", "2115-4"] },
    Community { locale: "en", given: &["Taylor", "Jordan", "Casey", "Morgan"], family: &["O'Neil", "Sullivan", "Brooks", "Walsh"], race: &["2106-3", "2054-5", "2113-9"] },
];

/// Adds `count` synthetic members, each with a demographics response and an AHC core screening (needs are
/// opened by the scoring, as for any screening). `saved` is told each member once its records are durable.
pub fn populate(session: &mut Session, count: usize, seed: u64, mut saved: impl FnMut(Uuid, Uuid)) -> Result<()> {
    // Demo data is made-up people in a real store: a supervisor's decision, like an import.
    session.require(Permission::ImportMembers)?;
    let mut rng = StdRng::seed_from_u64(seed);
    let settings = session.settings()?;
    for _ in 0..count {
        let c = &COMMUNITIES[rng.gen_range(0..COMMUNITIES.len())];
        let identity = synthetic_identity(&mut rng, c);
        let age = chrono::Utc::now().date_naive().years_since(identity.date_of_birth);
        let member_id = session.create_member(identity)?.member.member_id;
        let demographics = instrument::find("demographics", "2026.1")?;
        let mut answers = Vec::new();
        answers.push(race_answer(&mut rng, c));
        answers.push(Answer::value("language-spoken", AnswerValue::Code(Coding::new(BCP47, language_code(c.locale)))));
        let demo_answers = synthetic_answers(&mut rng, demographics, answers, age, &settings);
        session.record_response(new_response(&mut rng, c, member_id, demographics, demo_answers))?;
        let core = instrument::find("ahc-core", "2018")?;
        let core_answers = synthetic_answers(&mut rng, core, Vec::new(), age, &settings);
        let recorded = session.record_response(new_response(&mut rng, c, member_id, core, core_answers))?;
        saved(member_id, recorded.response.id);
    }
    Ok(())
}

/// Just identities, for bulk imports and benchmarks.
pub fn identities(count: usize, seed: u64) -> Vec<MemberIdentity> {
    let mut rng = StdRng::seed_from_u64(seed);
    (0..count)
        .map(|_| {
            let c = &COMMUNITIES[rng.gen_range(0..COMMUNITIES.len())];
            synthetic_identity(&mut rng, c)
        })
        .collect()
}

fn synthetic_identity(rng: &mut StdRng, c: &Community) -> MemberIdentity {
    let pick = |rng: &mut StdRng, xs: &[&str]| xs[rng.gen_range(0..xs.len())].to_owned();
    let days = rng.gen_range(0..(80 * 365));
    let dob = NaiveDate::from_ymd_opt(1940, 1, 1).unwrap_or_default() + chrono::Days::new(days);
    MemberIdentity {
        given_name: pick(rng, c.given),
        family_name: pick(rng, c.family),
        date_of_birth: dob,
        masshealth_id: rng.gen_bool(0.8).then(|| format!("9{:011}", rng.gen_range(0..100_000_000_000u64))),
        mrn: rng.gen_bool(0.6).then(|| format!("DEMO-{:06}", rng.gen_range(0..1_000_000))),
    }
}

fn new_response(rng: &mut StdRng, c: &Community, member_id: Uuid, inst: &Instrument, answers: Vec<Answer>) -> NewResponse {
    NewResponse {
        member_id,
        instrument_id: inst.id.clone(),
        instrument_version: inst.version.clone(),
        locale: c.locale.to_owned(),
        mode: [Mode::InPerson, Mode::Phone, Mode::Video][rng.gen_range(0..3)],
        interpreter_used: c.locale != "en" && rng.gen_bool(0.3),
        respondent: if rng.gen_bool(0.1) {
            Respondent::ReportedByRelatedPerson { relationship: "daughter".into() }
        } else {
            Respondent::SelfReported
        },
        consent: Consent { screening: true, share_for_referral: rng.gen_bool(0.7) },
        started_at: chrono::Utc::now() - chrono::Duration::minutes(rng.gen_range(5..30)),
        supersedes: None,
        answers,
    }
}

/// The demographics' language list uses ISO 639-3 `prs` for Dari, as members know it.
fn language_code(locale: &str) -> &str {
    if locale == "fa-AF" { "prs" } else { locale }
}

fn race_answer(rng: &mut StdRng, c: &Community) -> Answer {
    if rng.gen_bool(0.1) {
        return Answer::absent("race-ethnicity", AbsentReason::AskedDeclined);
    }
    let n = rng.gen_range(1..=c.race.len());
    Answer::value("race-ethnicity", AnswerValue::Codes(c.race[..n].iter().map(|code| Coding::new(CDC_RACE, *code)).collect()))
}

/// Answers every required item that applies (and some optional ones), at random but valid: options of the
/// item, numbers in range, exclusive options alone, and now and then "choose not to answer".
fn synthetic_answers(
    rng: &mut StdRng,
    inst: &Instrument,
    mut answers: Vec<Answer>,
    age: Option<u32>,
    settings: &std::collections::HashMap<String, u32>,
) -> Vec<Answer> {
    for item in &inst.items {
        if answers.iter().any(|a| a.item_id == item.id) || !inst.is_enabled(item, &answers, age, settings) {
            continue;
        }
        if !item.required && rng.gen_bool(0.5) {
            continue;
        }
        if rng.gen_bool(0.05) && item.absent.contains(&AbsentReason::AskedDeclined) {
            answers.push(Answer::absent(&item.id, AbsentReason::AskedDeclined));
            continue;
        }
        let value = match item.kind {
            ItemKind::Single => {
                // The first option is most often the "no need" answer; favour it, as a real clinic would see.
                let i = if rng.gen_bool(0.6) { 0 } else { rng.gen_range(0..item.options.len()) };
                AnswerValue::Code(item.options[i].code.clone())
            }
            ItemKind::Multi => match item.options.iter().find(|o| o.exclusive) {
                Some(none) if rng.gen_bool(0.6) => AnswerValue::Codes(vec![none.code.clone()]),
                _ => {
                    let plain: Vec<_> = item.options.iter().filter(|o| !o.exclusive).collect();
                    AnswerValue::Codes(vec![plain[rng.gen_range(0..plain.len())].code.clone()])
                }
            },
            ItemKind::Integer => match (&item.allowed, item.range) {
                (Some(allowed), _) => AnswerValue::Integer(allowed[rng.gen_range(0..allowed.len())]),
                (None, Some((lo, hi))) => AnswerValue::Integer(rng.gen_range(lo..=hi)),
                (None, None) => AnswerValue::Integer(rng.gen_range(0..10)),
            },
            ItemKind::Date | ItemKind::Text => continue,
        };
        answers.push(Answer::value(&item.id, value));
    }
    answers
}
