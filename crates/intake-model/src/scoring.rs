//! Scoring: a positive, negative or "not scored" result per domain, from rules that are data.
//!
//! Rules combine with three-valued logic, so a missing answer can never turn into a negative screen:
//! - `any_of`: the item's answer includes one of the codes. No answer (or an absent reason) is *not scored*.
//! - `either`: positive if any part is positive; negative only if every part is negative.
//! - `both`: positive only if every part is positive; negative if any part is negative.
//! - `sum_at_least`: the options' points add up to at least N; needs *every* item answered
//!   (AHC safety: all four items, total > 10, i.e. at least 11).
//! - `product_below`: the numbers multiplied are below N (minutes of exercise a week < 150); a zero
//!   decides it even if the other number was not asked.
//! An item that does not apply (skip logic, age) counts as negative for `any_of`: it cannot indicate a need.

use std::collections::HashMap;

use serde::Deserialize;

use crate::answer::{Answer, AnswerValue, Coding};
use crate::instrument::{codes_of, value_of, Instrument, InstrumentError, Systems};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Positive,
    Negative,
    NotScored,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    AnyOf { item: String, codes: Vec<Coding> },
    Either(Vec<Rule>),
    Both(Vec<Rule>),
    SumAtLeast { items: Vec<String>, at_least: i64 },
    ProductBelow { items: Vec<String>, below: i64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub id: String,
    pub rule: Rule,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainRule {
    pub domain: String,
    pub rule: Rule,
    pub flags: Vec<Flag>,
    /// A positive result must be followed up discreetly (the member may not be alone): AHC safety.
    pub discreet: bool,
    /// The code of the computed total, when the instrument defines one (AHC safety total 95614-4).
    pub total_code: Option<Coding>,
}

/// One domain's result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DomainScore {
    pub domain: String,
    pub outcome: Outcome,
    /// Flags that hold (e.g. `homelessness`), only on a positive domain.
    pub flags: Vec<String>,
    pub discreet: bool,
    /// The computed total of a sum rule, when every item was answered.
    pub total: Option<i64>,
}

/// What scoring needs besides the answers.
#[derive(Debug, Clone, Default)]
pub struct ScoringContext {
    /// The member's age in whole years on the day of the screening, when the date of birth is known.
    pub age: Option<u32>,
    pub settings: HashMap<String, u32>,
}

impl Instrument {
    /// Scores every domain of this instrument. A need should be opened for each positive domain.
    pub fn score(&self, answers: &[Answer], ctx: &ScoringContext) -> Vec<DomainScore> {
        self.scoring
            .iter()
            .map(|d| {
                let outcome = self.eval(&d.rule, answers, ctx);
                let flags = if outcome == Outcome::Positive {
                    d.flags
                        .iter()
                        .filter(|f| self.eval(&f.rule, answers, ctx) == Outcome::Positive)
                        .map(|f| f.id.clone())
                        .collect()
                } else {
                    Vec::new()
                };
                let total = match &d.rule {
                    Rule::SumAtLeast { items, .. } => self.sum(items, answers),
                    _ => None,
                };
                DomainScore { domain: d.domain.clone(), outcome, flags, discreet: d.discreet, total }
            })
            .collect()
    }

    fn applies(&self, item: &str, answers: &[Answer], ctx: &ScoringContext) -> bool {
        self.item(item).is_some_and(|i| self.is_enabled(i, answers, ctx.age, &ctx.settings))
    }

