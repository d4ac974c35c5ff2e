//! Localization: every message in every locale, from Fluent files embedded at build time.
//!
//! - One `concurrent::FluentBundle` per locale that has translations, built once ([`Localizer::global`]).
//! - Negotiation with fluent-langneg against the locales that have translations; English is the default.
//! - A message missing in a locale falls back to English, and the caller is told ([`Formatted::fell_back`]),
//!   so a screen can mark it; an id is never shown as text.
//! - Bidi isolation is on: every placeable is wrapped in FSI/PDI, so a right-to-left name inside a
//!   left-to-right sentence (or the reverse) cannot reorder the text around it.
//! - Numbers and dates are formatted per locale (digits, separators, grouping, date pattern) from
//!   `locales/index.toml`; Fluent itself would print `1234.5` in every language. Numbers inside messages go
//!   through the same formatter, hooked into the bundles.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

pub const DEFAULT_LOCALE: &str = "en";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Reference,
    Draft,
    Reviewed,
    /// No translation yet: English is shown.
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct NumberStyle {
    pub decimal: String,
    pub group: String,
    pub min_grouping: usize,
    /// "3" (thousands) or "indian" (3, then 2: 12,34,567).
    pub grouping: String,
    /// "latn", "arab" (٠١٢), "arabext" (۰۱۲) or "deva" (०१२).
    pub digits: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LocaleInfo {
    pub tag: String,
    pub autonym: String,
    pub script: String,
    pub direction: Direction,
    pub plural_tag: String,
    pub plurals: Vec<String>,
    pub fonts: Vec<String>,
    pub status: Status,
    #[serde(default)]
    pub reviewer: Option<String>,
    #[serde(default)]
    pub reviewed_on: Option<String>,
    pub numbers: NumberStyle,
    pub date: String,
}

#[derive(Deserialize)]
struct Index {
    locale: Vec<LocaleInfo>,
}

/// A formatted message and where its text came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    pub text: String,
    /// The locale whose text this is: the one asked for, or English when it had no such message.
    pub locale: String,
    pub fell_back: bool,
}

pub struct Localizer {
    locales: Vec<LocaleInfo>,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// Problems found while loading (junk in a file, a message defined twice). Tests require none.
    pub load_errors: Vec<String>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("locales", &self.bundles.keys().collect::<Vec<_>>()).finish()
    }
}

fn index() -> &'static [LocaleInfo] {
    static INDEX: OnceLock<Vec<LocaleInfo>> = OnceLock::new();
    INDEX.get_or_init(|| match toml::from_str::<Index>(embedded::INDEX) {
        Ok(i) => i.locale,
        // The index is embedded and tested; an unreadable one leaves English-only metadata.
        Err(_) => Vec::new(),
    })
}

/// The memoized number formatter of a bundle, so numbers inside messages are formatted per locale.
struct BundleNumbers(NumberStyle);

impl intl_memoizer::Memoizable for BundleNumbers {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let lang = lang.to_string();
        index().iter().find(|l| l.plural_tag == lang || l.tag == lang).map(|l| BundleNumbers(l.numbers.clone())).ok_or(())
    }
}

fn format_placeable(value: &FluentValue, intls: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => intls.with_try_get::<BundleNumbers, _, _>((), |nf| format_number(&nf.0, n.value)).ok(),
        _ => None,
    }
}

