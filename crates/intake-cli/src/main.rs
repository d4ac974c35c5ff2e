//! `intake`: the command line over intake-core, for health-center IT and for scripting.
//!
//! Glue only: parse arguments, read secrets from the environment or the terminal, call the core, print in
//! the user's language (`--lang`, `INTAKE_LANG` or `LANG`). Every failure is one line on stderr and a
//! non-zero exit; a panic would be a bug, and even then the hook below prints one line, not a backtrace.

mod secrets;
mod ui;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{anyhow, Result};
use clap::{Parser, Subcommand};
use uuid::Uuid;

use intake_core::{Session, Store};
use intake_model::{MemberIdentity, Permission, Role};
use ui::Ui;

#[derive(Debug, Parser)]
#[command(name = "intake", version, about = "Equity Intake: the device store, from the command line")]
struct Cli {
    /// The data folder (default: $INTAKE_DATA_DIR, else the platform's data folder).
    #[arg(long, global = true, env = "INTAKE_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// The language of messages (a BCP-47 tag such as es or ar; default: $INTAKE_LANG, else $LANG).
    #[arg(long, global = true, env = "INTAKE_LANG")]
    lang: Option<String>,
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
    /// Enroll this device with the ACO hub (supervisor), with a one-time code from the hub's admin.
    Enroll {
        /// The hub's address: https://..., or http:// to this computer only.
        #[arg(long)]
        hub: String,
        #[arg(long)]
        code: String,
        /// A PEM certificate to trust for this hub (a hub with its own certificate authority).
        #[arg(long)]
        ca_cert: Option<PathBuf>,
    },
    /// Send every unsent record to the hub (supervisor); exits non-zero if it could not finish.
    Sync,
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
    let cli = Cli::parse();
    let ui = Ui::new(cli.lang.as_deref());
    let internal = ui.text("cli-internal-error", &[]);
    std::panic::set_hook(Box::new(move |_| eprintln!("{internal}")));
    match run(cli, &ui) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", ui.text("cli-error", &[("message", ui.error(&e).into())]));
            ExitCode::FAILURE
        }
    }
}

