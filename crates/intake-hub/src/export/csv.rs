//! CSV export for analysts: `members.csv` (one row per member: the latest answer to each demographic item
//! with its provenance and date), `responses.csv` (one row per response), `needs.csv` (one row per need
//! with its latest follow-up) and `follow_ups.csv` (one row per follow-up).
//!
//! Bytes, because Excel is where these files are opened: UTF-8 with a byte-order mark (without it Excel
//! reads UTF-8 as the local code page and every non-Latin name turns to mojibake), CRLF line ends and
//! quotes only where a field needs them (RFC 4180). Free text a member or CHW typed that starts with
//! `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet shows it instead of running it as a formula.
//!
//! What a role sees: admins get identifiers (names, date of birth, MassHealth id, MRN) and free text;
//! analysts get the member id (a random UUID), the birth year, codes and statuses, and `[text]` in place of
//! anything typed as free text (a write-in may name a person).

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Utc};
use intake_model::{AnswerOutcome, AnswerValue, FollowUp, MemberVersion, Need, Respondent, Response};

use super::{io_error, ExportError, ExportFile, Role, Withdrawn};
use crate::db::{Db, DbError, Tx, Value};
use crate::hub::stamp;

/// The demographic items of `members.csv`, in column order.
pub const MEMBER_ITEMS: [&str; 17] = [
    "race-ethnicity",
    "race-ethnicity-other",
    "tribe",
    "language-spoken",
    "language-written",
    "interpreter",
    "english",
    "hearing",
    "seeing",
    "concentrating",
    "walking",
    "dressing",
    "errands",
    "sexual-orientation",
    "gender-identity",
    "sex-at-birth",
    "pronouns",
];

/// What one CSV export is asked for: where, from when, for whom; and which responses no longer count.
struct Job<'a> {
    dir: &'a Path,
    since: Option<DateTime<Utc>>,
    role: Role,
    withdrawn: Withdrawn,
}

/// One file being written.
struct Out {
    writer: csv::Writer<BufWriter<File>>,
    path: PathBuf,
    name: &'static str,
    rows: u64,
}

impl Out {
    fn create(dir: &Path, name: &'static str, header: &[String]) -> Result<Out, ExportError> {
        let path = dir.join(name);
        let mut file = BufWriter::new(File::create(&path).map_err(io_error(&path))?);
        file.write_all("\u{feff}".as_bytes()).map_err(io_error(&path))?;
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(file);
        writer.write_record(header).map_err(|e| csv_error(&path, e))?;
        Ok(Out { writer, path, name, rows: 0 })
    }

