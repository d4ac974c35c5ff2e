# The `intake` command line: what it prints, and its errors. Every error is one line.
# Lao (lo) draft; to be checked with an interpreter.

cli-error = intake: ຂໍ້ຜິດພາດ: { $message }
cli-internal-error = intake: ຂໍ້ຜິດພາດພາຍໃນ; ບໍ່ມີຫຍັງຖືກບັນທຶກເພີ່ມອີກ. ກະລຸນາລາຍງານບັນຫານີ້.
cli-store-created = ສ້າງບ່ອນເກັບຂໍ້ມູນແລ້ວທີ່ { $dir } ສຳລັບ { $site }.
cli-recovery-key-intro = ກະແຈກູ້ຄືນ (ສະແດງພຽງເທື່ອດຽວ; ກະລຸນາຂຽນໄວ້ ແລະ ເກັບໄວ້ໃນບ່ອນທີ່ລັອກໄວ້):
cli-demo-saved = ບັນທຶກແລ້ວ ເລກ { $number }: ສະມາຊິກ { $member }, ຄຳຕອບ { $response }
cli-demo-added = { $count ->
   *[other] ໄດ້ເພີ່ມສະມາຊິກສົມມຸດ (ບໍ່ແມ່ນຄົນແທ້) { $count } ຄົນ ພ້ອມກັບການກວດປະເມີນ.
}
cli-found = { $count ->
   *[other] ພົບ { $count } ຄົນ
}
cli-duplicates = { $count ->
   *[other] ມີສະມາຊິກທີ່ມີຢູ່ແລ້ວ { $count } ຄົນ ທີ່ເບິ່ງຄືວ່າເປັນຄົນດຽວກັນ (ລາຍຊື່ຂ້າງເທິງ); ໃຊ້ --force ເພື່ອເພີ່ມຢູ່ດີ
}
cli-verify-ok = ຜ່ານ: ໜ້າຂໍ້ມູນ ແລະ ການກວດຄວາມສົມບູນຖືກຕ້ອງ; ລະບົບບັນທຶກການກວດສອບ { $entries } ລາຍການຍັງຄົບຖ້ວນ; ສະມາຊິກ { $members } ຄົນ, ຄຳຕອບ { $responses }
cli-backup-written = ຂຽນໄຟລ໌ສຳຮອງທີ່ເຂົ້າລະຫັດແລ້ວໄປທີ່ { $file } ({ $bytes } ໄບຕ໌).
cli-restored = ກູ້ຄືນສະມາຊິກ { $members } ຄົນ ແລະ ຄຳຕອບ { $responses } ຈາກ { $file } ແລ້ວ.
cli-new-pin = { $user } ມີລະຫັດ PIN ໃໝ່ແລ້ວ.
cli-user-added = ເພີ່ມ { $user } ({ $role }) ແລ້ວ.
cli-user-deactivated = ບັນຊີ { $user } ຖືກປິດການໃຊ້ງານແລ້ວ.
cli-outbox = ລໍຖ້າ: { $pending }
    ສົ່ງແລ້ວ: { $delivered }
cli-response-line = ຄຳຕອບ { $id } { $date } { $instrument } ເປັນພາສາ { $locale } ໂດຍ { $collector }: ຕອບ { $answers } ຂໍ້{ $state }
cli-response-retracted = { " " }(ບັນທຶກຜິດ)
cli-response-corrected = { " " }(ແກ້ໄຂແລ້ວ)
cli-need-line = ຄວາມຕ້ອງການ { $id } { $domain }: { $status }
cli-user-active = ໃຊ້ງານຢູ່
cli-user-deactivated-state = ປິດການໃຊ້ງານແລ້ວ
cli-prompt-pin = ລະຫັດ PIN ຂອງ { $user }:
cli-prompt-choose-pin = ເລືອກລະຫັດ PIN ສຳລັບ { $user }:
cli-prompt-new-pin = ລະຫັດ PIN ໃໝ່ສຳລັບ { $user }:
cli-prompt-recovery-key = ກະແຈກູ້ຄືນ:
cli-need-user = ກະລຸນາຕັ້ງ INTAKE_USER ເປັນຊື່ຜູ້ໃຊ້ທີ່ຈະໃຊ້ເຮັດວຽກ
cli-no-value = ບໍ່ມີຄ່າທີ່ໃຫ້ມາ: ກະລຸນາຕັ້ງ { $var } ຫຼື ພິມເມື່ອຖືກຖາມ
cli-no-data-dir = ບໍ່ໄດ້ໃຫ້ --data-dir ແລະ ບໍ່ມີໂຟນເດີສ່ວນຕົວ (home) ເພື່ອໃຊ້ເປັນຄ່າເລີ່ມຕົ້ນ
cli-read-failed = ບໍ່ສາມາດອ່ານ { $what } ໄດ້

