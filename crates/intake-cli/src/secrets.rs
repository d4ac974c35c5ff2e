//! Reading PINs and keys: from an environment variable (scripts, tests), else from the terminal without
//! echo, else one line of standard input (a pipe).

use std::io::{BufRead, IsTerminal};

use anyhow::{bail, Context, Result};

pub fn read(var: &str, prompt: &str) -> Result<String> {
    if let Ok(v) = std::env::var(var) {
        return Ok(v);
    }
    let value = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(prompt).context("could not read from the terminal")?
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).context("could not read standard input")?;
        line
    };
    let value = value.trim_end_matches(['\r', '\n']).to_owned();
    if value.is_empty() {
        bail!("no value given: set {var} or type it when asked");
    }
    Ok(value)
}
