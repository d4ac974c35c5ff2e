//! No tofu: every character the app can show in each translated locale has a glyph in the fonts that
//! locale declares (locales/index.toml), followed by Noto Sans for Latin codes and IDs. The fonts are read
//! from the files fontconfig finds (Debian's fonts-noto-core and fonts-noto-cjk, which the README's
//! commands install), and their character maps are checked with ttf-parser.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

use intake_core::l10n::Localizer;

const BASE_FONT: &str = "Noto Sans";

/// The font file (and face index, for collections) of a family's regular style, as fontconfig has it.
fn font_file(family: &str) -> (PathBuf, u32) {
    let out = Command::new("fc-list")
        .args(["--format", "%{file}|%{index}\n", &format!(":family={family}:style=Regular")])
        .output()
        .expect("fc-list (fontconfig) is installed by scripts/setup");
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().next().unwrap_or_else(|| panic!("font {family:?} is not installed (scripts/setup installs it)"));
    let (file, index) = line.split_once('|').expect("file|index");
    (PathBuf::from(file), index.parse().unwrap_or(0))
}

struct Fonts {
    data: BTreeMap<String, (Vec<u8>, u32)>,
}

impl Fonts {
    fn new() -> Self {
        Self { data: BTreeMap::new() }
    }

    fn covers(&mut self, family: &str, c: char) -> bool {
        let (data, index) = self.data.entry(family.to_owned()).or_insert_with(|| {
            let (path, index) = font_file(family);
            (std::fs::read(&path).expect("read font"), index)
        });
        ttf_parser::Face::parse(data, *index).expect("font parses").glyph_index(c).is_some()
    }
}

/// Characters that need no glyph of their own: spaces and invisible formatting (bidi marks and isolates).
fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}'))
}

fn characters_of_locale(tag: &str) -> BTreeSet<char> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(tag);
    let mut chars = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("locale dir").filter_map(|e| e.ok()) {
        let text = std::fs::read_to_string(entry.path()).expect("read");
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // The message text is what follows `id =`, or a whole continuation line.
            let value = match line.split_once(" = ") {
                Some((id, v)) if !id.starts_with(' ') => v,
                _ => line,
            };
            chars.extend(value.chars().filter(|c| needs_glyph(*c)));
        }
    }
    chars
}

#[test]
fn every_character_of_every_translated_locale_has_a_glyph() {
    let l = Localizer::global();
    let mut fonts = Fonts::new();
    let mut report = Vec::new();
    for tag in l.translated() {
        let info = l.info(tag).expect("info");
        let mut chars = characters_of_locale(tag);
        chars.extend(info.autonym.chars().filter(|c| needs_glyph(*c)));
        // What the number and date formatters produce in this locale.
        chars.extend(l.format_number(tag, -1234567.89).chars().filter(|c| needs_glyph(*c)));
        chars.extend(l.format_date(tag, chrono::NaiveDate::from_ymd_opt(2026, 12, 31).expect("date")).chars().filter(|c| needs_glyph(*c)));
        let stack: Vec<&str> = info.fonts.iter().map(String::as_str).chain([BASE_FONT]).collect();
        let missing: Vec<String> = chars
            .iter()
            .filter(|c| !stack.iter().any(|f| fonts.covers(f, **c)))
            .map(|c| format!("U+{:04X} {c}", *c as u32))
            .collect();
        assert!(missing.is_empty(), "{tag}: no glyph in {stack:?} for {missing:?}");
        report.push(format!("{tag}: {} characters", chars.len()));
    }
    eprintln!("glyph coverage: {}", report.join(", "));
}

#[test]
fn every_locale_name_renders_in_its_own_fonts() {
    // The language lists show every language's name in its own script, whatever the screen's locale.
    let l = Localizer::global();
    let mut fonts = Fonts::new();
    for info in l.locales() {
        let stack: Vec<&str> = info.fonts.iter().map(String::as_str).chain([BASE_FONT]).collect();
        for c in info.autonym.chars().filter(|c| needs_glyph(*c)) {
            assert!(stack.iter().any(|f| fonts.covers(f, c)), "{}: {c:?} of {:?} has no glyph", info.tag, info.autonym);
        }
    }
}
