//! Instruments as data: the questions a screening asks, their codes, options, skip logic and age rules.
//!
//! Each instrument is a JSON file in `instruments/`, embedded at build time. Wording is *not* in these files:
//! every item and option has a Fluent message id derived from its ids ([`Instrument::item_message`],
//! [`Instrument::option_message`]), and the text lives in `locales/<tag>/`. Codes live only here, so a
//! translation can never change what an answer means.
//!
//! Codes are written `prefix:code` with the prefixes of `common.json` (`loinc:LA33-6`), which keeps the files
//! readable; they are expanded to full code-system URIs when loaded.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::answer::{AbsentReason, Answer, AnswerOutcome, AnswerValue, Coding};
use crate::scoring::DomainRule;

/// The embedded instrument files, in the order a screen offers them.
const FILES: &[&str] = &[
    include_str!("../instruments/consent.json"),
    include_str!("../instruments/demographics.json"),
    include_str!("../instruments/ahc-core.json"),
    include_str!("../instruments/ahc-supp.json"),
    include_str!("../instruments/digital-access.json"),
    include_str!("../instruments/navigator-actions.json"),
    include_str!("../instruments/follow-up.json"),
];
const COMMON: &str = include_str!("../instruments/common.json");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Single,
    Multi,
    Integer,
    Date,
    Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerOption {
    pub id: String,
    pub code: Coding,
    /// Points for sum rules (AHC safety 1-5, PHQ-2 0-3).
    pub score: Option<i64>,
    /// Chosen alone or not at all ("None of the above").
    pub exclusive: bool,
    /// For detailed options under a category (race and ethnicity).
    pub parent: Option<String>,
    /// A label that is the same in every language (a language's own name), instead of a message.
    pub label: Option<String>,
    /// The message id of this option's wording (unused when `label` is set).
    pub message: String,
}

/// The age an item starts to apply: fixed, or a site setting with a default (SOGI: 18).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct AgeRule {
    #[serde(default)]
    pub years: Option<u32>,
    #[serde(default)]
    pub setting: Option<String>,
    #[serde(default)]
    pub default: Option<u32>,
}

impl AgeRule {
    pub fn min_years(&self, settings: &HashMap<String, u32>) -> u32 {
        if let Some(y) = self.years {
            return y;
        }
        self.setting.as_ref().and_then(|s| settings.get(s).copied()).or(self.default).unwrap_or(0)
    }
}

/// "Ask this item only when ...": another item's answer includes one of some codes, or a number is above a
/// value. All conditions of an item must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnableWhen {
    AnyOf { item: String, codes: Vec<Coding> },
    Above { item: String, above: i64 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub code: Option<Coding>,
    pub options: Vec<AnswerOption>,
    /// Which absent reasons the member is offered. "Not asked" is always possible for the screener.
    pub absent: Vec<AbsentReason>,
    pub required: bool,
    pub enable_when: Vec<EnableWhen>,
    pub min_age: Option<AgeRule>,
    pub range: Option<(i64, i64)>,
    pub allowed: Option<Vec<i64>>,
    /// Message id of a text shown before this item (the AHC safety introduction).
    pub intro: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    pub id: String,
    pub version: String,
    pub wording_version: String,
    /// The panel code (AHC core: LOINC 96777-8).
    pub code: Option<Coding>,
    pub items: Vec<Item>,
    pub scoring: Vec<DomainRule>,
}

/// Why an instrument file or a set of answers does not fit. `reason` is a stable key with a Fluent
/// message (`error-reason-<reason>`); `item` names the item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason} ({item})")]
pub struct InstrumentError {
    pub reason: &'static str,
    pub item: String,
}

fn err(reason: &'static str, item: &str) -> InstrumentError {
    InstrumentError { reason, item: item.to_owned() }
}

// ---- loading ------------------------------------------------------------------------------------------

#[derive(Deserialize)]
struct RawCommon {
    systems: BTreeMap<String, String>,
    option_sets: BTreeMap<String, Vec<RawOption>>,
}

