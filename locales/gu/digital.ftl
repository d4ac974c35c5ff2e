# Digital access intake (telehealth navigators) and the help navigators give.
# Gujarati (gu) draft translation of digital.ftl; to be checked with an interpreter.

digital-access-title = ઇન્ટરનેટ અને વીડિયો મુલાકાત
digital-access-internet-home = શું તમારા ઘરે ઇન્ટરનેટ છે?
digital-access-internet-home-home = હા, ઘરનું ઇન્ટરનેટ અથવા વાઇ-ફાઇ
digital-access-internet-home-phone-only = ફક્ત મારા ફોનના ડેટા પ્લાનથી
digital-access-internet-home-none = ના
digital-access-internet-reliable = શું તમારું ઇન્ટરનેટ વીડિયો મુલાકાત માટે પૂરતું સારું ચાલે છે?
digital-access-internet-reliable-yes = હા
digital-access-internet-reliable-sometimes = ક્યારેક
digital-access-internet-reliable-no = ના
digital-access-data-runs-out = શું મહિનો પૂરો થાય તે પહેલાં તમારા ફોનનો ડેટા ખૂટી જાય છે?
digital-access-data-runs-out-often = ઘણી વાર
digital-access-data-runs-out-sometimes = ક્યારેક
digital-access-data-runs-out-never = ક્યારેય નહીં
digital-access-devices = વીડિયો મુલાકાત માટે તમે આમાંથી શું વાપરી શકો છો?
digital-access-devices-smartphone = સ્માર્ટફોન
digital-access-devices-tablet = ટેબ્લેટ
digital-access-devices-computer = કેમેરાવાળું કમ્પ્યુટર
digital-access-devices-none = આમાંથી કંઈ નહીં
digital-access-device-shared = શું તે ડિવાઇસ તમે બીજાઓ સાથે વહેંચીને વાપરો છો?
digital-access-private-space = વીડિયો મુલાકાત દરમિયાન વાત કરવા માટે શું તમારી પાસે કોઈ ખાનગી જગ્યા છે?
digital-access-confidence = વીડિયો મુલાકાત માટે ફોન કે કમ્પ્યુટર વાપરવામાં તમને કેટલો આત્મવિશ્વાસ છે?
digital-access-confidence-very = ઘણો
digital-access-confidence-somewhat = અમુક અંશે
digital-access-confidence-a-little = થોડો
digital-access-confidence-not-at-all = બિલકુલ નહીં
digital-access-help-available = શું કોઈ એવું છે જે તમને વીડિયો મુલાકાત ગોઠવવામાં મદદ કરી શકે?
digital-access-portal-account = શું આરોગ્ય કેન્દ્રના દર્દી પોર્ટલ (પેશન્ટ પોર્ટલ) પર તમારું ખાતું છે?
digital-access-email = શું તમારી પાસે કોઈ ઇમેઇલ સરનામું છે જે તમે વાપરો છો?
digital-access-preferred-visit = તમે ડૉક્ટર સાથેની મુલાકાત કેવી રીતે કરવા માંગો છો?
digital-access-preferred-visit-in-person = રૂબરૂ
digital-access-preferred-visit-video = વીડિયો દ્વારા
digital-access-preferred-visit-phone = ફોન દ્વારા

navigator-actions-title = આપેલી મદદ
navigator-actions-actions = તમે સભ્યને શેમાં મદદ કરી?
navigator-actions-actions-install-app = વીડિયો મુલાકાતની એપ ઇન્સ્ટોલ કરી
navigator-actions-actions-portal = દર્દી પોર્ટલ સેટ કર્યું
navigator-actions-actions-test-call = ટેસ્ટ કૉલ કરીને પ્રેક્ટિસ કરી
navigator-actions-actions-internet-program = ઓછા ખર્ચવાળા ઇન્ટરનેટ અથવા ફોન પ્રોગ્રામમાં રેફર કર્યા
navigator-actions-actions-device-loan = ડિવાઇસ ઉછીનું આપ્યું
navigator-actions-actions-video-visit = વીડિયો મુલાકાતનો સમય નક્કી કર્યો
navigator-actions-actions-declined = સભ્યને મદદ જોઈતી ન હતી
navigator-actions-notes = નોંધો
