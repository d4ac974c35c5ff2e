//! Locale tests that every locale must pass, present and future: each file parses with no junk (Fluent's
//! own parser); every English message exists with the same variables and attributes; plural selectors
//! have the categories the locale needs; a message identical to English is a name, code or number on the
//! allow-list; the index matches spec/languages.md; statuses are honest.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;
use intake_core::l10n::{Localizer, Status};

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Messages that may read the same as English: (locale or "*", message id). Every entry is a name, a code, a
/// number, or a word that is spelt the same in that language.
const IDENTICAL_ALLOWED: &[(&str, &str)] = &[
    // Lines of codes and ids for scripts; their only words are the English command's own.
    ("*", "cli-demo-saved"),
    ("*", "cli-response-line"),
    ("*", "cli-need-line"),
    ("*", "cli-error"),
    // Spanish words spelt as in English: "No", "PIN" (what staff call it), "supervisor", and group names
    // communities use in Spanish as in English.
    ("es", "common-yes-no-no"),
    ("es", "ahc-core-utilities-no"),
    ("es", "digital-access-internet-home-none"),
    ("es", "digital-access-internet-reliable-no"),
    ("es", "error-field-pin"),
    ("es", "role-supervisor"),
    ("es", "demographics-race-ethnicity-filipino"),
    ("es", "demographics-race-ethnicity-hmong"),
    ("es", "demographics-sexual-orientation-bisexual"),
    // The product's name, and the Hmong people's own name, in Latin letters in every locale.
    ("*", "app-title"),
    ("*", "demographics-race-ethnicity-hmong"),
    // Words spelt as in English in that language (each translator's note in locales/NOTES.md says why).
    ("de", "app-field-pin"), // "PIN" is the word staff use
    ("de", "app-state"), // "Status" is spelt the same
    ("de", "error-field-pin"), // "PIN" is the word staff use
    ("de", "digital-access-devices-smartphone"), // the everyday loanword
    ("de", "digital-access-devices-tablet"), // the everyday loanword
    ("es", "app-field-pin"), // "PIN" is the word staff use
    ("fr", "app-field-instruments"), // "Questionnaires" is spelt the same in French
    ("fr", "error-field-supersedes"), // "correction" is spelt the same in French
    ("fr", "error-field-item"), // "question" is spelt the same in French
    ("fr", "demographics-race-ethnicity-samoan"), // spelt the same in French
    ("it", "ahc-core-utilities-no"), // "No" is spelt the same
    ("it", "app-field-pin"), // "PIN" is the word staff use
    ("it", "error-field-pin"), // "PIN" is the word staff use
    ("it", "error-field-file"), // the everyday word
    ("it", "common-yes-no-no"), // "No" is spelt the same
    ("it", "demographics-race-ethnicity-taiwanese"), // spelt the same in Italian
    ("it", "demographics-race-ethnicity-nepalese"), // spelt the same in Italian
    ("it", "demographics-race-ethnicity-bhutanese"), // spelt the same in Italian
    ("it", "digital-access-internet-home-none"), // "No" is spelt the same
    ("it", "digital-access-internet-reliable-no"), // "No" is spelt the same
    ("it", "digital-access-devices-tablet"), // the everyday loanword
    ("kea", "app-field-pin"), // "PIN" is the word staff use
    ("kea", "error-field-pin"), // "PIN" is the word staff use
    ("kea", "digital-access-devices-tablet"), // the everyday loanword
    ("pl", "digital-access-devices-tablet"), // the everyday loanword
    ("pt", "app-field-pin"), // "PIN" is the word staff use
    ("pt", "error-field-pin"), // "PIN" is the word staff use
    ("pt", "role-supervisor"), // the word used in workplaces
    ("pt", "demographics-race-ethnicity-filipino"), // spelt the same
    ("pt", "demographics-race-ethnicity-somali"), // spelt the same
    ("pt", "digital-access-devices-tablet"), // the everyday loanword
    ("so", "error-field-pin"), // "PIN" is the word staff use
    ("sq", "digital-access-devices-tablet"), // the everyday loanword
    ("sw", "error-field-pin"), // "PIN" is the word staff use
    ("tl", "app-field-pin"), // "PIN" is the word staff use
    ("tl", "error-field-pin"), // "PIN" is the word staff use
    ("tl", "error-field-file"), // the everyday word
    ("tl", "role-supervisor"), // the word used in workplaces
    ("tl", "demographics-sexual-orientation-bisexual"), // the community's own term
    ("tl", "digital-access-devices-tablet"), // the everyday loanword
];

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

