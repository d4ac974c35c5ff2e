//! Members: create, edit as new versions, view, search, and the likely-duplicate check.
//!
//! Search is a prefix match of folded terms (fold.rs) on an index table, `member_terms`, kept beside the
//! current version of each member. A query's terms must all match (AND); the most selective term drives
//! the range scan and the others are checked per candidate through the (member_id, term) index.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use intake_model::{new_id, AuditAction, MemberIdentity, MemberVersion, Permission, RecordKind};

use crate::audit;
use crate::error::{Error, Result};
use crate::fold::{fold, prefix_upper_bound, terms};
use crate::outbox;
use crate::session::{MemberCreated, MemberSummary, Session};

/// Search returns at most this many members; a person scans a list, not a census.
pub const MAX_RESULTS: usize = 50;

impl Session {
    pub fn create_member(&mut self, identity: MemberIdentity) -> Result<MemberCreated> {
        self.require(Permission::EditMember)?;
        validate(&identity)?;
        let likely_duplicates = self.find_likely_duplicates(&identity, None)?;
        let member = MemberVersion {
            version_id: new_id(),
            member_id: new_id(),
            supersedes: None,
            identity,
            site: self.site().to_owned(),
            recorded_by: self.user().username.clone(),
            recorded_at: chrono::Utc::now(),
            device_id: self.device_id(),
        };
        let tx = self.tx()?;
        insert_version(&tx, &member)?;
        audit::append(&tx, &member.recorded_by, AuditAction::Create, "member", Some(&member.member_id.to_string()), "")?;
        tx.commit()?;
        Ok(MemberCreated { member, likely_duplicates })
    }

    /// Records a new version of a member; the old version stays stored, unchanged.
    pub fn edit_member(&mut self, member_id: Uuid, identity: MemberIdentity) -> Result<MemberVersion> {
        self.require(Permission::EditMember)?;
        validate(&identity)?;
        let current = current_version_id(self.conn(), member_id)?.ok_or(Error::NotFound("member"))?;
        let member = MemberVersion {
            version_id: new_id(),
            member_id,
            supersedes: Some(current),
            identity,
            site: self.site().to_owned(),
            recorded_by: self.user().username.clone(),
            recorded_at: chrono::Utc::now(),
            device_id: self.device_id(),
        };
        let tx = self.tx()?;
        insert_version(&tx, &member)?;
        audit::append(&tx, &member.recorded_by, AuditAction::Change, "member", Some(&member_id.to_string()), "")?;
        tx.commit()?;
        Ok(member)
    }

