//! This device's preferences: staff language and text size. Kept in `preferences.json` beside the store,
//! unencrypted, because the sign-in screen needs them before any key is unlocked; they hold no member data.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::text::known_locale;

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

    /// The saved preferences, or the defaults (with `fallback_locale` if known) when there are none or they
    /// do not parse: a broken preferences file must never keep anyone from signing in.
    pub fn load(dir: &Path, fallback_locale: Option<&str>) -> Self {
        let saved = std::fs::read_to_string(Self::path(dir)).ok().and_then(|t| serde_json::from_str::<Preferences>(&t).ok());
        match saved {
            Some(p) => p.checked(),
            None => {
                let mut p = Preferences::default();
                if let Some(tag) = fallback_locale.and_then(known_locale) {
                    p.staff_locale = tag;
                }
                p
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

    /// Saves atomically (write, fsync, rename), so a crash leaves the old or the new file, never half.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        use std::io::Write;
        std::fs::create_dir_all(dir)?;
        let tmp = dir.join("preferences.json.tmp");
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(serde_json::to_string_pretty(&self.clone().checked()).unwrap_or_default().as_bytes())?;
        f.sync_all()?;
        std::fs::rename(tmp, Self::path(dir))
    }
}
