//! Responses and their answers, retractions ("entered in error"), needs and follow-ups. All append-only.

use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use intake_model::{
    new_id, AnswerOutcome, AuditAction, FollowUp, Need, NeedStatus, Outcome, Permission, RecordKind, Response,
    Retraction, ScoringContext, TranslationStatus,
};

use crate::audit;
use crate::error::{Error, Result};
use crate::outbox;
use crate::l10n::{Localizer, Status};
use crate::session::{NeedWithHistory, NewResponse, Recorded, Session, StoredResponse};

impl Session {
    /// Saves a finished screening: checks it against its instrument, scores it, and opens a need for each
    /// positive domain, all in one transaction. Returns once it is durable (the commit fsyncs).
    pub fn record_response(&mut self, new: NewResponse) -> Result<Recorded> {
        self.record_response_then(new, |_, _| Ok(()))
    }

    /// [`Session::record_response`], running `then` inside the same transaction before it commits (a
    /// finished draft notes the saved response, or is deleted, atomically with it).
    pub(crate) fn record_response_then(
        &mut self,
        new: NewResponse,
        then: impl FnOnce(&rusqlite::Transaction<'_>, &Response) -> Result<()>,
    ) -> Result<Recorded> {
        self.require(Permission::RecordResponse)?;
        if !new.consent.screening {
            return Err(Error::invalid("consent", "no-consent"));
        }
        let instrument = intake_model::instrument::find(&new.instrument_id, &new.instrument_version)
            .map_err(|e| Error::Invalid { field: "instrument", reason: "unknown-instrument", item: Some(e.item) })?;
        let member = self.current_identity(new.member_id)?;
        let started_on = new.started_at.date_naive();
        let age = started_on.years_since(member.date_of_birth);
        let settings = self.settings()?;
        instrument.validate(&new.answers, age, &settings, true)?;
        if let Some(old) = new.supersedes {
            let member: Option<String> = self
                .conn()
                .query_row("SELECT member_id FROM responses WHERE id = ?1", [old.to_string()], |r| r.get(0))
                .optional()?;
            if member.as_deref() != Some(new.member_id.to_string().as_str()) {
                return Err(Error::invalid("supersedes", "correction-other-member"));
            }
        }
        let translation_status = match Localizer::global().info(&new.locale).map(|i| i.status) {
            Some(Status::Reference) => TranslationStatus::Reference,
            Some(Status::Reviewed) => TranslationStatus::Reviewed,
            // A language without a translation was asked through an interpreter from English or a draft.
            _ => TranslationStatus::Draft,
        };
        let response = Response {
            id: new_id(),
            member_id: new.member_id,
            instrument_id: instrument.id.clone(),
            instrument_version: instrument.version.clone(),
            wording_version: instrument.wording_version.clone(),
            locale: new.locale,
            translation_status,
            mode: new.mode,
            interpreter_used: new.interpreter_used,
            respondent: new.respondent,
            consent: new.consent,
            collected_by: self.user().username.clone(),
            device_id: self.device_id(),
            started_at: new.started_at,
            completed_at: chrono::Utc::now(),
            supersedes: new.supersedes,
            answers: new.answers,
        };
        let scores = instrument.score(&response.answers, &ScoringContext { age, settings });
        let tx = self.tx()?;
        insert_response(&tx, &response)?;
        audit::append(&tx, &response.collected_by, AuditAction::Create, "response", Some(&response.id.to_string()), &response.instrument_id)?;
        let mut needs = Vec::new();
        for score in scores.iter().filter(|s| s.outcome == Outcome::Positive) {
            needs.push(insert_need(&tx, &response, &score.domain)?);
        }
        then(&tx, &response)?;
        tx.commit()?;
        Ok(Recorded { response, scores, needs })
    }

    fn current_identity(&self, member_id: Uuid) -> Result<intake_model::MemberIdentity> {
        let body: String = self
            .conn()
            .query_row(
                "SELECT v.body FROM members_current c JOIN member_versions v ON v.version_id = c.version_id WHERE c.member_id = ?1",
                [member_id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound("member"))?;
        let v: intake_model::MemberVersion = serde_json::from_str(&body)?;
        Ok(v.identity)
    }

    /// A member's responses, newest first, with whether each was retracted or corrected.
    pub fn responses_for(&mut self, member_id: Uuid) -> Result<Vec<StoredResponse>> {
        self.require(Permission::ViewMember)?;
        let mut stmt = self.conn().prepare(
            "SELECT r.body, x.body, EXISTS (SELECT 1 FROM responses s WHERE s.supersedes = r.id)
             FROM responses r LEFT JOIN retractions x ON x.response_id = r.id
             WHERE r.member_id = ?1 ORDER BY r.completed_at DESC",
        )?;
        let rows: Vec<(String, Option<String>, bool)> = stmt
            .query_map([member_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        drop(stmt);
        let mut out = Vec::with_capacity(rows.len());
        for (body, retraction, superseded) in rows {
            let mut response: Response = serde_json::from_str(&body)?;
            response.answers = self.answers_of(response.id)?;
            let retraction = retraction.map(|b| serde_json::from_str(&b)).transpose()?;
            out.push(StoredResponse { response, retraction, superseded });
        }
        self.audit(AuditAction::View, "member", Some(&member_id.to_string()), "responses")?;
        Ok(out)
    }

    pub(crate) fn answers_of(&self, response_id: Uuid) -> Result<Vec<intake_model::Answer>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT item_id, value, absent_reason, note FROM answers WHERE response_id = ?1 ORDER BY position",
        )?;
        let rows: Vec<(String, Option<String>, Option<String>, Option<String>)> = stmt
            .query_map([response_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(item_id, value, reason, note)| {
                let outcome = match (value, reason) {
                    (Some(v), None) => AnswerOutcome::Value(serde_json::from_str(&v)?),
                    (None, Some(r)) => AnswerOutcome::Absent {
                        reason: intake_model::AbsentReason::parse(&r).map_err(|e| Error::Corrupt(e.to_string()))?,
                        note,
                    },
                    _ => return Err(Error::Corrupt("an answer with both or neither of value and reason".into())),
                };
                Ok(intake_model::Answer { item_id, outcome })
            })
            .collect()
    }

    /// Marks a response "entered in error". The collector may retract their own; a supervisor, anyone's.
    pub fn retract_response(&mut self, response_id: Uuid, reason: &str) -> Result<Retraction> {
        self.require(Permission::RecordResponse)?;
        let collector: String = self
            .conn()
            .query_row("SELECT collected_by FROM responses WHERE id = ?1", [response_id.to_string()], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound("response"))?;
        if collector != self.user().username {
            self.require(Permission::RetractAnyResponse)?;
        }
        if reason.trim().is_empty() {
            return Err(Error::invalid("reason", "retraction-reason"));
        }
        let retraction = Retraction {
            id: new_id(),
            response_id,
            reason: reason.trim().to_owned(),
            recorded_by: self.user().username.clone(),
            recorded_at: chrono::Utc::now(),
        };
        let tx = self.tx()?;
        tx.execute(
            "INSERT INTO retractions (id, response_id, body) VALUES (?1, ?2, ?3)",
            params![retraction.id.to_string(), response_id.to_string(), serde_json::to_string(&retraction)?],
        )
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
                Error::invalid("response", "already-retracted")
            }
            e => e.into(),
        })?;
        outbox::enqueue(&tx, RecordKind::Retraction, retraction.id)?;
        audit::append(&tx, &retraction.recorded_by, AuditAction::Retract, "response", Some(&response_id.to_string()), "")?;
        tx.commit()?;
        Ok(retraction)
    }

