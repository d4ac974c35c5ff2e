//! Reading PINs and keys: from an environment variable (scripts, tests), else from the terminal without
//! echo, else one line of standard input (a pipe).

use std::io::{BufRead, IsTerminal};

use anyhow::{anyhow, Result};

use crate::ui::Ui;

pub fn read(ui: &Ui, var: &str, prompt: &str) -> Result<String> {
    if let Ok(v) = std::env::var(var) {
        return Ok(v);
    }
    let failed = || anyhow!(ui.text("cli-read-failed", &[("what", var.into())]));
    let value = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("{prompt} ")).map_err(|_| failed())?
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|_| failed())?;
        line
    };
    let value = value.trim_end_matches(['\r', '\n']).to_owned();
    if value.is_empty() {
        return Err(anyhow!(ui.text("cli-no-value", &[("var", var.into())])));
    }
    Ok(value)
}