    fn row(&mut self, fields: &[String]) -> Result<(), DbError> {
        self.writer.write_record(fields).map_err(|e| DbError::Sink(csv_error(&self.path, e).to_string()))?;
        self.rows += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<ExportFile, ExportError> {
        self.writer.flush().map_err(io_error(&self.path))?;
        Ok(ExportFile { name: self.name.to_owned(), records: self.rows })
    }
}

fn csv_error(path: &Path, e: csv::Error) -> ExportError {
    let path = path.to_owned();
    match e.into_kind() {
        csv::ErrorKind::Io(source) => ExportError::Io { path, source },
        other => ExportError::Io { path, source: std::io::Error::other(format!("{other:?}")) },
    }
}

/// Free text as a role may see it, made safe to open in a spreadsheet.
fn text(role: Role, s: &str) -> String {
    match role {
        Role::Analyst => "[text]".to_owned(),
        Role::Admin if s.starts_with(['=', '+', '-', '@']) => format!("'{s}"),
        Role::Admin => s.to_owned(),
    }
}

/// An answer as one field: codes joined by `; `, a number, a date, text, or the absent reason.
fn answer_field(role: Role, outcome: &AnswerOutcome) -> String {
    match outcome {
        AnswerOutcome::Absent { reason, .. } => reason.as_str().to_owned(),
        AnswerOutcome::Value(AnswerValue::Code(c)) => c.code.clone(),
        AnswerOutcome::Value(AnswerValue::Codes(cs)) => cs.iter().map(|c| c.code.as_str()).collect::<Vec<_>>().join("; "),
        AnswerOutcome::Value(AnswerValue::Integer(i)) => i.to_string(),
        AnswerOutcome::Value(AnswerValue::Date(d)) => d.to_string(),
        AnswerOutcome::Value(AnswerValue::Text(t)) => text(role, t),
    }
}

/// Who answered; the relationship is typed by staff, so it is free text like any other.
fn provenance(role: Role, r: &Respondent) -> String {
    match r {
        Respondent::SelfReported => "self-reported".to_owned(),
        Respondent::ReportedByRelatedPerson { relationship } => {
            format!("reported-by-related-person ({})", text(role, relationship))
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(body: &str, what: &'static str) -> Result<T, DbError> {
    serde_json::from_str(body).map_err(|_| DbError::Stored(what))
}


/// Records that arrived after `since` (by the batch that brought them), or all.
fn arrived(since: Option<DateTime<Utc>>, table: &str) -> (String, Vec<Value>) {
    match since {
        None => (String::new(), Vec::new()),
        Some(t) => (
            format!(" WHERE {table}.batch_id IN (SELECT batch_id FROM batches WHERE received_at > ?1)"),
            vec![stamp(t).into()],
        ),
    }
}

/// Writes the four files into `out` (created if missing, readable by this user only: the files are PHI).
pub fn write(db: &Db, out: &Path, since: Option<DateTime<Utc>>, role: Role) -> Result<Vec<ExportFile>, ExportError> {
    super::private_dir(out)?;
    db.with_read(|tx| -> Result<Vec<ExportFile>, ExportError> {
        let job = Job { dir: out, since, role, withdrawn: Withdrawn::load(tx)? };
        Ok(vec![members(tx, &job)?, responses(tx, &job)?, needs(tx, &job)?, follow_ups(tx, &job)?])
    })
}

fn members(tx: &mut dyn Tx, job: &Job) -> Result<ExportFile, ExportError> {
    let (dir, since, role, withdrawn) = (job.dir, job.since, job.role, &job.withdrawn);
    // Members whose records arrived since the cutoff: their whole current row is exported again.
    let wanted: Option<HashSet<String>> = match since {
        None => None,
        Some(_) => {
            let (m, p) = arrived(since, "member_versions");
            let (r, q) = arrived(since, "responses");
            let mut ids = HashSet::new();
            for row in tx.query(&format!("SELECT member_id FROM member_versions{m}"), &p)? {
                ids.insert(row.text(0)?);
            }
            for row in tx.query(&format!("SELECT member_id FROM responses{r}"), &q)? {
                ids.insert(row.text(0)?);
            }
            Some(ids)
        }
    };
    // The latest identity and site of every member.
    let mut identities: HashMap<String, (String, MemberVersion)> = HashMap::new();
    tx.query_each("SELECT member_id, site, recorded_at, body FROM member_versions ORDER BY recorded_at", &[], &mut |row| {
        let id = row.text(0)?;
        if wanted.as_ref().is_none_or(|w| w.contains(&id)) {
            identities.insert(id, (row.text(1)?, parse(&row.text(3)?, "member record")?));
        }
        Ok(())
    })?;

    let mut header: Vec<String> = vec!["member_id".into(), "site".into()];
    match role {
        Role::Admin => header.extend(
            ["masshealth_id", "mrn", "family_name", "given_name", "date_of_birth"].map(String::from),
        ),
        Role::Analyst => header.push("birth_year".into()),
    }
    for item in MEMBER_ITEMS {
        header.extend([item.to_owned(), format!("{item}_method"), format!("{item}_date")]);
    }
    let mut out = Out::create(dir, "members.csv", &header)?;

    let identity_fields = |member: &str, site: &str, v: Option<&MemberVersion>| -> Vec<String> {
        let mut f = vec![member.to_owned(), site.to_owned()];
        match (role, v) {
            (Role::Admin, Some(v)) => f.extend([
                v.identity.masshealth_id.clone().unwrap_or_default(),
                v.identity.mrn.clone().unwrap_or_default(),
                text(role, &v.identity.family_name),
                text(role, &v.identity.given_name),
                v.identity.date_of_birth.to_string(),
            ]),
            (Role::Admin, None) => f.extend(std::iter::repeat_n(String::new(), 5)),
            (Role::Analyst, v) => f.push(v.map(|v| v.identity.date_of_birth.year().to_string()).unwrap_or_default()),
        }
        f
    };

    // Demographic responses in member order, oldest first: a member's row is complete when the next member
    // starts, and a later answer overwrites an earlier one.
    let mut current: Option<(String, String, Vec<[String; 3]>)> = None;
    let flush = |current: Option<(String, String, Vec<[String; 3]>)>,
                     out: &mut Out,
                     identities: &mut HashMap<String, (String, MemberVersion)>|
     -> Result<(), DbError> {
        if let Some((member, site, answers)) = current {
            let identity = identities.remove(&member);
            let site = identity.as_ref().map_or(site, |(s, _)| s.clone());
            let mut fields = identity_fields(&member, &site, identity.as_ref().map(|(_, v)| v));
            fields.extend(answers.into_iter().flatten());
            out.row(&fields)?;
        }
        Ok(())
    };
    tx.query_each(
        "SELECT member_id, id, site, body FROM responses WHERE instrument_id = 'demographics' ORDER BY member_id, completed_at",
        &[],
        &mut |row| {
            let member = row.text(0)?;
            let id = row.text(1)?;
            if withdrawn.contains(&id) || wanted.as_ref().is_some_and(|w| !w.contains(&member)) {
                return Ok(());
            }
            if current.as_ref().is_none_or(|(m, _, _)| *m != member) {
                flush(current.take(), &mut out, &mut identities)?;
                current = Some((member.clone(), row.text(2)?, vec![Default::default(); MEMBER_ITEMS.len()]));
            }
            let response: Response = parse(&row.text(3)?, "response")?;
            if let Some((_, _, answers)) = current.as_mut() {
                for a in &response.answers {
                    if let Some(k) = MEMBER_ITEMS.iter().position(|i| *i == a.item_id) {
                        answers[k] = [
                            answer_field(role, &a.outcome),
                            provenance(role, &response.respondent),
                            response.completed_at.date_naive().to_string(),
                        ];
                    }
                }
            }
            Ok(())
        },
    )?;
    flush(current.take(), &mut out, &mut identities)?;
    // Members never asked any demographic question still get a row: they are part of the denominator.
    let mut rest: Vec<(String, (String, MemberVersion))> = identities.into_iter().collect();
    rest.sort_by(|a, b| a.0.cmp(&b.0));
    for (member, (site, version)) in rest {
        let mut fields = identity_fields(&member, &site, Some(&version));
        fields.extend(std::iter::repeat_n(String::new(), 3 * MEMBER_ITEMS.len()));
        out.row(&fields)?;
    }
    out.finish()
}

fn responses(tx: &mut dyn Tx, job: &Job) -> Result<ExportFile, ExportError> {
    let (dir, since, role, withdrawn) = (job.dir, job.since, job.role, &job.withdrawn);
    let header = [
        "response_id", "member_id", "instrument_id", "instrument_version", "wording_version", "site", "collected_by",
        "device_id", "started_at", "completed_at", "locale", "translation_status", "mode", "interpreter_used",
        "respondent", "consent_screening", "consent_share_for_referral", "supersedes", "status", "positive_domains",
        "answers",
    ]
    .map(String::from);
    let mut out = Out::create(dir, "responses.csv", &header)?;
    let (filter, params) = arrived(since, "responses");
    tx.query_each(
        &format!(
            "SELECT responses.id, responses.site, f.facts, responses.body FROM responses \
             LEFT JOIN response_facts f ON f.response_id = responses.id{filter} ORDER BY responses.completed_at, responses.id"
        ),
        &params,
        &mut |row| {
            let id = row.text(0)?;
            let r: Response = parse(&row.text(3)?, "response")?;
            let facts: crate::facts::ResponseFacts = match row.opt_text(2)? {
                Some(f) => parse(&f, "response facts")?,
                None => Default::default(),
            };
            let status = withdrawn.status(&id);
            let answers: Vec<String> = r.answers.iter().map(|a| format!("{}={}", a.item_id, answer_field(role, &a.outcome))).collect();
            out.row(
                &[
                    id,
                    r.member_id.to_string(),
                    r.instrument_id,
                    r.instrument_version,
                    r.wording_version,
                    row.text(1)?,
                    r.collected_by,
                    r.device_id.to_string(),
                    stamp(r.started_at),
                    stamp(r.completed_at),
                    r.locale,
                    format!("{:?}", r.translation_status).to_lowercase(),
                    r.mode.as_str().to_owned(),
                    r.interpreter_used.to_string(),
                    provenance(role, &r.respondent),
                    r.consent.screening.to_string(),
                    r.consent.share_for_referral.to_string(),
                    r.supersedes.map(|s| s.to_string()).unwrap_or_default(),
                    status.to_owned(),
                    facts.positive.join("; "),
                    answers.join(" | "),
                ],
            )
        },
    )?;
    out.finish()
}

fn needs(tx: &mut dyn Tx, job: &Job) -> Result<ExportFile, ExportError> {
    let (dir, since, role) = (job.dir, job.since, job.role);
    // The latest follow-up of each need (few per need: held in memory).
    let mut latest: HashMap<String, (FollowUp, u64)> = HashMap::new();
    tx.query_each("SELECT need_id, body FROM follow_ups ORDER BY recorded_at, id", &[], &mut |row| {
        let f: FollowUp = parse(&row.text(1)?, "follow-up")?;
        let entry = latest.entry(row.text(0)?).or_insert_with(|| (f.clone(), 0));
        entry.0 = f;
        entry.1 += 1;
        Ok(())
    })?;
    let header = [
        "need_id", "member_id", "response_id", "domain", "opened_by", "opened_at", "status", "organization",
        "status_recorded_by", "status_recorded_at", "follow_ups",
    ]
    .map(String::from);
    let mut out = Out::create(dir, "needs.csv", &header)?;
    let (filter, params) = arrived(since, "needs");
    tx.query_each(&format!("SELECT body FROM needs{filter} ORDER BY opened_at, id"), &params, &mut |row| {
        let n: Need = parse(&row.text(0)?, "need")?;
        let follow = latest.get(&n.id.to_string());
        out.row(
            &[
                n.id.to_string(),
                n.member_id.to_string(),
                n.response_id.to_string(),
                n.domain,
                n.opened_by,
                stamp(n.opened_at),
                follow.map_or("open", |(f, _)| f.status.as_str()).to_owned(),
                follow.and_then(|(f, _)| f.organization.as_deref().map(|o| text(role, o))).unwrap_or_default(),
                follow.map(|(f, _)| f.recorded_by.clone()).unwrap_or_default(),
                follow.map(|(f, _)| stamp(f.recorded_at)).unwrap_or_default(),
                follow.map_or(0, |(_, n)| *n).to_string(),
            ],
        )
    })?;
    out.finish()
}

fn follow_ups(tx: &mut dyn Tx, job: &Job) -> Result<ExportFile, ExportError> {
    let (dir, since, role) = (job.dir, job.since, job.role);
    let header = ["follow_up_id", "need_id", "status", "organization", "note", "recorded_by", "recorded_at"].map(String::from);
    let mut out = Out::create(dir, "follow_ups.csv", &header)?;
    let (filter, params) = arrived(since, "follow_ups");
    tx.query_each(&format!("SELECT body FROM follow_ups{filter} ORDER BY recorded_at, id"), &params, &mut |row| {
        let f: FollowUp = parse(&row.text(0)?, "follow-up")?;
        out.row(
            &[
                f.id.to_string(),
                f.need_id.to_string(),
                f.status.as_str().to_owned(),
                f.organization.map(|o| text(role, &o)).unwrap_or_default(),
                f.note.map(|n| text(role, &n)).unwrap_or_default(),
                f.recorded_by,
                stamp(f.recorded_at),
            ],
        )
    })?;
    out.finish()
}
