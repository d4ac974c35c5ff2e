# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Khmer (km) draft; to be checked with an interpreter.

ahc-core-title = តម្រូវការសង្គមដែលទាក់ទងនឹងសុខភាព (សំណួរគោល)
ahc-core-living-situation = តើស្ថានភាពស្នាក់នៅរបស់លោកអ្នកនៅថ្ងៃនេះយ៉ាងដូចម្តេច?
ahc-core-living-situation-steady = ខ្ញុំមានកន្លែងស្នាក់នៅដែលនឹងនរ
ahc-core-living-situation-worried = ថ្ងៃនេះខ្ញុំមានកន្លែងស្នាក់នៅ ប៉ុន្តែខ្ញុំបារម្ភថានឹងបាត់បង់វានៅពេលអនាគត
ahc-core-living-situation-not-steady = ខ្ញុំគ្មានកន្លែងស្នាក់នៅដែលនឹងនរទេ (ខ្ញុំកំពុងស្នាក់នៅបណ្ដោះអាសន្នជាមួយអ្នកដទៃ នៅសណ្ឋាគារ នៅទីជម្រកសម្រាប់អ្នកគ្មានផ្ទះ រស់នៅខាងក្រៅតាមផ្លូវ នៅលើឆ្នេរ ក្នុងឡាន ក្នុងអគារដែលគេបោះបង់ចោល នៅស្ថានីយឡានក្រុង ឬស្ថានីយរថភ្លើង ឬនៅក្នុងសួនច្បារ)
ahc-core-housing-problems = សូមគិតអំពីកន្លែងដែលលោកអ្នករស់នៅ។ តើលោកអ្នកមានបញ្ហាណាមួយក្នុងចំណោមបញ្ហាខាងក្រោមនេះដែរឬទេ?
ahc-core-housing-problems-pests = សត្វចង្រៃ ដូចជា សត្វល្អិត ស្រមោច ឬកណ្ដុរ
ahc-core-housing-problems-mold = ផ្សិតដុះ
ahc-core-housing-problems-lead = ថ្នាំលាប ឬបំពង់ទឹកដែលមានសំណ
ahc-core-housing-problems-heat = ខ្វះកំដៅក្នុងផ្ទះ
ahc-core-housing-problems-stove = ឡអាំង ឬចង្ក្រានមិនដំណើរការ
ahc-core-housing-problems-smoke-detectors = គ្មានឧបករណ៍ចាប់ផ្សែង ឬឧបករណ៍នោះមិនដំណើរការ
ahc-core-housing-problems-leaks = ទឹកលេច
ahc-core-housing-problems-none = គ្មានបញ្ហាណាមួយខាងលើទេ
ahc-core-food-worry = ក្នុងរយៈពេល 12 ខែកន្លងមកនេះ លោកអ្នកបារម្ភថាម្ហូបអាហាររបស់លោកអ្នកនឹងអស់ មុនពេលលោកអ្នកមានលុយទិញបន្ថែម។
ahc-core-food-ran-out = ក្នុងរយៈពេល 12 ខែកន្លងមកនេះ ម្ហូបអាហារដែលលោកអ្នកបានទិញ មិនគ្រប់ប្រើ ហើយលោកអ្នកគ្មានលុយទិញបន្ថែមទៀតទេ។
ahc-core-hunger-vital-sign-often = ជារឿងពិត ញឹកញាប់
ahc-core-hunger-vital-sign-sometimes = ជារឿងពិត ពេលខ្លះ
ahc-core-hunger-vital-sign-never = មិនដែលជារឿងពិតទេ
ahc-core-transportation = ក្នុងរយៈពេល 12 ខែកន្លងមកនេះ តើការខ្វះមធ្យោបាយធ្វើដំណើរដែលអាចទុកចិត្តបាន បានរារាំងលោកអ្នកមិនឱ្យទៅណាត់ជួបគ្រូពេទ្យ ទៅប្រជុំ ទៅធ្វើការ ឬទៅយករបស់ដែលត្រូវការសម្រាប់ជីវភាពប្រចាំថ្ងៃដែរឬទេ?
ahc-core-utilities = ក្នុងរយៈពេល 12 ខែកន្លងមកនេះ តើក្រុមហ៊ុនអគ្គិសនី ហ្គាស ប្រេងកំដៅផ្ទះ ឬទឹក ធ្លាប់គំរាមថានឹងផ្ដាច់សេវានៅផ្ទះរបស់លោកអ្នកដែរឬទេ?
ahc-core-utilities-yes = បាទ/ចាស
ahc-core-utilities-no = ទេ
ahc-core-utilities-already-shut-off = បានផ្ដាច់រួចហើយ
ahc-core-safety-intro = ដោយសារអំពើហិង្សា និងការរំលោភបំពាន កើតឡើងចំពោះមនុស្សជាច្រើន ហើយប៉ះពាល់ដល់សុខភាពរបស់ពួកគេ យើងសូមសួរលោកអ្នកនូវសំណួរខាងក្រោមនេះ។
ahc-core-safety-hurt = តើមាននរណាម្នាក់ រួមទាំងក្រុមគ្រួសារ និងមិត្តភក្តិ ធ្វើបាបលោកអ្នកលើរាងកាយ ញឹកញាប់ប៉ុណ្ណា?
ahc-core-safety-insult = តើមាននរណាម្នាក់ រួមទាំងក្រុមគ្រួសារ និងមិត្តភក្តិ ប្រមាថ ឬនិយាយមើលងាយលោកអ្នក ញឹកញាប់ប៉ុណ្ណា?
ahc-core-safety-threaten = តើមាននរណាម្នាក់ រួមទាំងក្រុមគ្រួសារ និងមិត្តភក្តិ គំរាមថានឹងធ្វើបាបលោកអ្នក ញឹកញាប់ប៉ុណ្ណា?
ahc-core-safety-scream = តើមាននរណាម្នាក់ រួមទាំងក្រុមគ្រួសារ និងមិត្តភក្តិ ស្រែកគំហក ឬជេរប្រទេចដាក់លោកអ្នក ញឹកញាប់ប៉ុណ្ណា?
ahc-core-frequency-never = មិនដែលសោះ
ahc-core-frequency-rarely = កម្រ
ahc-core-frequency-sometimes = ពេលខ្លះ
ahc-core-frequency-fairly-often = ញឹកញាប់គួរសម
ahc-core-frequency-frequently = ញឹកញាប់ណាស់