error-not-initialized = ບໍ່ມີບ່ອນເກັບຂໍ້ມູນ Equity Intake ຢູ່ທີ່ { $path }: ກະລຸນາແລ່ນ “intake init” ກ່ອນ
error-already-initialized = { $path } ມີບ່ອນເກັບຂໍ້ມູນ Equity Intake ຢູ່ແລ້ວ
error-wrong-credentials = ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດ PIN ບໍ່ຖືກຕ້ອງ
error-locked-out = ໃສ່ລະຫັດ PIN ຜິດຫຼາຍເທື່ອເກີນໄປສຳລັບຜູ້ໃຊ້ນີ້: ກະລຸນາລອງໃໝ່ໃນອີກ { $seconds } ວິນາທີ, ຫຼື ຂໍໃຫ້ຫົວໜ້າງານຕັ້ງລະຫັດ PIN ໃໝ່
error-deactivated = ບັນຊີນີ້ຖືກປິດການໃຊ້ງານແລ້ວ: ກະລຸນາຕິດຕໍ່ຫົວໜ້າງານ
error-wrong-recovery-key = ກະແຈກູ້ຄືນບໍ່ຖືກຕ້ອງສຳລັບບ່ອນເກັບຂໍ້ມູນນີ້
error-forbidden = ບົດບາດຂອງທ່ານ ({ $role }) ບໍ່ມີສິດ { $action }
error-not-found = ບໍ່ພົບ { $what }
error-what-member = ສະມາຊິກ
error-what-user = ຜູ້ໃຊ້
error-what-response = ຄຳຕອບ
error-what-need = ຄວາມຕ້ອງການ
error-what-draft = ການກວດປະເມີນທີ່ຍັງບໍ່ແລ້ວ
error-invalid = { $field }: { $reason }
error-field-name = ຊື່
error-field-date-of-birth = ວັນເດືອນປີເກີດ
error-field-masshealth-id = ເລກປະຈຳຕົວ MassHealth
error-field-pin = ລະຫັດ PIN
error-field-site = ສູນສຸຂະພາບ
error-field-user = ຜູ້ໃຊ້
error-field-consent = ການຍິນຍອມ
error-field-answers = ຄຳຕອບ
error-field-supersedes = ການແກ້ໄຂ
error-field-reason = ເຫດຜົນ
error-field-response = ຄຳຕອບ
error-field-organization = ອົງການ
error-field-file = ໄຟລ໌
error-field-instrument = ແບບສອບຖາມ
error-field-draft = ການກວດປະເມີນ
error-field-item = ຄຳຖາມ
error-reason-check-field = ກະລຸນາກວດເບິ່ງຊ່ອງນີ້
error-reason-pin-too-short = ໃຊ້ຢ່າງໜ້ອຍ { $min } ຕົວອັກສອນ
error-reason-site-empty = ກະລຸນາໃສ່ຊື່ສູນສຸຂະພາບ
error-reason-username-format = ໃຊ້ຕົວອັກສອນ, ຕົວເລກ, “.”, “_” ຫຼື “-” (ບໍ່ເກີນ 64)
error-reason-username-taken = ຊື່ຜູ້ໃຊ້ນີ້ມີຄົນໃຊ້ແລ້ວ
error-reason-recovery-needs-supervisor = ກະແຈກູ້ຄືນສາມາດຕັ້ງລະຫັດ PIN ໃໝ່ໄດ້ສະເພາະຂອງຫົວໜ້າງານທີ່ຍັງໃຊ້ງານຢູ່ເທົ່ານັ້ນ
error-reason-deactivate-self = ທ່ານບໍ່ສາມາດປິດການໃຊ້ງານບັນຊີຂອງຕົນເອງໄດ້
error-reason-no-consent = ສະມາຊິກຍັງບໍ່ໄດ້ຕົກລົງໃຫ້ກວດປະເມີນ
error-reason-answered-twice = ມີຄຳຖາມໜຶ່ງຖືກຕອບສອງເທື່ອ ({ $item })
error-reason-correction-other-member = ການແກ້ໄຂຕ້ອງແທນຄຳຕອບຂອງສະມາຊິກຄົນດຽວກັນ
error-reason-retraction-reason = ກະລຸນາບອກວ່າເປັນຫຍັງຄຳຕອບຈຶ່ງຖືກບັນທຶກຜິດ
error-reason-already-retracted = ມັນຖືກໝາຍວ່າບັນທຶກຜິດແລ້ວ
error-reason-referral-organization = ກະລຸນາໃສ່ຊື່ອົງການທີ່ສະມາຊິກຖືກສົ່ງຕໍ່ໄປ
error-reason-path-not-utf8 = ເສັ້ນທາງໄຟລ໌ມີຕົວອັກສອນທີ່ລະບົບນີ້ໃຊ້ບໍ່ໄດ້
error-reason-unknown-instrument = ແອັບນີ້ບໍ່ຮູ້ຈັກແບບສອບຖາມນັ້ນ ({ $item })
error-reason-unknown-item = ມີຄຳຖາມໜຶ່ງທີ່ບໍ່ແມ່ນຂອງແບບສອບຖາມນີ້ ({ $item })
error-reason-wrong-kind = ມີຄຳຕອບໜຶ່ງທີ່ມີປະເພດຄ່າບໍ່ຖືກຕ້ອງ ({ $item })
error-reason-unknown-option = ມີຄຳຕອບໜຶ່ງທີ່ບໍ່ແມ່ນຕົວເລືອກຂອງຄຳຖາມ ({ $item })
error-reason-exclusive-option = ບໍ່ສາມາດເລືອກ “ບໍ່ມີ” ພ້ອມກັບຄຳຕອບອື່ນໄດ້ ({ $item })
error-reason-empty-choice = ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງຄຳຕອບ ({ $item })
error-reason-out-of-range = ຕົວເລກຢູ່ນອກຂອບເຂດທີ່ອະນຸຍາດ ({ $item })
error-reason-absent-not-offered = ຄຳຖາມນັ້ນບໍ່ມີຄຳຕອບນີ້ໃຫ້ເລືອກ ({ $item })
error-reason-not-enabled = ມີການຕອບຄຳຖາມທີ່ບໍ່ກ່ຽວຂ້ອງ ({ $item })
error-reason-required-missing = ຄຳຖາມທີ່ຈຳເປັນຕ້ອງຕອບຍັງບໍ່ມີຄຳຕອບ ({ $item })
error-reason-none-chosen = ກະລຸນາເລືອກແບບສອບຖາມຢ່າງໜ້ອຍໜຶ່ງອັນ
error-reason-already-saved = ພາກສ່ວນນີ້ຂອງການກວດປະເມີນໄດ້ບັນທຶກແລ້ວ
error-reason-empty-text = ຄຳຕອບທີ່ຂຽນແມ່ນຫວ່າງເປົ່າ ({ $item })
error-disk-full = ດິສເຕັມ ຫຼື ຂຽນບໍ່ໄດ້: ບໍ່ມີຫຍັງຖືກບັນທຶກ; ກະລຸນາເຮັດໃຫ້ມີບ່ອນຫວ່າງ ແລ້ວລອງໃໝ່
error-corrupt = ບ່ອນເກັບຂໍ້ມູນເສຍຫາຍ ຫຼື ບໍ່ແມ່ນບ່ອນເກັບຂໍ້ມູນ Equity Intake ({ $detail }); ກະລຸນາກູ້ຄືນຈາກໄຟລ໌ສຳຮອງ
error-audit-broken = ບັນທຶກການກວດສອບຖືກດັດແປງຢູ່ລາຍການທີ { $seq }: { $reason }
error-not-a-backup = { $path } ບໍ່ແມ່ນໄຟລ໌ສຳຮອງຂອງ Equity Intake
error-io = ຂໍ້ຜິດພາດໄຟລ໌ຢູ່ { $path }: { $detail }
error-database = ຂໍ້ຜິດພາດຖານຂໍ້ມູນ: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
cli-enrolled = ລົງທະບຽນກັບ { $url } ສຳລັບ { $site } ແລ້ວ. ອຸປະກອນນີ້ແມ່ນ { $device }.
cli-sync-progress = ສົ່ງແລ້ວ { $sent } ຈາກ { $total } ລາຍການ…
cli-sync-done = { $records ->
   *[other] ສົ່ງຂໍ້ມູນສຳເລັດ: ສົ່ງແລ້ວ { $records } ລາຍການ. ໃບຮັບທີ່ມີລາຍເຊັນດິຈິຕອນທີ່ກວດແລ້ວ: { $batches } ໃບ.
}
cli-sync-nothing = ບໍ່ມີຫຍັງຕ້ອງສົ່ງ: ທຸກຢ່າງຢູ່ໃນເຊີບເວີກາງແລ້ວ.
error-sync-not-enrolled = ອຸປະກອນນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບເຊີບເວີກາງ: ຫົວໜ້າງານຕ້ອງລົງທະບຽນອຸປະກອນນີ້ ໂດຍໃຊ້ທີ່ຢູ່ເຊີບເວີກາງ ແລະ ລະຫັດທີ່ໃຊ້ໄດ້ເທື່ອດຽວຈາກ ACO
error-sync-already-enrolled = ອຸປະກອນນີ້ລົງທະບຽນກັບເຊີບເວີກາງແລ້ວ
error-sync-insecure-url = ທີ່ຢູ່ເຊີບເວີກາງຕ້ອງຂຶ້ນຕົ້ນດ້ວຍ https:// (http:// ແບບທຳມະດາທີ່ບໍ່ເຂົ້າລະຫັດ ອະນຸຍາດສະເພາະການເຊື່ອມຕໍ່ຫາຄອມພິວເຕີເຄື່ອງນີ້ເອງເທົ່ານັ້ນ)
error-sync-bad-url = ນີ້ບໍ່ແມ່ນທີ່ຢູ່ເຊີບເວີກາງ; ທີ່ຢູ່ຄວນມີລັກສະນະຄື https://hub.example.org
error-sync-bad-code = ລະຫັດລົງທະບຽນບໍ່ຖືກຍອມຮັບ: ກະລຸນາກວດເບິ່ງລະຫັດ, ຫຼື ຂໍລະຫັດໃໝ່ຈາກ ACO (ແຕ່ລະລະຫັດໃຊ້ໄດ້ພຽງເທື່ອດຽວ)
error-sync-offline = ບໍ່ມີເຄືອຂ່າຍ, ຫຼື ບໍ່ສາມາດເຊື່ອມຕໍ່ຫາເຊີບເວີກາງໄດ້: ບໍ່ມີຫຍັງເສຍໄປ; ກະລຸນາລອງໃໝ່ເມື່ອມີອິນເຕີເນັດ
error-sync-certificate = ໃບຢັ້ງຢືນຄວາມປອດໄພຂອງເຊີບເວີກາງບໍ່ໜ້າເຊື່ອຖື, ສະນັ້ນຈຶ່ງບໍ່ໄດ້ສົ່ງຫຍັງເລີຍ: ກະລຸນາແຈ້ງຝ່າຍຊ່ວຍເຫຼືອດ້ານເຕັກນິກຂອງ ACO
error-sync-hub-unavailable = ເຊີບເວີກາງບໍ່ຕອບສະໜອງໃນຕອນນີ້: ບໍ່ມີຫຍັງເສຍໄປ; ກະລຸນາລອງໃໝ່ພາຍຫຼັງ
error-sync-revoked = ເຊີບເວີກາງໄດ້ຖອນສິດການເຂົ້າເຖິງຂອງອຸປະກອນນີ້ແລ້ວ: ບໍ່ມີຫຍັງເສຍໄປ, ແຕ່ອຸປະກອນນີ້ບໍ່ສາມາດສົ່ງຂໍ້ມູນໄດ້ອີກ; ກະລຸນາໂທຫາຝ່າຍຊ່ວຍເຫຼືອດ້ານເຕັກນິກຂອງ ACO
error-sync-refused = ເຊີບເວີກາງປະຕິເສດຂໍ້ມູນໜຶ່ງຊຸດ ({ $reason }): ບໍ່ມີຫຍັງເສຍໄປ; ກະລຸນາແຈ້ງຝ່າຍຊ່ວຍເຫຼືອດ້ານເຕັກນິກຂອງ ACO
error-sync-bad-answer = ບໍ່ສາມາດກວດສອບຄຳຕອບຂອງເຊີບເວີກາງໄດ້, ສະນັ້ນຈຶ່ງບໍ່ມີລາຍການໃດຖືກໝາຍວ່າສົ່ງແລ້ວ: ກະລຸນາແຈ້ງຝ່າຍຊ່ວຍເຫຼືອດ້ານເຕັກນິກຂອງ ACO
