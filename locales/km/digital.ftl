# Digital access intake (telehealth navigators) and the help navigators give.
# Khmer (km) draft; to be checked with an interpreter.

digital-access-title = អ៊ីនធឺណិត និងការពិនិត្យតាមវីដេអូ
digital-access-internet-home = តើលោកអ្នកមានអ៊ីនធឺណិតនៅផ្ទះដែរឬទេ?
digital-access-internet-home-home = បាទ/ចាស មានអ៊ីនធឺណិត ឬ Wi-Fi នៅផ្ទះ
digital-access-internet-home-phone-only = មានតែតាមគម្រោងទិន្នន័យ (data) នៃទូរសព្ទរបស់ខ្ញុំប៉ុណ្ណោះ
digital-access-internet-home-none = ទេ
digital-access-internet-reliable = តើអ៊ីនធឺណិតរបស់លោកអ្នកល្អគ្រប់គ្រាន់ សម្រាប់ការពិនិត្យតាមវីដេអូដែរឬទេ?
digital-access-internet-reliable-yes = បាទ/ចាស
digital-access-internet-reliable-sometimes = ពេលខ្លះ
digital-access-internet-reliable-no = ទេ
digital-access-data-runs-out = តើទិន្នន័យ (data) ទូរសព្ទរបស់លោកអ្នកអស់ មុនចុងខែដែរឬទេ?
digital-access-data-runs-out-often = ញឹកញាប់
digital-access-data-runs-out-sometimes = ពេលខ្លះ
digital-access-data-runs-out-never = មិនដែលសោះ
digital-access-devices = តើលោកអ្នកអាចប្រើឧបករណ៍ណាខ្លះក្នុងចំណោមទាំងនេះ សម្រាប់ការពិនិត្យតាមវីដេអូ?
digital-access-devices-smartphone = ស្មាតហ្វូន (ទូរសព្ទដៃដែលមានអ៊ីនធឺណិត)
digital-access-devices-tablet = ថេប្លេត
digital-access-devices-computer = កុំព្យូទ័រដែលមានកាមេរ៉ា
digital-access-devices-none = គ្មានឧបករណ៍ណាមួយក្នុងចំណោមនេះទេ
digital-access-device-shared = តើលោកអ្នកប្រើឧបករណ៍នោះរួមគ្នាជាមួយអ្នកដទៃដែរឬទេ?
digital-access-private-space = តើលោកអ្នកមានកន្លែងឯកជនសម្រាប់និយាយ ក្នុងពេលពិនិត្យតាមវីដេអូដែរឬទេ?
digital-access-confidence = តើលោកអ្នកមានទំនុកចិត្តកម្រិតណា ក្នុងការប្រើទូរសព្ទ ឬកុំព្យូទ័រសម្រាប់ការពិនិត្យតាមវីដេអូ?
digital-access-confidence-very = ខ្លាំងណាស់
digital-access-confidence-somewhat = មធ្យម
digital-access-confidence-a-little = បន្តិចបន្តួច
digital-access-confidence-not-at-all = មិនមានសោះ
digital-access-help-available = តើមាននរណាម្នាក់ដែលអាចជួយលោកអ្នករៀបចំការពិនិត្យតាមវីដេអូដែរឬទេ?
digital-access-portal-account = តើលោកអ្នកមានគណនីនៅលើគេហទំព័រសម្រាប់អ្នកជំងឺ (patient portal) របស់មជ្ឈមណ្ឌលសុខភាពដែរឬទេ?
digital-access-email = តើលោកអ្នកមានអាសយដ្ឋានអ៊ីមែលដែលលោកអ្នកប្រើដែរឬទេ?
digital-access-preferred-visit = តើលោកអ្នកចង់ទទួលការពិនិត្យតាមរបៀបណា?
digital-access-preferred-visit-in-person = ដោយផ្ទាល់ (មកជួបមុខ)
digital-access-preferred-visit-video = តាមវីដេអូ
digital-access-preferred-visit-phone = តាមទូរសព្ទ

navigator-actions-title = ជំនួយដែលបានផ្ដល់
navigator-actions-actions = តើលោកអ្នកបានជួយសមាជិកលើរឿងអ្វីខ្លះ?
navigator-actions-actions-install-app = បានដំឡើងកម្មវិធីសម្រាប់ការពិនិត្យតាមវីដេអូ
navigator-actions-actions-portal = បានរៀបចំគណនី patient portal
navigator-actions-actions-test-call = បានហាត់ធ្វើការហៅសាកល្បង
navigator-actions-actions-internet-program = បានបញ្ជូនទៅកម្មវិធីអ៊ីនធឺណិត ឬទូរសព្ទតម្លៃថោក
navigator-actions-actions-device-loan = បានឱ្យខ្ចីឧបករណ៍
navigator-actions-actions-video-visit = បានណាត់ពេលពិនិត្យតាមវីដេអូ
navigator-actions-actions-declined = សមាជិកមិនចង់បានជំនួយទេ
navigator-actions-notes = កំណត់ចំណាំ
