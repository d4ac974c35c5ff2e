# Consent before screening, and follow-up on a need.
# Khmer (km) draft; to be checked with an interpreter.

consent-title = មុនពេលយើងចាប់ផ្ដើម
consent-screening = ខ្ញុំសូមសួរលោកអ្នកនូវសំណួរមួយចំនួន អំពីសុខភាព និងជីវិតរបស់លោកអ្នក។ លោកអ្នកអាចរំលងសំណួរណាមួយក៏បាន។ តើលោកអ្នកយល់ព្រមទេ?
consent-share-for-referral = ប្រសិនបើយើងរកឃើញអ្វីមួយដែលលោកអ្នកត្រូវការជំនួយ តើយើងអាចចែករំលែកព័ត៌មាននោះ ជាមួយអង្គការសហគមន៍ដែលអាចជួយលោកអ្នកបានទេ?

follow-up-title = ការតាមដាន
follow-up-status = តើមានអ្វីកើតឡើងចំពោះតម្រូវការនេះ?
follow-up-status-open = នៅបើក (មិនទាន់ដោះស្រាយ)
follow-up-status-resource-given = បានផ្ដល់ព័ត៌មាន ឬធនធានជំនួយ
follow-up-status-referred = បានបញ្ជូនទៅអង្គការ
follow-up-status-declined-help = សមាជិកបដិសេធមិនយកជំនួយ
follow-up-status-already-getting-help = កំពុងទទួលជំនួយរួចហើយ
follow-up-status-resolved = បានដោះស្រាយរួច
follow-up-organization = តើសមាជិកត្រូវបានបញ្ជូនទៅអង្គការណា?
follow-up-note = កំណត់ចំណាំ
