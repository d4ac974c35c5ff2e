//! Reports for the ACO: completeness ([`completeness`]) and equity stratification ([`equity`]).
//!
//! A report is computed in two steps. [`Snapshot::load`] reads, in one read-only transaction, one short row
//! per member version and per response (the `facts` worked out at ingest, see [`crate::facts`]) and the
//! attributed roster, into compact per-member timelines. The reports then answer from memory: "what was this
//! member's latest answer to this measure before the end of the period" is a scan of a short vector. This
//! keeps every report under two seconds (load included) for 100,000 members on either engine (bench-results/reports.json),
//! and lets the dashboard draw several reports from one snapshot.
//!
//! Definitions (written down here because every number depends on them):
//! - **Period**: a calendar month (UTC), or everything up to now. A member's status is the one on file at the
//!   end of the period: their latest answer, whenever it was given.
//! - **Members seen**: members with a member record or a response in the period (at the site, by the CHW,
//!   when the report is per site or CHW). With an attributed roster loaded, ACO-wide and per-site
//!   denominators are the roster instead (matched on MassHealth id); per-CHW rows always use members seen.
//! - **Statuses** partition the denominator: answered (self-reported), declined, don't know (self-reported),
//!   proxy-reported (any answer given by a related person), never asked (no answer, or `not-asked`).
//!   Complete = answered + declined: "choose not to answer" is a complete answer (spec/demographics.md).
//! - **HRSN screening**: an AHC core screening in the 12 months before the end of the period.
//! - **Sexual orientation and gender identity** are asked of adults: members known to be under 18 at the end
//!   of the period are left out of those two denominators.

pub mod completeness;
pub mod equity;
pub mod suppress;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Utc};
use serde::Serialize;

use crate::db::{Db, DbError};
use crate::facts::{Measure, ResponseFacts, Status, HRSN_INSTRUMENT};
use crate::hub::parse_stamp;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("a stored {0} is not valid")]
    Stored(&'static str),
    #[error("`{0}` is not a month (YYYY-MM)")]
    BadMonth(String),
}

/// Adults only: the default of the `sogi-min-age` site setting (spec/demographics.md).
const SOGI_MIN_AGE: u32 = 18;

/// A calendar month, UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn parse(s: &str) -> Result<Month, ReportError> {
        let bad = || ReportError::BadMonth(s.to_owned());
        let (y, m) = s.split_once('-').ok_or_else(bad)?;
        let (year, month) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if y.len() != 4 || m.len() != 2 || !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }

    pub fn of(t: DateTime<Utc>) -> Month {
        Month { year: t.year(), month: t.month() }
    }

    fn start(self) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(self.year, self.month, 1, 0, 0, 0).single().unwrap_or(DateTime::<Utc>::MIN_UTC)
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month { year: self.year - 1, month: 12 }
        } else {
            Month { year: self.year, month: self.month - 1 }
        }
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Which members a report covers: a site (or all), a month (or all time up to `now`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub site: Option<String>,
    pub month: Option<Month>,
}

/// The time window of a filter: `[start, end)` in microseconds since the epoch.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Period {
    start: i64,
    end: i64,
}

impl Period {
    pub(crate) fn of(month: Option<Month>, now: DateTime<Utc>) -> Period {
        match month {
            Some(m) => Period { start: m.start().timestamp_micros(), end: m.next().start().timestamp_micros() },
            None => Period { start: i64::MIN, end: now.timestamp_micros() + 1 },
        }
    }

    fn contains(&self, at: i64) -> bool {
        (self.start..self.end).contains(&at)
    }

    fn end_time(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_micros(self.end).unwrap_or(DateTime::<Utc>::MAX_UTC)
    }
}

/// A member record or response: when, where, by whom (indexes into [`Snapshot::sites`] and `chws`).
#[derive(Debug, Clone, Copy)]
struct Visit {
    at: i64,
    site: u32,
    chw: u32,
}

/// A member's answer to a measure at a time. The group is interned (an index into [`Snapshot::groups`]):
/// 300,000 responses would otherwise carry a million small strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answered {
    Group(u32),
    Declined,
    Unknown,
    NotAsked,
}

#[derive(Debug, Clone, Copy)]
struct Fact {
    at: i64,
    status: Answered,
    proxy: bool,
}

#[derive(Debug, Clone)]
struct Screening {
    at: i64,
    /// Indexes into [`Snapshot::domains`].
    positive: Vec<u8>,
}

