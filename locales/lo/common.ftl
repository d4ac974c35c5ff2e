# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Lao (lo) draft; to be checked with an interpreter.

common-yes-no-yes = ແມ່ນ
common-yes-no-no = ບໍ່

answer-asked-declined = ຂໍບໍ່ຕອບ
answer-asked-unknown = ບໍ່ຮູ້
answer-not-asked = ບໍ່ໄດ້ຖາມ
hint-choose-all = ກະລຸນາເລືອກທຸກຂໍ້ທີ່ກົງກັບທ່ານ.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = ທີ່ຢູ່ອາໄສ
domain-housing-instability-explain = ສະມາຊິກອາດຈະເສຍເຮືອນ, ຫຼື ບໍ່ມີບ່ອນຢູ່ອາໄສທີ່ໝັ້ນຄົງ.
domain-housing-quality = ສະພາບເຮືອນ
domain-housing-quality-explain = ເຮືອນຂອງສະມາຊິກມີບັນຫາທີ່ອາດເປັນອັນຕະລາຍຕໍ່ສຸຂະພາບ.
domain-food = ອາຫານ
domain-food-explain = ໃນໄລຍະ 12 ເດືອນຜ່ານມາ, ສະມາຊິກກັງວົນວ່າອາຫານຈະໝົດ, ຫຼື ອາຫານໄດ້ໝົດແທ້.
domain-transportation = ການເດີນທາງ
domain-transportation-explain = ການຂາດພາຫະນະເດີນທາງ ເຮັດໃຫ້ສະມາຊິກບໍ່ໄດ້ໄປຮັບການປິ່ນປົວ, ໄປເຮັດວຽກ ຫຼື ໄປເອົາສິ່ງທີ່ຕ້ອງການ.
domain-utilities = ໄຟຟ້າ, ແກັສ, ຄວາມອົບອຸ່ນ ແລະ ນ້ຳປະປາ
domain-utilities-explain = ບໍລິສັດໄຟຟ້າ, ແກັສ, ນ້ຳມັນເຮັດຄວາມອົບອຸ່ນ ຫຼື ນ້ຳປະປາ ໄດ້ຂູ່ວ່າຈະຕັດການບໍລິການ, ຫຼື ໄດ້ຕັດແລ້ວ.
domain-interpersonal-safety = ຄວາມປອດໄພ
domain-interpersonal-safety-explain = ອາດມີຄົນກຳລັງທຳຮ້າຍ, ຂູ່ ຫຼື ດູຖູກສະມາຊິກ.
domain-financial-strain = ເງິນສຳລັບສິ່ງຈຳເປັນ
domain-financial-strain-explain = ການຈ່າຍຄ່າອາຫານ, ທີ່ຢູ່ອາໄສ, ການປິ່ນປົວ ຫຼື ຄ່າເຮັດຄວາມອົບອຸ່ນ ເປັນເລື່ອງຍາກ.
domain-employment = ວຽກເຮັດງານທຳ
domain-employment-explain = ສະມາຊິກຕ້ອງການຄວາມຊ່ວຍເຫຼືອໃນການຊອກວຽກ ຫຼື ຮັກສາວຽກ.
domain-family-community-support = ການຊ່ວຍເຫຼືອຈາກຄົນອື່ນ
domain-family-community-support-explain = ສະມາຊິກຕ້ອງການຄວາມຊ່ວຍເຫຼືອເພີ່ມໃນກິດຈະກຳປະຈຳວັນ, ຫຼື ຮູ້ສຶກໂດດດ່ຽວເລື້ອຍໆ.
domain-education = ການຮຽນ ແລະ ການຝຶກອົບຮົມ
domain-education-explain = ສະມາຊິກຕ້ອງການຄວາມຊ່ວຍເຫຼືອດ້ານການຮຽນ ຫຼື ການຝຶກອົບຮົມວິຊາຊີບ.
domain-physical-activity = ການເຄື່ອນໄຫວຮ່າງກາຍ
domain-physical-activity-explain = ສະມາຊິກອອກກຳລັງກາຍໜ້ອຍກວ່າ 150 ນາທີຕໍ່ອາທິດ.
domain-substance-use = ເຫຼົ້າ, ຢາສູບ ແລະ ຢາເສບຕິດ
domain-substance-use-explain = ສະມາຊິກໄດ້ບອກເຖິງການໃຊ້ ທີ່ອາດຄວນລົມກັນ.
domain-mental-health = ສຸຂະພາບຈິດ
domain-mental-health-explain = ສະມາຊິກເຄີຍຮູ້ສຶກທໍ້ແທ້, ໝົດຄວາມສົນໃຈ, ຫຼື ມີຄວາມຄຽດຫຼາຍ.
domain-disabilities = ຄວາມພິການ
domain-disabilities-explain = ສະມາຊິກມີຄວາມຫຍຸ້ງຍາກຫຼາຍໃນການຕັ້ງສະມາທິ ຫຼື ໃນການອອກໄປເຮັດທຸລະຄົນດຽວ.
domain-digital-access = ອິນເຕີເນັດ ແລະ ອຸປະກອນ
domain-digital-access-explain = ສະມາຊິກບໍ່ມີອິນເຕີເນັດທີ່ເຊື່ອຖືໄດ້ ຫຼື ບໍ່ມີອຸປະກອນສຳລັບການພົບແພດທາງວິດີໂອ.
domain-digital-literacy = ຄວາມໝັ້ນໃຈໃນການໃຊ້ເຕັກໂນໂລຊີ
domain-digital-literacy-explain = ສະມາຊິກບໍ່ໝັ້ນໃຈກັບການພົບແພດທາງວິດີໂອ ແລະ ບໍ່ມີໃຜຊ່ວຍ.

