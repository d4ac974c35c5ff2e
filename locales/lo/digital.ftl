# Digital access intake (telehealth navigators) and the help navigators give.
# Lao (lo) draft; to be checked with an interpreter.

digital-access-title = ອິນເຕີເນັດ ແລະ ການພົບແພດທາງວິດີໂອ
digital-access-internet-home = ທ່ານມີອິນເຕີເນັດຢູ່ເຮືອນບໍ?
digital-access-internet-home-home = ມີ, ມີອິນເຕີເນັດ ຫຼື Wi-Fi ຢູ່ເຮືອນ
digital-access-internet-home-phone-only = ມີແຕ່ອິນເຕີເນັດຈາກແພັກເກັດຂໍ້ມູນ (data) ຂອງໂທລະສັບຂ້ອຍເທົ່ານັ້ນ
digital-access-internet-home-none = ບໍ່ມີ
digital-access-internet-reliable = ອິນເຕີເນັດຂອງທ່ານດີພໍສຳລັບການພົບແພດທາງວິດີໂອບໍ?
digital-access-internet-reliable-yes = ແມ່ນ
digital-access-internet-reliable-sometimes = ບາງຄັ້ງ
digital-access-internet-reliable-no = ບໍ່
digital-access-data-runs-out = ຂໍ້ມູນ (data) ໂທລະສັບຂອງທ່ານໝົດກ່ອນທ້າຍເດືອນບໍ?
digital-access-data-runs-out-often = ເລື້ອຍໆ
digital-access-data-runs-out-sometimes = ບາງຄັ້ງ
digital-access-data-runs-out-never = ບໍ່ເຄີຍ
digital-access-devices = ທ່ານສາມາດໃຊ້ອຸປະກອນໃດແດ່ເຫຼົ່ານີ້ ສຳລັບການພົບແພດທາງວິດີໂອ?
digital-access-devices-smartphone = ສະມາດໂຟນ (ໂທລະສັບມືຖືທີ່ໃຊ້ອິນເຕີເນັດໄດ້)
digital-access-devices-tablet = ແທັບເລັດ
digital-access-devices-computer = ຄອມພິວເຕີທີ່ມີກ້ອງ
digital-access-devices-none = ບໍ່ມີອັນໃດໃນນີ້
digital-access-device-shared = ທ່ານໃຊ້ອຸປະກອນນັ້ນຮ່ວມກັບຄົນອື່ນບໍ?
digital-access-private-space = ທ່ານມີບ່ອນສ່ວນຕົວສຳລັບລົມ ໃນລະຫວ່າງການພົບແພດທາງວິດີໂອບໍ?
digital-access-confidence = ທ່ານໝັ້ນໃຈສໍ່າໃດໃນການໃຊ້ໂທລະສັບ ຫຼື ຄອມພິວເຕີ ສຳລັບການພົບແພດທາງວິດີໂອ?
digital-access-confidence-very = ໝັ້ນໃຈຫຼາຍ
digital-access-confidence-somewhat = ພໍສົມຄວນ
digital-access-confidence-a-little = ໜ້ອຍໜຶ່ງ
digital-access-confidence-not-at-all = ບໍ່ໝັ້ນໃຈເລີຍ
digital-access-help-available = ມີໃຜທີ່ສາມາດຊ່ວຍທ່ານກະກຽມການພົບແພດທາງວິດີໂອບໍ?
digital-access-portal-account = ທ່ານມີບັນຊີໃນເວັບໄຊສຳລັບຄົນເຈັບ (patient portal) ຂອງສູນສຸຂະພາບບໍ?
digital-access-email = ທ່ານມີທີ່ຢູ່ອີເມວທີ່ທ່ານໃຊ້ບໍ?
digital-access-preferred-visit = ທ່ານຢາກພົບແພດແບບໃດ?
digital-access-preferred-visit-in-person = ພົບໜ້າກັນໂດຍກົງ
digital-access-preferred-visit-video = ທາງວິດີໂອ
digital-access-preferred-visit-phone = ທາງໂທລະສັບ

navigator-actions-title = ຄວາມຊ່ວຍເຫຼືອທີ່ໄດ້ໃຫ້
navigator-actions-actions = ທ່ານໄດ້ຊ່ວຍສະມາຊິກເລື່ອງຫຍັງແດ່?
navigator-actions-actions-install-app = ໄດ້ຕິດຕັ້ງແອັບສຳລັບການພົບແພດທາງວິດີໂອ
navigator-actions-actions-portal = ໄດ້ຕັ້ງຄ່າບັນຊີ patient portal
navigator-actions-actions-test-call = ໄດ້ຝຶກໂທທົດລອງ
navigator-actions-actions-internet-program = ໄດ້ສົ່ງຕໍ່ໄປໂຄງການອິນເຕີເນັດ ຫຼື ໂທລະສັບລາຄາຖືກ
navigator-actions-actions-device-loan = ໄດ້ໃຫ້ຢືມອຸປະກອນ
navigator-actions-actions-video-visit = ໄດ້ນັດການພົບແພດທາງວິດີໂອ
navigator-actions-actions-declined = ສະມາຊິກບໍ່ຕ້ອງການຄວາມຊ່ວຍເຫຼືອ
navigator-actions-notes = ບັນທຶກ
