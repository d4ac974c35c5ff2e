# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Continue
app-cancel = Cancel
app-save = Save
app-none = None.
app-show = Show
app-lock = Lock
app-locked-notice = The screen was locked. Sign in to continue.
app-nav-label = Main
app-nav-members = Members
app-nav-supervisor = Supervisor
app-nav-settings = Settings
app-nav-sync = Sync
app-for-staff = For staff:
app-fallback-english = (not yet translated: English shown)
app-translation-status-missing = Not translated yet: questions show in English

## First run and sign-in
app-setup-title = Set up Equity Intake
app-setup-explain = Create this health center's store and its first supervisor. Everything is kept encrypted on this computer.
app-setup-submit = Create the store
app-recovery-title = Your recovery key
app-recovery-explain = If every supervisor forgets their PIN, this key is the only way back into the store. Write it down and keep it somewhere safe and locked, away from this computer. It is shown only once.
app-recovery-confirm = I have written down the recovery key and stored it safely.
app-sign-in-title = Sign in
app-sign-in-submit = Sign in
app-pin-hint = At least 6 characters. Do not share it.
app-field-site = Health center name
app-field-username = User name
app-field-name = Full name
app-field-pin = PIN
app-field-pin-again = PIN again
app-field-role = Role
app-field-staff-language = Language of the screens

## Members
app-members-title = Members
app-members-search = Search by name, MassHealth ID, record number or date of birth
app-members-recent = Your recent members
app-members-none-yet = No recent members. Search above, or add a member.
app-members-found = { $count ->
    [one] { $count } member found
   *[other] { $count } members found
}
app-members-too-many = More than { $count } members found: type more of the name.
app-members-add = Add a member
app-members-save = Save member
app-duplicates-found = These members look like the same person. Open one of them, or add a new member if this is someone else.
app-duplicates-add-anyway = This is someone else: add a new member
app-dob = Date of birth
app-masshealth-id = MassHealth ID
app-mrn = Record number
app-field-given-name = Given name
app-field-family-name = Family name
app-field-date-of-birth = Date of birth
app-field-masshealth-id = MassHealth ID (optional)
app-field-mrn = Medical record number (optional)

## Member profile
app-demographics-title = What the member told us about themselves
app-topic = Topic
app-state = Status
app-answer = Answer
app-asked-on = Asked on
app-proxy = answered by someone else
app-topic-race-ethnicity = Race and ethnicity
app-topic-language = Language
app-topic-disability = Disability
app-topic-sexual-orientation = Sexual orientation
app-topic-gender-identity = Gender identity
app-topic-sex-at-birth = Sex assigned at birth
app-topic-pronouns = Pronouns
app-state-answered = Answered
app-state-declined = Chose not to answer
app-state-unknown = Did not know
app-state-never-asked = Never asked
app-state-stale = More than a year old
app-history-title = Screenings
app-history-none = No screenings yet.
app-drafts-title = Unfinished screenings
app-resume = Resume
app-needs-title = Needs
app-needs-none = No needs found so far.
app-need-discreet = A sensitive need
app-opened-on = Found on
app-follow-up-add = Record a follow-up

## Starting a screening
app-start-title = Start a screening
app-start-submit = Start
app-field-instruments = Questionnaires
app-field-member-language = The member's language
app-field-mode = How
app-mode-in-person = In person
app-mode-phone = By phone
app-mode-video = By video
app-field-interpreter = An interpreter is helping
app-field-respondent = Who answers
app-respondent-self = The member
app-respondent-proxy = Someone for the member (a parent, a caregiver)
app-field-relationship = Their relationship to the member
app-field-consent = The member agrees

## Screening
app-screening-for = Screening for
app-question-position = Question { $n } of { $total }
app-progress = { $answered } of { $total } answered
app-steps-label = Questions
app-back = Back
app-next = Next
app-finish = Finish and save
app-save-close = Close (answers are saved)
app-discard = Discard this screening
app-discard-confirm = Discard every answer of this screening? This cannot be undone.

## Results
app-results-title = Results
app-results-none = No results to show.
app-safe-to-talk = The member is alone and it is safe to talk
app-to-profile = Back to the member
app-summary-print = Summary for the member
app-summary-open = Open the summary
app-print = Print or save as PDF

