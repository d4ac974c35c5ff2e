# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: error: { $message }
cli-internal-error = intake: internal error; nothing more was saved. Please report this.
cli-store-created = Store created in { $dir } for { $site }.
cli-recovery-key-intro = Recovery key (shown once; write it down and keep it locked away):
cli-demo-saved = saved { $number } member { $member } response { $response }
cli-demo-added = { $count ->
    [one] Added { $count } synthetic member with screenings.
   *[other] Added { $count } synthetic members with screenings.
}
cli-found = { $count ->
    [one] { $count } found
   *[other] { $count } found
}
cli-duplicates = { $count ->
    [one] { $count } existing member looks like the same person (listed above); use --force to add anyway
   *[other] { $count } existing members look like the same person (listed above); use --force to add anyway
}
cli-verify-ok = ok: pages and integrity check pass; audit chain of { $entries } entries intact; { $members } members, { $responses } responses
cli-backup-written = Encrypted backup written to { $file } ({ $bytes } bytes).
cli-restored = Restored { $members } members and { $responses } responses from { $file }.
cli-new-pin = { $user } has a new PIN.
cli-user-added = Added { $user } ({ $role }).
cli-user-deactivated = { $user } is deactivated.
cli-outbox = pending: { $pending }
    delivered: { $delivered }
cli-response-line = response { $id } { $date } { $instrument } in { $locale } by { $collector }: { $answers } answers{ $state }
cli-response-retracted = { " " }(entered in error)
cli-response-corrected = { " " }(corrected)
cli-need-line = need { $id } { $domain }: { $status }
cli-user-active = active
cli-user-deactivated-state = deactivated
cli-prompt-pin = PIN for { $user }:
cli-prompt-choose-pin = Choose a PIN for { $user }:
cli-prompt-new-pin = New PIN for { $user }:
cli-prompt-recovery-key = Recovery key:
cli-need-user = set INTAKE_USER to the user name to act as
cli-no-value = no value given: set { $var } or type it when asked
cli-no-data-dir = no --data-dir given and no home folder to default to
cli-read-failed = could not read the { $what }

error-not-initialized = no Equity Intake store in { $path }: run “intake init” first
error-already-initialized = { $path } already holds an Equity Intake store
error-wrong-credentials = wrong user name or PIN
error-locked-out = too many wrong PINs for this user: try again in { $seconds } s, or ask a supervisor to reset the PIN
error-deactivated = this account has been deactivated: ask a supervisor
error-wrong-recovery-key = the recovery key is not valid for this store
error-forbidden = your role ({ $role }) may not { $action }
error-not-found = { $what } not found
error-what-member = member
error-what-user = user
error-what-response = response
error-what-need = need
error-what-draft = unfinished screening
error-invalid = { $field }: { $reason }
error-field-name = name
error-field-date-of-birth = date of birth
error-field-masshealth-id = MassHealth ID
error-field-pin = PIN
error-field-site = site
error-field-user = user
error-field-consent = consent
error-field-answers = answers
error-field-supersedes = correction
error-field-reason = reason
error-field-response = response
error-field-organization = organization
error-field-file = file
error-field-instrument = instrument
error-field-draft = screening
error-field-item = question
error-reason-check-field = please check this field
error-reason-pin-too-short = use at least { $min } characters
error-reason-site-empty = give the health center's name
error-reason-username-format = use letters, digits, “.”, “_” or “-” (at most 64)
error-reason-username-taken = that user name is taken
error-reason-recovery-needs-supervisor = the recovery key can only reset an active supervisor's PIN
error-reason-deactivate-self = you cannot deactivate yourself
error-reason-no-consent = the member has not agreed to be screened
error-reason-answered-twice = a question is answered twice ({ $item })
error-reason-correction-other-member = a correction must replace a response of the same member
error-reason-retraction-reason = say why the response was entered in error
error-reason-already-retracted = it is already marked entered in error
error-reason-referral-organization = name the organization the member was referred to
error-reason-path-not-utf8 = the path has characters this system cannot use
error-reason-unknown-instrument = this app does not know that questionnaire ({ $item })
error-reason-unknown-item = a question does not belong to this questionnaire ({ $item })
error-reason-wrong-kind = an answer has the wrong kind of value ({ $item })
error-reason-unknown-option = an answer is not one of the question's options ({ $item })
error-reason-exclusive-option = “none” cannot be chosen together with other answers ({ $item })
error-reason-empty-choice = choose at least one answer ({ $item })
error-reason-out-of-range = the number is outside the allowed range ({ $item })
error-reason-absent-not-offered = that question does not offer this answer ({ $item })
error-reason-not-enabled = a question was answered that does not apply ({ $item })
error-reason-required-missing = a required question has no answer ({ $item })
error-reason-none-chosen = choose at least one questionnaire
error-reason-already-saved = this part of the screening is already saved
error-reason-empty-text = the written answer is empty ({ $item })
error-disk-full = the disk is full or not writable: nothing was saved; free some space and try again
error-corrupt = the store is damaged or is not an Equity Intake store ({ $detail }); restore from a backup
error-audit-broken = the audit log has been altered at entry { $seq }: { $reason }
error-not-a-backup = { $path } is not an Equity Intake backup
error-io = file error on { $path }: { $detail }
error-database = database error: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
cli-enrolled = Enrolled with { $url } for { $site }. This device is { $device }.
cli-sync-progress = Sent { $sent } of { $total } records…
cli-sync-done = { $records ->
    [one] Sync finished: { $records } record sent. Signed receipts checked: { $batches }.
   *[other] Sync finished: { $records } records sent. Signed receipts checked: { $batches }.
}
cli-sync-nothing = Nothing to send: everything is already at the hub.
error-sync-not-enrolled = this device is not enrolled with a hub yet: a supervisor enrolls it with the hub address and a one-time code from the ACO
error-sync-already-enrolled = this device is already enrolled with a hub
error-sync-insecure-url = the hub address must start with https:// (plain http:// is only allowed to this computer)
error-sync-bad-url = that is not a hub address; it should look like https://hub.example.org
error-sync-bad-code = the enrollment code was not accepted: check it, or ask the ACO for a new one (each code works once)
error-sync-offline = no network, or the hub cannot be reached: nothing was lost, try again when you are online
error-sync-certificate = the hub's security certificate is not trusted, so nothing was sent: tell the ACO's help desk
error-sync-hub-unavailable = the hub is not answering right now: nothing was lost, try again later
error-sync-revoked = the hub revoked this device: nothing was lost, but this device cannot sync; call the ACO's help desk
error-sync-refused = the hub refused a batch ({ $reason }): nothing was lost; tell the ACO's help desk
error-sync-bad-answer = the hub's answer could not be verified, so nothing was marked as sent: tell the ACO's help desk
