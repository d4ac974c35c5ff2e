//! Needs found by a positive screen, and what was done about them.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Timestamp;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    pub id: Uuid,
    pub member_id: Uuid,
    /// The response whose positive screen opened it.
    pub response_id: Uuid,
    /// The HRSN or digital domain, e.g. `food`, `housing-instability`, `digital-access`.
    pub domain: String,
    pub opened_by: String,
    pub opened_at: Timestamp,
}

code_enum! {
    pub enum NeedStatus("need status") {
        Open = "open",
        ResourceGiven = "resource-given",
        Referred = "referred",
        DeclinedHelp = "declined-help",
        AlreadyGettingHelp = "already-getting-help",
        Resolved = "resolved",
    }
}

/// One step in a need's history. The need's current status is its latest follow-up's (or `open`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub id: Uuid,
    pub need_id: Uuid,
    pub status: NeedStatus,
    /// The community organization referred to, when there is one.
    pub organization: Option<String>,
    pub note: Option<String>,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
}
