//! Scoring, rule by rule, with the edges that matter: a single "sometimes true", safety totals of exactly
//! 10 and 11, three of four safety items, 3 days x 50 minutes, a PHQ-2 of 3, a declined item in each domain,
//! and age rules at their boundaries. One table per instrument, one `check` helper.

use std::collections::HashMap;

use intake_model::instrument::{self, Instrument, ItemKind};
use intake_model::{AbsentReason, Answer, AnswerValue, Outcome, ScoringContext};

/// Builds answers from a compact notation: `item=option`, `item=a+b` (multi), `item=#3` (number),
/// `item=!declined` / `item=!unknown` / `item=!not-asked`.
fn answers(inst: &Instrument, spec: &str) -> Vec<Answer> {
    spec.split_whitespace()
        .map(|pair| {
            let (item_id, v) = pair.split_once('=').expect("item=value");
            let item = inst.item(item_id).unwrap_or_else(|| panic!("no item {item_id}"));
            if let Some(reason) = v.strip_prefix('!') {
                let reason = match reason {
                    "declined" => AbsentReason::AskedDeclined,
                    "unknown" => AbsentReason::AskedUnknown,
                    _ => AbsentReason::NotAsked,
                };
                return Answer::absent(item_id, reason);
            }
            if let Some(n) = v.strip_prefix('#') {
                return Answer::value(item_id, AnswerValue::Integer(n.parse().expect("number")));
            }
            let code = |id: &str| {
                item.options.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("{item_id} has no {id}")).code.clone()
            };
            match item.kind {
                ItemKind::Multi => Answer::value(item_id, AnswerValue::Codes(v.split('+').map(code).collect())),
                _ => Answer::value(item_id, AnswerValue::Code(code(v))),
            }
        })
        .collect()
}

fn check(instrument: &str, version: &str, age: Option<u32>, spec: &str, domain: &str, expected: Outcome) {
    let inst = instrument::find(instrument, version).expect("instrument");
    let a = answers(inst, spec);
    let ctx = ScoringContext { age, settings: HashMap::new() };
    let scores = inst.score(&a, &ctx);
    let got = scores.iter().find(|s| s.domain == domain).unwrap_or_else(|| panic!("no domain {domain}"));
    assert_eq!(got.outcome, expected, "{instrument} {domain} with [{spec}] age {age:?}");
}

use Outcome::{Negative as N, NotScored as X, Positive as P};

#[test]
fn ahc_core_domains() {
    for (spec, domain, expected) in [
        ("living-situation=steady", "housing-instability", N),
        ("living-situation=worried", "housing-instability", P),
        ("living-situation=not-steady", "housing-instability", P),
        ("living-situation=!declined", "housing-instability", X),
        ("", "housing-instability", X),
        ("housing-problems=none", "housing-quality", N),
        ("housing-problems=mold", "housing-quality", P),
        ("housing-problems=pests+leaks", "housing-quality", P),
        ("housing-problems=!declined", "housing-quality", X),
        // Hunger Vital Sign: one "sometimes true" is enough.
        ("food-worry=sometimes food-ran-out=never", "food", P),
        ("food-worry=never food-ran-out=sometimes", "food", P),
        ("food-worry=often food-ran-out=often", "food", P),
        ("food-worry=never food-ran-out=never", "food", N),
        ("food-worry=never food-ran-out=!declined", "food", X),
        ("food-worry=sometimes food-ran-out=!declined", "food", P),
        ("transportation=yes", "transportation", P),
        ("transportation=no", "transportation", N),
        ("transportation=!declined", "transportation", X),
        ("utilities=yes", "utilities", P),
        ("utilities=already-shut-off", "utilities", P),
        ("utilities=no", "utilities", N),
        ("utilities=!declined", "utilities", X),
        // Safety: the sum of four items (1-5 each) must be greater than 10.
        ("safety-hurt=never safety-insult=never safety-threaten=never safety-scream=never", "interpersonal-safety", N),
        // exactly 10: 1 + 2 + 3 + 4
        ("safety-hurt=never safety-insult=rarely safety-threaten=sometimes safety-scream=fairly-often", "interpersonal-safety", N),
        // exactly 11: 1 + 2 + 3 + 5
        ("safety-hurt=never safety-insult=rarely safety-threaten=sometimes safety-scream=frequently", "interpersonal-safety", P),
        // three of four answered, even at the maximum: not scored, never negative or positive
        ("safety-hurt=frequently safety-insult=frequently safety-threaten=frequently", "interpersonal-safety", X),
        ("safety-hurt=frequently safety-insult=frequently safety-threaten=frequently safety-scream=!declined", "interpersonal-safety", X),
        ("safety-hurt=never safety-insult=never safety-threaten=never safety-scream=!declined", "interpersonal-safety", X),
    ] {
        check("ahc-core", "2018", Some(40), spec, domain, expected);
    }
}

