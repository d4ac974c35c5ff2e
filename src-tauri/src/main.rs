//! The Equity Intake desktop app: a Tauri 2 window over `intake-views` and `intake-core`.
//!
//! This crate is glue. It finds the data folder, holds the signed-in session, enforces the idle lock, and
//! maps each IPC command (commands.rs) to one `intake-views` call. It holds no screen logic and no words:
//! both live in crates that know nothing of Tauri (ARCHITECTURE.md).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod state;

use std::path::PathBuf;

use tauri::Manager;

/// `--data-dir DIR` (or `--data-dir=DIR`), else `INTAKE_DATA_DIR`, else none (the platform's data folder).
fn data_dir_from_args() -> Option<PathBuf> {
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(dir));
        }
    }
    std::env::var_os("INTAKE_DATA_DIR").map(PathBuf::from)
}

fn main() {
    let chosen = data_dir_from_args();
    let result = tauri::Builder::default()
        .setup(move |app| {
            let dir = match chosen.clone() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?.join("store"),
            };
            app.manage(state::AppState::new(dir));
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("equity-intake: the window could not start: {e}");
        std::process::exit(1);
    }
}
