# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Lao (lo) draft; to be checked with an interpreter.

app-title = Equity Intake
app-continue = ສືບຕໍ່
app-cancel = ຍົກເລີກ
app-save = ບັນທຶກ
app-none = ບໍ່ມີ.
app-show = ສະແດງ
app-lock = ລັອກ
app-locked-notice = ໜ້າຈໍຖືກລັອກແລ້ວ. ກະລຸນາເຂົ້າສູ່ລະບົບເພື່ອສືບຕໍ່.
app-nav-label = ເມນູຫຼັກ
app-nav-members = ສະມາຊິກ
app-nav-supervisor = ຫົວໜ້າງານ
app-nav-settings = ການຕັ້ງຄ່າ
app-nav-sync = ສົ່ງຂໍ້ມູນ
app-for-staff = ສຳລັບພະນັກງານ:
app-fallback-english = (ຍັງບໍ່ໄດ້ແປ: ສະແດງເປັນພາສາອັງກິດ)
app-translation-status-missing = ຍັງບໍ່ໄດ້ແປ: ຄຳຖາມສະແດງເປັນພາສາອັງກິດ

## First run and sign-in
app-setup-title = ຕັ້ງຄ່າ Equity Intake
app-setup-explain = ກະລຸນາສ້າງບ່ອນເກັບຂໍ້ມູນຂອງສູນສຸຂະພາບນີ້ ແລະ ຫົວໜ້າງານຄົນທຳອິດ. ທຸກຢ່າງຖືກເກັບໄວ້ແບບເຂົ້າລະຫັດຢູ່ໃນຄອມພິວເຕີເຄື່ອງນີ້.
app-setup-submit = ສ້າງບ່ອນເກັບຂໍ້ມູນ
app-recovery-title = ກະແຈກູ້ຄືນຂອງທ່ານ
app-recovery-explain = ຖ້າຫົວໜ້າງານທຸກຄົນລືມລະຫັດ PIN ຂອງຕົນ, ກະແຈນີ້ແມ່ນວິທີດຽວທີ່ຈະເຂົ້າບ່ອນເກັບຂໍ້ມູນໄດ້ອີກ. ກະລຸນາຂຽນໄວ້ ແລະ ເກັບໄວ້ໃນບ່ອນທີ່ປອດໄພ ແລະ ລັອກໄວ້, ຫ່າງຈາກຄອມພິວເຕີເຄື່ອງນີ້. ກະແຈນີ້ສະແດງພຽງເທື່ອດຽວເທົ່ານັ້ນ.
app-recovery-confirm = ຂ້ອຍໄດ້ຂຽນກະແຈກູ້ຄືນໄວ້ ແລະ ເກັບໄວ້ຢ່າງປອດໄພແລ້ວ.
app-sign-in-title = ເຂົ້າສູ່ລະບົບ
app-sign-in-submit = ເຂົ້າສູ່ລະບົບ
app-pin-hint = ຢ່າງໜ້ອຍ 6 ຕົວອັກສອນ. ຢ່າບອກໃຜ.
app-field-site = ຊື່ສູນສຸຂະພາບ
app-field-username = ຊື່ຜູ້ໃຊ້
app-field-name = ຊື່ ແລະ ນາມສະກຸນ
app-field-pin = ລະຫັດ PIN
app-field-pin-again = ລະຫັດ PIN ອີກຄັ້ງ
app-field-role = ບົດບາດ
app-field-staff-language = ພາສາຂອງໜ້າຈໍ