#[derive(Deserialize, Clone)]
struct RawOption {
    id: String,
    code: String,
    #[serde(default)]
    score: Option<i64>,
    #[serde(default)]
    exclusive: bool,
    #[serde(default)]
    parent: Option<String>,
    #[serde(default)]
    label: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawEnableWhen {
    AnyOf { item: String, any_of: Vec<String> },
    Above { item: String, above: i64 },
}

#[derive(Deserialize)]
struct RawItem {
    id: String,
    kind: ItemKind,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    options: Vec<RawOption>,
    #[serde(default)]
    option_set: Option<String>,
    #[serde(default)]
    absent: Option<Vec<AbsentReason>>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    enable_when: Vec<RawEnableWhen>,
    #[serde(default)]
    min_age: Option<AgeRule>,
    #[serde(default)]
    range: Option<(i64, i64)>,
    #[serde(default)]
    allowed: Option<Vec<i64>>,
    #[serde(default)]
    intro: Option<String>,
}

#[derive(Deserialize)]
struct RawInstrument {
    id: String,
    version: String,
    wording_version: String,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    option_sets: BTreeMap<String, Vec<RawOption>>,
    items: Vec<RawItem>,
    #[serde(default)]
    scoring: Vec<crate::scoring::RawDomainRule>,
}

pub(crate) struct Systems(BTreeMap<String, String>);

impl Systems {
    pub(crate) fn coding(&self, short: &str, item: &str) -> Result<Coding, InstrumentError> {
        let (prefix, code) = short.split_once(':').ok_or_else(|| err("bad-code", item))?;
        let system = self.0.get(prefix).ok_or_else(|| err("unknown-code-system", item))?;
        Ok(Coding::new(system.clone(), code))
    }
}

fn load_all() -> Result<Vec<Instrument>, InstrumentError> {
    let common: RawCommon = serde_json::from_str(COMMON).map_err(|e| err("bad-file", &format!("common: {e}")))?;
    let systems = Systems(common.systems);
    FILES
        .iter()
        .map(|text| {
            let raw: RawInstrument = serde_json::from_str(text).map_err(|e| err("bad-file", &e.to_string()))?;
            build(raw, &systems, &common.option_sets)
        })
        .collect()
}

fn build(
    raw: RawInstrument,
    systems: &Systems,
    common_sets: &BTreeMap<String, Vec<RawOption>>,
) -> Result<Instrument, InstrumentError> {
    let mut items = Vec::with_capacity(raw.items.len());
    for ri in raw.items {
        let (options_raw, prefix) = match &ri.option_set {
            Some(set) => {
                if let Some(o) = raw.option_sets.get(set) {
                    (o.clone(), format!("{}-{set}", raw.id))
                } else if let Some(o) = common_sets.get(set) {
                    (o.clone(), format!("common-{set}"))
                } else {
                    return Err(err("unknown-option-set", &ri.id));
                }
            }
            None => (ri.options.clone(), format!("{}-{}", raw.id, ri.id)),
        };
        let options = options_raw
            .into_iter()
            .map(|o| {
                Ok(AnswerOption {
                    code: systems.coding(&o.code, &ri.id)?,
                    message: format!("{prefix}-{}", o.id),
                    id: o.id,
                    score: o.score,
                    exclusive: o.exclusive,
                    parent: o.parent,
                    label: o.label,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let enable_when = ri
            .enable_when
            .into_iter()
            .map(|e| match e {
                RawEnableWhen::AnyOf { item, any_of } => Ok(EnableWhen::AnyOf {
                    codes: any_of.iter().map(|c| systems.coding(c, &item)).collect::<Result<_, _>>()?,
                    item,
                }),
                RawEnableWhen::Above { item, above } => Ok(EnableWhen::Above { item, above }),
            })
            .collect::<Result<Vec<_>, InstrumentError>>()?;
        items.push(Item {
            message: format!("{}-{}", raw.id, ri.id),
            code: ri.code.as_deref().map(|c| systems.coding(c, &ri.id)).transpose()?,
            absent: ri.absent.unwrap_or_else(|| vec![AbsentReason::AskedDeclined]),
            intro: ri.intro.map(|i| format!("{}-{i}", raw.id)),
            id: ri.id,
            kind: ri.kind,
            options,
            required: ri.required,
            enable_when,
            min_age: ri.min_age,
            range: ri.range,
            allowed: ri.allowed,
        });
    }
    let scoring = raw
        .scoring
        .into_iter()
        .map(|r| r.build(systems))
        .collect::<Result<Vec<_>, _>>()?;
    let instrument = Instrument {
        code: raw.code.as_deref().map(|c| systems.coding(c, &raw.id)).transpose()?,
        id: raw.id,
        version: raw.version,
        wording_version: raw.wording_version,
        items,
        scoring,
    };
    instrument.check_references()?;
    Ok(instrument)
}

/// Every instrument the app knows, loaded once. The files are embedded and checked by tests, so a failure
/// here is a build defect; callers get it as an error rather than a panic all the same.
pub fn all() -> Result<&'static [Instrument], InstrumentError> {
    static CELL: OnceLock<Result<Vec<Instrument>, InstrumentError>> = OnceLock::new();
    CELL.get_or_init(load_all).as_ref().map(|v| v.as_slice()).map_err(Clone::clone)
}

pub fn find(id: &str, version: &str) -> Result<&'static Instrument, InstrumentError> {
    all()?
        .iter()
        .find(|i| i.id == id && i.version == version)
        .ok_or_else(|| err("unknown-instrument", &format!("{id} {version}")))
}

// ---- using an instrument -----------------------------------------------------------------------------

impl Instrument {
    pub fn title_message(&self) -> String {
        format!("{}-title", self.id)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Every message id this instrument needs (title, items, intros, options without a fixed label).
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_message()];
        for item in &self.items {
            ids.push(item.message.clone());
            ids.extend(item.intro.clone());
            ids.extend(item.options.iter().filter(|o| o.label.is_none()).map(|o| o.message.clone()));
        }
        ids.sort();
        ids.dedup();
        ids
    }

    /// Whether `item` applies, given the answers so far, the member's age (if known) and site settings.
    /// Skip logic and age rules both live here, so a screen and the scorer never disagree.
    pub fn is_enabled(&self, item: &Item, answers: &[Answer], age: Option<u32>, settings: &HashMap<String, u32>) -> bool {
        if let (Some(rule), Some(age)) = (&item.min_age, age) {
            if age < rule.min_years(settings) {
                return false;
            }
        }
        item.enable_when.iter().all(|cond| match cond {
            EnableWhen::AnyOf { item, codes } => {
                value_of(answers, item).is_some_and(|v| codes_of(v).iter().any(|c| codes.contains(c)))
            }
            EnableWhen::Above { item, above } => {
                matches!(value_of(answers, item), Some(AnswerValue::Integer(n)) if n > above)
            }
        })
    }

    /// The items shown to the member, in order, given the answers so far: skip logic applied in order, so an
    /// item hidden by an earlier answer also hides the items that depend on it.
    pub fn shown_items(&self, answers: &[Answer], age: Option<u32>, settings: &HashMap<String, u32>) -> Vec<&Item> {
        let kept = self.shown_answers(answers, age, settings);
        self.items.iter().filter(|item| self.is_enabled(item, &kept, age, settings)).collect()
    }

    /// The answers to items that are shown (see [`Instrument::shown_items`]), in the instrument's order.
    /// A screen keeps answers to hidden items, so that changing an answer back restores them; what is saved
    /// is only this.
    pub fn shown_answers(&self, answers: &[Answer], age: Option<u32>, settings: &HashMap<String, u32>) -> Vec<Answer> {
        let mut kept: Vec<Answer> = Vec::new();
        for item in &self.items {
            if let Some(answer) = answers.iter().find(|a| a.item_id == item.id) {
                if self.is_enabled(item, &kept, age, settings) {
                    kept.push(answer.clone());
                }
            }
        }
        kept
    }

    /// Checks a set of answers against this instrument: each answer belongs to an item, has the right kind
    /// of value, uses only the item's options, respects exclusive options, ranges and offered absent
    /// reasons; items that do not apply are not answered; with `complete`, every required item that applies
    /// has an answer (a value or an absent reason).
    pub fn validate(
        &self,
        answers: &[Answer],
        age: Option<u32>,
        settings: &HashMap<String, u32>,
        complete: bool,
    ) -> Result<(), InstrumentError> {
        let mut seen = HashSet::new();
        for a in answers {
            let item = self.item(&a.item_id).ok_or_else(|| err("unknown-item", &a.item_id))?;
            if !seen.insert(a.item_id.as_str()) {
                return Err(err("answered-twice", &a.item_id));
            }
            if !self.is_enabled(item, answers, age, settings) {
                // Recording that a not-applicable item was not asked is fine; a value is not.
                if a.absent_reason() != Some(AbsentReason::NotAsked) {
                    return Err(err("not-enabled", &a.item_id));
                }
                continue;
            }
            match &a.outcome {
                AnswerOutcome::Absent { reason, .. } => {
                    if *reason != AbsentReason::NotAsked && !item.absent.contains(reason) {
                        return Err(err("absent-not-offered", &a.item_id));
                    }
                }
                AnswerOutcome::Value(v) => check_value(item, v)?,
            }
        }
        if complete {
            for item in &self.items {
                if item.required && !seen.contains(item.id.as_str()) && self.is_enabled(item, answers, age, settings) {
                    return Err(err("required-missing", &item.id));
                }
            }
        }
        Ok(())
    }
}

fn check_value(item: &Item, v: &AnswerValue) -> Result<(), InstrumentError> {
    let id = item.id.as_str();
    let known = |c: &Coding| item.options.iter().any(|o| &o.code == c);
    match (item.kind, v) {
        (ItemKind::Single, AnswerValue::Code(c)) => {
            if !known(c) {
                return Err(err("unknown-option", id));
            }
        }
        (ItemKind::Multi, AnswerValue::Codes(cs)) => {
            if cs.is_empty() {
                return Err(err("empty-choice", id));
            }
            let mut unique = HashSet::new();
            for c in cs {
                if !known(c) || !unique.insert(c) {
                    return Err(err("unknown-option", id));
                }
            }
            let exclusive = item.options.iter().filter(|o| o.exclusive).any(|o| cs.contains(&o.code));
            if exclusive && cs.len() > 1 {
                return Err(err("exclusive-option", id));
            }
        }
        (ItemKind::Integer, AnswerValue::Integer(n)) => {
            if item.range.is_some_and(|(lo, hi)| *n < lo || *n > hi)
                || item.allowed.as_ref().is_some_and(|a| !a.contains(n))
            {
                return Err(err("out-of-range", id));
            }
        }
        (ItemKind::Date, AnswerValue::Date(_)) => {}
        (ItemKind::Text, AnswerValue::Text(t)) => {
            if t.trim().is_empty() {
                return Err(err("empty-text", id));
            }
        }
        _ => return Err(err("wrong-kind", id)),
    }
    Ok(())
}

pub(crate) fn value_of<'a>(answers: &'a [Answer], item: &str) -> Option<&'a AnswerValue> {
    answers.iter().find(|a| a.item_id == item).and_then(|a| match &a.outcome {
        AnswerOutcome::Value(v) => Some(v),
        AnswerOutcome::Absent { .. } => None,
    })
}