    pub fn record_follow_up(
        &mut self,
        need_id: Uuid,
        status: NeedStatus,
        organization: Option<&str>,
        note: Option<&str>,
    ) -> Result<FollowUp> {
        self.require(Permission::RecordFollowUp)?;
        let exists: bool =
            self.conn().query_row("SELECT EXISTS (SELECT 1 FROM needs WHERE id = ?1)", [need_id.to_string()], |r| r.get(0))?;
        if !exists {
            return Err(Error::NotFound("need"));
        }
        if status == NeedStatus::Referred && organization.is_none_or(|o| o.trim().is_empty()) {
            return Err(Error::invalid("organization", "referral-organization"));
        }
        let follow_up = FollowUp {
            id: new_id(),
            need_id,
            status,
            organization: organization.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
            note: note.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
            recorded_by: self.user().username.clone(),
            recorded_at: chrono::Utc::now(),
        };
        let tx = self.tx()?;
        tx.execute(
            "INSERT INTO follow_ups (id, need_id, status, recorded_at, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                follow_up.id.to_string(),
                need_id.to_string(),
                status.as_str(),
                follow_up.recorded_at.to_rfc3339(),
                serde_json::to_string(&follow_up)?
            ],
        )?;
        outbox::enqueue(&tx, RecordKind::FollowUp, follow_up.id)?;
        audit::append(&tx, &follow_up.recorded_by, AuditAction::Change, "need", Some(&need_id.to_string()), status.as_str())?;
        tx.commit()?;
        Ok(follow_up)
    }

    /// A member's needs with their follow-up history, oldest first.
    pub fn needs_for(&mut self, member_id: Uuid) -> Result<Vec<NeedWithHistory>> {
        self.require(Permission::ViewMember)?;
        let mut stmt = self.conn().prepare("SELECT body FROM needs WHERE member_id = ?1 ORDER BY opened_at")?;
        let needs: Vec<String> = stmt.query_map([member_id.to_string()], |r| r.get(0))?.collect::<Result<_, _>>()?;
        let mut fstmt = self.conn().prepare("SELECT body FROM follow_ups WHERE need_id = ?1 ORDER BY recorded_at, id")?;
        let mut out = Vec::new();
        for body in needs {
            let need: Need = serde_json::from_str(&body)?;
            let follow_ups: Vec<String> =
                fstmt.query_map([need.id.to_string()], |r| r.get(0))?.collect::<Result<_, _>>()?;
            let follow_ups = follow_ups.iter().map(|b| serde_json::from_str(b)).collect::<Result<_, _>>()?;
            out.push(NeedWithHistory { need, follow_ups });
        }
        drop(stmt);
        drop(fstmt);
        self.audit(AuditAction::View, "member", Some(&member_id.to_string()), "needs")?;
        Ok(out)
    }
}

