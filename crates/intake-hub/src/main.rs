//! `intake-hub`: the hub's admin command line and server. Glue only: every command is one call into the
//! library. Output is plain lines a script can read (`stats` prints `name: value`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use intake_hub::server::{serve, Tls};
use intake_hub::export::{Format, Role};
use intake_hub::facts::Measure;
use intake_hub::report::completeness::{completeness, By};
use intake_hub::report::equity::{equity, DIMENSIONS};
use intake_hub::report::{Filter, Month, Snapshot};
use intake_hub::Hub;

#[derive(Parser)]
#[command(name = "intake-hub", version, about = "The Equity Intake ACO hub")]
struct Cli {
    /// sqlite://PATH or postgres://USER@HOST:PORT/DB
    #[arg(long, env = "INTAKE_HUB_DB", default_value = "sqlite://hub.db")]
    db: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the HTTP API until SIGINT or SIGTERM.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8443")]
        listen: SocketAddr,
        /// PEM certificate chain; with --tls-key, serve HTTPS. Without them, serve plain HTTP (for loopback,
        /// or behind a TLS-terminating reverse proxy).
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        /// How long a dashboard sign-in lasts.
        #[arg(long, default_value_t = 60 * intake_hub::hub::DEFAULT_SESSION_TTL_HOURS)]
        session_minutes: i64,
    },
    /// Print a one-time code that enrolls one device at SITE.
    EnrollCode {
        #[arg(long)]
        site: String,
        /// How long the code stays valid.
        #[arg(long, default_value_t = 72)]
        valid_hours: i64,
    },
    /// List enrolled devices.
    Devices,
    /// Refuse every further batch from DEVICE (its id, from `devices`).
    Revoke { device: uuid::Uuid },
    /// Make a new HPKE key current; the old one still opens batches for the grace period.
    RotateKey {
        #[arg(long, default_value_t = 168)]
        grace_hours: i64,
    },
    /// Counts, one `name: value` per line.
    Stats,
    /// Dashboard users.
    #[command(subcommand)]
    User(UserCommand),
    /// The attributed roster (the completeness denominator when loaded).
    #[command(subcommand)]
    Roster(RosterCommand),
    /// Write an export into a folder (audited).
    Export {
        #[arg(value_enum)]
        format: ExportFormat,
        #[arg(long)]
        out: PathBuf,
        /// Only records that reached the hub after this time (RFC 3339), for incremental exports.
        #[arg(long)]
        since: Option<chrono::DateTime<chrono::Utc>>,
        /// Whose view: analysts get de-identified CSV and no FHIR.
        #[arg(long, default_value = "admin")]
        role: String,
    },
    /// Print a report as JSON.
    #[command(subcommand)]
    Report(ReportCommand),
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user or change their role and password. The password is read from INTAKE_HUB_PASSWORD,
    /// or else the first line of standard input.
    Set {
        name: String,
        #[arg(long)]
        role: String,
    },
}

#[derive(Subcommand)]
enum RosterCommand {
    /// Replace the roster with FILE.csv (columns masshealth_id, family_name, given_name, date_of_birth, and
    /// optionally site); prints the rows it refused and why.
    Import { file: PathBuf },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Csv,
    Fhir,
}

#[derive(Subcommand)]
enum ReportCommand {
    Completeness {
        /// aco, site, chw or month
        #[arg(long, default_value = "aco")]
        by: String,
        #[arg(long)]
        site: Option<String>,
        /// YYYY-MM
        #[arg(long)]
        month: Option<String>,
    },
    Equity {
        /// race-ethnicity, language, disability, sexual-orientation or gender-identity
        #[arg(long, default_value = "race-ethnicity")]
        by: String,
        #[arg(long)]
        site: Option<String>,
        #[arg(long)]
        month: Option<String>,
    },
}

/// Who ran an admin command, for the audit log.
fn actor() -> String {
    format!("cli:{}", std::env::var("USER").unwrap_or_else(|_| "unknown".to_owned()))
}

fn filter(site: Option<String>, month: Option<String>) -> anyhow::Result<Filter> {
    Ok(Filter { site, month: month.map(|m| Month::parse(&m)).transpose()? })
}