pub(crate) fn codes_of(v: &AnswerValue) -> Vec<&Coding> {
    match v {
        AnswerValue::Code(c) => vec![c],
        AnswerValue::Codes(cs) => cs.iter().collect(),
        _ => Vec::new(),
    }
}

impl Instrument {
    /// Checks that skip logic and scoring name items that exist, and that message ids are unique.
    fn check_references(&self) -> Result<(), InstrumentError> {
        let ids: HashSet<&str> = self.items.iter().map(|i| i.id.as_str()).collect();
        for item in &self.items {
            for cond in &item.enable_when {
                let (EnableWhen::AnyOf { item: target, .. } | EnableWhen::Above { item: target, .. }) = cond;
                if !ids.contains(target.as_str()) {
                    return Err(err("unknown-item", target));
                }
            }
        }
        for rule in &self.scoring {
            for target in rule.rule.items() {
                if !ids.contains(target) {
                    return Err(err("unknown-item", target));
                }
            }
        }
        let mut messages = HashSet::new();
        for item in &self.items {
            let own = item.options.iter().filter(|o| o.message.starts_with(&item.message)).map(|o| &o.message);
            for m in std::iter::once(&item.message).chain(own) {
                if !messages.insert(m.clone()) {
                    return Err(err("duplicate-message-id", m));
                }
            }
        }
        Ok(())
    }
}
