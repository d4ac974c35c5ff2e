//! Words, numbers and dates for screens, in the staff or the member language.

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentValue};
use intake_core::l10n::{Direction, Localizer, Status};
use serde::{Deserialize, Serialize};

/// The two languages of a screen: the staff member's (the screens) and the member's (the questions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lang {
    pub staff: String,
    pub member: String,
}

pub fn l() -> &'static Localizer {
    Localizer::global()
}

/// A message in `tag`, no arguments.
pub fn t(tag: &str, id: &str) -> String {
    l().format(tag, id, None)
}

/// A message in `tag` with arguments.
pub fn ta(tag: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        a.set(*k, v.clone());
    }
    l().format(tag, id, Some(&a))
}

pub fn date(tag: &str, d: NaiveDate) -> String {
    l().format_date(tag, d)
}

pub fn number(tag: &str, n: i64) -> String {
    l().format_number(tag, n as f64)
}

/// A locale as a picker or a header shows it.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleView {
    pub tag: String,
    pub autonym: String,
    pub rtl: bool,
    pub status: Status,
    /// The status in the staff language ("Draft translation: check the wording with an interpreter").
    pub status_label: String,
}

pub fn locale_view(tag: &str, staff: &str) -> Option<LocaleView> {
    let info = l().info(tag)?;
    let status_label = match info.status {
        Status::Reference => t(staff, "translation-status-reference"),
        Status::Draft => t(staff, "translation-status-draft"),
        Status::Missing => t(staff, "app-translation-status-missing"),
        Status::Reviewed => ta(
            staff,
            "translation-status-reviewed",
            &[
                ("reviewer", info.reviewer.clone().unwrap_or_default().into()),
                ("date", info.reviewed_on.clone().unwrap_or_default().into()),
            ],
        ),
    };
    Some(LocaleView {
        tag: info.tag.clone(),
        autonym: info.autonym.clone(),
        rtl: info.direction == Direction::Rtl,
        status: info.status,
        status_label,
    })
}

pub fn all_locales(staff: &str) -> Vec<LocaleView> {
    l().locales().iter().filter_map(|i| locale_view(&i.tag, staff)).collect()
}

/// The locale to use for `requested`, if the app knows it (a locale without translations is still a
/// member language: its questions show in English, flagged, for an interpreter to read).
pub fn known_locale(requested: &str) -> Option<String> {
    l().info(requested).map(|i| i.tag.clone())
}

/// Every `app-*` message of the staff language, for the screens' fixed words (labels, buttons, headings).
/// Messages with arguments are formatted by the functions that need them, never by the web view.
pub fn app_messages(staff: &str) -> std::collections::BTreeMap<String, String> {
    l().message_ids()
        .into_iter()
        .filter(|id| ["app-", "role-", "answer-", "domain-", "consent-", "follow-up-"].iter().any(|p| id.starts_with(p)))
        .map(|id| {
            let text = t(staff, &id);
            (id, text)
        })
        .collect()
}
