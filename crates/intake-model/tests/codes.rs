//! Codes and wording checked against their sources:
//! - every CDC race and ethnicity code and display against the HL7 terminology package (an extract shipped
//!   in `tests/data/cdc-race-ethnicity.json`, made by `scripts/extract-cdc-race-codes.py`);
//! - every LOINC item and answer code, and the English wording of the validated instruments, against the
//!   tables of `spec/instruments.md` and `spec/demographics.md` (read from `../shared/spec`, beside the
//!   repository, as on every developer machine and in CI).

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use fluent_syntax::ast;
use intake_model::instrument::{self, Item};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The English reference messages as plain text (message value, text elements only).
fn english() -> HashMap<String, String> {
    let mut out = HashMap::new();
    for entry in std::fs::read_dir(workspace().join("locales/en")).expect("locales/en") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read ftl");
        let res = fluent_syntax::parser::parse(text.as_str()).expect("English parses");
        for e in res.body {
            if let ast::Entry::Message(m) = e {
                let value = m.value.map(|p| {
                    p.elements
                        .iter()
                        .filter_map(|el| match el {
                            ast::PatternElement::TextElement { value } => Some(*value),
                            _ => None,
                        })
                        .collect::<String>()
                });
                out.insert(m.id.name.to_owned(), value.unwrap_or_default());
            }
        }
    }
    out
}

fn spec(name: &str) -> String {
    // The spec lives beside the repository (`../shared/spec`), or where INTAKE_SPEC_DIR says.
    let dir = std::env::var_os("INTAKE_SPEC_DIR").map(PathBuf::from).unwrap_or_else(|| workspace().join("../shared/spec"));
    let path = dir.join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{} is needed beside the repository: {e}", path.display()))
}

fn items_with_code(code: &str) -> Vec<(&'static str, &'static Item)> {
    instrument::all()
        .expect("instruments load")
        .iter()
        .flat_map(|i| i.items.iter().map(move |it| (i.id.as_str(), it)))
        .filter(|(_, it)| it.code.as_ref().is_some_and(|c| c.system == "http://loinc.org" && c.code == code))
        .collect()
}

