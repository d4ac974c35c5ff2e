//! Builds the app's access-control manifest. Listing the commands here makes Tauri generate an
//! `allow-<command>` permission for each and refuse any command a window's capability does not grant: without
//! an app manifest, every app command would be callable from every window.

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(&COMMANDS)),
    )
    .expect("the Tauri configuration and capabilities are valid");
}

include!("src/command_names.rs");
