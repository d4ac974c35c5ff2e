//! Embeds `locales/` at build time: the locale index and every `.ftl` file, so the app carries its
//! translations inside the binary and never reads them from disk at run time.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut out = String::from("/// (locale tag, file name, contents) of every embedded Fluent file.\npub static FTL: &[(&str, &str, &str)] = &[\n");
    let mut dirs: Vec<_> = std::fs::read_dir(&locales)
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let tag = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("read locale dir")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            let path = f.path().canonicalize().expect("canonical path");
            println!("cargo:rerun-if-changed={}", path.display());
            let _ = writeln!(
                out,
                "    ({tag:?}, {:?}, include_str!({:?})),",
                f.file_name().to_string_lossy(),
                path.display().to_string()
            );
        }
    }
    out.push_str("];\n");
    let index = locales.join("index.toml").canonicalize().expect("locales/index.toml");
    let _ = writeln!(out, "/// The locale index (metadata of all 29 locales).\npub static INDEX: &str = include_str!({:?});", index.display().to_string());
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