impl Localizer {
    /// The app's localizer, built on first use from the embedded files.
    pub fn global() -> &'static Localizer {
        static GLOBAL: OnceLock<Localizer> = OnceLock::new();
        GLOBAL.get_or_init(Localizer::load)
    }

    fn load() -> Localizer {
        let mut load_errors = Vec::new();
        let locales = index().to_vec();
        if locales.is_empty() {
            load_errors.push("locales/index.toml does not parse".to_owned());
        }
        let mut bundles: HashMap<String, FluentBundle<FluentResource>> = HashMap::new();
        for (tag, file, source) in embedded::FTL {
            let bundle = match bundles.get_mut(*tag) {
                Some(b) => b,
                None => {
                    let plural_tag = locales.iter().find(|l| l.tag == *tag).map(|l| l.plural_tag.as_str()).unwrap_or(tag);
                    let lang: LanguageIdentifier = plural_tag.parse().unwrap_or_default();
                    let mut b = FluentBundle::new_concurrent(vec![lang]);
                    b.set_use_isolating(true);
                    b.set_formatter(Some(format_placeable));
                    bundles.entry((*tag).to_owned()).or_insert(b)
                }
            };
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    load_errors.push(format!("{tag}/{file}: {} syntax errors", errors.len()));
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                load_errors.push(format!("{tag}/{file}: {errors:?}"));
            }
        }
        Localizer { locales, bundles, load_errors }
    }

    /// All 29 locales, with or without translations.
    pub fn locales(&self) -> &[LocaleInfo] {
        &self.locales
    }

    pub fn info(&self, tag: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// Locales that have translations (a bundle), in index order.
    pub fn translated(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.tag.as_str()).filter(|t| self.bundles.contains_key(*t)).collect()
    }

    /// The best translated locale for what the user asked for (e.g. `["es-US", "en"]`, or `LANG`).
    pub fn negotiate(&self, requested: &[&str]) -> String {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|r| r.split(['.', '@']).next())
            .filter_map(|r| r.replace('_', "-").parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> =
            self.translated().iter().filter_map(|t| t.parse().ok()).collect();
        let default: LanguageIdentifier = unic_langid::langid!("en");
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen.first().map(|l| l.to_string()).unwrap_or_else(|| DEFAULT_LOCALE.to_owned())
    }

    /// The ids of every English message (the reference set every locale has), in file order.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for (tag, _, source) in embedded::FTL {
            if *tag != DEFAULT_LOCALE {
                continue;
            }
            let (Ok(resource) | Err((resource, _))) = FluentResource::try_new((*source).to_owned());
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_owned());
                }
            }
        }
        ids
    }

    pub fn has_message(&self, tag: &str, id: &str) -> bool {
        self.bundles.get(tag).is_some_and(|b| b.has_message(id))
    }

    /// Formats a message; see [`Formatted`]. A message missing even in English (a defect the tests
    /// catch) comes back as `[id]`, visibly wrong rather than silently empty.
    pub fn format_message(&self, tag: &str, id: &str, args: Option<&FluentArgs>) -> Formatted {
        for (locale, fell_back) in [(tag, false), (DEFAULT_LOCALE, tag != DEFAULT_LOCALE)] {
            let Some(bundle) = self.bundles.get(locale) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            return Formatted { text, locale: locale.to_owned(), fell_back };
        }
        Formatted { text: format!("[{id}]"), locale: DEFAULT_LOCALE.to_owned(), fell_back: true }
    }

    /// Formats a message to text (with English fallback).
    pub fn format(&self, tag: &str, id: &str, args: Option<&FluentArgs>) -> String {
        self.format_message(tag, id, args).text
    }

    pub fn format_number(&self, tag: &str, n: f64) -> String {
        let style = self.info(tag).or_else(|| self.info(DEFAULT_LOCALE)).map(|l| &l.numbers);
        match style {
            Some(s) => format_number(s, n),
            None => n.to_string(),
        }
    }

    pub fn format_date(&self, tag: &str, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let Some(info) = self.info(tag).or_else(|| self.info(DEFAULT_LOCALE)) else { return date.to_string() };
        let mut out = String::new();
        let pattern = info.date.as_str();
        let mut rest = pattern;
        while let Some(c) = rest.chars().next() {
            let run = rest.chars().take_while(|x| *x == c).count();
            let token = &rest[..run * c.len_utf8()];
            match (c, run) {
                ('y', _) => out.push_str(&format!("{:04}", date.year())),
                ('M', 1) => out.push_str(&date.month().to_string()),
                ('M', _) => out.push_str(&format!("{:02}", date.month())),
                ('d', 1) => out.push_str(&date.day().to_string()),
                ('d', _) => out.push_str(&format!("{:02}", date.day())),
                _ => out.push_str(token),
            }
            rest = &rest[token.len()..];
        }
        localize_digits(&out, &info.numbers.digits)
    }
}

fn format_number(style: &NumberStyle, n: f64) -> String {
    let negative = n < 0.0;
    let text = format!("{}", n.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_owned(), Some(f.to_owned())),
        None => (text, None),
    };
    let grouped = if int.len() >= 3 + style.min_grouping { group_digits(&int, &style.grouping, &style.group) } else { int };
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&grouped);
    if let Some(f) = frac {
        out.push_str(&style.decimal);
        out.push_str(&f);
    }
    localize_digits(&out, &style.digits)
}

