//! Counters for `/metrics`, in the Prometheus text format. In memory, since the process started; the
//! durable counts (for `stats` and the dashboard) are the `batches` and `rejections` tables.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

#[derive(Debug, Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    accepted: u64,
    duplicates: u64,
    refused: BTreeMap<String, u64>,
    ingest_seconds_sum: f64,
    /// Upper bounds in seconds, and how many ingests took at most that long.
    ingest_buckets: [u64; 8],
}

const BUCKETS: [f64; 8] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];

impl Metrics {
    pub(crate) fn accepted(&self, duplicate: bool, took: Duration) {
        if let Ok(mut m) = self.inner.lock() {
            m.accepted += 1;
            m.duplicates += u64::from(duplicate);
            let s = took.as_secs_f64();
            m.ingest_seconds_sum += s;
            for (i, le) in BUCKETS.iter().enumerate() {
                if s <= *le {
                    m.ingest_buckets[i] += 1;
                }
            }
        }
    }

    pub(crate) fn refused(&self, reason: &str) {
        if let Ok(mut m) = self.inner.lock() {
            *m.refused.entry(reason.to_owned()).or_default() += 1;
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let Ok(m) = self.inner.lock() else { return out };
        let _ = writeln!(out, "# TYPE intake_hub_batches_accepted_total counter");
        let _ = writeln!(out, "intake_hub_batches_accepted_total {}", m.accepted);
        let _ = writeln!(out, "# TYPE intake_hub_batches_duplicate_total counter");
        let _ = writeln!(out, "intake_hub_batches_duplicate_total {}", m.duplicates);
        let _ = writeln!(out, "# TYPE intake_hub_batches_refused_total counter");
        for (reason, n) in &m.refused {
            let _ = writeln!(out, "intake_hub_batches_refused_total{{reason=\"{reason}\"}} {n}");
        }
        let _ = writeln!(out, "# TYPE intake_hub_ingest_seconds histogram");
        for (le, n) in BUCKETS.iter().zip(m.ingest_buckets) {
            let _ = writeln!(out, "intake_hub_ingest_seconds_bucket{{le=\"{le}\"}} {n}");
        }
        let _ = writeln!(out, "intake_hub_ingest_seconds_bucket{{le=\"+Inf\"}} {}", m.accepted);
        let _ = writeln!(out, "intake_hub_ingest_seconds_sum {}", m.ingest_seconds_sum);
        let _ = writeln!(out, "intake_hub_ingest_seconds_count {}", m.accepted);
        out
    }
}
