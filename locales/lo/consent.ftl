# Consent before screening, and follow-up on a need.
# Lao (lo) draft; to be checked with an interpreter.

consent-title = ກ່ອນພວກເຮົາເລີ່ມ
consent-screening = ຂ້ອຍຂໍຖາມທ່ານບາງຄຳຖາມກ່ຽວກັບສຸຂະພາບ ແລະ ຊີວິດຂອງທ່ານ. ທ່ານສາມາດຂ້າມຄຳຖາມໃດກໍໄດ້. ທ່ານເຫັນດີບໍ?
consent-share-for-referral = ຖ້າພວກເຮົາພົບສິ່ງທີ່ທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອ, ພວກເຮົາສາມາດແບ່ງປັນຂໍ້ມູນນັ້ນໃຫ້ອົງການຊຸມຊົນທີ່ສາມາດຊ່ວຍທ່ານໄດ້ບໍ?

follow-up-title = ການຕິດຕາມ
follow-up-status = ມີຫຍັງເກີດຂຶ້ນກັບຄວາມຕ້ອງການນີ້?
follow-up-status-open = ຍັງເປີດຢູ່
follow-up-status-resource-given = ໄດ້ໃຫ້ຂໍ້ມູນ ຫຼື ແຫຼ່ງຊ່ວຍເຫຼືອ
follow-up-status-referred = ໄດ້ສົ່ງຕໍ່
follow-up-status-declined-help = ສະມາຊິກປະຕິເສດຄວາມຊ່ວຍເຫຼືອ
follow-up-status-already-getting-help = ກຳລັງໄດ້ຮັບຄວາມຊ່ວຍເຫຼືອແລ້ວ
follow-up-status-resolved = ແກ້ໄຂແລ້ວ
follow-up-organization = ສະມາຊິກຖືກສົ່ງຕໍ່ໄປອົງການໃດ?
follow-up-note = ບັນທຶກ
