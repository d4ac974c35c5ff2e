//! This device's preferences: staff language and text size. Kept in `preferences.json` beside the store,
//! unencrypted, because the sign-in screen needs them before any key is unlocked; they hold no member data.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::text::{known_locale, l};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// The language of the screens.
    pub staff_locale: String,
    /// Text size in percent of the default (100, 125, 150, 200).
    pub text_size: u32,
    /// The last user who signed in, so the sign-in screen can offer their name first.
    #[serde(default)]
    pub last_user: Option<String>,
}

pub const TEXT_SIZES: [u32; 4] = [100, 125, 150, 200];

impl Default for Preferences {
    fn default() -> Self {
        Preferences { staff_locale: "en".to_owned(), text_size: 100, last_user: None }
    }
}

impl Preferences {
    fn path(dir: &Path) -> PathBuf {
        dir.join("preferences.json")
    }

    /// The saved preferences, or the defaults (the staff language negotiated from `system_locale`, e.g.
    /// `LANG`) when there are none or they do not parse: a broken preferences file must never keep anyone
    /// from signing in.
    pub fn load(dir: &Path, system_locale: Option<&str>) -> Self {
        let saved = std::fs::read_to_string(Self::path(dir)).ok().and_then(|t| serde_json::from_str::<Preferences>(&t).ok());
        match saved {
            Some(p) => p.checked(),
            None => {
                let requested: Vec<&str> = system_locale.into_iter().collect();
                Preferences { staff_locale: l().negotiate(&requested), ..Preferences::default() }
            }
        }
    }

    fn checked(mut self) -> Self {
        self.staff_locale = known_locale(&self.staff_locale).unwrap_or_else(|| "en".to_owned());
        if !TEXT_SIZES.contains(&self.text_size) {
            self.text_size = 100;
        }
        self
    }

    /// Saves atomically (the core's write, fsync and rename): a crash leaves the old or the new file.
    pub fn save(&self, dir: &Path) -> intake_core::Result<()> {
        let text = serde_json::to_string_pretty(&self.clone().checked()).unwrap_or_default();
        std::fs::create_dir_all(dir).map_err(|source| intake_core::Error::Io { path: dir.to_owned(), source })?;
        intake_core::write_atomically(&Self::path(dir), text.as_bytes())
    }
}