## Members
app-members-title = ສະມາຊິກ
app-members-search = ຊອກຫາຕາມຊື່, ເລກປະຈຳຕົວ MassHealth, ເລກແຟ້ມປະຫວັດ ຫຼື ວັນເດືອນປີເກີດ
app-members-recent = ສະມາຊິກທີ່ທ່ານພົບເມື່ອບໍ່ດົນມານີ້
app-members-none-yet = ຍັງບໍ່ມີສະມາຊິກທີ່ພົບເມື່ອບໍ່ດົນມານີ້. ກະລຸນາຊອກຫາຂ້າງເທິງ, ຫຼື ເພີ່ມສະມາຊິກ.
app-members-found = { $count ->
   *[other] ພົບສະມາຊິກ { $count } ຄົນ
}
app-members-too-many = ພົບສະມາຊິກຫຼາຍກວ່າ { $count } ຄົນ: ກະລຸນາພິມຊື່ໃຫ້ຫຼາຍຂຶ້ນ.
app-members-add = ເພີ່ມສະມາຊິກ
app-members-save = ບັນທຶກສະມາຊິກ
app-duplicates-found = ສະມາຊິກເຫຼົ່ານີ້ເບິ່ງຄືວ່າເປັນຄົນດຽວກັນ. ກະລຸນາເປີດຄົນໃດຄົນໜຶ່ງ, ຫຼື ເພີ່ມສະມາຊິກໃໝ່ ຖ້າແມ່ນຄົນອື່ນ.
app-duplicates-add-anyway = ແມ່ນຄົນອື່ນ: ເພີ່ມສະມາຊິກໃໝ່
app-dob = ວັນເດືອນປີເກີດ
app-masshealth-id = ເລກປະຈຳຕົວ MassHealth
app-mrn = ເລກແຟ້ມປະຫວັດ
app-field-given-name = ຊື່
app-field-family-name = ນາມສະກຸນ
app-field-date-of-birth = ວັນເດືອນປີເກີດ
app-field-masshealth-id = ເລກປະຈຳຕົວ MassHealth (ບໍ່ບັງຄັບ)
app-field-mrn = ເລກແຟ້ມປະຫວັດການປິ່ນປົວ (ບໍ່ບັງຄັບ)

## Member profile
app-demographics-title = ສິ່ງທີ່ສະມາຊິກບອກພວກເຮົາກ່ຽວກັບຕົນເອງ
app-topic = ຫົວຂໍ້
app-state = ສະຖານະ
app-answer = ຄຳຕອບ
app-asked-on = ວັນທີຖາມ
app-proxy = ຄົນອື່ນຕອບແທນ
app-topic-race-ethnicity = ເຊື້ອຊາດ ແລະ ຊົນເຜົ່າ
app-topic-language = ພາສາ
app-topic-disability = ຄວາມພິການ
app-topic-sexual-orientation = ວິຖີທາງເພດ
app-topic-gender-identity = ອັດຕະລັກທາງເພດ
app-topic-sex-at-birth = ເພດທີ່ຖືກລະບຸຕອນເກີດ
app-topic-pronouns = ຄຳແທນຊື່
app-state-answered = ຕອບແລ້ວ
app-state-declined = ເລືອກບໍ່ຕອບ
app-state-unknown = ບໍ່ຮູ້
app-state-never-asked = ບໍ່ເຄີຍຖາມ
app-state-stale = ເກີນໜຶ່ງປີແລ້ວ
app-history-title = ການກວດປະເມີນທີ່ເຮັດແລ້ວ
app-history-none = ຍັງບໍ່ມີການກວດປະເມີນ.
app-drafts-title = ການກວດປະເມີນທີ່ຍັງບໍ່ແລ້ວ
app-resume = ເຮັດຕໍ່
app-needs-title = ຄວາມຕ້ອງການ
app-needs-none = ຈົນເຖິງປັດຈຸບັນ ຍັງບໍ່ພົບຄວາມຕ້ອງການໃດ.
app-need-discreet = ຄວາມຕ້ອງການທີ່ລະອຽດອ່ອນ
app-opened-on = ພົບເມື່ອວັນທີ
app-follow-up-add = ບັນທຶກການຕິດຕາມ

## Starting a screening
app-start-title = ເລີ່ມການກວດປະເມີນ
app-start-submit = ເລີ່ມ
app-field-instruments = ແບບສອບຖາມ
app-field-member-language = ພາສາຂອງສະມາຊິກ
app-field-mode = ວິທີ
app-mode-in-person = ພົບກັນໂດຍກົງ
app-mode-phone = ທາງໂທລະສັບ
app-mode-video = ທາງວິດີໂອ
app-field-interpreter = ມີນາຍພາສາຊ່ວຍຢູ່
app-field-respondent = ຜູ້ຕອບ
app-respondent-self = ສະມາຊິກເອງ
app-respondent-proxy = ຄົນອື່ນຕອບແທນສະມາຊິກ (ພໍ່ແມ່ ຫຼື ຜູ້ດູແລ)
app-field-relationship = ຄວາມສຳພັນຂອງຜູ້ຕອບກັບສະມາຊິກ
app-field-consent = ສະມາຊິກເຫັນດີ

