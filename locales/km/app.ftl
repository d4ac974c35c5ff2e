# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Khmer (km) draft; to be checked with an interpreter.

app-title = Equity Intake
app-continue = បន្ត
app-cancel = បោះបង់
app-save = រក្សាទុក
app-none = គ្មាន។
app-show = បង្ហាញ
app-lock = ចាក់សោ
app-locked-notice = អេក្រង់ត្រូវបានចាក់សោ។ សូមចូលគណនី ដើម្បីបន្ត។
app-nav-label = ម៉ឺនុយមេ
app-nav-members = សមាជិក
app-nav-supervisor = អ្នកគ្រប់គ្រង
app-nav-settings = ការកំណត់
app-nav-sync = បញ្ជូនទិន្នន័យ
app-for-staff = សម្រាប់បុគ្គលិក៖
app-fallback-english = (មិនទាន់បានបកប្រែ៖ បង្ហាញជាភាសាអង់គ្លេស)
app-translation-status-missing = មិនទាន់បានបកប្រែ៖ សំណួរបង្ហាញជាភាសាអង់គ្លេស

## First run and sign-in
app-setup-title = រៀបចំ Equity Intake
app-setup-explain = សូមបង្កើតឃ្លាំងទិន្នន័យរបស់មជ្ឈមណ្ឌលសុខភាពនេះ និងអ្នកគ្រប់គ្រងដំបូងរបស់វា។ អ្វីៗទាំងអស់ត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីប នៅលើកុំព្យូទ័រនេះ។
app-setup-submit = បង្កើតឃ្លាំងទិន្នន័យ
app-recovery-title = កូនសោសង្គ្រោះរបស់លោកអ្នក
app-recovery-explain = ប្រសិនបើអ្នកគ្រប់គ្រងទាំងអស់ភ្លេចលេខ PIN របស់ខ្លួន កូនសោនេះគឺជាមធ្យោបាយតែមួយគត់ ដើម្បីចូលទៅក្នុងឃ្លាំងទិន្នន័យវិញ។ សូមកត់វាទុក ហើយរក្សាទុកនៅកន្លែងដែលមានសុវត្ថិភាព និងចាក់សោ ឆ្ងាយពីកុំព្យូទ័រនេះ។ វាត្រូវបានបង្ហាញតែម្ដងប៉ុណ្ណោះ។
app-recovery-confirm = ខ្ញុំបានកត់កូនសោសង្គ្រោះទុក និងបានរក្សាទុកវានៅកន្លែងមានសុវត្ថិភាពហើយ។
app-sign-in-title = ចូលគណនី
app-sign-in-submit = ចូលគណនី
app-pin-hint = យ៉ាងហោចណាស់ 6 តួអក្សរ។ កុំប្រាប់អ្នកដទៃ។
app-field-site = ឈ្មោះមជ្ឈមណ្ឌលសុខភាព
app-field-username = ឈ្មោះអ្នកប្រើប្រាស់
app-field-name = ឈ្មោះពេញ
app-field-pin = លេខ PIN
app-field-pin-again = លេខ PIN ម្ដងទៀត
app-field-role = តួនាទី
app-field-staff-language = ភាសារបស់អេក្រង់