pub(crate) fn insert_response(conn: &rusqlite::Connection, r: &Response) -> Result<()> {
    let mut header = r.clone();
    header.answers = Vec::new();
    conn.execute(
        "INSERT INTO responses (id, member_id, instrument_id, collected_by, completed_at, supersedes, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            r.id.to_string(),
            r.member_id.to_string(),
            r.instrument_id,
            r.collected_by,
            r.completed_at.to_rfc3339(),
            r.supersedes.map(|s| s.to_string()),
            serde_json::to_string(&header)?
        ],
    )?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO answers (response_id, item_id, position, value, absent_reason, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let id = r.id.to_string();
    for (position, a) in r.answers.iter().enumerate() {
        let (value, reason, note) = match &a.outcome {
            AnswerOutcome::Value(v) => (Some(serde_json::to_string(v)?), None, None),
            AnswerOutcome::Absent { reason, note } => (None, Some(reason.as_str()), note.as_deref()),
        };
        stmt.execute(params![id, a.item_id, position as i64, value, reason, note])?;
    }
    outbox::enqueue(conn, RecordKind::Response, r.id)?;
    Ok(())
}

fn insert_need(conn: &rusqlite::Connection, response: &Response, domain: &str) -> Result<Need> {
    let need = Need {
        id: new_id(),
        member_id: response.member_id,
        response_id: response.id,
        domain: domain.to_owned(),
        opened_by: response.collected_by.clone(),
        opened_at: chrono::Utc::now(),
    };
    conn.execute(
        "INSERT INTO needs (id, member_id, response_id, domain, opened_at, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            need.id.to_string(),
            need.member_id.to_string(),
            response.id.to_string(),
            need.domain,
            need.opened_at.to_rfc3339(),
            serde_json::to_string(&need)?
        ],
    )?;
    outbox::enqueue(conn, RecordKind::Need, need.id)?;
    audit::append(conn, &need.opened_by, AuditAction::Create, "need", Some(&need.id.to_string()), &need.domain)?;
    Ok(need)
}
