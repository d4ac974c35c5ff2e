# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Khmer (km) draft; to be checked with an interpreter.

common-yes-no-yes = បាទ/ចាស
common-yes-no-no = ទេ

answer-asked-declined = ខ្ញុំសូមមិនឆ្លើយ
answer-asked-unknown = ខ្ញុំមិនដឹងទេ
answer-not-asked = មិនបានសួរ
hint-choose-all = សូមជ្រើសរើសចម្លើយទាំងអស់ដែលត្រូវនឹងលោកអ្នក។

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = លំនៅដ្ឋាន
domain-housing-instability-explain = សមាជិកអាចនឹងបាត់បង់ផ្ទះ ឬគ្មានកន្លែងស្នាក់នៅដែលនឹងនរ។
domain-housing-quality = ស្ថានភាពផ្ទះ
domain-housing-quality-explain = ផ្ទះរបស់សមាជិកមានបញ្ហាដែលអាចប៉ះពាល់ដល់សុខភាព។
domain-food = ម្ហូបអាហារ
domain-food-explain = ក្នុងរយៈពេល 12 ខែកន្លងមកនេះ សមាជិកបានបារម្ភថាម្ហូបអាហារនឹងអស់ ឬម្ហូបអាហារបានអស់មែន។
domain-transportation = ការធ្វើដំណើរ
domain-transportation-explain = ការខ្វះមធ្យោបាយធ្វើដំណើរ បានរារាំងសមាជិកមិនឱ្យទៅទទួលការថែទាំសុខភាព ទៅធ្វើការ ឬទៅយករបស់ដែលគាត់ត្រូវការ។
domain-utilities = ភ្លើង ហ្គាស កំដៅ និងទឹក
domain-utilities-explain = ក្រុមហ៊ុនអគ្គិសនី ហ្គាស ប្រេងកំដៅផ្ទះ ឬទឹក បានគំរាមថានឹងផ្ដាច់សេវា ឬបានផ្ដាច់រួចហើយ។
domain-interpersonal-safety = សុវត្ថិភាព
domain-interpersonal-safety-explain = អាចមាននរណាម្នាក់កំពុងធ្វើបាប គំរាម ឬប្រមាថសមាជិក។
domain-financial-strain = លុយសម្រាប់របស់ចាំបាច់
domain-financial-strain-explain = ការបង់ថ្លៃម្ហូបអាហារ ផ្ទះសម្បែង ការថែទាំសុខភាព ឬកំដៅផ្ទះ គឺពិបាក។
domain-employment = ការងារ
domain-employment-explain = សមាជិកចង់បានជំនួយក្នុងការស្វែងរក ឬរក្សាការងារ។
domain-family-community-support = ការគាំទ្រពីអ្នកដទៃ
domain-family-community-support-explain = សមាជិកត្រូវការជំនួយបន្ថែមក្នុងសកម្មភាពប្រចាំថ្ងៃ ឬមានអារម្មណ៍ឯកាជាញឹកញាប់។
domain-education = ការសិក្សា និងការបណ្ដុះបណ្ដាល
domain-education-explain = សមាជិកចង់បានជំនួយផ្នែកការសិក្សា ឬការបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ។
domain-physical-activity = សកម្មភាពរាងកាយ
domain-physical-activity-explain = សមាជិកហាត់ប្រាណតិចជាង 150 នាទីក្នុងមួយសប្ដាហ៍។
domain-substance-use = គ្រឿងស្រវឹង ថ្នាំជក់ និងគ្រឿងញៀន
domain-substance-use-explain = សមាជិកបានប្រាប់ពីការប្រើប្រាស់ ដែលប្រហែលជាគួរនិយាយពិភាក្សាគ្នា។
domain-mental-health = សុខភាពផ្លូវចិត្ត
domain-mental-health-explain = សមាជិកធ្លាប់មានអារម្មណ៍ក្រៀមក្រំ បាត់បង់ចំណាប់អារម្មណ៍ ឬមានភាពតានតឹងច្រើន។
domain-disabilities = ពិការភាព
domain-disabilities-explain = សមាជិកមានការលំបាកខ្លាំងក្នុងការផ្ចង់អារម្មណ៍ ឬក្នុងការចេញទៅធ្វើកិច្ចការផ្សេងៗតែម្នាក់ឯង។
domain-digital-access = អ៊ីនធឺណិត និងឧបករណ៍
domain-digital-access-explain = សមាជិកគ្មានអ៊ីនធឺណិតដែលអាចទុកចិត្តបាន ឬគ្មានឧបករណ៍សម្រាប់ការពិនិត្យតាមវីដេអូ។
domain-digital-literacy = ទំនុកចិត្តក្នុងការប្រើបច្ចេកវិទ្យា
domain-digital-literacy-explain = សមាជិកមិនមានទំនុកចិត្តក្នុងការប្រើការពិនិត្យតាមវីដេអូ ហើយគ្មាននរណាជួយគាត់ទេ។

outcome-positive = រកឃើញតម្រូវការ
outcome-negative = មិនរកឃើញតម្រូវការទេ
outcome-not-scored = មិនបានគណនាពិន្ទុ៖ ខ្វះចម្លើយខ្លះ

flag-homelessness = សមាជិកគ្មានកន្លែងស្នាក់នៅដែលនឹងនរ (គ្មានផ្ទះសម្បែង)។
safety-discreet-prompt = មុននឹងនិយាយអំពីរឿងនេះ សូមប្រាកដថាសមាជិកនៅតែម្នាក់ឯង ហើយមានសុវត្ថិភាពក្នុងការនិយាយ។

translation-status-reference = អត្ថបទយោង (អត្ថបទដើម)
translation-status-draft = ការបកប្រែព្រាង៖ សូមពិនិត្យពាក្យពេចន៍ជាមួយអ្នកបកប្រែផ្ទាល់មាត់
translation-status-reviewed = បានពិនិត្យដោយ { $reviewer } នៅថ្ងៃទី { $date }

role-chw = បុគ្គលិកសុខភាពសហគមន៍
role-navigator = អ្នកជួយណែនាំការពិនិត្យសុខភាពពីចម្ងាយ
role-supervisor = អ្នកគ្រប់គ្រង

permission-find-members = ស្វែងរកសមាជិក
permission-view-member = មើលព័ត៌មានសមាជិក
permission-edit-member = បន្ថែម ឬកែប្រែព័ត៌មានសមាជិក
permission-record-response = កត់ត្រាការវាយតម្លៃ
permission-record-follow-up = កត់ត្រាការតាមដាន
permission-retract-any-response = សម្គាល់ការវាយតម្លៃរបស់អ្នកផ្សេងថាបានបញ្ចូលខុស
permission-manage-users = គ្រប់គ្រងអ្នកប្រើប្រាស់
permission-backup = បង្កើតច្បាប់បម្រុងទុក
permission-restore = ស្ដារច្បាប់បម្រុងទុក
permission-verify-store = ពិនិត្យឃ្លាំងទិន្នន័យ
permission-review-team = ពិនិត្យការងាររបស់ក្រុម
permission-import-members = នាំចូលសមាជិក ឬទិន្នន័យសាកល្បង
permission-sync = ធ្វើសមកាលកម្មជាមួយម៉ាស៊ីនមេកណ្ដាល (hub)