    fn eval(&self, rule: &Rule, answers: &[Answer], ctx: &ScoringContext) -> Outcome {
        match rule {
            Rule::AnyOf { item, codes } => {
                if !self.applies(item, answers, ctx) {
                    return Outcome::Negative;
                }
                match value_of(answers, item) {
                    None => Outcome::NotScored,
                    Some(v) if codes_of(v).iter().any(|c| codes.contains(c)) => Outcome::Positive,
                    Some(_) => Outcome::Negative,
                }
            }
            Rule::Either(parts) => {
                let results: Vec<Outcome> = parts.iter().map(|p| self.eval(p, answers, ctx)).collect();
                if results.contains(&Outcome::Positive) {
                    Outcome::Positive
                } else if results.iter().all(|r| *r == Outcome::Negative) {
                    Outcome::Negative
                } else {
                    Outcome::NotScored
                }
            }
            Rule::Both(parts) => {
                let results: Vec<Outcome> = parts.iter().map(|p| self.eval(p, answers, ctx)).collect();
                if results.contains(&Outcome::Negative) {
                    Outcome::Negative
                } else if results.iter().all(|r| *r == Outcome::Positive) {
                    Outcome::Positive
                } else {
                    Outcome::NotScored
                }
            }
            Rule::SumAtLeast { items, at_least } => match self.sum(items, answers) {
                Some(total) if total >= *at_least => Outcome::Positive,
                Some(_) => Outcome::Negative,
                None => Outcome::NotScored,
            },
            Rule::ProductBelow { items, below } => {
                let numbers: Vec<Option<i64>> = items
                    .iter()
                    .map(|i| match value_of(answers, i) {
                        Some(AnswerValue::Integer(n)) => Some(*n),
                        _ => None,
                    })
                    .collect();
                if numbers.contains(&Some(0)) {
                    return if 0 < *below { Outcome::Positive } else { Outcome::Negative };
                }
                match numbers.into_iter().collect::<Option<Vec<i64>>>() {
                    Some(ns) if ns.iter().product::<i64>() < *below => Outcome::Positive,
                    Some(_) => Outcome::Negative,
                    None => Outcome::NotScored,
                }
            }
        }
    }

    /// The sum of the chosen options' points, or `None` unless every item has a scored answer.
    fn sum(&self, items: &[String], answers: &[Answer]) -> Option<i64> {
        items
            .iter()
            .map(|id| {
                let item = self.item(id)?;
                let code = match value_of(answers, id)? {
                    AnswerValue::Code(c) => c,
                    _ => return None,
                };
                item.options.iter().find(|o| &o.code == code)?.score
            })
            .sum()
    }
}

impl Rule {
    /// The items this rule reads (for the load-time reference check).
    pub fn items(&self) -> Vec<&str> {
        match self {
            Rule::AnyOf { item, .. } => vec![item.as_str()],
            Rule::Either(parts) | Rule::Both(parts) => parts.iter().flat_map(Rule::items).collect(),
            Rule::SumAtLeast { items, .. } | Rule::ProductBelow { items, .. } => {
                items.iter().map(String::as_str).collect()
            }
        }
    }
}

// ---- the file format ----------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RawRule {
    AnyOf { item: String, codes: Vec<String> },
    Either(Vec<RawRule>),
    Both(Vec<RawRule>),
    SumAtLeast { items: Vec<String>, at_least: i64 },
    ProductBelow { items: Vec<String>, below: i64 },
}

#[derive(Deserialize)]
pub(crate) struct RawFlag {
    id: String,
    rule: RawRule,
}

#[derive(Deserialize)]
pub(crate) struct RawDomainRule {
    domain: String,
    rule: RawRule,
    #[serde(default)]
    flags: Vec<RawFlag>,
    #[serde(default)]
    discreet: bool,
    #[serde(default)]
    total_code: Option<String>,
}

impl RawRule {
    fn build(self, systems: &Systems) -> Result<Rule, InstrumentError> {
        Ok(match self {
            RawRule::AnyOf { item, codes } => Rule::AnyOf {
                codes: codes.iter().map(|c| systems.coding(c, &item)).collect::<Result<_, _>>()?,
                item,
            },
            RawRule::Either(parts) => Rule::Either(parts.into_iter().map(|p| p.build(systems)).collect::<Result<_, _>>()?),
            RawRule::Both(parts) => Rule::Both(parts.into_iter().map(|p| p.build(systems)).collect::<Result<_, _>>()?),
            RawRule::SumAtLeast { items, at_least } => Rule::SumAtLeast { items, at_least },
            RawRule::ProductBelow { items, below } => Rule::ProductBelow { items, below },
        })
    }
}

impl RawDomainRule {
    pub(crate) fn build(self, systems: &Systems) -> Result<DomainRule, InstrumentError> {
        Ok(DomainRule {
            rule: self.rule.build(systems)?,
            flags: self
                .flags
                .into_iter()
                .map(|f| Ok(Flag { id: f.id, rule: f.rule.build(systems)? }))
                .collect::<Result<_, InstrumentError>>()?,
            total_code: self.total_code.as_deref().map(|c| systems.coding(c, &self.domain)).transpose()?,
            discreet: self.discreet,
            domain: self.domain,
        })
    }
}