## Members
app-members-title = សមាជិក
app-members-search = ស្វែងរកតាមឈ្មោះ លេខសម្គាល់ MassHealth លេខកំណត់ត្រា ឬថ្ងៃខែឆ្នាំកំណើត
app-members-recent = សមាជិកដែលលោកអ្នកបានជួបថ្មីៗ
app-members-none-yet = មិនទាន់មានសមាជិកថ្មីៗទេ។ សូមស្វែងរកខាងលើ ឬបន្ថែមសមាជិក។
app-members-found = { $count ->
   *[other] រកឃើញសមាជិក { $count } នាក់
}
app-members-too-many = រកឃើញសមាជិកច្រើនជាង { $count } នាក់៖ សូមវាយឈ្មោះបន្ថែមទៀត។
app-members-add = បន្ថែមសមាជិក
app-members-save = រក្សាទុកសមាជិក
app-duplicates-found = សមាជិកទាំងនេះហាក់ដូចជាមនុស្សតែមួយ។ សូមបើកម្នាក់ក្នុងចំណោមពួកគេ ឬបន្ថែមសមាជិកថ្មី ប្រសិនបើនេះជាមនុស្សផ្សេង។
app-duplicates-add-anyway = នេះជាមនុស្សផ្សេង៖ បន្ថែមសមាជិកថ្មី
app-dob = ថ្ងៃខែឆ្នាំកំណើត
app-masshealth-id = លេខសម្គាល់ MassHealth
app-mrn = លេខកំណត់ត្រា
app-field-given-name = នាមខ្លួន
app-field-family-name = នាមត្រកូល
app-field-date-of-birth = ថ្ងៃខែឆ្នាំកំណើត
app-field-masshealth-id = លេខសម្គាល់ MassHealth (មិនចាំបាច់)
app-field-mrn = លេខកំណត់ត្រាវេជ្ជសាស្ត្រ (មិនចាំបាច់)

## Member profile
app-demographics-title = អ្វីដែលសមាជិកបានប្រាប់យើងអំពីខ្លួនគាត់
app-topic = ប្រធានបទ
app-state = ស្ថានភាព
app-answer = ចម្លើយ
app-asked-on = ថ្ងៃដែលបានសួរ
app-proxy = អ្នកផ្សេងបានឆ្លើយជំនួស
app-topic-race-ethnicity = ពូជសាសន៍ និងជាតិពន្ធុ
app-topic-language = ភាសា
app-topic-disability = ពិការភាព
app-topic-sexual-orientation = និន្នាការផ្លូវភេទ
app-topic-gender-identity = អត្តសញ្ញាណយេនឌ័រ
app-topic-sex-at-birth = ភេទដែលបានកំណត់ពេលកើត
app-topic-pronouns = សព្វនាម
app-state-answered = បានឆ្លើយ
app-state-declined = បានជ្រើសរើសមិនឆ្លើយ
app-state-unknown = មិនដឹង
app-state-never-asked = មិនដែលបានសួរ
app-state-stale = លើសពីមួយឆ្នាំមកហើយ
app-history-title = ការវាយតម្លៃដែលបានធ្វើ
app-history-none = មិនទាន់មានការវាយតម្លៃនៅឡើយទេ។
app-drafts-title = ការវាយតម្លៃដែលមិនទាន់បញ្ចប់
app-resume = ធ្វើបន្ត
app-needs-title = តម្រូវការ
app-needs-none = រហូតមកដល់ពេលនេះ មិនទាន់រកឃើញតម្រូវការទេ។
app-need-discreet = តម្រូវការរសើបមួយ
app-opened-on = រកឃើញនៅថ្ងៃ
app-follow-up-add = កត់ត្រាការតាមដាន

## Starting a screening
app-start-title = ចាប់ផ្ដើមការវាយតម្លៃ
app-start-submit = ចាប់ផ្ដើម
app-field-instruments = កម្រងសំណួរ
app-field-member-language = ភាសារបស់សមាជិក
app-field-mode = របៀប
app-mode-in-person = ជួបផ្ទាល់
app-mode-phone = តាមទូរសព្ទ
app-mode-video = តាមវីដេអូ
app-field-interpreter = មានអ្នកបកប្រែផ្ទាល់មាត់កំពុងជួយ
app-field-respondent = អ្នកឆ្លើយ
app-respondent-self = សមាជិកផ្ទាល់
app-respondent-proxy = អ្នកផ្សេងឆ្លើយជំនួសសមាជិក (ឪពុកម្ដាយ ឬអ្នកថែទាំ)
app-field-relationship = ទំនាក់ទំនងរបស់គាត់ជាមួយសមាជិក
app-field-consent = សមាជិកយល់ព្រម

