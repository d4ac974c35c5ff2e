//! Screenings in progress ("drafts"): save every answer as it is given, resume later, finish into
//! responses.
//!
//! A draft is the app's working state, not a record: it changes with each answer (so it lives outside the
//! append-only tables), it is never synced, and it is deleted in the same transaction that saves its last
//! response. Why save on every answer rather than on "Save": a CHW's laptop may sleep, crash or run out
//! of battery mid-screening, and the member should never be asked the same question twice.
//!
//! A draft keeps answers to items that skip logic has since hidden (so going back restores them); finishing
//! saves only the answers to items that are shown.

use chrono::Utc;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use intake_model::{new_id, Answer, AuditAction, Consent, Mode, Permission, Respondent, Timestamp};

use crate::audit;
use crate::error::{Error, Result};
use crate::session::{NewResponse, Recorded, Session};

/// How a screening is being done: the same for every instrument in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreeningContext {
    /// BCP-47 tag of the member's language: the language the questions are asked in.
    pub locale: String,
    pub mode: Mode,
    pub interpreter_used: bool,
    pub respondent: Respondent,
    pub consent: Consent,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftInstrument {
    pub id: String,
    pub version: String,
    pub answers: Vec<Answer>,
    /// Set once this instrument's response is saved: finishing again after a failure skips it.
    pub saved_response: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub id: Uuid,
    pub member_id: Uuid,
    pub created_by: String,
    pub started_at: Timestamp,
    pub updated_at: Timestamp,
    pub context: ScreeningContext,
    pub instruments: Vec<DraftInstrument>,
}

impl Draft {
    pub fn instrument(&self, id: &str) -> Option<&DraftInstrument> {
        self.instruments.iter().find(|i| i.id == id)
    }

    pub fn answer(&self, instrument: &str, item: &str) -> Option<&Answer> {
        self.instrument(instrument)?.answers.iter().find(|a| a.item_id == item)
    }
}

impl Session {
    /// Starts a screening of `member_id` with `instruments` (id, version), in the order given.
    pub fn start_draft(&mut self, member_id: Uuid, context: ScreeningContext, instruments: &[(&str, &str)]) -> Result<Draft> {
        self.require(Permission::RecordResponse)?;
        if !context.consent.screening {
            return Err(Error::invalid("consent", "no-consent"));
        }
        if instruments.is_empty() {
            return Err(Error::invalid("instrument", "none-chosen"));
        }
        let mut chosen = Vec::new();
        for (id, version) in instruments {
            let found = intake_model::instrument::find(id, version)
                .map_err(|e| Error::Invalid { field: "instrument", reason: "unknown-instrument", item: Some(e.item) })?;
            chosen.push(DraftInstrument {
                id: found.id.clone(),
                version: found.version.clone(),
                answers: Vec::new(),
                saved_response: None,
            });
        }
        self.member(member_id)?;
        let now = Utc::now();
        let draft = Draft {
            id: new_id(),
            member_id,
            created_by: self.user().username.clone(),
            started_at: now,
            updated_at: now,
            context,
            instruments: chosen,
        };
        let actor = draft.created_by.clone();
        let tx = self.tx()?;
        tx.execute(
            "INSERT INTO drafts (id, member_id, created_by, started_at, updated_at, body) VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
            params![draft.id.to_string(), member_id.to_string(), actor, now.to_rfc3339(), body(&draft)?],
        )?;
        let names: Vec<&str> = draft.instruments.iter().map(|i| i.id.as_str()).collect();
        audit::append(&tx, &actor, AuditAction::Create, "draft", Some(&draft.id.to_string()), &names.join(","))?;
        tx.commit()?;
        Ok(draft)
    }

    /// A draft, if this user may resume it: its author, or a supervisor.
    pub fn draft(&self, draft_id: Uuid) -> Result<Draft> {
        self.require(Permission::RecordResponse)?;
        let text: Option<String> = self
            .conn()
            .query_row("SELECT body FROM drafts WHERE id = ?1", [draft_id.to_string()], |r| r.get(0))
            .optional()?;
        let draft: Draft = serde_json::from_str(&text.ok_or(Error::NotFound("draft"))?)
            .map_err(|e| Error::Corrupt(format!("draft: {e}")))?;
        if draft.created_by != self.user().username && self.require(Permission::ReviewTeam).is_err() {
            return Err(Error::NotFound("draft"));
        }
        Ok(draft)
    }

    /// Drafts not yet finished: this user's own, or everyone's for a supervisor; of one member if given.
    /// Newest first.
    pub fn drafts(&self, member_id: Option<Uuid>) -> Result<Vec<Draft>> {
        self.require(Permission::RecordResponse)?;
        let everyone = self.require(Permission::ReviewTeam).is_ok();
        let mut stmt = self.conn().prepare(
            "SELECT body FROM drafts WHERE (?1 IS NULL OR member_id = ?1) AND (?2 OR created_by = ?3)
             ORDER BY updated_at DESC",
        )?;
        let rows = stmt.query_map(
            params![member_id.map(|m| m.to_string()), everyone, self.user().username],
            |r| r.get::<_, String>(0),
        )?;
        rows.map(|text| serde_json::from_str(&text?).map_err(|e| Error::Corrupt(format!("draft: {e}"))))
            .collect()
    }