    /// Opens a member's current identity (an audited view).
    pub fn member(&mut self, member_id: Uuid) -> Result<MemberVersion> {
        self.require(Permission::ViewMember)?;
        let body: String = self
            .conn()
            .query_row(
                "SELECT v.body FROM members_current c JOIN member_versions v ON v.version_id = c.version_id
                 WHERE c.member_id = ?1",
                [member_id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound("member"))?;
        self.audit(AuditAction::View, "member", Some(&member_id.to_string()), "")?;
        Ok(serde_json::from_str(&body)?)
    }

    /// Every version of a member, oldest first.
    pub fn member_history(&mut self, member_id: Uuid) -> Result<Vec<MemberVersion>> {
        self.require(Permission::ViewMember)?;
        let mut stmt =
            self.conn().prepare("SELECT body FROM member_versions WHERE member_id = ?1 ORDER BY recorded_at, version_id")?;
        let bodies: Vec<String> = stmt.query_map([member_id.to_string()], |r| r.get(0))?.collect::<Result<_, _>>()?;
        drop(stmt);
        if bodies.is_empty() {
            return Err(Error::NotFound("member"));
        }
        self.audit(AuditAction::View, "member", Some(&member_id.to_string()), "history")?;
        bodies.iter().map(|b| Ok(serde_json::from_str(b)?)).collect()
    }

    /// Finds members by name (any part, any script, prefix, ignoring case and diacritics), by MassHealth
    /// ID or MRN (prefix), or by date of birth (`YYYY-MM-DD` or `MM/DD/YYYY`).
    pub fn search_members(&mut self, query: &str) -> Result<Vec<MemberSummary>> {
        self.require(Permission::FindMembers)?;
        let found = search(self.conn(), query)?;
        // The query itself is member data; the audit entry records only that a search happened.
        self.audit(AuditAction::Search, "member", None, &format!("{} results", found.len()))?;
        Ok(found)
    }

    /// Members that look like the same person: the same MassHealth ID, or the same date of birth and a
    /// similar name (a shared name part, or names within two edits of each other).
    pub fn find_likely_duplicates(&self, identity: &MemberIdentity, except: Option<Uuid>) -> Result<Vec<MemberSummary>> {
        self.require(Permission::FindMembers)?;
        let mut stmt = self.conn().prepare(
            "SELECT v.body FROM members_current c JOIN member_versions v ON v.version_id = c.version_id
             WHERE c.date_of_birth = ?1 OR (?2 IS NOT NULL AND c.masshealth_id = ?2)",
        )?;
        let mhid = identity.masshealth_id.as_deref().map(normalize_id);
        let bodies: Vec<String> = stmt
            .query_map(params![identity.date_of_birth.to_string(), mhid], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let wanted = fold(&identity.display_name());
        let wanted_terms = terms(&wanted);
        let mut out = Vec::new();
        for body in bodies {
            let v: MemberVersion = serde_json::from_str(&body)?;
            if Some(v.member_id) == except {
                continue;
            }
            let same_id = mhid.is_some() && v.identity.masshealth_id.as_deref().map(normalize_id) == mhid;
            let other = fold(&v.identity.display_name());
            let shares_part = terms(&other).iter().any(|t| t.chars().count() >= 2 && wanted_terms.contains(t));
            let close = edit_distance(&wanted, &other) <= 2;
            if same_id || (v.identity.date_of_birth == identity.date_of_birth && (shares_part || close)) {
                out.push(v.into());
            }
        }
        Ok(out)
    }

    /// Adds many members in one transaction (a roster import, or demo data): one fsync, not thousands.
    /// Duplicates are not checked here; the import's source is responsible for them.
    pub fn import_members(&mut self, identities: Vec<MemberIdentity>) -> Result<Vec<Uuid>> {
        self.require(Permission::ImportMembers)?;
        for identity in &identities {
            validate(identity)?;
        }
        let (site, user, device) = (self.site().to_owned(), self.user().username.clone(), self.device_id());
        let tx = self.tx()?;
        let mut ids = Vec::with_capacity(identities.len());
        for identity in identities {
            let member = MemberVersion {
                version_id: new_id(),
                member_id: new_id(),
                supersedes: None,
                identity,
                site: site.clone(),
                recorded_by: user.clone(),
                recorded_at: chrono::Utc::now(),
                device_id: device,
            };
            insert_version(&tx, &member)?;
            ids.push(member.member_id);
        }
        audit::append(&tx, &user, AuditAction::Create, "member", None, &format!("imported {} members", ids.len()))?;
        tx.commit()?;
        Ok(ids)
    }
}

fn validate(identity: &MemberIdentity) -> Result<()> {
    identity
        .validate(chrono::Utc::now().date_naive())
        .map_err(|field| Error::invalid(field, "check-field"))
}

fn normalize_id(id: &str) -> String {
    id.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect()
}

fn current_version_id(conn: &Connection, member_id: Uuid) -> Result<Option<Uuid>> {
    let v: Option<String> = conn
        .query_row("SELECT version_id FROM members_current WHERE member_id = ?1", [member_id.to_string()], |r| r.get(0))
        .optional()?;
    Ok(v.and_then(|s| s.parse().ok()))
}

/// Stores a version, makes it current, re-indexes its search terms and queues it for the hub.
fn insert_version(conn: &Connection, m: &MemberVersion) -> Result<()> {
    let member_id = m.member_id.to_string();
    conn.execute(
        "INSERT INTO member_versions (version_id, member_id, supersedes, recorded_at, body) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            m.version_id.to_string(),
            member_id,
            m.supersedes.map(|s| s.to_string()),
            m.recorded_at.to_rfc3339(),
            serde_json::to_string(m)?
        ],
    )?;
    let folded_name = fold(&m.identity.display_name());
    conn.execute(
        "INSERT INTO members_current (member_id, version_id, date_of_birth, masshealth_id, folded_name)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (member_id) DO UPDATE SET version_id = excluded.version_id,
           date_of_birth = excluded.date_of_birth, masshealth_id = excluded.masshealth_id,
           folded_name = excluded.folded_name",
        params![
            member_id,
            m.version_id.to_string(),
            m.identity.date_of_birth.to_string(),
            m.identity.masshealth_id.as_deref().map(normalize_id),
            folded_name
        ],
    )?;
    conn.execute("DELETE FROM member_terms WHERE member_id = ?1", [&member_id])?;
    let mut all = terms(&folded_name);
    for id in [&m.identity.masshealth_id, &m.identity.mrn].into_iter().flatten() {
        all.push(fold(&normalize_id(id)));
    }
    let mut stmt = conn.prepare_cached("INSERT OR IGNORE INTO member_terms (term, member_id) VALUES (?1, ?2)")?;
    for t in all.iter().filter(|t| !t.is_empty()) {
        stmt.execute(params![t, member_id])?;
    }
    outbox::enqueue(conn, RecordKind::Member, m.version_id)?;
    Ok(())
}

fn parse_date(q: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(q, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(q, "%m/%d/%Y"))
        .ok()
}

pub(crate) fn search(conn: &Connection, query: &str) -> Result<Vec<MemberSummary>> {
    let query = query.trim();
    let limit = MAX_RESULTS as i64;
    let ids: Vec<String> = if let Some(date) = parse_date(query) {
        let mut stmt = conn.prepare_cached(
            "SELECT member_id FROM members_current WHERE date_of_birth = ?1 ORDER BY folded_name LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![date.to_string(), limit], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    } else {
        let mut qterms = terms(&fold(query));
        if qterms.is_empty() {
            return Ok(Vec::new());
        }
        // The longest term is usually the most selective: scan its range, check the rest per candidate.
        qterms.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let mut sql = String::from("SELECT DISTINCT t0.member_id FROM member_terms t0 WHERE t0.term >= ?1 AND t0.term < ?2");
        let mut args: Vec<String> = vec![qterms[0].clone(), prefix_upper_bound(&qterms[0])];
        for t in &qterms[1..] {
            let n = args.len();
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM member_terms tx WHERE tx.member_id = t0.member_id AND tx.term >= ?{} AND tx.term < ?{})",
                n + 1,
                n + 2
            ));
            args.push(t.clone());
            args.push(prefix_upper_bound(t));
        }
        sql.push_str(&format!(" LIMIT {limit}"));
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut stmt = conn.prepare_cached(
        "SELECT v.body FROM members_current c JOIN member_versions v ON v.version_id = c.version_id WHERE c.member_id = ?1",
    )?;
    let mut out: Vec<MemberSummary> = Vec::with_capacity(ids.len());
    for id in ids {
        let body: String = stmt.query_row([&id], |r| r.get(0))?;
        let v: MemberVersion = serde_json::from_str(&body)?;
        out.push(v.into());
    }
    out.sort_by(|a, b| {
        (fold(&a.identity.family_name), fold(&a.identity.given_name))
            .cmp(&(fold(&b.identity.family_name), fold(&b.identity.given_name)))
    });
    Ok(out)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