fn data_dir(cli: &Cli, ui: &Ui) -> Result<PathBuf> {
    if let Some(d) = &cli.data_dir {
        return Ok(d.clone());
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .ok_or_else(|| anyhow!(ui.text("cli-no-data-dir", &[])))?;
    Ok(base.join("equity-intake"))
}

fn acting_user(ui: &Ui) -> Result<String> {
    std::env::var("INTAKE_USER").map_err(|_| anyhow!(ui.text("cli-need-user", &[])))
}

fn sign_in(store: &Store, ui: &Ui) -> Result<Session> {
    let user = acting_user(ui)?;
    let pin = secrets::read(ui, "INTAKE_PIN", &ui.text("cli-prompt-pin", &[("user", user.as_str().into())]))?;
    Ok(store.sign_in(&user, &pin)?)
}

fn run(cli: Cli, ui: &Ui) -> Result<()> {
    let store = Store::at(data_dir(&cli, ui)?);
    match cli.command {
        Command::Init { site, supervisor } => {
            let prompt = ui.text("cli-prompt-choose-pin", &[("user", supervisor.as_str().into())]);
            let pin = secrets::read(ui, "INTAKE_PIN", &prompt)?;
            let init = store.initialize(&site, &supervisor, &pin)?;
            let dir = store.dir().display().to_string();
            ui.say("cli-store-created", &[("dir", dir.into()), ("site", init.session.site().into())]);
            ui.say("cli-recovery-key-intro", &[]);
            ui::emit(&format!("  {}", init.recovery_key.as_str()));
        }
        Command::DemoData { members, seed, progress } => {
            let mut session = sign_in(&store, ui)?;
            let mut n = 0;
            intake_core::demo::populate(&mut session, members, seed, |member, response| {
                n += 1;
                if progress {
                    // Machine-readable: no bidi marks, fixed words, read by scripts and tests.
                    ui::emit(&format!("saved {n} member {member} response {response}"));
                }
            })?;
            ui.say("cli-demo-added", &[("count", n.into())]);
        }
        Command::Member(cmd) => member(&store, ui, cmd)?,
        Command::User(cmd) => user(&store, ui, cmd)?,
        Command::Verify => {
            let mut session = sign_in(&store, ui)?;
            let r = session.verify()?;
            ui.say(
                "cli-verify-ok",
                &[("entries", r.audit_entries.into()), ("members", r.members.into()), ("responses", r.responses.into())],
            );
        }
        Command::Backup { file } => {
            let mut session = sign_in(&store, ui)?;
            let bytes = session.backup(&file)?;
            ui.say("cli-backup-written", &[("file", file.display().to_string().into()), ("bytes", bytes.into())]);
        }
        Command::Restore { file } => {
            let user = acting_user(ui)?;
            let pin = secrets::read(ui, "INTAKE_PIN", &ui.text("cli-prompt-pin", &[("user", user.as_str().into())]))?;
            let mut session = store.restore(&file, &user, &pin)?;
            let r = session.verify()?;
            ui.say(
                "cli-restored",
                &[("members", r.members.into()), ("responses", r.responses.into()), ("file", file.display().to_string().into())],
            );
        }
        Command::Recover { supervisor } => {
            let key = secrets::read(ui, "INTAKE_RECOVERY_KEY", &ui.text("cli-prompt-recovery-key", &[]))?;
            let prompt = ui.text("cli-prompt-new-pin", &[("user", supervisor.as_str().into())]);
            let pin = secrets::read(ui, "INTAKE_NEW_PIN", &prompt)?;
            store.recover(&key, &supervisor, &pin)?;
            ui.say("cli-new-pin", &[("user", supervisor.as_str().into())]);
        }
        Command::Enroll { hub, code, ca_cert } => {
            let mut session = sign_in(&store, ui)?;
            let ca = ca_cert
                .map(|f| std::fs::read_to_string(&f).map_err(|e| anyhow!("{}: {e}", f.display())))
                .transpose()?;
            let link = session.enroll(&hub, &code, ca.as_deref())?;
            ui.say(
                "cli-enrolled",
                &[("url", link.url.into()), ("site", link.site.into()), ("device", link.device_id.to_string().into())],
            );
        }
        Command::Sync => {
            let mut session = sign_in(&store, ui)?;
            let on_terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
            let summary = session.sync(&mut |p| {
                if on_terminal && p.records_total > 0 {
                    let line = ui.text("cli-sync-progress", &[("sent", p.records_sent.into()), ("total", p.records_total.into())]);
                    eprint!("\r{line}");
                }
            });
            if on_terminal {
                eprintln!();
            }
            let summary = summary?;
            if summary.records == 0 {
                ui.say("cli-sync-nothing", &[]);
            } else {
                ui.say("cli-sync-done", &[("records", summary.records.into()), ("batches", summary.batches.into())]);
            }
        }
        Command::Outbox => {
            let session = sign_in(&store, ui)?;
            let c = session.outbox_counts()?;
            ui.say("cli-outbox", &[("pending", c.pending.into()), ("delivered", c.delivered.into())]);
        }
    }
    Ok(())
}

fn member(store: &Store, ui: &Ui, cmd: MemberCommand) -> Result<()> {
    let mut session = sign_in(store, ui)?;
    match cmd {
        MemberCommand::Search { query } => {
            let found = session.search_members(&query.join(" "))?;
            for m in &found {
                print_member_line(ui, m.member_id, &m.identity);
            }
            ui.say("cli-found", &[("count", found.len().into())]);
        }
        MemberCommand::Add { given, family, dob, masshealth_id, mrn, force } => {
            let identity = MemberIdentity { given_name: given, family_name: family, date_of_birth: dob, masshealth_id, mrn };
            let dups = session.find_likely_duplicates(&identity, None)?;
            if !dups.is_empty() && !force {
                for m in &dups {
                    print_member_line(ui, m.member_id, &m.identity);
                }
                return Err(anyhow!(ui.text("cli-duplicates", &[("count", dups.len().into())])));
            }
            let created = session.create_member(identity)?;
            ui::emit(&created.member.member_id.to_string());
        }
        MemberCommand::Show { id } => {
            let m = session.member(id)?;
            print_member_line(ui, m.member_id, &m.identity);
            for r in session.responses_for(id)? {
                let state = if r.retraction.is_some() {
                    ui.text("cli-response-retracted", &[])
                } else if r.superseded {
                    ui.text("cli-response-corrected", &[])
                } else {
                    String::new()
                };
                let title = ui.text(&format!("{}-title", r.response.instrument_id), &[]);
                ui.say(
                    "cli-response-line",
                    &[
                        ("id", r.response.id.to_string().into()),
                        ("date", ui.date(r.response.completed_at.date_naive()).into()),
                        ("instrument", title.into()),
                        ("locale", r.response.locale.clone().into()),
                        ("collector", r.response.collected_by.clone().into()),
                        ("answers", r.response.answers.len().into()),
                        ("state", state.into()),
                    ],
                );
            }
            for n in session.needs_for(id)? {
                let domain = ui.text(&format!("domain-{}", n.need.domain), &[]);
                let status = ui.text(&format!("follow-up-status-{}", n.status().as_str()), &[]);
                ui.say(
                    "cli-need-line",
                    &[("id", n.need.id.to_string().into()), ("domain", domain.into()), ("status", status.into())],
                );
            }
        }
    }
    Ok(())
}

fn print_member_line(ui: &Ui, id: Uuid, m: &MemberIdentity) {
    // Bidi isolation (FSI ... PDI) keeps a right-to-left name from reordering the fields around it.
    ui::emit(&format!(
        "{id}  \u{2068}{}\u{2069}  {}  {}  {}",
        m.display_name(),
        ui.date(m.date_of_birth),
        m.masshealth_id.as_deref().unwrap_or("-"),
        m.mrn.as_deref().unwrap_or("-")
    ));
}

fn user(store: &Store, ui: &Ui, cmd: UserCommand) -> Result<()> {
    let mut session = sign_in(store, ui)?;
    // Ask for nothing more before the core has said this user may manage users at all.
    session.require(Permission::ManageUsers)?;
    match cmd {
        UserCommand::List => {
            for u in session.users()? {
                let state = ui.text(if u.active { "cli-user-active" } else { "cli-user-deactivated-state" }, &[]);
                let role = ui.text(&format!("role-{}", u.user.role.as_str()), &[]);
                ui::emit(&format!("{}\t{role}\t{}\t{state}", u.user.username, u.user.display_name));
            }
        }
        UserCommand::Add { username, role, name } => {
            let prompt = ui.text("cli-prompt-pin", &[("user", username.as_str().into())]);
            let pin = secrets::read(ui, "INTAKE_NEW_PIN", &prompt)?;
            session.add_user(&username, name.as_deref().unwrap_or(&username), role, &pin)?;
            let role_text = ui.text(&format!("role-{}", role.as_str()), &[]);
            ui.say("cli-user-added", &[("user", username.as_str().into()), ("role", role_text.into())]);
        }
        UserCommand::ResetPin { username } => {
            let prompt = ui.text("cli-prompt-new-pin", &[("user", username.as_str().into())]);
            let pin = secrets::read(ui, "INTAKE_NEW_PIN", &prompt)?;
            session.reset_pin(&username, &pin)?;
            ui.say("cli-new-pin", &[("user", username.as_str().into())]);
        }
        UserCommand::Deactivate { username } => {
            session.deactivate_user(&username)?;
            ui.say("cli-user-deactivated", &[("user", username.as_str().into())]);
        }
    }
    Ok(())
}

