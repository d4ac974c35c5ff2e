//! The attributed roster: the ACO's list of members a site is responsible for, imported from CSV. When one
//! is loaded it replaces "members seen" as the denominator of completeness, so members nobody has screened
//! count against the site instead of disappearing from the report.
//!
//! The file needs the columns `masshealth_id`, `family_name`, `given_name` and `date_of_birth`
//! (YYYY-MM-DD), in any order, and may have `site`. An import replaces the whole roster in one transaction:
//! attribution is a monthly snapshot, not a log. Rows that cannot be used are refused with their line and
//! reason, and the others are imported; a file without the required columns is refused whole.

use std::collections::HashSet;
use std::io::Read;

use chrono::{NaiveDate, Utc};
use serde::Serialize;

use crate::db::{DbError, Value};
use crate::hub::{stamp, Hub, HubError};

#[derive(Debug, thiserror::Error)]
pub enum RosterError {
    #[error("the roster has no `{0}` column (it needs masshealth_id, family_name, given_name, date_of_birth)")]
    MissingColumn(&'static str),
    #[error("the roster is not readable CSV: {0}")]
    Csv(String),
    #[error(transparent)]
    Hub(#[from] HubError),
}

impl From<DbError> for RosterError {
    fn from(e: DbError) -> Self {
        RosterError::Hub(e.into())
    }
}

/// A row the import could not use: its line in the file (the header is line 1) and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefusedRow {
    pub line: u64,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct RosterReport {
    pub imported: u64,
    pub refused: Vec<RefusedRow>,
}

const REQUIRED: [&str; 4] = ["masshealth_id", "family_name", "given_name", "date_of_birth"];

/// Why a row is refused, checked in this order.
fn check(fields: &[&str; 4], today: NaiveDate, seen: &HashSet<String>) -> Result<(String, NaiveDate), &'static str> {
    let [id, family, given, born] = fields;
    let id = id.trim().to_ascii_uppercase();
    if id.is_empty() {
        return Err("masshealth_id is empty");
    }
    if !id.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err("masshealth_id has characters other than letters and digits");
    }
    if family.trim().is_empty() && given.trim().is_empty() {
        return Err("the name is empty");
    }
    let born = NaiveDate::parse_from_str(born.trim(), "%Y-%m-%d").map_err(|_| "date_of_birth is not a date (YYYY-MM-DD)")?;
    if born > today {
        return Err("date_of_birth is in the future");
    }
    if seen.contains(&id) {
        return Err("masshealth_id appears on an earlier line");
    }
    Ok((id, born))
}

impl Hub {
    /// Replaces the roster with the usable rows of `csv`, and records the import in the audit log.
    pub fn import_roster(&self, csv: impl Read, actor: &str) -> Result<RosterReport, RosterError> {
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv);
        let headers = reader.headers().map_err(|e| RosterError::Csv(e.to_string()))?.clone();
        let column = |name: &str| headers.iter().position(|h| h.trim().trim_start_matches('\u{feff}').eq_ignore_ascii_case(name));
        let mut required = [0; 4];
        for (slot, name) in required.iter_mut().zip(REQUIRED) {
            *slot = column(name).ok_or(RosterError::MissingColumn(name))?;
        }
        let site_column = column("site");
        let today = Utc::now().date_naive();
        let now = stamp(Utc::now());
        let mut seen = HashSet::new();
        let mut rows = Vec::new();
        let mut refused = Vec::new();
        for (i, record) in reader.records().enumerate() {
            let line = i as u64 + 2;
            let record = match record {
                Ok(r) => r,
                Err(_) => {
                    refused.push(RefusedRow { line, reason: "the line is not valid CSV" });
                    continue;
                }
            };
            let field = |c: usize| record.get(c).unwrap_or("");
            let fields = [field(required[0]), field(required[1]), field(required[2]), field(required[3])];
            match check(&fields, today, &seen) {
                Ok((id, born)) => {
                    seen.insert(id.clone());
                    let site = site_column.map(field).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
                    rows.push(vec![
                        Value::from(id),
                        site.into(),
                        fields[1].trim().into(),
                        fields[2].trim().into(),
                        born.to_string().into(),
                        now.as_str().into(),
                    ]);
                }
                Err(reason) => refused.push(RefusedRow { line, reason }),
            }
        }
        let imported = rows.len() as u64;
        self.db.with_tx(|tx| -> Result<(), HubError> {
            tx.exec("DELETE FROM roster", &[])?;
            crate::ingest::insert_rows(tx, "roster (masshealth_id, site, family_name, given_name, date_of_birth, imported_at)", &rows)?;
            crate::audit::record(tx, actor, "roster-import", &format!("imported={imported} refused={}", refused.len()))?;
            Ok(())
        })?;
        Ok(RosterReport { imported, refused })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_refused_with_a_reason_and_the_rest_imported() {
        let dir = tempfile::tempdir().expect("dir");
        let hub = Hub::open(&format!("sqlite://{}", dir.path().join("hub.db").display())).expect("hub");
        let csv = "\u{feff}site,masshealth_id,family_name,given_name,date_of_birth\n\
                   North,100000000001,Teste,Ana,1980-01-02\n\
                   North,,Teste,Bea,1980-01-02\n\
                   North,12-34,Teste,Cy,1980-01-02\n\
                   North,100000000002,Teste,Di,02/01/1980\n\
                   North,100000000001,Teste,Ed,1981-01-02\n\
                   South,100000000003,,,1990-05-06\n\
                   South,100000000004,Teste,Fay,2999-01-01\n\
                   ,100000000005,Teste,Gus,1970-12-31\n";
        let report = hub.import_roster(csv.as_bytes(), "test").expect("import");
        assert_eq!(report.imported, 2);
        let lines: Vec<u64> = report.refused.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6, 7, 8]);
        assert_eq!(report.refused[3].reason, "masshealth_id appears on an earlier line");
        // A second import replaces the first.
        let report = hub.import_roster("masshealth_id,family_name,given_name,date_of_birth\nA1,X,Y,2000-01-01\n".as_bytes(), "test").expect("import");
        assert_eq!(report.imported, 1);
        let n = hub.db().with_read(|tx| crate::hub::scalar(tx, "SELECT COUNT(*) FROM roster")).expect("count");
        assert_eq!(n, 1);
        assert!(matches!(
            hub.import_roster("id,name\n1,2\n".as_bytes(), "test"),
            Err(RosterError::MissingColumn("masshealth_id"))
        ));
    }
}