fn main() -> ExitCode {
    // Logs go to stderr, one event per line; INTAKE_HUB_LOG_FORMAT=json for a log shipper. They carry ids,
    // counts and reasons, never member data (the hub never logs a record).
    let filter = tracing_subscriber::EnvFilter::try_from_env("INTAKE_HUB_LOG").unwrap_or_else(|_| "info".into());
    let builder = tracing_subscriber::fmt().with_writer(std::io::stderr).with_env_filter(filter);
    if std::env::var("INTAKE_HUB_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr())).init();
    }
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("intake-hub: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let hub = Hub::open(&cli.db).with_context(|| "cannot open the hub database".to_string())?;
    match cli.command {
        Command::Serve { listen, tls_cert, tls_key, session_minutes } => {
            let tls = tls_cert.zip(tls_key).map(|(cert, key)| Tls { cert, key });
            let hub = hub.with_session_ttl(chrono::Duration::minutes(session_minutes));
            let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
            runtime.block_on(serve(Arc::new(hub), listen, tls)).context("the server stopped")?;
        }
        Command::User(UserCommand::Set { name, role }) => {
            let role = Role::parse(&role).context("--role is admin or analyst")?;
            let password = match std::env::var("INTAKE_HUB_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            hub.set_user(&name, role, &password, &actor())?;
            println!("user {name} ({}) saved", role.as_str());
        }
        Command::Roster(RosterCommand::Import { file }) => {
            let csv = std::fs::File::open(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let report = hub.import_roster(std::io::BufReader::new(csv), &actor())?;
            println!("imported {} members; refused {} rows", report.imported, report.refused.len());
            for r in &report.refused {
                println!("line {}: {}", r.line, r.reason);
            }
        }
        Command::Export { format, out, since, role } => {
            let role = Role::parse(&role).context("--role is admin or analyst")?;
            let format = match format {
                ExportFormat::Csv => Format::Csv,
                ExportFormat::Fhir => Format::Fhir,
            };
            let started = std::time::Instant::now();
            let files = hub.export(format, &out, since, role, &actor())?;
            for f in &files {
                println!("{}: {}", f.name, f.records);
            }
            eprintln!("exported in {:.2} s", started.elapsed().as_secs_f64());
        }
        Command::Report(report) => {
            let snapshot = Snapshot::load(hub.db(), chrono::Utc::now())?;
            let json = match report {
                ReportCommand::Completeness { by, site, month } => {
                    let by = By::parse(&by).context("--by is aco, site, chw or month")?;
                    serde_json::to_string_pretty(&completeness(&snapshot, &filter(site, month)?, by))?
                }
                ReportCommand::Equity { by, site, month } => {
                    let dimension = Measure::parse(&by).ok().filter(|m| DIMENSIONS.contains(m)).context(
                        "--by is race-ethnicity, language, disability, sexual-orientation or gender-identity",
                    )?;
                    serde_json::to_string_pretty(&equity(&snapshot, &filter(site, month)?, dimension))?
                }
            };
            println!("{json}");
        }
        Command::EnrollCode { site, valid_hours } => {
            let code = hub.create_enroll_code(&site, chrono::Duration::hours(valid_hours))?;
            println!("{}", code.display());
        }
        Command::Devices => {
            println!("device_id\tsite\tlabel\tenrolled_at\tlast_sequence\tlast_seen\trevoked_at");
            for d in hub.devices()? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    d.device_id,
                    d.site,
                    d.label,
                    d.enrolled_at,
                    d.last_sequence,
                    d.last_seen.as_deref().unwrap_or("-"),
                    d.revoked_at.as_deref().unwrap_or("-")
                );
            }
        }
        Command::Revoke { device } => {
            anyhow::ensure!(hub.revoke(device)?, "no device {device} is enrolled");
            println!("revoked {device}");
        }
        Command::RotateKey { grace_hours } => {
            let id = hub.rotate_key(chrono::Duration::hours(grace_hours))?;
            println!("new hub key {id}; the previous key is accepted for {grace_hours} more hours");
        }
        Command::Stats => {
            for (name, value) in hub.stats()? {
                println!("{name}: {value}");
            }
        }
    }
    Ok(())
}
