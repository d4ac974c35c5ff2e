//! `intake`: the command line over intake-core, for health-center IT and for scripting.
//!
//! Glue only: parse arguments, read secrets from the environment or the terminal, call the core, print.
//! Every failure is one line on stderr and a non-zero exit; a panic would be a bug, and even then the
//! hook below prints one line, not a backtrace with member data in it.

mod secrets;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use uuid::Uuid;

use intake_core::{Session, Store};
use intake_model::{MemberIdentity, Permission, Role};

#[derive(Debug, Parser)]
#[command(name = "intake", version, about = "Equity Intake: the device store, from the command line")]
struct Cli {
    /// The data folder (default: $INTAKE_DATA_DIR, else the platform's data folder).
    #[arg(long, global = true, env = "INTAKE_DATA_DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create the store, its first supervisor (PIN from INTAKE_PIN or the terminal) and the recovery key.
    Init {
        #[arg(long)]
        site: String,
        #[arg(long)]
        supervisor: String,
    },
    /// Add N synthetic members with demographics and screenings (supervisor).
    DemoData {
        #[arg(long, default_value_t = 50)]
        members: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print a line as each member's records become durable.
        #[arg(long)]
        progress: bool,
    },
    /// Find, add and show members.
    #[command(subcommand)]
    Member(MemberCommand),
    /// Manage staff accounts (supervisor).
    #[command(subcommand)]
    User(UserCommand),
    /// Check the database pages and the audit chain; exits non-zero with the reason if either fails.
    Verify,
    /// Write an encrypted backup to FILE.
    Backup { file: PathBuf },
    /// Replace this store with a backup (the current one is moved aside, not deleted).
    Restore { file: PathBuf },
    /// Set a supervisor's PIN with the recovery key (INTAKE_RECOVERY_KEY or the terminal).
    Recover {
        #[arg(long)]
        supervisor: String,
    },
    /// How many records wait for the hub.
    Outbox,
}

#[derive(Debug, Subcommand)]
enum MemberCommand {
    /// Search by name, MassHealth ID, MRN or date of birth.
    Search { query: Vec<String> },
    /// Add a member; refuses a likely duplicate unless --force.
    Add {
        #[arg(long)]
        given: String,
        #[arg(long)]
        family: String,
        /// Date of birth, YYYY-MM-DD.
        #[arg(long)]
        dob: chrono::NaiveDate,
        #[arg(long)]
        masshealth_id: Option<String>,
        #[arg(long)]
        mrn: Option<String>,
        #[arg(long)]
        force: bool,
    },
    /// Show a member's identity, screenings and needs.
    Show { id: Uuid },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    List,
    /// Add a user; their PIN comes from INTAKE_NEW_PIN or the terminal.
    Add {
        username: String,
        #[arg(long, value_parser = parse_role)]
        role: Role,
        #[arg(long)]
        name: Option<String>,
    },
    /// Give a user a new PIN (INTAKE_NEW_PIN or the terminal) and lift a lock-out.
    ResetPin { username: String },
    Deactivate { username: String },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).map_err(|_| "one of: chw, navigator, supervisor".to_owned())
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("intake: internal error{place}; nothing more was saved. Please report this.");
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: the context chain joined, never a backtrace.
            let msg: Vec<String> = e.chain().map(|c| c.to_string()).collect();
            eprintln!("intake: error: {}", msg.join(": "));
            ExitCode::FAILURE
        }
    }
}

