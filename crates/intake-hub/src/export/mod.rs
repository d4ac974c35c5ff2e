//! Exports of what the hub holds: CSV for analysts ([`csv`]) and FHIR R4 NDJSON ([`fhir`]) for EHRs and
//! data warehouses. Both write files into a folder the caller names, both can be limited to records that
//! arrived after a time (`since`, for incremental exports), and both carry only what the requesting
//! [`Role`] may see. Auditing is the caller's job ([`crate::Hub::export`] does it), so that no export can
//! run without leaving a line in `hub_audit`.

pub mod csv;
pub mod fhir;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::db::{DbError, Tx};

pub use crate::users::Role;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    /// A stored record does not parse: the hub's own data is damaged.
    #[error("a stored {0} is not valid")]
    Stored(&'static str),
    #[error("this export is for admins only")]
    Forbidden,
}

/// One file an export wrote, and how many records (rows or resources) it holds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ExportFile {
    pub name: String,
    pub records: u64,
}

/// Responses that no longer count: retracted ("entered in error"), or replaced by a correction that names
/// them in `supersedes`. Few, so held in memory; it keeps the streaming queries free of anti-joins on
/// unindexed columns.
pub(crate) struct Withdrawn {
    retracted: HashSet<String>,
    superseded: HashSet<String>,
}

impl Withdrawn {
    pub(crate) fn load(tx: &mut dyn Tx) -> Result<Withdrawn, DbError> {
        let ids = |tx: &mut dyn Tx, sql: &str| -> Result<HashSet<String>, DbError> {
            tx.query(sql, &[])?.iter().map(|r| r.text(0)).collect()
        };
        Ok(Withdrawn {
            retracted: ids(tx, "SELECT response_id FROM retractions")?,
            superseded: ids(tx, "SELECT supersedes FROM response_facts WHERE supersedes IS NOT NULL")?,
        })
    }

    pub(crate) fn contains(&self, response_id: &str) -> bool {
        self.retracted.contains(response_id) || self.superseded.contains(response_id)
    }

    /// `retracted`, `superseded` or `current`.
    pub(crate) fn status(&self, response_id: &str) -> &'static str {
        if self.retracted.contains(response_id) {
            "retracted"
        } else if self.superseded.contains(response_id) {
            "superseded"
        } else {
            "current"
        }
    }
}

/// Creates `dir` (and its parents) so that only this user can read it: exports are member data.
pub(crate) fn private_dir(dir: &Path) -> Result<(), ExportError> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(io_error(dir))
}

pub(crate) fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |source| ExportError::Io { path: path.to_owned(), source }
}

/// The two export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Fhir,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Fhir => "fhir",
        }
    }
}

impl crate::Hub {
    /// Runs an export as `actor` with `role`'s view, and records it in the audit log whether it succeeded
    /// or not. FHIR carries identified records for EHRs, so it is for admins only.
    pub fn export(
        &self,
        format: Format,
        out: &Path,
        since: Option<chrono::DateTime<chrono::Utc>>,
        role: Role,
        actor: &str,
    ) -> Result<Vec<ExportFile>, ExportError> {
        let result = match (format, role) {
            (Format::Fhir, Role::Analyst) => Err(ExportError::Forbidden),
            (Format::Fhir, Role::Admin) => fhir::write(&self.db, out, since),
            (Format::Csv, role) => csv::write(&self.db, out, since, role),
        };
        let counts = match &result {
            Ok(files) => files.iter().map(|f| format!("{}={}", f.name, f.records)).collect::<Vec<_>>().join(" "),
            Err(e) => format!("failed: {e}"),
        };
        let since = since.map_or_else(|| "all".to_owned(), crate::hub::stamp);
        let detail = format!("role={} since={since} {counts}", role.as_str());
        self.db.with_tx(|tx| crate::audit::record(tx, actor, &format!("export-{}", format.as_str()), &detail))?;
        result
    }
}