#[derive(Debug, Clone, Default)]
struct MemberTimeline {
    site: u32,
    birth_date: Option<NaiveDate>,
    visits: Vec<Visit>,
    /// Per [`Measure`] (in `Measure::ALL` order), oldest first.
    facts: [Vec<Fact>; 6],
    /// Answered HRSN screenings, oldest first.
    screenings: Vec<Screening>,
}

/// A member's status for one measure at the end of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    Answered,
    Declined,
    Unknown,
    Proxy,
    NeverAsked,
}

/// Everything reports need, read once.
#[derive(Debug)]
pub struct Snapshot {
    pub(crate) now: DateTime<Utc>,
    pub sites: Vec<String>,
    pub chws: Vec<String>,
    /// Reporting group names (`asian`, `es`, `yes`...), indexed by [`Answered::Group`].
    groups: Vec<String>,
    /// HRSN domains in the instrument's order (AHC core).
    pub domains: Vec<String>,
    members: Vec<MemberTimeline>,
    /// The attributed roster, when one is loaded: each entry's site and its member, if the hub has one.
    roster: Option<Vec<(Option<u32>, Option<usize>)>>,
    /// The first and last months with any activity.
    pub months: Option<(Month, Month)>,
}

#[derive(Debug)]
struct Interner {
    names: Vec<String>,
    index: HashMap<String, u32>,
}

impl Interner {
    fn new() -> Interner {
        Interner { names: Vec::new(), index: HashMap::new() }
    }
    fn get(&mut self, name: &str) -> u32 {
        if let Some(i) = self.index.get(name) {
            return *i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), i);
        i
    }
}

