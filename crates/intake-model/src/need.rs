//! Needs found by a positive screen, and what was done about them.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Timestamp, UnknownCode};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NeedStatus {
    Open,
    ResourceGiven,
    Referred,
    DeclinedHelp,
    AlreadyGettingHelp,
    Resolved,
}

impl NeedStatus {
    pub const ALL: [NeedStatus; 6] = [
        Self::Open,
        Self::ResourceGiven,
        Self::Referred,
        Self::DeclinedHelp,
        Self::AlreadyGettingHelp,
        Self::Resolved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::ResourceGiven => "resource-given",
            Self::Referred => "referred",
            Self::DeclinedHelp => "declined-help",
            Self::AlreadyGettingHelp => "already-getting-help",
            Self::Resolved => "resolved",
        }
    }

    pub fn parse(s: &str) -> Result<Self, UnknownCode> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| UnknownCode { what: "need status", value: s.to_owned() })
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