## Screening
app-screening-for = ការវាយតម្លៃសម្រាប់
app-question-position = សំណួរទី { $n } ក្នុងចំណោម { $total }
app-progress = បានឆ្លើយ { $answered } ក្នុងចំណោម { $total }
app-steps-label = សំណួរ
app-back = ថយក្រោយ
app-next = បន្ទាប់
app-finish = បញ្ចប់ និងរក្សាទុក
app-save-close = បិទ (ចម្លើយត្រូវបានរក្សាទុកហើយ)
app-discard = លុបចោលការវាយតម្លៃនេះ
app-discard-confirm = តើលុបចោលចម្លើយទាំងអស់នៃការវាយតម្លៃនេះមែនទេ? មិនអាចត្រឡប់វិញបានទេ។

## Results
app-results-title = លទ្ធផល
app-results-none = គ្មានលទ្ធផលដើម្បីបង្ហាញទេ។
app-safe-to-talk = សមាជិកនៅម្នាក់ឯង ហើយមានសុវត្ថិភាពក្នុងការនិយាយ
app-to-profile = ត្រឡប់ទៅព័ត៌មានសមាជិកវិញ
app-summary-print = សេចក្ដីសង្ខេបសម្រាប់សមាជិក
app-summary-open = បើកសេចក្ដីសង្ខេប
app-print = បោះពុម្ព ឬរក្សាទុកជា PDF

## The printed summary, in the member's language
app-summary-title = សេចក្ដីសង្ខេបនៃការវាយតម្លៃរបស់លោកអ្នក
app-summary-intro = សូមអរគុណលោកអ្នក ដែលបានឆ្លើយសំណួររបស់យើង។ នេះគឺជាអ្វីដែលយើងបាននិយាយគ្នា និងអ្វីដែលនឹងកើតឡើងបន្ទាប់។
app-summary-none = ថ្ងៃនេះ លោកអ្នកមិនបានប្រាប់យើងអំពីតម្រូវការណាមួយទេ។ លោកអ្នកអាចនិយាយជាមួយយើងបានគ្រប់ពេល។
app-summary-footer = ចម្លើយរបស់លោកអ្នកត្រូវបានរក្សាជាការសម្ងាត់។ ចម្លើយទាំងនេះជួយមជ្ឈមណ្ឌលសុខភាពរបស់លោកអ្នក និង MassHealth ឱ្យថែទាំលោកអ្នកបានល្អជាងមុន។ ប្រសិនបើលោកអ្នកមានសំណួរ សូមទូរសព្ទទៅមជ្ឈមណ្ឌលសុខភាពរបស់លោកអ្នក។
app-summary-explain-housing-instability = លោកអ្នកប្រហែលជាត្រូវការជំនួយ ដើម្បីរក្សាផ្ទះដែលកំពុងរស់នៅ ឬរកផ្ទះស្នាក់នៅ។
app-summary-explain-housing-quality = ប្រហែលជាមានបញ្ហានៅក្នុងផ្ទះរបស់លោកអ្នក ដែលអាចប៉ះពាល់ដល់សុខភាពរបស់លោកអ្នក។
app-summary-explain-food = លោកអ្នកប្រហែលជាត្រូវការជំនួយ ដើម្បីឱ្យមានម្ហូបអាហារគ្រប់គ្រាន់។
app-summary-explain-transportation = លោកអ្នកប្រហែលជាត្រូវការជំនួយផ្នែកការធ្វើដំណើរ ទៅពិនិត្យសុខភាព ទៅធ្វើការ ឬទៅធ្វើកិច្ចការផ្សេងៗ។
app-summary-explain-utilities = លោកអ្នកប្រហែលជាត្រូវការជំនួយ ក្នុងការបង់ថ្លៃភ្លើង ហ្គាស ប្រេងកំដៅផ្ទះ ឬទឹក។
app-summary-explain-interpersonal-safety = យើងអាចនិយាយអំពីសុវត្ថិភាពរបស់លោកអ្នក នៅពេលណាក៏បាន ដែលលោកអ្នកចង់។
app-summary-explain-financial-strain = លោកអ្នកប្រហែលជាត្រូវការជំនួយ ក្នុងការបង់ថ្លៃរបស់ចាំបាច់សម្រាប់ការរស់នៅ។
app-summary-explain-employment = លោកអ្នកប្រហែលជាចង់បានជំនួយ ក្នុងការរកការងារ ឬរក្សាការងារ។
app-summary-explain-family-community-support = លោកអ្នកប្រហែលជាចង់បានជំនួយបន្ថែមនៅផ្ទះ ឬចង់មានពេលច្រើនជាងមុនជាមួយអ្នកដទៃ។
app-summary-explain-education = លោកអ្នកប្រហែលជាចង់បានជំនួយផ្នែកការសិក្សា ឬការបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ។
app-summary-explain-physical-activity = ការធ្វើចលនារាងកាយឱ្យបានច្រើនជាងមុន អាចជួយដល់សុខភាពរបស់លោកអ្នក។
app-summary-explain-substance-use = យើងអាចនិយាយអំពីគ្រឿងស្រវឹង ថ្នាំជក់ ឬគ្រឿងញៀន នៅពេលណាក៏បាន ដែលលោកអ្នកចង់។
app-summary-explain-mental-health = លោកអ្នកប្រហែលជាចង់មាននរណាម្នាក់ ដើម្បីនិយាយប្រាប់អំពីអារម្មណ៍របស់លោកអ្នក។
app-summary-explain-disabilities = លោកអ្នកប្រហែលជាចង់បានជំនួយ ក្នុងកិច្ចការប្រចាំថ្ងៃ។
app-summary-explain-digital-access = លោកអ្នកប្រហែលជាត្រូវការជំនួយ ដើម្បីឱ្យមានអ៊ីនធឺណិត ឬឧបករណ៍ សម្រាប់ការពិនិត្យតាមវីដេអូ។
app-summary-explain-digital-literacy = លោកអ្នកប្រហែលជាចង់បានជំនួយ ដើម្បីរៀនប្រើការពិនិត្យតាមវីដេអូ។