fn data_dir(cli: &Cli) -> Result<PathBuf> {
    if let Some(d) = &cli.data_dir {
        return Ok(d.clone());
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .context("no --data-dir given and no home folder to default to")?;
    Ok(base.join("equity-intake"))
}

fn sign_in(store: &Store) -> Result<Session> {
    let user = std::env::var("INTAKE_USER").context("set INTAKE_USER to the user name to act as")?;
    let pin = secrets::read("INTAKE_PIN", &format!("PIN for {user}: "))?;
    Ok(store.sign_in(&user, &pin)?)
}

fn run(cli: Cli) -> Result<()> {
    let store = Store::at(data_dir(&cli)?);
    match cli.command {
        Command::Init { site, supervisor } => {
            let pin = secrets::read("INTAKE_PIN", &format!("Choose a PIN for {supervisor}: "))?;
            let init = store.initialize(&site, &supervisor, &pin)?;
            println!("Store created in {} for {}.", store.dir().display(), init.session.site());
            println!("Recovery key (shown once; write it down and keep it locked away):");
            println!("  {}", init.recovery_key.as_str());
        }
        Command::DemoData { members, seed, progress } => {
            let mut session = sign_in(&store)?;
            let mut n = 0;
            intake_core::demo::populate(&mut session, members, seed, |member, response| {
                n += 1;
                if progress {
                    println!("saved {n} member {member} response {response}");
                }
            })?;
            println!("Added {n} synthetic members with screenings.");
        }
        Command::Member(cmd) => member(&store, cmd)?,
        Command::User(cmd) => user(&store, cmd)?,
        Command::Verify => {
            let mut session = sign_in(&store)?;
            let r = session.verify()?;
            println!(
                "ok: pages and integrity check pass; audit chain of {} entries intact; {} members, {} responses",
                r.audit_entries, r.members, r.responses
            );
        }
        Command::Backup { file } => {
            let mut session = sign_in(&store)?;
            let bytes = session.backup(&file)?;
            println!("Encrypted backup written to {} ({bytes} bytes).", file.display());
        }
        Command::Restore { file } => {
            let user = std::env::var("INTAKE_USER").context("set INTAKE_USER to a supervisor of the backup")?;
            let pin = secrets::read("INTAKE_PIN", &format!("PIN for {user}: "))?;
            let mut session = store.restore(&file, &user, &pin)?;
            let r = session.verify()?;
            println!("Restored {} members and {} responses from {}.", r.members, r.responses, file.display());
        }
        Command::Recover { supervisor } => {
            let key = secrets::read("INTAKE_RECOVERY_KEY", "Recovery key: ")?;
            let pin = secrets::read("INTAKE_NEW_PIN", &format!("New PIN for {supervisor}: "))?;
            store.recover(&key, &supervisor, &pin)?;
            println!("{supervisor} has a new PIN.");
        }
        Command::Outbox => {
            let session = sign_in(&store)?;
            let c = session.outbox_counts()?;
            println!("pending: {}\ndelivered: {}", c.pending, c.delivered);
        }
    }
    Ok(())
}

fn member(store: &Store, cmd: MemberCommand) -> Result<()> {
    let mut session = sign_in(store)?;
    match cmd {
        MemberCommand::Search { query } => {
            let found = session.search_members(&query.join(" "))?;
            for m in &found {
                print_member_line(m.member_id, &m.identity);
            }
            println!("{} found", found.len());
        }
        MemberCommand::Add { given, family, dob, masshealth_id, mrn, force } => {
            let identity = MemberIdentity { given_name: given, family_name: family, date_of_birth: dob, masshealth_id, mrn };
            let dups = session.find_likely_duplicates(&identity, None)?;
            if !dups.is_empty() && !force {
                for m in &dups {
                    print_member_line(m.member_id, &m.identity);
                }
                bail!("{} existing member(s) look like the same person (listed above); use --force to add anyway", dups.len());
            }
            let created = session.create_member(identity)?;
            println!("{}", created.member.member_id);
        }
        MemberCommand::Show { id } => {
            let m = session.member(id)?;
            print_member_line(m.member_id, &m.identity);
            for r in session.responses_for(id)? {
                let state = if r.retraction.is_some() {
                    " (entered in error)"
                } else if r.superseded {
                    " (corrected)"
                } else {
                    ""
                };
                println!(
                    "  response {} {} {} in {} by {}: {} answers{state}",
                    r.response.id,
                    r.response.completed_at.format("%Y-%m-%d"),
                    r.response.instrument_id,
                    r.response.locale,
                    r.response.collected_by,
                    r.response.answers.len()
                );
            }
            for n in session.needs_for(id)? {
                println!("  need {} {}: {}", n.need.id, n.need.domain, n.status().as_str());
            }
        }
    }
    Ok(())
}

fn print_member_line(id: Uuid, m: &MemberIdentity) {
    // Bidi isolation (FSI ... PDI) keeps a right-to-left name from reordering the fields around it.
    println!(
        "{id}  \u{2068}{}\u{2069}  {}  {}  {}",
        m.display_name(),
        m.date_of_birth,
        m.masshealth_id.as_deref().unwrap_or("-"),
        m.mrn.as_deref().unwrap_or("-")
    );
}

fn user(store: &Store, cmd: UserCommand) -> Result<()> {
    let mut session = sign_in(store)?;
    // Ask for nothing more before the core has said this user may manage users at all.
    session.require(Permission::ManageUsers)?;
    match cmd {
        UserCommand::List => {
            for u in session.users()? {
                let state = if u.active { "active" } else { "deactivated" };
                println!("{}\t{}\t{}\t{state}", u.user.username, u.user.role.as_str(), u.user.display_name);
            }
        }
        UserCommand::Add { username, role, name } => {
            let pin = secrets::read("INTAKE_NEW_PIN", &format!("PIN for {username}: "))?;
            session.add_user(&username, name.as_deref().unwrap_or(&username), role, &pin)?;
            println!("Added {username} ({}).", role.as_str());
        }
        UserCommand::ResetPin { username } => {
            let pin = secrets::read("INTAKE_NEW_PIN", &format!("New PIN for {username}: "))?;
            session.reset_pin(&username, &pin)?;
            println!("{username} has a new PIN.");
        }
        UserCommand::Deactivate { username } => {
            session.deactivate_user(&username)?;
            println!("{username} is deactivated.");
        }
    }
    Ok(())
}
