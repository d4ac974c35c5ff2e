# Digital access intake (telehealth navigators) and the help navigators give.
# Swahili (sw) draft translation; to be checked with an interpreter.

digital-access-title = Intaneti na miadi ya video
digital-access-internet-home = Je, una intaneti nyumbani?
digital-access-internet-home-home = Ndiyo, intaneti ya nyumbani au Wi-Fi
digital-access-internet-home-phone-only = Kupitia kifurushi cha data cha simu yangu tu
digital-access-internet-home-none = Hapana
digital-access-internet-reliable = Je, intaneti yako ni nzuri ya kutosha kwa miadi ya video?
digital-access-internet-reliable-yes = Ndiyo
digital-access-internet-reliable-sometimes = Wakati mwingine
digital-access-internet-reliable-no = Hapana
digital-access-data-runs-out = Je, data ya simu yako huisha kabla ya mwisho wa mwezi?
digital-access-data-runs-out-often = Mara nyingi
digital-access-data-runs-out-sometimes = Wakati mwingine
digital-access-data-runs-out-never = Kamwe
digital-access-devices = Ni vipi kati ya hivi unavyoweza kutumia kwa miadi ya video?
digital-access-devices-smartphone = Simu janja (smartphone)
digital-access-devices-tablet = Kishikwambi (tablet)
digital-access-devices-computer = Kompyuta yenye kamera
digital-access-devices-none = Hakuna kati ya hivi
digital-access-device-shared = Je, kifaa hicho unakitumia pamoja na watu wengine?
digital-access-private-space = Je, una mahali pa faragha pa kuzungumza wakati wa miadi ya video?
digital-access-confidence = Unajiamini kiasi gani kutumia simu au kompyuta kwa miadi ya video?
digital-access-confidence-very = Sana
digital-access-confidence-somewhat = Kiasi
digital-access-confidence-a-little = Kidogo
digital-access-confidence-not-at-all = Hata kidogo
digital-access-help-available = Je, kuna mtu anayeweza kukusaidia kuandaa miadi ya video?
digital-access-portal-account = Je, una akaunti kwenye tovuti ya wagonjwa (patient portal) ya kituo cha afya?
digital-access-email = Je, una anwani ya barua pepe unayoitumia?
digital-access-preferred-visit = Ungependa miadi yako iwe kwa njia gani?
digital-access-preferred-visit-in-person = Ana kwa ana
digital-access-preferred-visit-video = Kwa video
digital-access-preferred-visit-phone = Kwa simu

navigator-actions-title = Msaada uliotolewa
navigator-actions-actions = Ulimsaidia mwanachama kwa nini?
navigator-actions-actions-install-app = Nilisakinisha programu ya miadi ya video
navigator-actions-actions-portal = Niliandaa akaunti ya tovuti ya wagonjwa
navigator-actions-actions-test-call = Tulifanya mazoezi ya simu ya majaribio
navigator-actions-actions-internet-program = Nilimpa rufaa kwa mpango wa intaneti au simu wa gharama nafuu
navigator-actions-actions-device-loan = Nilimwazima kifaa
navigator-actions-actions-video-visit = Nilimpangia miadi ya video
navigator-actions-actions-declined = Mwanachama hakutaka msaada
navigator-actions-notes = Maelezo
