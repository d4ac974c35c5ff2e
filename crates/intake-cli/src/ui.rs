//! The CLI's words: every line it prints comes from Fluent, in the negotiated locale.

use fluent_bundle::FluentValue;
use intake_core::l10n::{args, Localizer};

pub struct Ui {
    l: &'static Localizer,
    pub tag: String,
}

impl Ui {
    /// `--lang`/`INTAKE_LANG` first, then the POSIX locale variables, then English.
    pub fn new(lang: Option<&str>) -> Self {
        let l = Localizer::global();
        let mut requested: Vec<String> = lang.map(str::to_owned).into_iter().collect();
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var) {
                if !v.is_empty() && v != "C" && v != "POSIX" && !v.starts_with("C.") {
                    requested.push(v);
                }
            }
        }
        let refs: Vec<&str> = requested.iter().map(String::as_str).collect();
        Ui { l, tag: l.negotiate(&refs) }
    }

    pub fn text(&self, id: &str, pairs: &[(&str, FluentValue<'_>)]) -> String {
        let a = args(pairs);
        self.l.format(&self.tag, id, if pairs.is_empty() { None } else { Some(&a) })
    }

    pub fn say(&self, id: &str, pairs: &[(&str, FluentValue<'_>)]) {
        emit(&self.text(id, pairs));
    }

    pub fn date(&self, d: chrono::NaiveDate) -> String {
        self.l.format_date(&self.tag, d)
    }

    /// An error in the user's words: the core's errors are localized by the core; the CLI's own are
    /// already text in this locale.
    pub fn error(&self, e: &anyhow::Error) -> String {
        match e.downcast_ref::<intake_core::Error>() {
            Some(core) => core.message(self.l, &self.tag),
            None => e.to_string(),
        }
    }
}

/// Prints a line. A reader that went away (`intake member search x | head -1`) is not an error: stop
/// quietly, as other command-line tools do, instead of panicking on the broken pipe.
pub fn emit(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{line}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
    }
}