impl Snapshot {
    /// Reads what reports need, in one read-only transaction (a consistent view while devices sync).
    pub fn load(db: &Db, now: DateTime<Utc>) -> Result<Snapshot, ReportError> {
        db.with_read(|tx| -> Result<Snapshot, ReportError> {
            let mut sites = Interner::new();
            let mut chws = Interner::new();
            let mut groups = Interner::new();
            let mut members: Vec<MemberTimeline> = Vec::new();
            let mut index: HashMap<String, usize> = HashMap::new();
            let mut by_masshealth: HashMap<String, usize> = HashMap::new();
            let mut latest_version: Vec<i64> = Vec::new();

            let mut member = |id: &str, members: &mut Vec<MemberTimeline>, latest: &mut Vec<i64>| -> usize {
                if let Some(&i) = index.get(id) {
                    return i;
                }
                members.push(MemberTimeline::default());
                latest.push(i64::MIN);
                index.insert(id.to_owned(), members.len() - 1);
                members.len() - 1
            };

            tx.query_each("SELECT member_id, site, recorded_at, body FROM member_versions", &[], &mut |row| {
                let i = member(row.str(0)?, &mut members, &mut latest_version);
                let at = parse_stamp(row.str(2)?)?.timestamp_micros();
                let version: VersionFields =
                    serde_json::from_str(row.str(3)?).map_err(|_| DbError::Stored("member record"))?;
                let site = sites.get(row.str(1)?);
                let m = &mut members[i];
                m.visits.push(Visit { at, site, chw: chws.get(&version.recorded_by) });
                if at >= latest_version[i] {
                    latest_version[i] = at;
                    m.site = site;
                    m.birth_date = Some(version.identity.date_of_birth);
                    if let Some(id) = version.identity.masshealth_id {
                        by_masshealth.insert(id.trim().to_ascii_uppercase(), i);
                    }
                }
                Ok(())
            })?;

            // Retracted responses, and those a correction replaced, do not count. Both are few; reading
            // them first lets the responses stream straight into the timelines.
            let mut withdrawn: HashSet<String> = HashSet::new();
            for sql in ["SELECT response_id FROM retractions", "SELECT supersedes FROM response_facts WHERE supersedes IS NOT NULL"] {
                tx.query_each(sql, &[], &mut |row| {
                    withdrawn.insert(row.text(0)?);
                    Ok(())
                })?;
            }
            let instrument = intake_model::instrument::all()
                .map_err(|_| ReportError::Stored("instrument"))?
                .iter()
                .find(|i| i.id == HRSN_INSTRUMENT)
                .ok_or(ReportError::Stored("instrument"))?;
            let domains: Vec<String> = instrument.scoring.iter().map(|d| d.domain.clone()).collect();
            tx.query_each(
                "SELECT member_id, response_id, site, collected_by, completed_at, instrument_id, facts FROM response_facts",
                &[],
                &mut |row| {
                    if withdrawn.contains(row.str(1)?) {
                        return Ok(());
                    }
                    let i = member(row.str(0)?, &mut members, &mut latest_version);
                    let site = sites.get(row.str(2)?);
                    let chw = chws.get(row.str(3)?);
                    let at = parse_stamp(row.str(4)?)?.timestamp_micros();
                    let facts: ResponseFacts =
                        serde_json::from_str(row.str(6)?).map_err(|_| DbError::Stored("response facts"))?;
                    let m = &mut members[i];
                    if latest_version[i] == i64::MIN {
                        m.site = site;
                    }
                    m.visits.push(Visit { at, site, chw });
                    for (k, measure) in Measure::ALL.iter().enumerate() {
                        if let Some(status) = facts.status(*measure) {
                            let status = match status {
                                Status::Answered(g) => Answered::Group(groups.get(g)),
                                Status::Declined => Answered::Declined,
                                Status::Unknown => Answered::Unknown,
                                Status::NotAsked => Answered::NotAsked,
                            };
                            m.facts[k].push(Fact { at, status, proxy: facts.proxy });
                        }
                    }
                    let hrsn = row.str(5)? == HRSN_INSTRUMENT;
                    if hrsn && matches!(facts.status(Measure::Hrsn), Some(Status::Answered(_))) {
                        let positive =
                            facts.positive.iter().filter_map(|p| domains.iter().position(|d| d == p)).map(|p| p as u8).collect();
                        m.screenings.push(Screening { at, positive });
                    }
                    Ok(())
                },
            )?;

            let mut first_last: Option<(i64, i64)> = None;
            for m in &mut members {
                m.visits.sort_by_key(|v| v.at);
                for f in &mut m.facts {
                    f.sort_by_key(|f| f.at);
                }
                m.screenings.sort_by_key(|s| s.at);
                for v in &m.visits {
                    first_last = Some(first_last.map_or((v.at, v.at), |(a, b)| (a.min(v.at), b.max(v.at))));
                }
            }

            let roster_rows = tx.query("SELECT masshealth_id, site FROM roster", &[])?;
            let roster = if roster_rows.is_empty() {
                None
            } else {
                let mut entries = Vec::with_capacity(roster_rows.len());
                for r in roster_rows {
                    let member = by_masshealth.get(&r.text(0)?).copied();
                    let site = match r.opt_text(1)? {
                        Some(s) => Some(sites.get(&s)),
                        None => member.map(|i| members[i].site),
                    };
                    entries.push((site, member));
                }
                Some(entries)
            };

            let month_of = |at: i64| DateTime::from_timestamp_micros(at).map(Month::of);
            Ok(Snapshot {
                now,
                sites: sites.names,
                chws: chws.names,
                groups: groups.names,
                domains,
                members,
                roster,
                months: first_last.and_then(|(a, b)| month_of(a).zip(month_of(b))),
            })
        })
    }

    pub(crate) fn member_count(&self) -> usize {
        self.members.len()
    }

    /// The months from `first` to `last` in which a member was seen (at `site`, if given), each once.
    pub(crate) fn months_seen(&self, member: usize, site: Option<u32>, first: Month, last: Month) -> Vec<Month> {
        let mut months: Vec<Month> = self.members[member]
            .visits
            .iter()
            .filter(|v| site.is_none_or(|s| v.site == s))
            .filter_map(|v| DateTime::from_timestamp_micros(v.at).map(Month::of))
            .filter(|m| (first..=last).contains(m))
            .collect();
        months.dedup();
        months
    }

    /// The CHWs who saw a member in the period (at `site`, if given), each once.
    pub(crate) fn chws_seen(&self, member: usize, site: Option<u32>, period: Period) -> Vec<u32> {
        let mut chws: Vec<u32> = self.members[member]
            .visits
            .iter()
            .filter(|v| period.contains(v.at) && site.is_none_or(|s| v.site == s))
            .map(|v| v.chw)
            .collect();
        chws.sort_unstable();
        chws.dedup();
        chws
    }

    pub fn has_roster(&self) -> bool {
        self.roster.is_some()
    }

