# Digital access intake (telehealth navigators) and the help navigators give.
# Somali (so) draft translation; to be checked with an interpreter.

digital-access-title = Internet iyo ballamaha fiidiyowga
digital-access-internet-home = Guriga ma ku haysataa internet?
digital-access-internet-home-home = Haa, internet guriga ah ama Wi-Fi
digital-access-internet-home-phone-only = Kaliya xirmada internetka (data) ee taleefankayga
digital-access-internet-home-none = Maya
digital-access-internet-reliable = Internetkaagu ma ku filan yahay ballan fiidiyow ah?
digital-access-internet-reliable-yes = Haa
digital-access-internet-reliable-sometimes = Mararka qaarkood
digital-access-internet-reliable-no = Maya
digital-access-data-runs-out = Xirmada internetka (data) ee taleefankaagu ma kaa dhammaataa ka hor dhammaadka bisha?
digital-access-data-runs-out-often = Marar badan
digital-access-data-runs-out-sometimes = Mararka qaarkood
digital-access-data-runs-out-never = Marnaba
digital-access-devices = Kuwan kuwee ayaad u isticmaali kartaa ballan fiidiyow ah?
digital-access-devices-smartphone = Taleefan casri ah (smartphone)
digital-access-devices-tablet = Taablet (tablet)
digital-access-devices-computer = Kombiyuutar kaamiro leh
digital-access-devices-none = Midkoodna
digital-access-device-shared = Qalabkaas ma la wadaagtaa dad kale?
digital-access-private-space = Ma haysataa meel gaar ah oo aad ku hadli karto inta lagu jiro ballanta fiidiyowga?
digital-access-confidence = Intee in le'eg ayaad ku kalsoon tahay inaad taleefan ama kombiyuutar u isticmaasho ballan fiidiyow ah?
digital-access-confidence-very = Aad u kalsoon
digital-access-confidence-somewhat = Xoogaa kalsoon
digital-access-confidence-a-little = Wax yar kalsoon
digital-access-confidence-not-at-all = Gabi ahaanba kuma kalsooni
digital-access-help-available = Ma jiraa qof kaa caawin kara diyaarinta ballan fiidiyow ah?
digital-access-portal-account = Ma ku leedahay akoon bogga bukaanka (patient portal) ee xarunta caafimaadka?
digital-access-email = Ma leedahay cinwaan iimayl ah oo aad isticmaasho?
digital-access-preferred-visit = Sidee ayaad jeclaan lahayd in ballamahaagu ahaadaan?
digital-access-preferred-visit-in-person = Fool-ka-fool
digital-access-preferred-visit-video = Fiidiyow
digital-access-preferred-visit-phone = Taleefan

navigator-actions-title = Caawimaadda la bixiyay
navigator-actions-actions = Maxaad xubinta ka caawisay?
navigator-actions-actions-install-app = Waxaan rakibay barnaamijka (app) ballamaha fiidiyowga
navigator-actions-actions-portal = Waxaan diyaariyay bogga bukaanka (patient portal)
navigator-actions-actions-test-call = Waxaan ku celcelinay wicitaan tijaabo ah
navigator-actions-actions-internet-program = Waxaan u gudbiyay barnaamij internet ama taleefan oo qiimo jaban
navigator-actions-actions-device-loan = Waxaan amaahiyay qalab
navigator-actions-actions-video-visit = Waxaan u qabtay ballan fiidiyow ah
navigator-actions-actions-declined = Xubintu ma rabin caawimaad
navigator-actions-notes = Qoraallo