#[derive(Debug, Default, Clone)]
struct MessageShape {
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    /// For each select expression: its variant keys.
    selectors: Vec<BTreeSet<String>>,
    text: String,
}

fn walk_pattern(p: &ast::Pattern<&str>, shape: &mut MessageShape) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => shape.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, shape),
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, shape: &mut MessageShape) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            shape.selectors.push(keys);
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, shape),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, shape: &mut MessageShape) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
        }
        ast::InlineExpression::StringLiteral { value } => shape.text.push_str(value),
        _ => {}
    }
}

/// Parses every file of a locale; panics on junk, with the file and the offending text.
fn load(tag: &str) -> BTreeMap<String, MessageShape> {
    let mut out = BTreeMap::new();
    let dir = locales_dir().join(tag);
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("locale dir").filter_map(|e| e.ok()).collect();
    files.sort_by_key(|e| e.file_name());
    for f in files.iter().filter(|f| f.path().extension().is_some_and(|x| x == "ftl")) {
        let source = std::fs::read_to_string(f.path()).expect("read");
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{tag}/{}: {errors:?}", f.file_name().to_string_lossy()),
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Junk { content } => panic!("{tag}/{}: junk: {content}", f.file_name().to_string_lossy()),
                ast::Entry::Message(m) => {
                    let mut shape = MessageShape::default();
                    if let Some(v) = &m.value {
                        walk_pattern(v, &mut shape);
                    }
                    for a in &m.attributes {
                        shape.attributes.insert(a.id.name.to_owned());
                        walk_pattern(&a.value, &mut shape);
                    }
                    let previous = out.insert(m.id.name.to_owned(), shape);
                    assert!(previous.is_none(), "{tag}: {} is defined twice", m.id.name);
                }
                _ => {}
            }
        }
    }
    out
}

fn translated_tags() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(locales_dir())
        .expect("locales")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags
}

#[test]
fn every_locale_has_every_english_message_with_the_same_variables_and_attributes() {
    let english = load("en");
    assert!(english.len() > 300, "English has {} messages", english.len());
    for tag in translated_tags().iter().filter(|t| *t != "en") {
        let messages = load(tag);
        for (id, en) in &english {
            let m = messages.get(id).unwrap_or_else(|| panic!("{tag}: missing {id}"));
            assert_eq!(m.variables, en.variables, "{tag}: {id} variables");
            assert_eq!(m.attributes, en.attributes, "{tag}: {id} attributes");
        }
        for id in messages.keys() {
            assert!(english.contains_key(id), "{tag}: {id} is not in English");
        }
    }
}

#[test]
fn plural_selectors_have_the_categories_each_locale_needs() {
    let l = Localizer::global();
    for tag in translated_tags() {
        let info = l.info(&tag).unwrap_or_else(|| panic!("{tag} is not in locales/index.toml"));
        let needed: BTreeSet<String> = info.plurals.iter().cloned().collect();
        // What the Rust plural rules select for this locale must be among the categories it declares.
        let produced = rust_plural_categories(&info.plural_tag);
        assert!(produced.is_subset(&needed), "{tag}: rules for {} give {produced:?}, index says {needed:?}", info.plural_tag);
        for (id, m) in load(&tag) {
            for keys in &m.selectors {
                let is_plural = keys.iter().all(|k| PLURAL_KEYS.contains(&k.as_str()) || k.parse::<f64>().is_ok());
                if is_plural {
                    let missing: Vec<_> = needed.iter().filter(|c| !keys.contains(*c)).collect();
                    assert!(missing.is_empty(), "{tag}: {id} lacks plural variants {missing:?}");
                    let extra: Vec<_> = keys.iter().filter(|k| PLURAL_KEYS.contains(&k.as_str()) && !needed.contains(*k)).collect();
                    assert!(extra.is_empty(), "{tag}: {id} has variants {extra:?} the locale never selects");
                }
            }
        }
    }
}

