//! `intake-hub`: the hub's admin command line and server. Glue only: every command is one call into the
//! library. Output is plain lines a script can read (`stats` prints `name: value`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use intake_hub::server::{serve, Tls};
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
        Command::Serve { listen, tls_cert, tls_key } => {
            let tls = tls_cert.zip(tls_key).map(|(cert, key)| Tls { cert, key });
            let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
            runtime.block_on(serve(Arc::new(hub), listen, tls)).context("the server stopped")?;
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