## Screening
app-screening-for = ການກວດປະເມີນສຳລັບ
app-question-position = ຄຳຖາມທີ { $n } ຈາກ { $total }
app-progress = ຕອບແລ້ວ { $answered } ຈາກ { $total }
app-steps-label = ຄຳຖາມ
app-back = ກັບຄືນ
app-next = ຕໍ່ໄປ
app-finish = ສຳເລັດ ແລະ ບັນທຶກ
app-save-close = ປິດ (ຄຳຕອບຖືກບັນທຶກໄວ້ແລ້ວ)
app-discard = ລຶບການກວດປະເມີນນີ້ຖິ້ມ
app-discard-confirm = ລຶບທຸກຄຳຕອບຂອງການກວດປະເມີນນີ້ຖິ້ມບໍ? ບໍ່ສາມາດເອົາຄືນໄດ້.

## Results
app-results-title = ຜົນໄດ້ຮັບ
app-results-none = ບໍ່ມີຜົນໄດ້ຮັບທີ່ຈະສະແດງ.
app-safe-to-talk = ສະມາຊິກຢູ່ຄົນດຽວ ແລະ ປອດໄພທີ່ຈະລົມ
app-to-profile = ກັບຄືນໄປຫາຂໍ້ມູນສະມາຊິກ
app-summary-print = ສະຫຼຸບສຳລັບສະມາຊິກ
app-summary-open = ເປີດສະຫຼຸບ
app-print = ພິມ ຫຼື ບັນທຶກເປັນ PDF

## The printed summary, in the member's language
app-summary-title = ສະຫຼຸບການກວດປະເມີນຂອງທ່ານ
app-summary-intro = ຂໍຂອບໃຈທ່ານທີ່ໄດ້ຕອບຄຳຖາມຂອງພວກເຮົາ. ນີ້ແມ່ນສິ່ງທີ່ພວກເຮົາໄດ້ລົມກັນ ແລະ ສິ່ງທີ່ຈະເກີດຂຶ້ນຕໍ່ໄປ.
app-summary-none = ມື້ນີ້ທ່ານບໍ່ໄດ້ບອກພວກເຮົາກ່ຽວກັບຄວາມຕ້ອງການໃດໆ. ທ່ານສາມາດລົມກັບພວກເຮົາໄດ້ທຸກເວລາ.
app-summary-footer = ຄຳຕອບຂອງທ່ານຖືກເກັບເປັນຄວາມລັບ. ຄຳຕອບເຫຼົ່ານີ້ຊ່ວຍໃຫ້ສູນສຸຂະພາບຂອງທ່ານ ແລະ MassHealth ດູແລທ່ານໄດ້ດີຂຶ້ນ. ຖ້າທ່ານມີຄຳຖາມ, ກະລຸນາໂທຫາສູນສຸຂະພາບຂອງທ່ານ.
app-summary-explain-housing-instability = ທ່ານອາດຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ເພື່ອໃຫ້ໄດ້ຢູ່ເຮືອນທີ່ທ່ານຢູ່ປັດຈຸບັນຕໍ່ໄປ ຫຼື ຊອກຫາເຮືອນຢູ່ໃໝ່.
app-summary-explain-housing-quality = ອາດມີບັນຫາໃນເຮືອນຂອງທ່ານ ທີ່ສາມາດສົ່ງຜົນກະທົບຕໍ່ສຸຂະພາບຂອງທ່ານ.
app-summary-explain-food = ທ່ານອາດຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ເພື່ອໃຫ້ມີອາຫານກິນພຽງພໍ.
app-summary-explain-transportation = ທ່ານອາດຕ້ອງການຄວາມຊ່ວຍເຫຼືອເລື່ອງການເດີນທາງ ໄປພົບແພດ, ໄປເຮັດວຽກ ຫຼື ໄປເຮັດທຸລະ.
app-summary-explain-utilities = ທ່ານອາດຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ໃນການຈ່າຍຄ່າໄຟຟ້າ, ແກັສ, ນ້ຳມັນເຮັດຄວາມອົບອຸ່ນ ຫຼື ຄ່ານ້ຳປະປາ.
app-summary-explain-interpersonal-safety = ພວກເຮົາສາມາດລົມກັນເລື່ອງຄວາມປອດໄພຂອງທ່ານໄດ້ ທຸກເວລາທີ່ທ່ານຕ້ອງການ.
app-summary-explain-financial-strain = ທ່ານອາດຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ໃນການຈ່າຍຄ່າສິ່ງຈຳເປັນພື້ນຖານ.
app-summary-explain-employment = ທ່ານອາດຢາກໄດ້ຄວາມຊ່ວຍເຫຼືອ ໃນການຊອກວຽກ ຫຼື ຮັກສາວຽກ.
app-summary-explain-family-community-support = ທ່ານອາດຢາກໄດ້ຄວາມຊ່ວຍເຫຼືອເພີ່ມຢູ່ເຮືອນ, ຫຼື ຢາກມີເວລາຢູ່ກັບຄົນອື່ນຫຼາຍຂຶ້ນ.
app-summary-explain-education = ທ່ານອາດຢາກໄດ້ຄວາມຊ່ວຍເຫຼືອເລື່ອງການຮຽນ ຫຼື ການຝຶກອົບຮົມວິຊາຊີບ.
app-summary-explain-physical-activity = ການເຄື່ອນໄຫວຮ່າງກາຍໃຫ້ຫຼາຍຂຶ້ນ ສາມາດຊ່ວຍໃຫ້ສຸຂະພາບຂອງທ່ານດີຂຶ້ນ.
app-summary-explain-substance-use = ພວກເຮົາສາມາດລົມກັນເລື່ອງເຫຼົ້າ, ຢາສູບ ຫຼື ຢາເສບຕິດໄດ້ ທຸກເວລາທີ່ທ່ານຕ້ອງການ.
app-summary-explain-mental-health = ທ່ານອາດຢາກມີຄົນລົມນຳ ກ່ຽວກັບຄວາມຮູ້ສຶກຂອງທ່ານ.
app-summary-explain-disabilities = ທ່ານອາດຢາກໄດ້ຄວາມຊ່ວຍເຫຼືອ ໃນການເຮັດວຽກປະຈຳວັນ.
app-summary-explain-digital-access = ທ່ານອາດຕ້ອງການຄວາມຊ່ວຍເຫຼືອ ເພື່ອໃຫ້ມີອິນເຕີເນັດ ຫຼື ອຸປະກອນ ສຳລັບການພົບແພດທາງວິດີໂອ.
app-summary-explain-digital-literacy = ທ່ານອາດຢາກໄດ້ຄວາມຊ່ວຍເຫຼືອ ໃນການຮຽນຮູ້ວິທີພົບແພດທາງວິດີໂອ.

