# The `intake` command line: what it prints, and its errors. Every error is one line.
# Khmer (km) draft; to be checked with an interpreter.

cli-error = intake: កំហុស៖ { $message }
cli-internal-error = intake: កំហុសខាងក្នុង។ គ្មានអ្វីផ្សេងទៀតត្រូវបានរក្សាទុកទេ។ សូមរាយការណ៍អំពីបញ្ហានេះ។
cli-store-created = បានបង្កើតឃ្លាំងទិន្នន័យនៅក្នុង { $dir } សម្រាប់ { $site }។
cli-recovery-key-intro = កូនសោសង្គ្រោះ (បង្ហាញតែម្ដងប៉ុណ្ណោះ។ សូមកត់ទុក ហើយរក្សាទុកនៅកន្លែងដែលចាក់សោ)៖
cli-demo-saved = បានរក្សាទុកលេខ { $number }៖ សមាជិក { $member } ចម្លើយ { $response }
cli-demo-added = { $count ->
   *[other] បានបន្ថែមសមាជិកសិប្បនិម្មិត (មិនមែនមនុស្សពិត) ចំនួន { $count } នាក់ ព្រមទាំងការវាយតម្លៃរបស់ពួកគេ។
}
cli-found = { $count ->
   *[other] រកឃើញ { $count } នាក់
}
cli-duplicates = { $count ->
   *[other] សមាជិកដែលមានស្រាប់ចំនួន { $count } នាក់ ហាក់ដូចជាមនុស្សតែមួយ (មានរាយខាងលើ)។ ប្រើ --force ដើម្បីបន្ថែមទោះយ៉ាងណាក៏ដោយ
}
cli-verify-ok = ល្អ៖ ទំព័រ និងការពិនិត្យភាពត្រឹមត្រូវ ឆ្លងកាត់។ ខ្សែសង្វាក់សវនកម្មនៃធាតុចំនួន { $entries } នៅដដែល។ សមាជិក { $members } នាក់ ចម្លើយ { $responses }
cli-backup-written = បានសរសេរច្បាប់បម្រុងទុកដែលបានអ៊ិនគ្រីប ទៅក្នុង { $file } ({ $bytes } បៃ)។
cli-restored = បានស្ដារសមាជិក { $members } នាក់ និងចម្លើយ { $responses } ពី { $file }។
cli-new-pin = { $user } មានលេខ PIN ថ្មី។
cli-user-added = បានបន្ថែម { $user } ({ $role })។
cli-user-deactivated = គណនី { $user } ត្រូវបានបិទដំណើរការ។
cli-outbox = កំពុងរង់ចាំ៖ { $pending }
    បានបញ្ជូន៖ { $delivered }
cli-response-line = ចម្លើយ { $id } { $date } { $instrument } ជាភាសា { $locale } ដោយ { $collector }៖ ចម្លើយ { $answers }{ $state }
cli-response-retracted = { " " }(បានបញ្ចូលខុស)
cli-response-corrected = { " " }(បានកែតម្រូវ)
cli-need-line = តម្រូវការ { $id } { $domain }៖ { $status }
cli-user-active = សកម្ម
cli-user-deactivated-state = បានបិទដំណើរការ
cli-prompt-pin = លេខ PIN សម្រាប់ { $user }៖
cli-prompt-choose-pin = ជ្រើសរើសលេខ PIN សម្រាប់ { $user }៖
cli-prompt-new-pin = លេខ PIN ថ្មីសម្រាប់ { $user }៖
cli-prompt-recovery-key = កូនសោសង្គ្រោះ៖
cli-need-user = សូមកំណត់ INTAKE_USER ជាឈ្មោះអ្នកប្រើប្រាស់ដែលលោកអ្នកនឹងប្រើ
cli-no-value = មិនបានផ្ដល់តម្លៃ៖ សូមកំណត់ { $var } ឬវាយបញ្ចូលនៅពេលត្រូវបានសួរ
cli-no-data-dir = មិនបានផ្ដល់ --data-dir ហើយគ្មានថតផ្ទាល់ខ្លួន (home) សម្រាប់ប្រើជាលំនាំដើម
cli-read-failed = មិនអាចអាន { $what } បានទេ

