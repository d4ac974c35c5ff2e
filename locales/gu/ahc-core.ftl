# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Gujarati (gu) draft translation of ahc-core.ftl; to be checked with an interpreter.

ahc-core-title = આરોગ્ય સાથે સંકળાયેલી સામાજિક જરૂરિયાતો (મુખ્ય પ્રશ્નો)
ahc-core-living-situation = આજે તમારી રહેવાની પરિસ્થિતિ કેવી છે?
ahc-core-living-situation-steady = મારી પાસે રહેવા માટે એક કાયમી જગ્યા છે
ahc-core-living-situation-worried = આજે મારી પાસે રહેવાની જગ્યા છે, પણ મને ચિંતા છે કે ભવિષ્યમાં મારે તે ગુમાવવી પડશે
ahc-core-living-situation-not-steady = મારી પાસે રહેવા માટે કાયમી જગ્યા નથી (હું હમણાં થોડા સમય માટે બીજાઓ સાથે, હોટેલમાં, આશ્રયસ્થાન (શેલ્ટર) માં, બહાર રસ્તા પર, દરિયાકિનારે, કારમાં, ખાલી પડેલી ઇમારતમાં, બસ કે ટ્રેન સ્ટેશન પર, અથવા બગીચામાં (પાર્કમાં) રહું છું)
ahc-core-housing-problems = તમે જ્યાં રહો છો તે જગ્યા વિશે વિચારો. શું તમને નીચેનામાંથી કોઈ સમસ્યા છે?
ahc-core-housing-problems-pests = જીવજંતુઓ, જેમ કે કીડા, કીડીઓ અથવા ઉંદર
ahc-core-housing-problems-mold = ફૂગ
ahc-core-housing-problems-lead = સીસા (લેડ) વાળો રંગ અથવા પાઇપ
ahc-core-housing-problems-heat = ઘર ગરમ રાખવાની વ્યવસ્થા (હીટિંગ) નો અભાવ
ahc-core-housing-problems-stove = ઓવન અથવા ચૂલો (સ્ટવ) કામ કરતો નથી
ahc-core-housing-problems-smoke-detectors = ધુમાડાનું એલાર્મ (સ્મોક ડિટેક્ટર) નથી અથવા કામ કરતું નથી
ahc-core-housing-problems-leaks = પાણી ટપકવું કે ગળવું
ahc-core-housing-problems-none = ઉપરમાંથી કોઈ નહીં
ahc-core-food-worry = છેલ્લા 12 મહિનામાં, તમને ચિંતા હતી કે વધુ ખોરાક ખરીદવાના પૈસા આવે તે પહેલાં જ તમારો ખોરાક ખૂટી જશે.
ahc-core-food-ran-out = છેલ્લા 12 મહિનામાં, તમે ખરીદેલો ખોરાક પૂરો ન પડ્યો અને વધુ ખોરાક ખરીદવા માટે તમારી પાસે પૈસા નહોતા.
ahc-core-hunger-vital-sign-often = ઘણી વાર સાચું
ahc-core-hunger-vital-sign-sometimes = ક્યારેક સાચું
ahc-core-hunger-vital-sign-never = ક્યારેય સાચું નથી
ahc-core-transportation = છેલ્લા 12 મહિનામાં, શું આવવા-જવા માટે ભરોસાપાત્ર સાધન ન હોવાને કારણે તમે ડૉક્ટરની એપોઇન્ટમેન્ટ, મીટિંગ કે કામ પર જઈ શક્યા નથી, અથવા રોજિંદા જીવન માટે જરૂરી વસ્તુઓ લાવી શક્યા નથી?
ahc-core-utilities = છેલ્લા 12 મહિનામાં, શું વીજળી, ગેસ, તેલ (હીટિંગ ઓઇલ) અથવા પાણીની કંપનીએ તમારા ઘરની સેવાઓ બંધ કરવાની ધમકી આપી છે?
ahc-core-utilities-yes = હા
ahc-core-utilities-no = ના
ahc-core-utilities-already-shut-off = પહેલેથી જ બંધ કરી દીધી છે
ahc-core-safety-intro = હિંસા અને દુર્વ્યવહાર ઘણા લોકો સાથે થાય છે અને તેમના આરોગ્ય પર અસર કરે છે, તેથી અમે તમને નીચેના પ્રશ્નો પૂછીએ છીએ.
ahc-core-safety-hurt = પરિવાર અને મિત્રો સહિત, કોઈ પણ વ્યક્તિ તમને કેટલી વાર શારીરિક ઈજા પહોંચાડે છે?
ahc-core-safety-insult = પરિવાર અને મિત્રો સહિત, કોઈ પણ વ્યક્તિ કેટલી વાર તમારું અપમાન કરે છે અથવા તમને નીચા દેખાડીને વાત કરે છે?
ahc-core-safety-threaten = પરિવાર અને મિત્રો સહિત, કોઈ પણ વ્યક્તિ કેટલી વાર તમને નુકસાન પહોંચાડવાની ધમકી આપે છે?
ahc-core-safety-scream = પરિવાર અને મિત્રો સહિત, કોઈ પણ વ્યક્તિ કેટલી વાર તમારા પર બૂમો પાડે છે અથવા તમને ગાળો આપે છે?
ahc-core-frequency-never = ક્યારેય નહીં
ahc-core-frequency-rarely = ભાગ્યે જ
ahc-core-frequency-sometimes = ક્યારેક
ahc-core-frequency-fairly-often = ઠીક ઠીક વાર
ahc-core-frequency-frequently = વારંવાર