## Supervisor
app-supervisor-title = ມື້ນີ້
app-team-work = ວຽກຂອງພະນັກງານແຕ່ລະຄົນ
app-staff = ພະນັກງານ
app-screenings = ການກວດປະເມີນ
app-members-screened = ສະມາຊິກ
app-needs-opened = ຄວາມຕ້ອງການທີ່ພົບ
app-incomplete-title = ການກວດປະເມີນທີ່ຍັງບໍ່ແລ້ວ
app-unfollowed-title = ຄວາມຕ້ອງການທີ່ຍັງບໍ່ມີການຕິດຕາມ
app-users-title = ຜູ້ໃຊ້
app-add-user = ເພີ່ມຜູ້ໃຊ້
app-reset-pin = ຕັ້ງລະຫັດ PIN ໃໝ່
app-deactivate = ປິດການໃຊ້ງານ
app-inactive = ປິດການໃຊ້ງານແລ້ວ
app-site-settings = ການຕັ້ງຄ່າຂອງສູນ
app-setting-idle-lock-seconds = ລັອກໜ້າຈໍ ຫຼັງຈາກບໍ່ໄດ້ໃຊ້ງານເທົ່າຈຳນວນວິນາທີນີ້
app-setting-sogi-min-age = ອາຍຸຕ່ຳສຸດທີ່ຈະຖາມກ່ຽວກັບວິຖີທາງເພດ ແລະ ອັດຕະລັກທາງເພດ