fn normalize(s: &str) -> String {
    let s = s.replace('\u{2019}', "'");
    let no_age = regex_lite::Regex::new(r"\s*\(\d+ years old or older\)").expect("regex").replace_all(&s, "");
    no_age.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn loinc_codes_and_wording_match_the_spec_tables() {
    let en = english();
    let item_code = regex_lite::Regex::new(r"^(\d{4,6}-\d)( \[check\])?$").expect("regex");
    let answer_code = regex_lite::Regex::new(r"\((?:SNOMED |v3-NullFlavor )?(LA\d+-\d|\d{6,}|OTH|F|M)\)").expect("regex");
    let mut checked_items = 0;
    let mut checked_options = 0;
    for file in ["instruments.md", "demographics.md"] {
        let mut previous_answers: Option<String> = None;
        let text = spec(file);
        // In demographics.md the LOINC tables start at the disability section; the race table's CDC codes
        // are checked against the HL7 package below.
        let start = if file == "demographics.md" { text.find("## Disability").expect("section") } else { 0 };
        for line in text[start..].lines().filter(|l| l.starts_with('|')) {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            let Some(pos) = cells.iter().position(|c| item_code.is_match(c)) else { continue };
            let code = item_code.captures(cells[pos]).expect("captures")[1].to_owned();
            let wording = cells.get(pos + 1).copied().unwrap_or_default();
            let mut answers = cells.get(pos + 2).copied().unwrap_or_default().to_owned();
            if answers.starts_with("same as") {
                answers = previous_answers.clone().unwrap_or_default();
            } else if answer_code.is_match(&answers) {
                previous_answers = Some(answers.clone());
            }
            if wording.starts_with("sum of") {
                // A computed total: it is the scoring rule's code, not an item.
                let totals: Vec<_> = instrument::all()
                    .expect("instruments")
                    .iter()
                    .flat_map(|i| i.scoring.iter().filter_map(|d| d.total_code.as_ref()))
                    .filter(|c| c.code == code)
                    .collect();
                assert_eq!(totals.len(), 1, "{code} is the code of one computed total");
                checked_items += 1;
                continue;
            }
            let ours = items_with_code(&code);
            assert!(!ours.is_empty(), "{file}: LOINC {code} ({wording}) is in no instrument");
            for (instrument, item) in ours {
                // The wording of a validated instrument is kept verbatim in English.
                let text = en.get(&item.message).unwrap_or_else(|| panic!("no English for {}", item.message));
                let wording = wording.trim_end_matches(" (Yes / No)");
                if !wording.is_empty() && !wording.starts_with("sum of") {
                    assert_eq!(normalize(text), normalize(wording), "{instrument} {} wording", item.id);
                }
                // Answer codes: the same set, and each option's text verbatim.
                let spec_codes: BTreeSet<String> = answer_code.captures_iter(&answers).map(|c| c[1].to_owned()).collect();
                if spec_codes.is_empty() {
                    continue;
                }
                // Our local codes (where the spec gives none) are not in the spec.
                let our_codes: BTreeSet<String> = item
                    .options
                    .iter()
                    .filter(|o| o.code.system != "urn:equity-intake:local")
                    .map(|o| o.code.code.clone())
                    .collect();
                // "Don't know (UNK)" and "Choose not to answer (ASKU)" are absent reasons here, not options.
                assert_eq!(our_codes, spec_codes, "{instrument} {} answer codes", item.id);
                for part in answers.split(';') {
                    let Some(c) = answer_code.captures(part) else { continue };
                    let label = part[..c.get(0).expect("match").start()].trim().trim_start_matches('*');
                    let label = label.trim_end_matches(|ch: char| ch.is_ascii_digit() || ch == ' ');
                    let option = item.options.iter().find(|o| o.code.code == c[1]).expect("option");
                    let text = en.get(&option.message).unwrap_or_else(|| panic!("no English for {}", option.message));
                    assert_eq!(normalize(text), normalize(label), "{instrument} {} option {}", item.id, option.id);
                    checked_options += 1;
                }
            }
            checked_items += 1;
        }
    }
    // The spec has 10 core, 17 supplemental, 6 disability and 4 SOGI rows with LOINC codes.
    assert!(checked_items >= 37, "only {checked_items} spec rows were checked");
    assert!(checked_options >= 60, "only {checked_options} answer options were checked");
}

#[test]
fn panel_codes_match_the_spec() {
    let core = instrument::find("ahc-core", "2018").expect("core");
    let supp = instrument::find("ahc-supp", "2018").expect("supp");
    assert_eq!(core.code.as_ref().map(|c| c.code.as_str()), Some("96777-8"));
    assert_eq!(supp.code.as_ref().map(|c| c.code.as_str()), Some("97023-6"));
    let spec = spec("instruments.md");
    assert!(spec.contains("panel LOINC 96777-8") && spec.contains("panel LOINC 97023-6"));
}

/// Where our label differs from the code system's display on purpose.
const KNOWN_LABEL_DIFFERENCES: &[(&str, &str)] = &[
    // The code system misspells it; spec/demographics.md says keep our label, match the code.
    ("2127-9", "Israeili"),
    // OMB SPD-15 (2024) wording; the code system keeps the 1997 "Other".
    ("2076-8", "Native Hawaiian or Other Pacific Islander"),
];

#[test]
fn cdc_race_and_ethnicity_codes_match_the_hl7_terminology_package() {
    let extract: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/cdc-race-ethnicity.json"))
            .expect("extract"),
    )
    .expect("json");
    assert_eq!(extract["system"], "urn:oid:2.16.840.1.113883.6.238");
    let en = english();
    let demo = instrument::find("demographics", "2026.1").expect("demographics");
    let race = demo.item("race-ethnicity").expect("item");
    let mut checked = 0;
    for option in &race.options {
        if option.code.system != "urn:oid:2.16.840.1.113883.6.238" {
            assert_eq!(option.code.system, "urn:equity-intake:local", "{}", option.id);
            continue;
        }
        let source = &extract["codes"][&option.code.code];
        let display = source["display"].as_str().unwrap_or_else(|| panic!("{} is not in the code system", option.code.code));
        let ours = en.get(&option.message).expect("English label");
        match KNOWN_LABEL_DIFFERENCES.iter().find(|(c, _)| *c == option.code.code) {
            Some((_, theirs)) => assert_eq!(display, *theirs, "{}: the known difference changed", option.code.code),
            None => assert_eq!(ours, display, "{} display", option.code.code),
        }
        checked += 1;
    }
    assert_eq!(checked, 58, "7 categories and 51 detailed groups");
    // Hispanic or Latino is an ethnicity code; the rest are race codes.
    assert_eq!(extract["codes"]["2135-2"]["file"], "Ethnicity");
    assert_eq!(extract["codes"]["2186-5"]["display"], "Not Hispanic or Latino");
}

#[test]
fn every_instrument_message_exists_in_english() {
    let en = english();
    for inst in instrument::all().expect("instruments load") {
        for id in inst.message_ids() {
            assert!(en.contains_key(&id), "{}: no English message {id}", inst.id);
        }
    }
}