#[test]
fn ahc_supplemental_domains() {
    for (age, spec, domain, expected) in [
        (40, "financial-strain=very-hard", "financial-strain", P),
        (40, "financial-strain=somewhat-hard", "financial-strain", P),
        (40, "financial-strain=not-hard", "financial-strain", N),
        (40, "financial-strain=!declined", "financial-strain", X),
        (40, "employment=finding", "employment", P),
        (40, "employment=keeping", "employment", P),
        (40, "employment=no-help", "employment", N),
        (40, "employment=!declined", "employment", X),
        (40, "daily-help=little-more loneliness=never", "family-community-support", P),
        (40, "daily-help=all-help loneliness=often", "family-community-support", P),
        (40, "daily-help=no-need loneliness=sometimes", "family-community-support", N),
        (40, "daily-help=no-need loneliness=!declined", "family-community-support", X),
        (40, "school-training=yes", "education", P),
        (40, "school-training=no other-language=yes", "education", N),
        (40, "school-training=!declined", "education", X),
        // 3 days x 50 minutes is 150: not below 150.
        (40, "exercise-days=#3 exercise-minutes=#50", "physical-activity", N),
        (40, "exercise-days=#3 exercise-minutes=#40", "physical-activity", P),
        (40, "exercise-days=#5 exercise-minutes=#30", "physical-activity", N),
        (40, "exercise-days=#0", "physical-activity", P),
        (40, "exercise-days=#3", "physical-activity", X),
        (40, "exercise-days=!declined", "physical-activity", X),
        (40, "alcohol=never tobacco=never prescription-misuse=never illegal-drugs=never", "substance-use", N),
        (40, "alcohol=never tobacco=once-or-twice prescription-misuse=never illegal-drugs=never", "substance-use", P),
        (40, "alcohol=never tobacco=never prescription-misuse=never illegal-drugs=!declined", "substance-use", X),
        // PHQ-2 of 3 is positive; 2 with low stress is negative.
        (40, "little-interest=several-days feeling-down=more-than-half stress=not-at-all", "mental-health", P),
        (40, "little-interest=several-days feeling-down=several-days stress=a-little", "mental-health", N),
        (40, "little-interest=not-at-all feeling-down=not-at-all stress=quite-a-bit", "mental-health", P),
        (40, "little-interest=nearly-every-day feeling-down=!declined stress=not-at-all", "mental-health", X),
        (40, "concentrating=yes errands=no", "disabilities", P),
        (40, "concentrating=no errands=no", "disabilities", N),
        (40, "concentrating=no errands=!declined", "disabilities", X),
        // Age rules: errands applies from 15, concentrating from 5.
        (14, "concentrating=no", "disabilities", N),
        (15, "concentrating=no", "disabilities", X),
        (15, "concentrating=no errands=yes", "disabilities", P),
        (4, "", "disabilities", N),
        (5, "", "disabilities", X),
    ] {
        check("ahc-supp", "2018", Some(age), spec, domain, expected);
    }
}

#[test]
fn digital_access_domains() {
    for (spec, domain, expected) in [
        ("internet-home=none devices=smartphone", "digital-access", P),
        ("internet-home=home internet-reliable=sometimes devices=computer", "digital-access", P),
        ("internet-home=home internet-reliable=yes devices=none", "digital-access", P),
        ("internet-home=phone-only internet-reliable=yes devices=smartphone", "digital-access", N),
        ("internet-home=home internet-reliable=!declined devices=smartphone", "digital-access", X),
        ("confidence=a-little help-available=no", "digital-literacy", P),
        ("confidence=not-at-all help-available=yes", "digital-literacy", N),
        ("confidence=very help-available=no", "digital-literacy", N),
        ("confidence=a-little help-available=!declined", "digital-literacy", X),
    ] {
        check("digital-access", "1", Some(40), spec, domain, expected);
    }
}