## Supervisor
app-supervisor-title = ថ្ងៃនេះ
app-team-work = ការងាររបស់បុគ្គលិកម្នាក់ៗ
app-staff = បុគ្គលិក
app-screenings = ការវាយតម្លៃ
app-members-screened = សមាជិក
app-needs-opened = តម្រូវការដែលបានរកឃើញ
app-incomplete-title = ការវាយតម្លៃដែលមិនទាន់បញ្ចប់
app-unfollowed-title = តម្រូវការដែលមិនទាន់មានការតាមដាន
app-users-title = អ្នកប្រើប្រាស់
app-add-user = បន្ថែមអ្នកប្រើប្រាស់
app-reset-pin = កំណត់លេខ PIN ឡើងវិញ
app-deactivate = បិទដំណើរការ
app-inactive = បានបិទដំណើរការ
app-site-settings = ការកំណត់របស់មជ្ឈមណ្ឌល
app-setting-idle-lock-seconds = ចាក់សោអេក្រង់ បន្ទាប់ពីមិនបានប្រើប្រាស់រយៈពេលប៉ុន្មានវិនាទីនេះ
app-setting-sogi-min-age = អាយុតិចបំផុតដែលត្រូវសួរអំពីនិន្នាការផ្លូវភេទ និងអត្តសញ្ញាណយេនឌ័រ