fn rust_plural_categories(tag: &str) -> BTreeSet<String> {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let Ok(lang) = tag.parse::<unic_langid::LanguageIdentifier>() else { return BTreeSet::from(["other".to_owned()]) };
    let Ok(rules) = PluralRules::create(lang, PluralRuleType::CARDINAL) else {
        // No plural data for this tag: Fluent selects the default variant, i.e. only "other".
        return BTreeSet::from(["other".to_owned()]);
    };
    let mut out = BTreeSet::new();
    for n in 0..1_000_u32 {
        if let Ok(c) = rules.select(n) {
            out.insert(format!("{c:?}").to_lowercase());
        }
    }
    for s in ["0.5", "1.5", "2.5", "10.5"] {
        if let Ok(c) = rules.select(s) {
            out.insert(format!("{c:?}").to_lowercase());
        }
    }
    out
}

#[test]
fn a_message_identical_to_english_is_a_name_code_or_number() {
    let english = load("en");
    for tag in translated_tags().iter().filter(|t| *t != "en") {
        for (id, m) in load(tag) {
            let Some(en) = english.get(&id) else { continue };
            let has_letters = en.text.chars().any(char::is_alphabetic);
            let allowed = IDENTICAL_ALLOWED.iter().any(|(t, i)| (*t == "*" || t == tag) && *i == id);
            if m.text == en.text && has_letters && !allowed {
                panic!("{tag}: {id} is the same as English ({:?}); translate it or add it to the allow-list with a reason", m.text);
            }
        }
    }
}

#[test]
fn the_index_matches_the_spec_and_statuses_are_honest() {
    let l = Localizer::global();
    assert!(l.load_errors.is_empty(), "{:?}", l.load_errors);
    assert_eq!(l.locales().len(), 29);
    let spec_dir = std::env::var_os("INTAKE_SPEC_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| locales_dir().join("../../shared/spec"));
    let spec_path = spec_dir.join("languages.md");
    let spec = std::fs::read_to_string(&spec_path).expect("spec/languages.md beside the repository");
    let mut rows = 0;
    for line in spec.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| site label") && !l.starts_with("|---")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.len() < 6 {
            continue;
        }
        let tag = cells[1].split_whitespace().next().expect("tag");
        let info = l.info(tag).unwrap_or_else(|| panic!("{tag} from the spec is not in the index"));
        assert_eq!(info.autonym, cells[0], "{tag} autonym");
        assert_eq!(info.script, cells[2], "{tag} script");
        assert_eq!(format!("{:?}", info.direction).to_lowercase(), cells[3], "{tag} direction");
        let spec_plurals: Vec<String> = cells[4].trim_start_matches("none in CLDR:").split(',').map(|s| s.trim().to_owned()).collect();
        assert_eq!(info.plurals, spec_plurals, "{tag} plural categories");
        rows += 1;
    }
    assert_eq!(rows, 29, "all 29 rows of spec/languages.md were compared");
    let present = translated_tags();
    for info in l.locales() {
        let has_files = present.contains(&info.tag);
        match info.status {
            Status::Missing => assert!(!has_files, "{} has translations but says missing", info.tag),
            Status::Reference => assert_eq!(info.tag, "en"),
            Status::Draft => assert!(has_files, "{} is draft without files", info.tag),
            Status::Reviewed => {
                assert!(has_files && info.reviewer.is_some() && info.reviewed_on.is_some(), "{} reviewed needs reviewer and date", info.tag)
            }
        }
    }
}
