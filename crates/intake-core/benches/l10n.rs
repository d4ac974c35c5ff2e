//! Localization benchmark: formatting every message of one instrument (AHC core) in each translated
//! locale through our `Localizer` (fallback, isolation, number hook), beside raw fluent-bundle formatting of
//! the same messages from a bundle built directly; and switching locale (negotiating and formatting the
//! first question in another locale).
//!
//! Run: `cargo bench -p intake-core --bench l10n`. Prints a table and writes `bench-results/l10n.json`.

use std::time::{Duration, Instant};

use fluent_bundle::{FluentBundle, FluentResource};
use intake_core::l10n::Localizer;

const ROUNDS: usize = 2_000;

fn p(samples: &mut [Duration], q: f64) -> f64 {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * q).round() as usize].as_secs_f64() * 1e6
}

fn main() {
    let l = Localizer::global();
    let core = intake_model::instrument::find("ahc-core", "2018").expect("instrument");
    let ids = core.message_ids();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut results = Vec::new();
    println!("\n{:<10} {:>9} {:>14} {:>14} {:>14} {:>14}", "locale", "messages", "ours p50 µs", "ours p95 µs", "raw p50 µs", "raw p95 µs");
    for tag in l.translated() {
        // The raw side: one plain bundle with the same file, isolation on, default formatter.
        let source = std::fs::read_to_string(dir.join(tag).join("ahc-core.ftl")).expect("ftl");
        let lang: unic_langid::LanguageIdentifier = l.info(tag).expect("info").plural_tag.parse().expect("tag");
        let mut raw: FluentBundle<FluentResource> = FluentBundle::new(vec![lang]);
        raw.add_resource(FluentResource::try_new(source).expect("parses")).expect("adds");
        let common = std::fs::read_to_string(dir.join(tag).join("common.ftl")).expect("ftl");
        raw.add_resource(FluentResource::try_new(common).expect("parses")).expect("adds");
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            let t = Instant::now();
            for id in &ids {
                std::hint::black_box(l.format(tag, id, None));
            }
            ours.push(t.elapsed());
            let t = Instant::now();
            for id in &ids {
                let msg = raw.get_message(id).and_then(|m| m.value()).expect("message");
                let mut errors = Vec::new();
                std::hint::black_box(raw.format_pattern(msg, None, &mut errors).into_owned());
            }
            theirs.push(t.elapsed());
        }
        let row = (p(&mut ours, 0.5), p(&mut ours, 0.95), p(&mut theirs, 0.5), p(&mut theirs, 0.95));
        println!("{tag:<10} {:>9} {:>14.1} {:>14.1} {:>14.1} {:>14.1}", ids.len(), row.0, row.1, row.2, row.3);
        results.push(serde_json::json!({"locale": tag, "messages": ids.len(),
            "ours_p50_us": row.0, "ours_p95_us": row.1, "raw_p50_us": row.2, "raw_p95_us": row.3}));
    }
    // Switching locale: negotiate the member's language and format the first question in it.
    let tags = ["es-US", "ar-EG", "en-US"];
    let mut switch = Vec::new();
    for i in 0..ROUNDS * 3 {
        let t = Instant::now();
        let tag = l.negotiate(&[tags[i % 3]]);
        std::hint::black_box(l.format(&tag, "ahc-core-living-situation", None));
        switch.push(t.elapsed());
    }
    let (s50, s95) = (p(&mut switch, 0.5), p(&mut switch, 0.95));
    println!("switch locale (negotiate + first question): p50 {s50:.1} µs, p95 {s95:.1} µs");
    let out = serde_json::json!({"instrument": "ahc-core", "rounds": ROUNDS, "when": chrono::Utc::now().to_rfc3339(),
        "format_instrument": results, "switch_locale_p50_us": s50, "switch_locale_p95_us": s95});
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench-results/l10n.json");
    std::fs::write(&path, serde_json::to_string_pretty(&out).expect("json")).expect("write");
    println!("written to {}", path.display());
}