## Settings
app-text-size = ទំហំអក្សរ
app-about = អំពីកម្មវិធី
app-language = ភាសា
app-translation-status = ការបកប្រែ

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = អេក្រង់ត្រូវបានចាក់សោ។ សូមចូលគណនីម្ដងទៀត៖ គ្មានអ្វីបាត់បង់ទេ។
app-error-pin-mismatch = លេខ PIN ទាំងពីរមិនដូចគ្នាទេ។
app-error-preferences = មិនអាចរក្សាទុកការកំណត់នេះនៅលើកុំព្យូទ័រនេះបានទេ។
app-error-date-of-birth = សូមបញ្ចូលថ្ងៃខែឆ្នាំកំណើតឱ្យបានពេញលេញ។
app-error-member-name = សូមបញ្ចូលនាមខ្លួន ឬនាមត្រកូល។
app-error-member-date-of-birth = ថ្ងៃខែឆ្នាំកំណើតមិនអាចជាថ្ងៃនៅពេលអនាគតបានទេ។
app-error-member-masshealth-id = លេខសម្គាល់ MassHealth មានតែអក្សរ និងលេខប៉ុណ្ណោះ។
app-error-member-language = សូមជ្រើសរើសភាសារបស់សមាជិក។
app-error-mode = សូមជ្រើសរើសរបៀបធ្វើការវាយតម្លៃ។
app-error-respondent = សូមជ្រើសរើសអ្នកឆ្លើយ។
app-error-proxy-relationship = សូមប្រាប់ថាអ្នកណាកំពុងឆ្លើយជំនួសសមាជិក។
app-error-consent = សមាជិកត្រូវតែយល់ព្រមជាមុនសិន មុននឹងសួរសំណួរណាមួយ។
app-error-instruments = សូមជ្រើសរើសកម្រងសំណួរយ៉ាងហោចណាស់មួយ។
app-error-answer = ចម្លើយនេះមិនត្រូវនឹងសំណួរទេ។ សូមជ្រើសរើសម្ដងទៀត។
app-error-answer-exclusive = មិនអាចជ្រើសរើសចម្លើយនេះ រួមជាមួយចម្លើយផ្សេងទៀតបានទេ។
app-error-answer-range = លេខនេះនៅក្រៅចន្លោះដែលសំណួរអនុញ្ញាត។
app-error-required-unanswered = សំណួរនេះត្រូវការចម្លើយ ឬ “ខ្ញុំសូមមិនឆ្លើយ” មុនពេលលោកអ្នកបញ្ចប់។
app-error-follow-up-status = សូមជ្រើសរើសអ្វីដែលបានកើតឡើងចំពោះតម្រូវការនេះ។
app-error-role = សូមជ្រើសរើសតួនាទីមួយ។
app-error-setting = តម្លៃនេះនៅក្រៅចន្លោះដែលអនុញ្ញាត។

# The supervisor's sync screen.
app-sync-title = បញ្ជូនទិន្នន័យទៅម៉ាស៊ីនមេកណ្ដាលរបស់ ACO
app-sync-not-enrolled = ឧបករណ៍នេះមិនទាន់បានចុះឈ្មោះជាមួយម៉ាស៊ីនមេកណ្ដាលនៅឡើយទេ។ សូមបញ្ចូលអាសយដ្ឋានម៉ាស៊ីនមេកណ្ដាល និងលេខកូដប្រើបានតែម្ដងដែល ACO បានផ្ដល់ឱ្យលោកអ្នក។
app-sync-hub-url = អាសយដ្ឋានម៉ាស៊ីនមេកណ្ដាល
app-sync-code = លេខកូដចុះឈ្មោះ
app-sync-enroll = ចុះឈ្មោះឧបករណ៍នេះ
app-sync-enrolled = បានចុះឈ្មោះជាមួយ { $url } សម្រាប់ { $site }។
app-sync-unsent = { $count ->
   *[other] កំណត់ត្រា { $count } កំពុងរង់ចាំបញ្ជូន។
}
app-sync-all-sent = អ្វីៗទាំងអស់បានទៅដល់ម៉ាស៊ីនមេកណ្ដាលហើយ។
app-sync-now = បញ្ជូនទិន្នន័យឥឡូវនេះ
app-sync-sending = កំពុងបញ្ជូន៖ កំណត់ត្រា { $sent } ក្នុងចំណោម { $total }
app-sync-finished = { $records ->
   *[other] រួចរាល់៖ បានបញ្ជូនកំណត់ត្រា { $records } ហើយម៉ាស៊ីនមេកណ្ដាលបានបញ្ជាក់ថាបានទទួល។
}
app-sync-history = ការបញ្ជូនទិន្នន័យថ្មីៗ
app-sync-started = ពេលចាប់ផ្ដើម
app-sync-by = ដោយ
app-sync-records = កំណត់ត្រា
app-sync-receipts = បង្កាន់ដៃមានហត្ថលេខាឌីជីថល
app-sync-result = លទ្ធផល
app-sync-ok = បានបញ្ចប់
app-sync-receipt = កញ្ចប់ទី { $sequence }៖ កំណត់ត្រា { $count }
