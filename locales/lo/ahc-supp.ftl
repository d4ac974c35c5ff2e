# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Lao (lo) draft; to be checked with an interpreter.

ahc-supp-title = ຄວາມຕ້ອງການທາງສັງຄົມທີ່ກ່ຽວຂ້ອງກັບສຸຂະພາບ (ຄຳຖາມເພີ່ມເຕີມ)
ahc-supp-financial-strain = ມັນຍາກສໍ່າໃດສຳລັບທ່ານ ໃນການຈ່າຍຄ່າສິ່ງທີ່ຈຳເປັນພື້ນຖານທີ່ສຸດ ເຊັ່ນ: ອາຫານ, ທີ່ຢູ່ອາໄສ, ການປິ່ນປົວ ແລະ ຄ່າເຮັດຄວາມອົບອຸ່ນ?
ahc-supp-financial-strain-very-hard = ຍາກຫຼາຍ
ahc-supp-financial-strain-somewhat-hard = ຂ້ອນຂ້າງຍາກ
ahc-supp-financial-strain-not-hard = ບໍ່ຍາກເລີຍ
ahc-supp-employment = ທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອໃນການຊອກວຽກ ຫຼື ຮັກສາວຽກເຮັດງານທຳບໍ?
ahc-supp-employment-finding = ແມ່ນ, ຊ່ວຍຊອກວຽກ
ahc-supp-employment-keeping = ແມ່ນ, ຊ່ວຍຮັກສາວຽກ
ahc-supp-employment-no-help = ຂ້ອຍບໍ່ຕ້ອງການ ແລະ ບໍ່ຢາກໄດ້ຄວາມຊ່ວຍເຫຼືອ
ahc-supp-daily-help = ຖ້າດ້ວຍເຫດຜົນໃດກໍຕາມ ທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອໃນກິດຈະກຳປະຈຳວັນ ເຊັ່ນ: ການອາບນ້ຳ, ການກະກຽມອາຫານ, ການຊື້ເຄື່ອງ, ການຈັດການເລື່ອງເງິນ ແລະ ອື່ນໆ, ທ່ານໄດ້ຮັບຄວາມຊ່ວຍເຫຼືອທີ່ທ່ານຕ້ອງການບໍ?
ahc-supp-daily-help-no-need = ຂ້ອຍບໍ່ຕ້ອງການຄວາມຊ່ວຍເຫຼືອໃດໆ
ahc-supp-daily-help-all-help = ຂ້ອຍໄດ້ຮັບຄວາມຊ່ວຍເຫຼືອທັງໝົດທີ່ຂ້ອຍຕ້ອງການ
ahc-supp-daily-help-little-more = ຂ້ອຍຢາກໄດ້ຄວາມຊ່ວຍເຫຼືອເພີ່ມອີກໜ້ອຍໜຶ່ງ
ahc-supp-daily-help-lot-more = ຂ້ອຍຕ້ອງການຄວາມຊ່ວຍເຫຼືອເພີ່ມອີກຫຼາຍ
ahc-supp-loneliness = ທ່ານຮູ້ສຶກໂດດດ່ຽວ ຫຼື ຫ່າງເຫີນຈາກຄົນອ້ອມຂ້າງເລື້ອຍປານໃດ?
ahc-supp-loneliness-never = ບໍ່ເຄີຍ
ahc-supp-loneliness-rarely = ນານໆເທື່ອ
ahc-supp-loneliness-sometimes = ບາງຄັ້ງ
ahc-supp-loneliness-often = ເລື້ອຍໆ
ahc-supp-loneliness-always = ຕະຫຼອດເວລາ
ahc-supp-other-language = ທ່ານເວົ້າພາສາອື່ນນອກຈາກພາສາອັງກິດຢູ່ເຮືອນບໍ?
ahc-supp-school-training = ທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອດ້ານການຮຽນ ຫຼື ການຝຶກອົບຮົມບໍ? ຕົວຢ່າງ: ການເລີ່ມ ຫຼື ຮຽນຈົບການຝຶກອົບຮົມວິຊາຊີບ, ຫຼື ການໄດ້ຮັບໃບປະກາດມັດທະຍົມປາຍ (high school diploma), GED ຫຼື ທຽບເທົ່າ.
ahc-supp-exercise-days = ໃນໄລຍະ 30 ມື້ທີ່ຜ່ານມາ, ນອກຈາກກິດຈະກຳທີ່ທ່ານເຮັດໃນວຽກ, ໂດຍສະເລ່ຍແລ້ວ ທ່ານອອກກຳລັງກາຍລະດັບປານກາງ (ເຊັ່ນ: ຍ່າງໄວ, ແລ່ນ, ແລ່ນເບົາໆ, ເຕັ້ນ, ລອຍນ້ຳ, ຂີ່ລົດຖີບ ຫຼື ກິດຈະກຳອື່ນທີ່ຄ້າຍຄືກັນ) ຈັກມື້ຕໍ່ອາທິດ?
ahc-supp-exercise-minutes = ໂດຍສະເລ່ຍ, ໃນມື້ໜຶ່ງຂອງມື້ເຫຼົ່ານັ້ນ ທ່ານມັກຈະອອກກຳລັງກາຍໃນລະດັບນີ້ຈັກນາທີ?
ahc-supp-exercise-days-unit = { $count ->
   *[other] { $count } ມື້ຕໍ່ອາທິດ
}
ahc-supp-exercise-minutes-unit = { $count ->
   *[other] { $count } ນາທີ
}
ahc-supp-alcohol = ໃນໄລຍະ 12 ເດືອນຜ່ານມາ, ທ່ານໄດ້ດື່ມເຄື່ອງດື່ມທີ່ມີທາດເຫຼົ້າ 5 ຈອກ ຫຼື ຫຼາຍກວ່ານັ້ນໃນມື້ດຽວ (ສຳລັບຜູ້ຊາຍ) ຫຼື 4 ຈອກ ຫຼື ຫຼາຍກວ່ານັ້ນໃນມື້ດຽວ (ສຳລັບຜູ້ຍິງ) ຈັກເທື່ອ? ໜຶ່ງຈອກແມ່ນ ເບຍ 12 ອອນ (ປະມານ 355 ມິລລີລິດ ຫຼື ໜຶ່ງກະປ໋ອງ), ເຫຼົ້າແວງ 5 ອອນ (ປະມານ 150 ມິລລີລິດ), ຫຼື ເຫຼົ້າແຮງ 80 proof (ທາດເຫຼົ້າ 40%) 1,5 ອອນ (ປະມານ 45 ມິລລີລິດ).
ahc-supp-tobacco = ໃນໄລຍະ 12 ເດືອນຜ່ານມາ, ທ່ານໄດ້ໃຊ້ຜະລິດຕະພັນຢາສູບ (ເຊັ່ນ: ຢາສູບມວນ, ຊີກາ, ຢາສູບຜົງສຳລັບດົມ, ຢາສູບສຳລັບຄ້ຽວ, ຢາສູບໄຟຟ້າ) ຈັກເທື່ອ?
ahc-supp-prescription-misuse = ໃນໄລຍະໜຶ່ງປີຜ່ານມາ, ທ່ານໄດ້ໃຊ້ຢາທີ່ຕ້ອງມີໃບສັ່ງແພດ ໂດຍບໍ່ແມ່ນເພື່ອການປິ່ນປົວ ຈັກເທື່ອ?
ahc-supp-illegal-drugs = ໃນໄລຍະໜຶ່ງປີຜ່ານມາ, ທ່ານໄດ້ໃຊ້ຢາເສບຕິດທີ່ຜິດກົດໝາຍຈັກເທື່ອ?
ahc-supp-substance-never = ບໍ່ເຄີຍ
ahc-supp-substance-once-or-twice = ໜຶ່ງ ຫຼື ສອງເທື່ອ
ahc-supp-substance-monthly = ທຸກເດືອນ
ahc-supp-substance-weekly = ທຸກອາທິດ
ahc-supp-substance-daily = ທຸກມື້ ຫຼື ເກືອບທຸກມື້
ahc-supp-little-interest = ໃນໄລຍະ 2 ອາທິດຜ່ານມາ, ທ່ານຖືກລົບກວນຈາກການມີຄວາມສົນໃຈ ຫຼື ຄວາມສຸກໜ້ອຍ ໃນການເຮັດສິ່ງຕ່າງໆ ເລື້ອຍປານໃດ?
ahc-supp-feeling-down = ໃນໄລຍະ 2 ອາທິດຜ່ານມາ, ທ່ານຖືກລົບກວນຈາກຄວາມຮູ້ສຶກທໍ້ແທ້, ຊຶມເສົ້າ ຫຼື ໝົດຫວັງ ເລື້ອຍປານໃດ?
ahc-supp-phq-not-at-all = ບໍ່ມີເລີຍ
ahc-supp-phq-several-days = ມີບາງມື້
ahc-supp-phq-more-than-half = ຫຼາຍກວ່າເຄິ່ງໜຶ່ງຂອງຈຳນວນມື້
ahc-supp-phq-nearly-every-day = ເກືອບທຸກມື້
ahc-supp-stress = ຄວາມຄຽດ ໝາຍເຖິງສະພາບທີ່ຄົນໜຶ່ງຮູ້ສຶກເຄັ່ງຕຶງ, ກະວົນກະວາຍ, ບໍ່ສະບາຍໃຈ ຫຼື ວິຕົກກັງວົນ, ຫຼື ນອນບໍ່ຫຼັບໃນຕອນກາງຄືນ ເພາະຄວາມຄິດວຸ້ນວາຍຢູ່ຕະຫຼອດເວລາ. ໄລຍະນີ້ ທ່ານຮູ້ສຶກຄຽດແບບນີ້ບໍ?
ahc-supp-stress-not-at-all = ບໍ່ເລີຍ
ahc-supp-stress-a-little = ໜ້ອຍໜຶ່ງ
ahc-supp-stress-somewhat = ພໍສົມຄວນ
ahc-supp-stress-quite-a-bit = ຂ້ອນຂ້າງຫຼາຍ
ahc-supp-stress-very-much = ຫຼາຍແທ້ໆ
ahc-supp-concentrating = ຍ້ອນບັນຫາສຸຂະພາບທາງຮ່າງກາຍ, ຈິດໃຈ ຫຼື ອາລົມ, ທ່ານມີຄວາມຫຍຸ້ງຍາກຫຼາຍໃນການຕັ້ງສະມາທິ, ການຈື່ຈຳ ຫຼື ການຕັດສິນໃຈບໍ?
ahc-supp-errands = ຍ້ອນບັນຫາສຸຂະພາບທາງຮ່າງກາຍ, ຈິດໃຈ ຫຼື ອາລົມ, ທ່ານມີຄວາມຫຍຸ້ງຍາກໃນການອອກໄປເຮັດທຸລະຕ່າງໆຄົນດຽວ ເຊັ່ນ: ໄປພົບທ່ານໝໍ ຫຼື ໄປຊື້ເຄື່ອງບໍ?
