# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Lao (lo) draft; to be checked with an interpreter.

ahc-core-title = ຄວາມຕ້ອງການທາງສັງຄົມທີ່ກ່ຽວຂ້ອງກັບສຸຂະພາບ (ຄຳຖາມຫຼັກ)
ahc-core-living-situation = ມື້ນີ້ ສະພາບທີ່ຢູ່ອາໄສຂອງທ່ານເປັນແນວໃດ?
ahc-core-living-situation-steady = ຂ້ອຍມີບ່ອນຢູ່ອາໄສທີ່ໝັ້ນຄົງ
ahc-core-living-situation-worried = ມື້ນີ້ຂ້ອຍມີບ່ອນຢູ່ ແຕ່ຂ້ອຍກັງວົນວ່າຈະເສຍບ່ອນຢູ່ນັ້ນໃນອະນາຄົດ
ahc-core-living-situation-not-steady = ຂ້ອຍບໍ່ມີບ່ອນຢູ່ອາໄສທີ່ໝັ້ນຄົງ (ຂ້ອຍກຳລັງພັກຢູ່ນຳຄົນອື່ນຊົ່ວຄາວ, ຢູ່ໂຮງແຮມ, ຢູ່ບ່ອນພັກອາໄສສຳລັບຄົນບໍ່ມີເຮືອນ, ອາໄສຢູ່ນອກຕາມຖະໜົນ, ຢູ່ຫາດຊາຍ, ຢູ່ໃນລົດ, ຢູ່ໃນຕຶກທີ່ຖືກປະຖິ້ມ, ຢູ່ສະຖານີລົດເມ ຫຼື ສະຖານີລົດໄຟ, ຫຼື ຢູ່ໃນສວນສາທາລະນະ)
ahc-core-housing-problems = ກະລຸນາຄິດເຖິງບ່ອນທີ່ທ່ານອາໄສຢູ່. ທ່ານມີບັນຫາກັບສິ່ງໃດສິ່ງໜຶ່ງຕໍ່ໄປນີ້ບໍ?
ahc-core-housing-problems-pests = ສັດລົບກວນ ເຊັ່ນ: ແມງໄມ້, ມົດ ຫຼື ໜູ
ahc-core-housing-problems-mold = ເຊື້ອລາຂຶ້ນ
ahc-core-housing-problems-lead = ສີທາ ຫຼື ທໍ່ນ້ຳທີ່ມີສານກົ່ວ
ahc-core-housing-problems-heat = ຂາດຄວາມອົບອຸ່ນ (ບໍ່ມີເຄື່ອງເຮັດຄວາມອົບອຸ່ນທີ່ພຽງພໍ)
ahc-core-housing-problems-stove = ເຕົາອົບ ຫຼື ເຕົາແຕ່ງກິນໃຊ້ການບໍ່ໄດ້
ahc-core-housing-problems-smoke-detectors = ບໍ່ມີເຄື່ອງກວດຈັບຄວັນໄຟ ຫຼື ມີແຕ່ໃຊ້ການບໍ່ໄດ້
ahc-core-housing-problems-leaks = ນ້ຳຮົ່ວ
ahc-core-housing-problems-none = ບໍ່ມີບັນຫາໃດໆຂ້າງເທິງນີ້
ahc-core-food-worry = ໃນໄລຍະ 12 ເດືອນຜ່ານມາ, ທ່ານກັງວົນວ່າອາຫານຂອງທ່ານຈະໝົດ ກ່ອນທີ່ທ່ານຈະມີເງິນຊື້ເພີ່ມ.
ahc-core-food-ran-out = ໃນໄລຍະ 12 ເດືອນຜ່ານມາ, ອາຫານທີ່ທ່ານຊື້ມາບໍ່ພໍກິນ ແລະ ທ່ານບໍ່ມີເງິນຊື້ເພີ່ມອີກ.
ahc-core-hunger-vital-sign-often = ເປັນຈິງເລື້ອຍໆ
ahc-core-hunger-vital-sign-sometimes = ເປັນຈິງບາງຄັ້ງ
ahc-core-hunger-vital-sign-never = ບໍ່ເຄີຍເປັນຈິງ
ahc-core-transportation = ໃນໄລຍະ 12 ເດືອນຜ່ານມາ, ການຂາດພາຫະນະເດີນທາງທີ່ເຊື່ອຖືໄດ້ ເຮັດໃຫ້ທ່ານບໍ່ສາມາດໄປນັດພົບແພດ, ໄປປະຊຸມ, ໄປເຮັດວຽກ ຫຼື ໄປເອົາສິ່ງຂອງທີ່ຈຳເປັນສຳລັບການດຳລົງຊີວິດປະຈຳວັນ ບໍ?
ahc-core-utilities = ໃນໄລຍະ 12 ເດືອນຜ່ານມາ, ບໍລິສັດໄຟຟ້າ, ແກັສ, ນ້ຳມັນເຮັດຄວາມອົບອຸ່ນ ຫຼື ນ້ຳປະປາ ເຄີຍຂູ່ວ່າຈະຕັດການບໍລິການຢູ່ເຮືອນຂອງທ່ານບໍ?
ahc-core-utilities-yes = ແມ່ນ
ahc-core-utilities-no = ບໍ່
ahc-core-utilities-already-shut-off = ຖືກຕັດແລ້ວ
ahc-core-safety-intro = ເນື່ອງຈາກຄວາມຮຸນແຮງ ແລະ ການທາລຸນ ເກີດຂຶ້ນກັບຫຼາຍຄົນ ແລະ ສົ່ງຜົນກະທົບຕໍ່ສຸຂະພາບຂອງເຂົາເຈົ້າ, ພວກເຮົາຈຶ່ງຂໍຖາມທ່ານຄຳຖາມຕໍ່ໄປນີ້.
ahc-core-safety-hurt = ມີຄົນໃດຄົນໜຶ່ງ, ລວມທັງຄອບຄົວ ແລະ ໝູ່ເພື່ອນ, ທຳຮ້າຍຮ່າງກາຍທ່ານເລື້ອຍປານໃດ?
ahc-core-safety-insult = ມີຄົນໃດຄົນໜຶ່ງ, ລວມທັງຄອບຄົວ ແລະ ໝູ່ເພື່ອນ, ດູຖູກ ຫຼື ເວົ້າດູໝິ່ນທ່ານເລື້ອຍປານໃດ?
ahc-core-safety-threaten = ມີຄົນໃດຄົນໜຶ່ງ, ລວມທັງຄອບຄົວ ແລະ ໝູ່ເພື່ອນ, ຂູ່ວ່າຈະທຳຮ້າຍທ່ານເລື້ອຍປານໃດ?
ahc-core-safety-scream = ມີຄົນໃດຄົນໜຶ່ງ, ລວມທັງຄອບຄົວ ແລະ ໝູ່ເພື່ອນ, ຕະໂກນໃສ່ ຫຼື ດ່າທ່ານເລື້ອຍປານໃດ?
ahc-core-frequency-never = ບໍ່ເຄີຍ
ahc-core-frequency-rarely = ນານໆເທື່ອ
ahc-core-frequency-sometimes = ບາງຄັ້ງ
ahc-core-frequency-fairly-often = ຂ້ອນຂ້າງເລື້ອຍ
ahc-core-frequency-frequently = ເລື້ອຍຫຼາຍ
