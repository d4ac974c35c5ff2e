//! A member (a MassHealth member seen at a health center), kept as a chain of versions.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Timestamp;

/// The identifying fields staff enter and edit. All of it is PHI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberIdentity {
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: NaiveDate,
    /// The MassHealth member ID (12 digits on the card), when the member has it with them.
    pub masshealth_id: Option<String>,
    /// The health center's medical record number.
    pub mrn: Option<String>,
}

impl MemberIdentity {
    /// Checks what a screen can check before saving; returns the name of the first invalid field.
    pub fn validate(&self, today: NaiveDate) -> Result<(), &'static str> {
        if self.given_name.trim().is_empty() && self.family_name.trim().is_empty() {
            return Err("name");
        }
        if self.date_of_birth > today {
            return Err("date_of_birth");
        }
        if let Some(id) = &self.masshealth_id {
            if id.trim().is_empty() || !id.trim().chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err("masshealth_id");
            }
        }
        Ok(())
    }

    /// The name as the member's community writes it: Chinese, Japanese and Korean names family name
    /// first and without a space, others given name first.
    pub fn display_name(&self) -> String {
        let (given, family) = (self.given_name.trim(), self.family_name.trim());
        let east_asian = |s: &str| !s.is_empty() && s.chars().all(is_east_asian);
        if east_asian(given) && east_asian(family) {
            format!("{family}{given}")
        } else {
            format!("{given} {family}").trim().to_owned()
        }
    }
}

fn is_east_asian(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

/// One version of a member. The first version has `supersedes = None`; an edit is a new version naming
/// the version it replaces. `member_id` stays the same across versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberVersion {
    pub version_id: Uuid,
    pub member_id: Uuid,
    pub supersedes: Option<Uuid>,
    pub identity: MemberIdentity,
    /// The site (health center) that recorded this version.
    pub site: String,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
    pub device_id: Uuid,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity() -> MemberIdentity {
        MemberIdentity {
            given_name: "Ana".into(),
            family_name: "Teste".into(),
            date_of_birth: NaiveDate::from_ymd_opt(1980, 1, 2).expect("date"),
            masshealth_id: Some("100000000001".into()),
            mrn: None,
        }
    }

    #[test]
    fn display_names_follow_the_community_order() {
        let mut m = identity();
        assert_eq!(m.display_name(), "Ana Teste");
        m.given_name = "伟".into();
        m.family_name = "陈".into();
        assert_eq!(m.display_name(), "陈伟");
        m.given_name = "민준".into();
        m.family_name = "김".into();
        assert_eq!(m.display_name(), "김민준");
    }

    #[test]
    fn validation_names_the_field_to_fix() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        assert_eq!(identity().validate(today), Ok(()));
        let mut no_name = identity();
        no_name.given_name = " ".into();
        no_name.family_name = String::new();
        assert_eq!(no_name.validate(today), Err("name"));
        let mut future = identity();
        future.date_of_birth = NaiveDate::from_ymd_opt(2027, 1, 1).expect("date");
        assert_eq!(future.validate(today), Err("date_of_birth"));
        let mut bad_id = identity();
        bad_id.masshealth_id = Some("12-34".into());
        assert_eq!(bad_id.validate(today), Err("masshealth_id"));
    }
}