    pub fn site_index(&self, site: &str) -> Option<u32> {
        self.sites.iter().position(|s| s == site).map(|i| i as u32)
    }

    /// The denominator of a filter: `Some(member)` for each member counted, `None` for a roster entry the
    /// hub holds no record of (never asked anything).
    pub(crate) fn population(&self, site: Option<u32>, period: Period) -> Vec<Option<usize>> {
        let seen_here =
            |m: &MemberTimeline| m.visits.iter().any(|v| period.contains(v.at) && site.is_none_or(|s| v.site == s));
        match &self.roster {
            Some(roster) => {
                roster.iter().filter(|(s, _)| site.is_none_or(|want| *s == Some(want))).map(|(_, m)| *m).collect()
            }
            None => (0..self.members.len()).filter(|&i| seen_here(&self.members[i])).map(Some).collect(),
        }
    }

    /// A member's standing for a measure at the end of the period; `None` when the measure does not apply
    /// (sexual orientation and gender identity of a minor).
    pub(crate) fn standing(&self, member: Option<usize>, measure: Measure, period: Period) -> Option<Standing> {
        let Some(m) = member.map(|i| &self.members[i]) else { return Some(Standing::NeverAsked) };
        let end = period.end_time();
        if matches!(measure, Measure::SexualOrientation | Measure::GenderIdentity) {
            if let Some(born) = m.birth_date {
                if end.date_naive().years_since(born).is_some_and(|age| age < SOGI_MIN_AGE) {
                    return None;
                }
            }
        }
        let k = Measure::ALL.iter().position(|x| *x == measure).unwrap_or(0);
        let from = if measure == Measure::Hrsn { twelve_months_before(end) } else { i64::MIN };
        // "Not asked" on a later, cut-short screening does not erase an answer given before it.
        let latest = m.facts[k].iter().rev().filter(|f| f.status != Answered::NotAsked).find(|f| f.at < period.end && f.at >= from);
        Some(match latest {
            None => Standing::NeverAsked,
            Some(f) if f.proxy && f.status != Answered::NotAsked => Standing::Proxy,
            Some(f) => match f.status {
                Answered::Group(_) => Standing::Answered,
                Answered::Declined => Standing::Declined,
                Answered::Unknown => Standing::Unknown,
                Answered::NotAsked => Standing::NeverAsked,
            },
        })
    }

    /// The reporting group of a member for an equity dimension at the end of the period.
    pub(crate) fn group(&self, member: Option<usize>, measure: Measure, period: Period) -> String {
        let Some(m) = member.map(|i| &self.members[i]) else { return NOT_ASKED.to_owned() };
        let k = Measure::ALL.iter().position(|x| *x == measure).unwrap_or(0);
        match m.facts[k].iter().rev().filter(|f| f.status != Answered::NotAsked).find(|f| f.at < period.end).map(|f| f.status) {
            Some(Answered::Group(g)) => self.groups.get(g as usize).cloned().unwrap_or_default(),
            Some(Answered::Declined) => DECLINED.to_owned(),
            Some(Answered::Unknown) => UNKNOWN.to_owned(),
            Some(Answered::NotAsked) | None => NOT_ASKED.to_owned(),
        }
    }

    /// The positive domains of the member's latest HRSN screening in the 12 months before the period's end,
    /// or `None` if the member was not screened in that time.
    pub(crate) fn screening(&self, member: Option<usize>, period: Period) -> Option<&[u8]> {
        let m = &self.members[member?];
        let from = twelve_months_before(period.end_time());
        m.screenings.iter().rev().find(|s| s.at < period.end && s.at >= from).map(|s| s.positive.as_slice())
    }
}

/// The fields of a member record that reports read; serde skips the rest.
#[derive(serde::Deserialize)]
struct VersionFields<'a> {
    #[serde(borrow)]
    recorded_by: std::borrow::Cow<'a, str>,
    identity: IdentityFields,
}

#[derive(serde::Deserialize)]
struct IdentityFields {
    date_of_birth: NaiveDate,
    masshealth_id: Option<String>,
}

/// Group names of members without an answer, shared by every dimension.
pub const DECLINED: &str = "declined";
pub const UNKNOWN: &str = "unknown";
pub const NOT_ASKED: &str = "not-asked";

fn twelve_months_before(end: DateTime<Utc>) -> i64 {
    end.checked_sub_months(Months::new(12)).map_or(i64::MIN, |t| t.timestamp_micros())
}
