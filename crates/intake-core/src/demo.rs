//! Synthetic demo data: members with plausible names in many scripts, demographics and HRSN screenings.
//!
//! Names are random pairings of common given and family names, and every ID is made up (MassHealth IDs
//! start with 9, MRNs with `DEMO-`), so no record describes a real person. Used by `intake demo-data`, the
//! README's run command, tests and benchmarks.
//!
//! The answers use the codes of spec/instruments.md; which options indicate a need is written here beside
//! each option, as a stand-in until the instruments-as-data issue gives the app its scoring engine.

use chrono::NaiveDate;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use intake_model::{
    AbsentReason, Answer, AnswerValue, Coding, Consent, MemberIdentity, Mode, Permission, Respondent,
    TranslationStatus,
};

use crate::error::Result;
use crate::session::{NewResponse, Session};

const LOINC: &str = "http://loinc.org";
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

/// An HRSN core item: its LOINC, its options, and which options indicate a need in `domain`.
struct Item {
    loinc: &'static str,
    domain: &'static str,
    options: &'static [(&'static str, bool)],
}

const HRSN_CORE: &[Item] = &[
    Item { loinc: "71802-3", domain: "housing-instability", options: &[("LA31993-1", false), ("LA31994-9", true), ("LA31995-6", true)] },
    Item { loinc: "88122-7", domain: "food", options: &[("LA28397-0", true), ("LA6729-3", true), ("LA28398-8", false)] },
    Item { loinc: "88123-5", domain: "food", options: &[("LA28397-0", true), ("LA6729-3", true), ("LA28398-8", false)] },
    Item { loinc: "93030-5", domain: "transportation", options: &[("LA33-6", true), ("LA32-8", false)] },
    Item { loinc: "96779-4", domain: "utilities", options: &[("LA33-6", true), ("LA32-8", false), ("LA32002-0", true)] },
];

/// Adds `count` synthetic members, each with a demographics response and an HRSN core screening, and
/// opens a need for each positive domain. `saved` is told each member once its records are durable.
pub fn populate(session: &mut Session, count: usize, seed: u64, mut saved: impl FnMut(Uuid, Uuid)) -> Result<()> {
    // Demo data is made-up people in a real store: a supervisor's decision, like an import.
    session.require(Permission::ImportMembers)?;
    let mut rng = StdRng::seed_from_u64(seed);
    for _ in 0..count {
        let c = &COMMUNITIES[rng.gen_range(0..COMMUNITIES.len())];
        let identity = synthetic_identity(&mut rng, c);
        let member_id = session.create_member(identity)?.member.member_id;
        session.record_response(demographics_response(&mut rng, c, member_id))?;
        let (hrsn, needs) = hrsn_response(&mut rng, c, member_id);
        let hrsn = session.record_response(hrsn)?;
        for domain in needs {
            session.open_need(hrsn.id, domain)?;
        }
        saved(member_id, hrsn.id);
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

fn base(rng: &mut StdRng, c: &Community, member_id: Uuid, instrument: &str, version: &str) -> NewResponse {
    let proxy = rng.gen_bool(0.1);
    NewResponse {
        member_id,
        instrument_id: instrument.to_owned(),
        instrument_version: version.to_owned(),
        wording_version: version.to_owned(),
        locale: c.locale.to_owned(),
        translation_status: if c.locale == "en" { TranslationStatus::Reference } else { TranslationStatus::Draft },
        mode: [Mode::InPerson, Mode::Phone, Mode::Video][rng.gen_range(0..3)],
        interpreter_used: c.locale != "en" && rng.gen_bool(0.3),
        respondent: if proxy {
            Respondent::ReportedByRelatedPerson { relationship: "daughter".into() }
        } else {
            Respondent::SelfReported
        },
        consent: Consent { screening: true, share_for_referral: rng.gen_bool(0.7) },
        started_at: chrono::Utc::now() - chrono::Duration::minutes(rng.gen_range(5..30)),
        supersedes: None,
        answers: Vec::new(),
    }
}

fn demographics_response(rng: &mut StdRng, c: &Community, member_id: Uuid) -> NewResponse {
    let mut r = base(rng, c, member_id, "demographics", "2026.1");
    let race = if rng.gen_bool(0.1) {
        Answer::absent("race-ethnicity", AbsentReason::AskedDeclined)
    } else {
        let n = rng.gen_range(1..=c.race.len());
        Answer::value(
            "race-ethnicity",
            AnswerValue::Codes(c.race[..n].iter().map(|code| Coding::new(CDC_RACE, *code)).collect()),
        )
    };
    r.answers.push(race);
    r.answers.push(Answer::value("language-spoken", AnswerValue::Code(Coding::new("urn:ietf:bcp:47", c.locale))));
    r.answers.push(if rng.gen_bool(0.15) {
        Answer::absent("sexual-orientation", AbsentReason::AskedDeclined)
    } else {
        Answer::value("sexual-orientation", AnswerValue::Code(Coding::new("http://snomed.info/sct", "20430005")))
    });
    r.answers.push(Answer::value(
        "disability-hearing",
        AnswerValue::Code(Coding::new(LOINC, if rng.gen_bool(0.1) { "LA33-6" } else { "LA32-8" })),
    ));
    r
}

fn hrsn_response(rng: &mut StdRng, c: &Community, member_id: Uuid) -> (NewResponse, Vec<&'static str>) {
    let mut r = base(rng, c, member_id, "ahc-hrsn-core", "2018");
    let mut needs = Vec::new();
    for item in HRSN_CORE {
        if rng.gen_bool(0.05) {
            r.answers.push(Answer::absent(item.loinc, AbsentReason::AskedDeclined));
            continue;
        }
        // Weight towards the no-need option so the demo looks like a real clinic, not a crisis.
        let (code, positive) = if rng.gen_bool(0.7) {
            *item.options.iter().find(|(_, p)| !p).unwrap_or(&item.options[0])
        } else {
            item.options[rng.gen_range(0..item.options.len())]
        };
        if positive && !needs.contains(&item.domain) {
            needs.push(item.domain);
        }
        r.answers.push(Answer::value(item.loinc, AnswerValue::Code(Coding::new(LOINC, code))));
    }
    (r, needs)
}
