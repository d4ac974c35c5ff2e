// The app's IPC commands, for the ACL manifest (build.rs) and the test that keeps it equal to commands.rs.
// Each gets an `allow-<name>` permission (dashes for underscores), granted in capabilities/main.json.
const COMMANDS: [&str; 28] = [
    "app_state", "set_preferences", "setup_site", "sign_in", "lock", "search_members", "check_duplicates", "create_member",
    "member_profile", "screening_choices", "start_screening", "open_screening", "answer", "finish_screening",
    "discard_screening", "record_follow_up", "member_summary", "supervisor_overview", "list_users", "add_user", "reset_pin",
    "deactivate_user", "site_settings", "set_site_setting", "sync_screen", "enroll_device", "sync_now", "sync_progress",
];