## Settings
app-text-size = ຂະໜາດຕົວອັກສອນ
app-about = ກ່ຽວກັບແອັບ
app-language = ພາສາ
app-translation-status = ການແປ

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = ໜ້າຈໍຖືກລັອກຢູ່. ກະລຸນາເຂົ້າສູ່ລະບົບອີກຄັ້ງ: ບໍ່ມີຫຍັງເສຍໄປ.
app-error-pin-mismatch = ລະຫັດ PIN ທັງສອງບໍ່ຄືກັນ.
app-error-preferences = ບໍ່ສາມາດບັນທຶກການຕັ້ງຄ່ານີ້ໃນຄອມພິວເຕີເຄື່ອງນີ້ໄດ້.
app-error-date-of-birth = ກະລຸນາໃສ່ວັນເດືອນປີເກີດໃຫ້ຄົບຖ້ວນ.
app-error-member-name = ກະລຸນາໃສ່ຊື່ ຫຼື ນາມສະກຸນ.
app-error-member-date-of-birth = ວັນເດືອນປີເກີດບໍ່ສາມາດເປັນວັນທີໃນອະນາຄົດໄດ້.
app-error-member-masshealth-id = ເລກປະຈຳຕົວ MassHealth ມີແຕ່ຕົວອັກສອນ ແລະ ຕົວເລກເທົ່ານັ້ນ.
app-error-member-language = ກະລຸນາເລືອກພາສາຂອງສະມາຊິກ.
app-error-mode = ກະລຸນາເລືອກວິທີເຮັດການກວດປະເມີນ.
app-error-respondent = ກະລຸນາເລືອກຜູ້ຕອບ.
app-error-proxy-relationship = ກະລຸນາບອກວ່າໃຜເປັນຜູ້ຕອບແທນສະມາຊິກ.
app-error-consent = ສະມາຊິກຕ້ອງເຫັນດີກ່ອນ ຈຶ່ງຈະຖາມຄຳຖາມໃດໆໄດ້.
app-error-instruments = ກະລຸນາເລືອກແບບສອບຖາມຢ່າງໜ້ອຍໜຶ່ງອັນ.
app-error-answer = ຄຳຕອບນີ້ບໍ່ກົງກັບຄຳຖາມ. ກະລຸນາເລືອກໃໝ່.
app-error-answer-exclusive = ບໍ່ສາມາດເລືອກຄຳຕອບນີ້ພ້ອມກັບຄຳຕອບອື່ນໄດ້.
app-error-answer-range = ຕົວເລກນີ້ຢູ່ນອກຂອບເຂດທີ່ຄຳຖາມອະນຸຍາດ.
app-error-required-unanswered = ຄຳຖາມນີ້ຕ້ອງມີຄຳຕອບ, ຫຼື “ຂໍບໍ່ຕອບ”, ກ່ອນທ່ານຈະສຳເລັດ.
app-error-follow-up-status = ກະລຸນາເລືອກວ່າມີຫຍັງເກີດຂຶ້ນກັບຄວາມຕ້ອງການນີ້.
app-error-role = ກະລຸນາເລືອກບົດບາດ.
app-error-setting = ຄ່ານີ້ຢູ່ນອກຂອບເຂດທີ່ອະນຸຍາດ.

# The supervisor's sync screen.
app-sync-title = ສົ່ງຂໍ້ມູນໄປເຊີບເວີກາງຂອງ ACO
app-sync-not-enrolled = ອຸປະກອນນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບເຊີບເວີກາງ. ກະລຸນາໃສ່ທີ່ຢູ່ເຊີບເວີກາງ ແລະ ລະຫັດທີ່ໃຊ້ໄດ້ເທື່ອດຽວທີ່ ACO ໃຫ້ທ່ານ.
app-sync-hub-url = ທີ່ຢູ່ເຊີບເວີກາງ
app-sync-code = ລະຫັດລົງທະບຽນ
app-sync-enroll = ລົງທະບຽນອຸປະກອນນີ້
app-sync-enrolled = ລົງທະບຽນກັບ { $url } ສຳລັບ { $site } ແລ້ວ.
app-sync-unsent = { $count ->
   *[other] ມີ { $count } ລາຍການລໍຖ້າສົ່ງ.
}
app-sync-all-sent = ທຸກຢ່າງໄປຮອດເຊີບເວີກາງແລ້ວ.
app-sync-now = ສົ່ງຂໍ້ມູນດຽວນີ້
app-sync-sending = ກຳລັງສົ່ງ: { $sent } ຈາກ { $total } ລາຍການ
app-sync-finished = { $records ->
   *[other] ສຳເລັດ: ສົ່ງແລ້ວ { $records } ລາຍການ ແລະ ເຊີບເວີກາງຢືນຢັນການຮັບແລ້ວ.
}
app-sync-history = ການສົ່ງຂໍ້ມູນຫຼ້າສຸດ
app-sync-started = ເວລາເລີ່ມ
app-sync-by = ໂດຍ
app-sync-records = ລາຍການຂໍ້ມູນ
app-sync-receipts = ໃບຮັບທີ່ມີລາຍເຊັນດິຈິຕອນ
app-sync-result = ຜົນ
app-sync-ok = ສຳເລັດ
app-sync-receipt = ຊຸດທີ { $sequence }: { $count } ລາຍການ
