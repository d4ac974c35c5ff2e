# Digital access intake (telehealth navigators) and the help navigators give.
# Amharic (am) draft translation; to be checked with an interpreter.

digital-access-title = ኢንተርኔት እና የቪዲዮ ቀጠሮዎች
digital-access-internet-home = ቤትዎ ውስጥ ኢንተርኔት አለዎት?
digital-access-internet-home-home = አዎ፣ የቤት ኢንተርኔት ወይም ዋይፋይ (Wi-Fi)
digital-access-internet-home-phone-only = በስልኬ የዳታ ጥቅል ብቻ
digital-access-internet-home-none = አይ
digital-access-internet-reliable = ኢንተርኔትዎ ለቪዲዮ ቀጠሮ በቂ ነው?
digital-access-internet-reliable-yes = አዎ
digital-access-internet-reliable-sometimes = አንዳንድ ጊዜ
digital-access-internet-reliable-no = አይ
digital-access-data-runs-out = ወሩ ከማለቁ በፊት የስልክዎ ዳታ ያልቅብዎታል?
digital-access-data-runs-out-often = ብዙ ጊዜ
digital-access-data-runs-out-sometimes = አንዳንድ ጊዜ
digital-access-data-runs-out-never = በጭራሽ
digital-access-devices = ከእነዚህ ውስጥ ለቪዲዮ ቀጠሮ የትኞቹን መጠቀም ይችላሉ?
digital-access-devices-smartphone = ስማርት ስልክ
digital-access-devices-tablet = ታብሌት
digital-access-devices-computer = ካሜራ ያለው ኮምፒውተር
digital-access-devices-none = ከእነዚህ አንዱም የለም
digital-access-device-shared = ያንን መሣሪያ ከሌሎች ሰዎች ጋር በጋራ ይጠቀማሉ?
digital-access-private-space = በቪዲዮ ቀጠሮ ጊዜ ብቻዎን ሆነው የሚነጋገሩበት የግል ቦታ አለዎት?
digital-access-confidence = ለቪዲዮ ቀጠሮ ስልክ ወይም ኮምፒውተር ለመጠቀም ምን ያህል በራስዎ ይተማመናሉ?
digital-access-confidence-very = በጣም
digital-access-confidence-somewhat = በመጠኑ
digital-access-confidence-a-little = ትንሽ
digital-access-confidence-not-at-all = በጭራሽ
digital-access-help-available = የቪዲዮ ቀጠሮ ለማዘጋጀት ሊረዳዎ የሚችል ሰው አለ?
digital-access-portal-account = በጤና ጣቢያው የታካሚዎች ድረ-ገጽ (patient portal) ላይ አካውንት አለዎት?
digital-access-email = የሚጠቀሙበት የኢሜይል አድራሻ አለዎት?
digital-access-preferred-visit = ቀጠሮዎችዎ በምን መንገድ እንዲሆኑ ይፈልጋሉ?
digital-access-preferred-visit-in-person = በአካል
digital-access-preferred-visit-video = በቪዲዮ
digital-access-preferred-visit-phone = በስልክ

navigator-actions-title = የተሰጠ እርዳታ
navigator-actions-actions = አባሉን በምን ረዱት?
navigator-actions-actions-install-app = የቪዲዮ ቀጠሮ መተግበሪያውን ጫንኩ
navigator-actions-actions-portal = የታካሚዎች ድረ-ገጽ አካውንቱን አዘጋጀሁ
navigator-actions-actions-test-call = የሙከራ ጥሪ አብረን ተለማመድን
navigator-actions-actions-internet-program = ዝቅተኛ ዋጋ ወዳለው የኢንተርኔት ወይም የስልክ ፕሮግራም ላክሁ (ሪፈር አደረግሁ)
navigator-actions-actions-device-loan = መሣሪያ አዋስኩ
navigator-actions-actions-video-visit = የቪዲዮ ቀጠሮ ያዝኩለት
navigator-actions-actions-declined = አባሉ እርዳታ አልፈለገም
navigator-actions-notes = ማስታወሻዎች