error-not-initialized = គ្មានឃ្លាំងទិន្នន័យ Equity Intake នៅក្នុង { $path } ទេ៖ សូមដំណើរការ “intake init” ជាមុនសិន
error-already-initialized = { $path } មានឃ្លាំងទិន្នន័យ Equity Intake រួចហើយ
error-wrong-credentials = ឈ្មោះអ្នកប្រើប្រាស់ ឬលេខ PIN មិនត្រឹមត្រូវ
error-locked-out = បញ្ចូលលេខ PIN ខុសច្រើនដងពេកសម្រាប់អ្នកប្រើប្រាស់នេះ៖ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល { $seconds } វិនាទី ឬស្នើឱ្យអ្នកគ្រប់គ្រងកំណត់លេខ PIN ឡើងវិញ
error-deactivated = គណនីនេះត្រូវបានបិទដំណើរការ៖ សូមសួរអ្នកគ្រប់គ្រង
error-wrong-recovery-key = កូនសោសង្គ្រោះមិនត្រឹមត្រូវសម្រាប់ឃ្លាំងទិន្នន័យនេះទេ
error-forbidden = តួនាទីរបស់លោកអ្នក ({ $role }) មិនមានសិទ្ធិ { $action } ទេ
error-not-found = រកមិនឃើញ { $what }
error-what-member = សមាជិក
error-what-user = អ្នកប្រើប្រាស់
error-what-response = ចម្លើយ
error-what-need = តម្រូវការ
error-what-draft = ការវាយតម្លៃដែលមិនទាន់បញ្ចប់
error-invalid = { $field }: { $reason }
error-field-name = ឈ្មោះ
error-field-date-of-birth = ថ្ងៃខែឆ្នាំកំណើត
error-field-masshealth-id = លេខសម្គាល់ MassHealth
error-field-pin = លេខ PIN
error-field-site = មជ្ឈមណ្ឌលសុខភាព
error-field-user = អ្នកប្រើប្រាស់
error-field-consent = ការយល់ព្រម
error-field-answers = ចម្លើយ
error-field-supersedes = ការកែតម្រូវ
error-field-reason = មូលហេតុ
error-field-response = ចម្លើយ
error-field-organization = អង្គការ
error-field-file = ឯកសារ
error-field-instrument = កម្រងសំណួរ
error-field-draft = ការវាយតម្លៃ
error-field-item = សំណួរ
error-reason-check-field = សូមពិនិត្យប្រអប់នេះ
error-reason-pin-too-short = សូមប្រើយ៉ាងហោចណាស់ { $min } តួអក្សរ
error-reason-site-empty = សូមបញ្ចូលឈ្មោះមជ្ឈមណ្ឌលសុខភាព
error-reason-username-format = សូមប្រើអក្សរ លេខ “.” “_” ឬ “-” (យ៉ាងច្រើន 64)
error-reason-username-taken = ឈ្មោះអ្នកប្រើប្រាស់នេះមានគេប្រើហើយ
error-reason-recovery-needs-supervisor = កូនសោសង្គ្រោះអាចកំណត់លេខ PIN ឡើងវិញបាន តែសម្រាប់អ្នកគ្រប់គ្រងដែលកំពុងសកម្មប៉ុណ្ណោះ
error-reason-deactivate-self = លោកអ្នកមិនអាចបិទដំណើរការគណនីរបស់ខ្លួនឯងបានទេ
error-reason-no-consent = សមាជិកមិនទាន់យល់ព្រមឱ្យធ្វើការវាយតម្លៃទេ
error-reason-answered-twice = សំណួរមួយត្រូវបានឆ្លើយពីរដង ({ $item })
error-reason-correction-other-member = ការកែតម្រូវត្រូវតែជំនួសចម្លើយរបស់សមាជិកដដែល
error-reason-retraction-reason = សូមប្រាប់មូលហេតុដែលចម្លើយត្រូវបានបញ្ចូលខុស
error-reason-already-retracted = វាត្រូវបានសម្គាល់ថាបញ្ចូលខុសរួចហើយ
error-reason-referral-organization = សូមបញ្ចូលឈ្មោះអង្គការដែលសមាជិកត្រូវបានបញ្ជូនទៅ
error-reason-path-not-utf8 = ផ្លូវឯកសារមានតួអក្សរដែលប្រព័ន្ធនេះមិនអាចប្រើបាន
error-reason-unknown-instrument = កម្មវិធីនេះមិនស្គាល់កម្រងសំណួរនោះទេ ({ $item })
error-reason-unknown-item = សំណួរមួយមិនមែនជារបស់កម្រងសំណួរនេះទេ ({ $item })
error-reason-wrong-kind = ចម្លើយមួយមានប្រភេទតម្លៃមិនត្រឹមត្រូវ ({ $item })
error-reason-unknown-option = ចម្លើយមួយមិនមែនជាជម្រើសមួយរបស់សំណួរនោះទេ ({ $item })
error-reason-exclusive-option = មិនអាចជ្រើសរើស “គ្មាន” រួមជាមួយចម្លើយផ្សេងទៀតបានទេ ({ $item })
error-reason-empty-choice = សូមជ្រើសរើសចម្លើយយ៉ាងហោចណាស់មួយ ({ $item })
error-reason-out-of-range = លេខនេះនៅក្រៅចន្លោះដែលអនុញ្ញាត ({ $item })
error-reason-absent-not-offered = សំណួរនោះមិនមានចម្លើយនេះទេ ({ $item })
error-reason-not-enabled = សំណួរមួយដែលមិនពាក់ព័ន្ធ ត្រូវបានឆ្លើយ ({ $item })
error-reason-required-missing = សំណួរចាំបាច់មួយមិនទាន់មានចម្លើយ ({ $item })
error-reason-none-chosen = សូមជ្រើសរើសកម្រងសំណួរយ៉ាងហោចណាស់មួយ
error-reason-already-saved = ផ្នែកនេះនៃការវាយតម្លៃត្រូវបានរក្សាទុករួចហើយ
error-reason-empty-text = ចម្លើយជាអក្សរគឺទទេ ({ $item })
error-disk-full = ថាសពេញ ឬមិនអាចសរសេរបាន៖ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមបង្កើនទំហំទំនេរ ហើយព្យាយាមម្ដងទៀត
error-corrupt = ឃ្លាំងទិន្នន័យខូច ឬមិនមែនជាឃ្លាំងទិន្នន័យ Equity Intake ({ $detail })។ សូមស្ដារពីច្បាប់បម្រុងទុក
error-audit-broken = កំណត់ហេតុសវនកម្មត្រូវបានកែប្រែនៅធាតុទី { $seq }៖ { $reason }
error-not-a-backup = { $path } មិនមែនជាច្បាប់បម្រុងទុករបស់ Equity Intake ទេ
error-io = កំហុសឯកសារនៅ { $path }៖ { $detail }
error-database = កំហុសមូលដ្ឋានទិន្នន័យ៖ { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
cli-enrolled = បានចុះឈ្មោះជាមួយ { $url } សម្រាប់ { $site }។ ឧបករណ៍នេះគឺ { $device }។
cli-sync-progress = បានបញ្ជូនកំណត់ត្រា { $sent } ក្នុងចំណោម { $total }…
cli-sync-done = { $records ->
   *[other] ការបញ្ជូនទិន្នន័យបានបញ្ចប់៖ បានបញ្ជូនកំណត់ត្រា { $records }។ បង្កាន់ដៃមានហត្ថលេខាឌីជីថលដែលបានពិនិត្យ៖ { $batches }។
}
cli-sync-nothing = គ្មានអ្វីត្រូវបញ្ជូនទេ៖ អ្វីៗទាំងអស់មាននៅលើម៉ាស៊ីនមេកណ្ដាលរួចហើយ។
error-sync-not-enrolled = ឧបករណ៍នេះមិនទាន់បានចុះឈ្មោះជាមួយម៉ាស៊ីនមេកណ្ដាលនៅឡើយទេ៖ អ្នកគ្រប់គ្រងត្រូវចុះឈ្មោះវា ដោយប្រើអាសយដ្ឋានម៉ាស៊ីនមេកណ្ដាល និងលេខកូដប្រើបានតែម្ដងដែល ACO ផ្ដល់ឱ្យ
error-sync-already-enrolled = ឧបករណ៍នេះបានចុះឈ្មោះជាមួយម៉ាស៊ីនមេកណ្ដាលរួចហើយ
error-sync-insecure-url = អាសយដ្ឋានម៉ាស៊ីនមេកណ្ដាលត្រូវតែចាប់ផ្ដើមដោយ https:// (http:// ធម្មតាដែលមិនអ៊ិនគ្រីប អនុញ្ញាតតែសម្រាប់ភ្ជាប់ទៅកុំព្យូទ័រនេះផ្ទាល់ប៉ុណ្ណោះ)
error-sync-bad-url = នេះមិនមែនជាអាសយដ្ឋានម៉ាស៊ីនមេកណ្ដាលទេ។ វាគួរតែមានទម្រង់ដូចជា https://hub.example.org
error-sync-bad-code = លេខកូដចុះឈ្មោះមិនត្រូវបានទទួលយកទេ៖ សូមពិនិត្យវាឡើងវិញ ឬសុំលេខកូដថ្មីពី ACO (លេខកូដនីមួយៗប្រើបានតែម្ដងប៉ុណ្ណោះ)
error-sync-offline = គ្មានបណ្ដាញ ឬមិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេកណ្ដាលបានទេ៖ គ្មានអ្វីបាត់បង់ទេ។ សូមព្យាយាមម្ដងទៀត នៅពេលមានអ៊ីនធឺណិតវិញ
error-sync-certificate = វិញ្ញាបនបត្រសុវត្ថិភាពរបស់ម៉ាស៊ីនមេកណ្ដាលមិនគួរឱ្យទុកចិត្ត ដូច្នេះគ្មានអ្វីត្រូវបានបញ្ជូនទេ៖ សូមប្រាប់ផ្នែកជំនួយបច្ចេកទេសរបស់ ACO
error-sync-hub-unavailable = ម៉ាស៊ីនមេកណ្ដាលមិនឆ្លើយតបនៅពេលនេះទេ៖ គ្មានអ្វីបាត់បង់ទេ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ
error-sync-revoked = ម៉ាស៊ីនមេកណ្ដាលបានដកសិទ្ធិចូលប្រើរបស់ឧបករណ៍នេះ៖ គ្មានអ្វីបាត់បង់ទេ ប៉ុន្តែឧបករណ៍នេះមិនអាចបញ្ជូនទិន្នន័យបានទៀតទេ។ សូមទូរសព្ទទៅផ្នែកជំនួយបច្ចេកទេសរបស់ ACO
error-sync-refused = ម៉ាស៊ីនមេកណ្ដាលបានបដិសេធកញ្ចប់កំណត់ត្រាមួយ ({ $reason })៖ គ្មានអ្វីបាត់បង់ទេ។ សូមប្រាប់ផ្នែកជំនួយបច្ចេកទេសរបស់ ACO
error-sync-bad-answer = មិនអាចផ្ទៀងផ្ទាត់ចម្លើយតបរបស់ម៉ាស៊ីនមេកណ្ដាលបានទេ ដូច្នេះគ្មានកំណត់ត្រាណាមួយត្រូវបានសម្គាល់ថាបានបញ្ជូនទេ៖ សូមប្រាប់ផ្នែកជំនួយបច្ចេកទេសរបស់ ACO