    /// Records one answer (replacing an earlier answer to the same item), or clears it with `None`.
    /// Durable when it returns. The answer is checked against the item's options when the draft is finished
    /// (and by the screen as it is given), not here: a half-typed value must not be lost.
    pub fn set_draft_answer(&mut self, draft_id: Uuid, instrument_id: &str, item_id: &str, answer: Option<Answer>) -> Result<Draft> {
        let mut draft = self.draft(draft_id)?;
        let entry = draft
            .instruments
            .iter_mut()
            .find(|i| i.id == instrument_id)
            .ok_or_else(|| Error::Invalid { field: "instrument", reason: "unknown-instrument", item: Some(instrument_id.to_owned()) })?;
        if entry.saved_response.is_some() {
            return Err(Error::invalid("draft", "already-saved"));
        }
        let instrument = intake_model::instrument::find(&entry.id, &entry.version)
            .map_err(|e| Error::Invalid { field: "instrument", reason: "unknown-instrument", item: Some(e.item) })?;
        if instrument.item(item_id).is_none() {
            return Err(Error::Invalid { field: "item", reason: "unknown-item", item: Some(item_id.to_owned()) });
        }
        entry.answers.retain(|a| a.item_id != item_id);
        if let Some(mut answer) = answer {
            answer.item_id = item_id.to_owned();
            // Keep the instrument's order, so a saved response lists answers as they were asked.
            let position = |id: &str| instrument.items.iter().position(|i| i.id == id).unwrap_or(usize::MAX);
            let at = entry.answers.iter().position(|a| position(&a.item_id) > position(item_id)).unwrap_or(entry.answers.len());
            entry.answers.insert(at, answer);
        }
        draft.updated_at = Utc::now();
        self.conn().execute(
            "UPDATE drafts SET updated_at = ?2, body = ?3 WHERE id = ?1",
            params![draft.id.to_string(), draft.updated_at.to_rfc3339(), body(&draft)?],
        )?;
        Ok(draft)
    }

    /// Saves each instrument of the draft as a response (answers to hidden items left out), then deletes
    /// the draft. Each response commits with the draft's note that it is saved, so finishing again after a
    /// failure (a full disk, a crash) never saves an instrument twice.
    pub fn finish_draft(&mut self, draft_id: Uuid) -> Result<Vec<Recorded>> {
        let mut draft = self.draft(draft_id)?;
        let member = self.member(draft.member_id)?;
        let settings = self.settings()?;
        let age = draft.started_at.date_naive().years_since(member.identity.date_of_birth);
        let mut recorded = Vec::new();
        for index in 0..draft.instruments.len() {
            if draft.instruments[index].saved_response.is_some() {
                continue;
            }
            let entry = &draft.instruments[index];
            let instrument = intake_model::instrument::find(&entry.id, &entry.version)
                .map_err(|e| Error::Invalid { field: "instrument", reason: "unknown-instrument", item: Some(e.item) })?;
            let answers = instrument.shown_answers(&entry.answers, age, &settings);
            let new = NewResponse {
                member_id: draft.member_id,
                instrument_id: entry.id.clone(),
                instrument_version: entry.version.clone(),
                locale: draft.context.locale.clone(),
                mode: draft.context.mode,
                interpreter_used: draft.context.interpreter_used,
                respondent: draft.context.respondent.clone(),
                consent: draft.context.consent.clone(),
                started_at: draft.started_at,
                supersedes: None,
                answers,
            };
            let mut next = draft.clone();
            let last = next.instruments.iter().enumerate().all(|(i, d)| i == index || d.saved_response.is_some());
            let result = self.record_response_then(new, |tx, response| {
                if last {
                    tx.execute("DELETE FROM drafts WHERE id = ?1", [draft_id.to_string()])?;
                } else {
                    next.instruments[index].saved_response = Some(response.id);
                    tx.execute("UPDATE drafts SET body = ?2 WHERE id = ?1", params![draft_id.to_string(), body(&next)?])?;
                }
                Ok(())
            })?;
            draft.instruments[index].saved_response = Some(result.response.id);
            recorded.push(result);
        }
        Ok(recorded)
    }

    /// Throws a draft away (the member stopped, or it was started by mistake). Audited.
    pub fn discard_draft(&mut self, draft_id: Uuid) -> Result<()> {
        let draft = self.draft(draft_id)?;
        let actor = self.user().username.clone();
        let tx = self.tx()?;
        tx.execute("DELETE FROM drafts WHERE id = ?1", [draft.id.to_string()])?;
        audit::append(&tx, &actor, AuditAction::Retract, "draft", Some(&draft.id.to_string()), "discarded")?;
        tx.commit()?;
        Ok(())
    }
}

fn body(draft: &Draft) -> Result<String> {
    serde_json::to_string(draft).map_err(|e| Error::Corrupt(format!("draft: {e}")))
}