## The printed summary, in the member's language
app-summary-title = Your screening summary
app-summary-intro = Thank you for answering our questions. Here is what we talked about and what happens next.
app-summary-none = You did not tell us about any needs today. You can talk to us any time.
app-summary-footer = Your answers are private. They help your health center and MassHealth give you better care. Call your health center if you have questions.
app-summary-explain-housing-instability = You may need help keeping or finding a home.
app-summary-explain-housing-quality = There may be problems in your home that can affect your health.
app-summary-explain-food = You may need help getting enough food.
app-summary-explain-transportation = You may need help with rides to care, work or errands.
app-summary-explain-utilities = You may need help paying for electricity, gas, oil or water.
app-summary-explain-interpersonal-safety = We can talk about your safety whenever you want.
app-summary-explain-financial-strain = You may need help paying for basic needs.
app-summary-explain-employment = You may want help finding or keeping a job.
app-summary-explain-family-community-support = You may want more help at home or more time with other people.
app-summary-explain-education = You may want help with school or job training.
app-summary-explain-physical-activity = Moving your body more can help your health.
app-summary-explain-substance-use = We can talk about alcohol, tobacco or drugs whenever you want.
app-summary-explain-mental-health = You may want someone to talk to about how you feel.
app-summary-explain-disabilities = You may want help with daily tasks.
app-summary-explain-digital-access = You may need help getting internet or a device for video visits.
app-summary-explain-digital-literacy = You may want help learning to use video visits.

## Supervisor
app-supervisor-title = Today
app-team-work = Work by staff member
app-staff = Staff member
app-screenings = Screenings
app-members-screened = Members
app-needs-opened = Needs found
app-incomplete-title = Unfinished screenings
app-unfollowed-title = Needs without a follow-up
app-users-title = Users
app-add-user = Add a user
app-reset-pin = Reset PIN
app-deactivate = Deactivate
app-inactive = deactivated
app-site-settings = Site settings
app-setting-idle-lock-seconds = Lock the screen after this many seconds without use
app-setting-sogi-min-age = Youngest age asked about sexual orientation and gender identity

## Settings
app-text-size = Text size
app-about = About
app-language = Language
app-translation-status = Translation

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = The screen is locked. Sign in again: nothing was lost.
app-error-pin-mismatch = The two PINs are not the same.
app-error-preferences = This setting could not be saved on this computer.
app-error-date-of-birth = Enter the date of birth as a full date.
app-error-member-name = Enter a given name or a family name.
app-error-member-date-of-birth = The date of birth cannot be in the future.
app-error-member-masshealth-id = A MassHealth ID has only letters and digits.
app-error-member-language = Choose the member's language.
app-error-mode = Choose how the screening is done.
app-error-respondent = Choose who answers.
app-error-proxy-relationship = Say who is answering for the member.
app-error-consent = The member must agree before any question is asked.
app-error-instruments = Choose at least one questionnaire.
app-error-answer = This answer does not fit the question. Choose again.
app-error-answer-exclusive = This answer cannot be chosen together with the others.
app-error-answer-range = This number is outside the range the question allows.
app-error-required-unanswered = This question needs an answer, or "Choose not to answer", before you finish.
app-error-follow-up-status = Choose what happened with this need.
app-error-role = Choose a role.
app-error-setting = This value is outside the allowed range.

# The supervisor's sync screen.
app-sync-title = Sync with the ACO hub
app-sync-not-enrolled = This device is not enrolled with a hub yet. Enter the hub address and the one-time code the ACO gave you.
app-sync-hub-url = Hub address
app-sync-code = Enrollment code
app-sync-enroll = Enroll this device
app-sync-enrolled = Enrolled with { $url } for { $site }.
app-sync-unsent = { $count ->
    [one] { $count } record waits to be sent.
   *[other] { $count } records wait to be sent.
}
app-sync-all-sent = Everything has reached the hub.
app-sync-now = Sync now
app-sync-sending = Sending: { $sent } of { $total } records
app-sync-finished = { $records ->
    [one] Done: { $records } record sent and confirmed by the hub.
   *[other] Done: { $records } records sent and confirmed by the hub.
}
app-sync-history = Recent syncs
app-sync-started = Started
app-sync-by = By
app-sync-records = Records
app-sync-receipts = Signed receipts
app-sync-result = Result
app-sync-ok = Finished
app-sync-receipt = Batch { $sequence }: { $count } records