#[test]
fn homelessness_is_flagged_and_safety_is_discreet() {
    let inst = instrument::find("ahc-core", "2018").expect("instrument");
    let ctx = ScoringContext::default();
    let s = inst.score(&answers(inst, "living-situation=not-steady"), &ctx);
    assert_eq!(s[0].flags, vec!["homelessness"]);
    let s = inst.score(&answers(inst, "living-situation=worried"), &ctx);
    assert!(s[0].flags.is_empty());
    let safety = inst
        .score(&answers(inst, "safety-hurt=frequently safety-insult=frequently safety-threaten=never safety-scream=never"), &ctx)
        .into_iter()
        .find(|d| d.domain == "interpersonal-safety")
        .expect("safety");
    assert!(safety.discreet);
    assert_eq!(safety.total, Some(12));
}

#[test]
fn validation_refuses_what_a_screen_must_not_save() {
    let core = instrument::find("ahc-core", "2018").expect("core");
    let supp = instrument::find("ahc-supp", "2018").expect("supp");
    let demo = instrument::find("demographics", "2026.1").expect("demographics");
    let none = HashMap::new();
    let reason = |inst: &Instrument, age: Option<u32>, spec: &str, complete: bool| {
        inst.validate(&answers(inst, spec), age, &none, complete).err().map(|e| e.reason)
    };
    assert_eq!(reason(core, None, "housing-problems=none+mold", false), Some("exclusive-option"));
    assert_eq!(reason(core, None, "housing-problems=mold+leaks", false), None);
    assert_eq!(reason(supp, None, "exercise-days=#8", false), Some("out-of-range"));
    assert_eq!(reason(supp, None, "exercise-days=#3 exercise-minutes=#45", false), Some("out-of-range"));
    assert_eq!(reason(supp, None, "exercise-days=#0 exercise-minutes=#30", false), Some("not-enabled"));
    assert_eq!(reason(supp, None, "exercise-days=#0 exercise-minutes=!not-asked", false), None);
    assert_eq!(reason(supp, Some(14), "errands=yes", false), Some("not-enabled"));
    assert_eq!(reason(supp, Some(15), "errands=yes", false), None);
    // "Don't know" is offered where it fits, not everywhere.
    assert_eq!(reason(core, None, "transportation=!unknown", false), Some("absent-not-offered"));
    assert_eq!(reason(demo, Some(30), "sexual-orientation=!unknown", false), None);
    // SOGI is asked of adults: 18 by default, a site setting can change it.
    assert_eq!(reason(demo, Some(17), "gender-identity=female", false), Some("not-enabled"));
    let sixteen = HashMap::from([("sogi-min-age".to_owned(), 16)]);
    assert!(demo.validate(&answers(demo, "gender-identity=female"), Some(17), &sixteen, false).is_ok());
    // A complete screening answers every required item that applies (a declined answer counts).
    let all_core = "living-situation=steady housing-problems=none food-worry=never food-ran-out=!declined \
        transportation=no utilities=no safety-hurt=never safety-insult=never safety-threaten=never safety-scream=never";
    assert_eq!(reason(core, None, all_core, true), None);
    assert_eq!(reason(core, None, "living-situation=steady", true), Some("required-missing"));
    // The write-in appears only when "another group" is chosen.
    let write_in = Answer::value("race-ethnicity-other", AnswerValue::Text("Hmong-Lao".into()));
    let mut a = answers(demo, "race-ethnicity=asian+korean");
    a.push(write_in.clone());
    assert_eq!(demo.validate(&a, None, &none, false).err().map(|e| e.reason), Some("not-enabled"));
    let mut a = answers(demo, "race-ethnicity=asian+another");
    a.push(write_in);
    assert_eq!(demo.validate(&a, None, &none, false).err().map(|e| e.reason), None);
    // A value must be of the item's kind, and an option of the item.
    let wrong = vec![Answer::value("exercise-days", AnswerValue::Text("three".into()))];
    assert_eq!(supp.validate(&wrong, None, &none, false).err().map(|e| e.reason), Some("wrong-kind"));
    let foreign = answers(core, "food-worry=often");
    let moved = vec![Answer { item_id: "transportation".into(), outcome: foreign[0].outcome.clone() }];
    assert_eq!(core.validate(&moved, None, &none, false).err().map(|e| e.reason), Some("unknown-option"));
}