outcome-positive = ພົບຄວາມຕ້ອງການ
outcome-negative = ບໍ່ພົບຄວາມຕ້ອງການ
outcome-not-scored = ບໍ່ໄດ້ໃຫ້ຄະແນນ: ຄຳຕອບບາງຂໍ້ຍັງຂາດ

flag-homelessness = ສະມາຊິກບໍ່ມີບ່ອນຢູ່ອາໄສທີ່ໝັ້ນຄົງ (ບໍ່ມີເຮືອນຢູ່).
safety-discreet-prompt = ກ່ອນຈະລົມເລື່ອງນີ້, ໃຫ້ແນ່ໃຈວ່າສະມາຊິກຢູ່ຄົນດຽວ ແລະ ປອດໄພທີ່ຈະລົມ.

translation-status-reference = ຂໍ້ຄວາມອ້າງອີງ (ຕົ້ນສະບັບ)
translation-status-draft = ການແປສະບັບຮ່າງ: ກະລຸນາກວດຖ້ອຍຄຳກັບນາຍພາສາ
translation-status-reviewed = ກວດແລ້ວໂດຍ { $reviewer } ວັນທີ { $date }

role-chw = ພະນັກງານສຸຂະພາບຊຸມຊົນ
role-navigator = ຜູ້ຊ່ວຍແນະນຳການພົບແພດທາງໄກ
role-supervisor = ຫົວໜ້າງານ

permission-find-members = ຊອກຫາສະມາຊິກ
permission-view-member = ເບິ່ງຂໍ້ມູນສະມາຊິກ
permission-edit-member = ເພີ່ມ ຫຼື ແກ້ໄຂຂໍ້ມູນສະມາຊິກ
permission-record-response = ບັນທຶກການກວດປະເມີນ
permission-record-follow-up = ບັນທຶກການຕິດຕາມ
permission-retract-any-response = ໝາຍການກວດປະເມີນຂອງຄົນອື່ນວ່າບັນທຶກຜິດ
permission-manage-users = ຈັດການຜູ້ໃຊ້
permission-backup = ສຳຮອງຂໍ້ມູນ
permission-restore = ກູ້ຄືນຂໍ້ມູນສຳຮອງ
permission-verify-store = ກວດສອບບ່ອນເກັບຂໍ້ມູນ
permission-review-team = ກວດເບິ່ງວຽກຂອງທີມ
permission-import-members = ນຳເຂົ້າສະມາຊິກ ຫຼື ຂໍ້ມູນສາທິດ
permission-sync = ຊິ້ງຂໍ້ມູນກັບເຊີບເວີສູນກາງ (hub)
