//! Dashboard users and their roles.

/// What a hub user may do. Admins see everything and may export identified data; analysts see reports
/// and de-identified exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    Analyst,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Analyst => "analyst",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Admin, Role::Analyst].into_iter().find(|r| r.as_str() == s)
    }
}