fn group_digits(int: &str, grouping: &str, sep: &str) -> String {
    let digits: Vec<char> = int.chars().collect();
    let mut groups: Vec<String> = Vec::new();
    let mut end = digits.len();
    let mut size = 3;
    while end > size {
        groups.push(digits[end - size..end].iter().collect());
        end -= size;
        if grouping == "indian" {
            size = 2;
        }
    }
    groups.push(digits[..end].iter().collect());
    groups.reverse();
    groups.join(sep)
}

fn localize_digits(s: &str, system: &str) -> String {
    let zero = match system {
        "arab" => '\u{0660}',
        "arabext" => '\u{06F0}',
        "deva" => '\u{0966}',
        _ => return s.to_owned(),
    };
    s.chars()
        .map(|c| c.to_digit(10).and_then(|d| char::from_u32(zero as u32 + d)).unwrap_or(c))
        .collect()
}

/// Builds Fluent arguments from pairs; numbers stay numbers (for plural selection and formatting).
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_number(tag: &str, n: f64, expected: &str) {
        assert_eq!(Localizer::global().format_number(tag, n), expected, "{tag} {n}");
    }

    #[test]
    fn numbers_follow_each_locale() {
        for (tag, n, expected) in [
            ("en", 1234567.5, "1,234,567.5"),
            ("en", 999.0, "999"),
            ("es", 12345.25, "12,345.25"), // es-US, as members from the Caribbean and Central America write it
            ("de", 1234.5, "1.234,5"),
            ("pl", 1234.0, "1234"), // Polish groups only from five digits
            ("pl", 12345.0, "12\u{a0}345"),
            ("hi", 1234567.0, "12,34,567"),
            ("ne", 1234567.0, "१२,३४,५६७"),
            ("ar", 1234.5, "١٬٢٣٤٫٥"),
            ("fa-AF", 12.0, "۱۲"),
            ("fr", 1234.0, "1\u{202f}234"),
            ("ru", -1234.0, "-1\u{a0}234"),
        ] {
            check_number(tag, n, expected);
        }
    }

    #[test]
    fn dates_follow_each_locale() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 7).expect("date");
        let l = Localizer::global();
        assert_eq!(l.format_date("en", d), "3/7/2026");
        assert_eq!(l.format_date("es", d), "7/3/2026");
        assert_eq!(l.format_date("de", d), "07.03.2026");
        assert_eq!(l.format_date("ja", d), "2026/03/07");
        assert_eq!(l.format_date("ar", d), "٧\u{200f}/٣\u{200f}/٢٠٢٦");
    }

    #[test]
    fn negotiation_picks_a_translated_locale_or_english() {
        let l = Localizer::global();
        assert_eq!(l.negotiate(&["es-US"]), "es");
        assert_eq!(l.negotiate(&["es_US.UTF-8"]), "es");
        assert_eq!(l.negotiate(&["ar-EG", "en"]), "ar");
        assert_eq!(l.negotiate(&["tlh"]), "en");
        assert_eq!(l.negotiate(&[]), "en");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_visibly_and_never_to_an_id() {
        let l = Localizer::global();
        // A locale without translations (all 29 have them now; a new one may not): English, marked as a fallback.
        let f = l.format_message("xx-new", "common-yes-no-yes", None);
        assert_eq!((f.text.as_str(), f.locale.as_str(), f.fell_back), ("Yes", "en", true));
        let f = l.format_message("es", "common-yes-no-yes", None);
        assert!(!f.fell_back && f.text != "Yes", "{f:?}");
        assert_eq!(l.format("es", "no-such-message", None), "[no-such-message]");
    }

    #[test]
    fn placeables_are_isolated_and_numbers_localized_inside_messages() {
        let l = Localizer::global();
        let a = args(&[("count", FluentValue::from(1234))]);
        let text = l.format("en", "cli-found", Some(&a));
        assert_eq!(text, "\u{2068}1,234\u{2069} found");
        let text = l.format("ar", "cli-found", Some(&a));
        assert!(text.contains("\u{2068}١٬٢٣٤\u{2069}"), "{text}");
    }
}
