//! Lists across members: a user's recent members, and the supervisor's view of the team's day (work per
//! staff member, screenings left unfinished, needs nobody has followed up).

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use intake_model::{AuditAction, MemberVersion, Need, Permission};

use crate::error::{Error, Result};
use crate::session::{MemberSummary, Session};

/// One staff member's work in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffWork {
    pub username: String,
    pub display_name: String,
    pub responses: i64,
    pub members: i64,
    pub needs_opened: i64,
}

/// An open need with no follow-up yet, with its member.
#[derive(Debug, Clone)]
pub struct UnfollowedNeed {
    pub need: Need,
    pub member: MemberSummary,
}

impl Session {
    /// The members this user screened or added most recently, newest first (the list after sign-in).
    pub fn recent_members(&mut self, limit: usize) -> Result<Vec<MemberSummary>> {
        self.require(Permission::FindMembers)?;
        // Each source gives its own newest `limit` through an index, so this reads a few dozen rows however
        // many members the store holds (a supervisor who imported 100,000 members "added" them all).
        let mut stmt = self.conn().prepare(
            "SELECT v.body FROM (
                 SELECT member_id, max(at) AS at FROM (
                     SELECT * FROM (SELECT member_id, completed_at AS at FROM responses
                                    WHERE collected_by = ?1 ORDER BY completed_at DESC LIMIT ?2)
                     UNION ALL SELECT * FROM (SELECT member_id, updated_at FROM drafts
                                    WHERE created_by = ?1 ORDER BY updated_at DESC LIMIT ?2)
                     UNION ALL SELECT * FROM (SELECT member_id, recorded_at FROM member_versions
                                    WHERE json_extract(body, '$.recorded_by') = ?1 ORDER BY recorded_at DESC LIMIT ?2))
                 GROUP BY member_id ORDER BY at DESC LIMIT ?2) recent
             JOIN members_current c ON c.member_id = recent.member_id
             JOIN member_versions v ON v.version_id = c.version_id
             ORDER BY recent.at DESC",
        )?;
        let bodies: Vec<String> = stmt
            .query_map(params![self.user().username, limit as i64], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        drop(stmt);
        self.audit(AuditAction::Search, "member", None, &format!("recent: {} results", bodies.len()))?;
        bodies
            .iter()
            .map(|b| Ok(serde_json::from_str::<MemberVersion>(b)?.into()))
            .collect()
    }

    /// Each staff member's saved screenings, members screened and needs opened in `[from, to)` (supervisor).
    pub fn team_work(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<StaffWork>> {
        self.require(Permission::ReviewTeam)?;
        // Stored times are RFC 3339 in UTC, so they compare as text.
        let mut stmt = self.conn().prepare(
            "SELECT u.username, u.display_name,
                    (SELECT count(*) FROM responses r WHERE r.collected_by = u.username AND r.completed_at >= ?1 AND r.completed_at < ?2),
                    (SELECT count(DISTINCT member_id) FROM responses r WHERE r.collected_by = u.username AND r.completed_at >= ?1 AND r.completed_at < ?2),
                    (SELECT count(*) FROM needs n WHERE json_extract(n.body, '$.opened_by') = u.username AND n.opened_at >= ?1 AND n.opened_at < ?2)
             FROM users u WHERE u.active = 1 ORDER BY u.display_name",
        )?;
        let rows = stmt.query_map(params![from.to_rfc3339(), to.to_rfc3339()], |r| {
            Ok(StaffWork {
                username: r.get(0)?,
                display_name: r.get(1)?,
                responses: r.get(2)?,
                members: r.get(3)?,
                needs_opened: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Needs that nobody has recorded a follow-up for yet, oldest first (supervisor).
    pub fn needs_without_follow_up(&mut self) -> Result<Vec<UnfollowedNeed>> {
        self.require(Permission::ReviewTeam)?;
        let mut stmt = self.conn().prepare(
            "SELECT n.body, v.body FROM needs n
             JOIN members_current c ON c.member_id = n.member_id
             JOIN member_versions v ON v.version_id = c.version_id
             WHERE NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.need_id = n.id)
               AND NOT EXISTS (SELECT 1 FROM retractions x WHERE x.response_id = n.response_id)
             ORDER BY n.opened_at",
        )?;
        let rows: Vec<(String, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        drop(stmt);
        self.audit(AuditAction::View, "need", None, &format!("without follow-up: {}", rows.len()))?;
        rows.iter()
            .map(|(need, member)| {
                let need: Need = serde_json::from_str(need)?;
                Ok(UnfollowedNeed { need, member: serde_json::from_str::<MemberVersion>(member)?.into() })
            })
            .collect::<Result<_, Error>>()
    }
}

impl Session {
    /// A member's current identity, without an audit entry: for a row of a list whose query is audited,
    /// or for a screen already open on this member (each answer of a screening needs the age).
    pub fn member_summary(&self, member_id: Uuid) -> Result<Option<MemberSummary>> {
        self.require(Permission::FindMembers)?;
        let body: Option<String> = self
            .conn()
            .query_row(
                "SELECT v.body FROM members_current c JOIN member_versions v ON v.version_id = c.version_id WHERE c.member_id = ?1",
                [member_id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        body.map(|b| Ok(serde_json::from_str::<MemberVersion>(&b)?.into())).transpose()
    }
}
