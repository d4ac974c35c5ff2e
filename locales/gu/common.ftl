# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Gujarati (gu) draft translation of common.ftl; to be checked with an interpreter.

common-yes-no-yes = હા
common-yes-no-no = ના

answer-asked-declined = જવાબ ન આપવાનું પસંદ કરું છું
answer-asked-unknown = ખબર નથી
answer-not-asked = પૂછ્યું નથી
hint-choose-all = લાગુ પડતા બધા વિકલ્પો પસંદ કરો.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = રહેઠાણ
domain-housing-instability-explain = સભ્ય પોતાનું ઘર ગુમાવી શકે છે, અથવા તેમની પાસે રહેવા માટે કાયમી જગ્યા નથી.
domain-housing-quality = ઘરની સ્થિતિ
domain-housing-quality-explain = સભ્યના ઘરમાં એવી સમસ્યાઓ છે જે આરોગ્યને નુકસાન કરી શકે છે.
domain-food = ખોરાક
domain-food-explain = છેલ્લા 12 મહિનામાં સભ્યને ખોરાક ખૂટી જવાની ચિંતા હતી, અથવા ખોરાક ખૂટી ગયો હતો.
domain-transportation = આવવા-જવાનું સાધન
domain-transportation-explain = આવવા-જવાના સાધનના અભાવે સભ્ય સારવાર, કામ અથવા જરૂરી વસ્તુઓ સુધી પહોંચી શક્યા નથી.
domain-utilities = વીજળી-પાણી જેવી સેવાઓ
domain-utilities-explain = વીજળી, ગેસ, તેલ અથવા પાણીની કંપનીએ સેવા બંધ કરવાની ધમકી આપી, અથવા બંધ કરી દીધી.
domain-interpersonal-safety = સલામતી
domain-interpersonal-safety-explain = કોઈ સભ્યને ઈજા પહોંચાડતું, ધમકાવતું અથવા તેમનું અપમાન કરતું હોઈ શકે છે.
domain-financial-strain = પાયાની જરૂરિયાતો માટે પૈસા
domain-financial-strain-explain = ખોરાક, રહેઠાણ, તબીબી સારવાર અથવા હીટિંગ માટે પૈસા ચૂકવવા મુશ્કેલ છે.
domain-employment = કામ
domain-employment-explain = સભ્યને કામ શોધવામાં અથવા ટકાવી રાખવામાં મદદ જોઈએ છે.
domain-family-community-support = બીજાઓ તરફથી સહારો
domain-family-community-support-explain = સભ્યને રોજિંદા કામોમાં વધુ મદદની જરૂર છે, અથવા તેમને ઘણી વાર એકલું લાગે છે.
domain-education = ભણતર અને તાલીમ
domain-education-explain = સભ્યને ભણતર અથવા નોકરી માટેની તાલીમમાં મદદ જોઈએ છે.
domain-physical-activity = શારીરિક પ્રવૃત્તિ
domain-physical-activity-explain = સભ્ય અઠવાડિયામાં 150 મિનિટ કરતાં ઓછી કસરત કરે છે.
domain-substance-use = દારૂ, તમાકુ અને નશીલા પદાર્થો
domain-substance-use-explain = સભ્યએ એવા ઉપયોગ વિશે જણાવ્યું છે જેના વિશે વાત કરવી ઉપયોગી હોઈ શકે.
domain-mental-health = માનસિક આરોગ્ય
domain-mental-health-explain = સભ્યને ઉદાસી લાગી છે, રસ ઓછો થયો છે, અથવા ઘણો તણાવ લાગે છે.
domain-disabilities = વિકલાંગતા
domain-disabilities-explain = સભ્યને ધ્યાન કેન્દ્રિત કરવામાં અથવા એકલા બહારના કામ કરવામાં ગંભીર મુશ્કેલી પડે છે.
domain-digital-access = ઇન્ટરનેટ અને ડિવાઇસ
domain-digital-access-explain = સભ્ય પાસે ભરોસાપાત્ર ઇન્ટરનેટ અથવા વીડિયો મુલાકાત માટે ડિવાઇસ નથી.
domain-digital-literacy = ટેકનોલોજી વાપરવામાં સહજતા
domain-digital-literacy-explain = સભ્યને વીડિયો મુલાકાતમાં આત્મવિશ્વાસ નથી અને મદદ કરનાર પણ કોઈ નથી.

outcome-positive = જરૂરિયાત મળી
outcome-negative = કોઈ જરૂરિયાત મળી નથી
outcome-not-scored = સ્કોર નથી થયો: કેટલાક જવાબો ખૂટે છે

flag-homelessness = સભ્ય પાસે રહેવા માટે કાયમી જગ્યા નથી (બેઘર).
safety-discreet-prompt = આ વિશે વાત કરતાં પહેલાં ખાતરી કરો કે સભ્ય એકલા છે અને વાત કરવી સલામત છે.

translation-status-reference = મૂળ (સંદર્ભ) લખાણ
translation-status-draft = અનુવાદનો મુસદ્દો: શબ્દો દુભાષિયા સાથે તપાસો
translation-status-reviewed = { $reviewer } દ્વારા { $date } ના રોજ તપાસાયેલું

role-chw = સામુદાયિક આરોગ્ય કાર્યકર
role-navigator = ટેલિહેલ્થ નેવિગેટર
role-supervisor = સુપરવાઇઝર

permission-find-members = સભ્યો શોધવા
permission-view-member = સભ્યની માહિતી જોવી
permission-edit-member = સભ્ય ઉમેરવો અથવા તેની માહિતી બદલવી
permission-record-response = સ્ક્રીનિંગ નોંધવું
permission-record-follow-up = ફોલો-અપ નોંધવું
permission-retract-any-response = બીજી વ્યક્તિના સ્ક્રીનિંગને “ભૂલથી નોંધાયેલું” તરીકે ચિહ્નિત કરવું
permission-manage-users = વપરાશકર્તાઓનું સંચાલન કરવું
permission-backup = બેકઅપ બનાવવો
permission-restore = બેકઅપમાંથી પાછું લાવવું
permission-verify-store = સ્ટોર તપાસવો
permission-review-team = ટીમના કામની સમીક્ષા કરવી
permission-import-members = સભ્યો અથવા ડેમો ડેટા આયાત કરવો
permission-sync = હબ સાથે સિંક કરવું
