# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Gujarati (gu) draft translation of app.ftl; to be checked with an interpreter.

app-title = Equity Intake
app-continue = આગળ વધો
app-cancel = રદ કરો
app-save = સેવ કરો
app-none = કંઈ નહીં.
app-show = બતાવો
app-lock = લૉક કરો
app-locked-notice = સ્ક્રીન લૉક થઈ ગઈ હતી. આગળ વધવા માટે સાઇન ઇન કરો.
app-nav-label = મુખ્ય મેનુ
app-nav-members = સભ્યો
app-nav-supervisor = સુપરવાઇઝર
app-nav-settings = સેટિંગ્સ
app-nav-sync = સિંક
app-for-staff = સ્ટાફ માટે:
app-fallback-english = (હજી અનુવાદ થયો નથી: અંગ્રેજીમાં બતાવ્યું છે)
app-translation-status-missing = હજી અનુવાદ થયો નથી: પ્રશ્નો અંગ્રેજીમાં દેખાશે

## First run and sign-in
app-setup-title = Equity Intake સેટ અપ કરો
app-setup-explain = આ આરોગ્ય કેન્દ્રનો સ્ટોર અને તેનો પહેલો સુપરવાઇઝર બનાવો. બધું આ જ કમ્પ્યુટર પર એન્ક્રિપ્ટ કરીને રાખવામાં આવે છે.
app-setup-submit = સ્ટોર બનાવો
app-recovery-title = તમારી રિકવરી કી
app-recovery-explain = જો બધા સુપરવાઇઝર પોતાનો પિન ભૂલી જાય, તો સ્ટોરમાં પાછા જવાનો આ કી જ એકમાત્ર રસ્તો છે. તેને લખી લો અને આ કમ્પ્યુટરથી દૂર કોઈ સલામત, તાળાવાળી જગ્યાએ રાખો. તે ફક્ત એક જ વાર બતાવવામાં આવે છે.
app-recovery-confirm = મેં રિકવરી કી લખી લીધી છે અને તેને સલામત જગ્યાએ રાખી છે.
app-sign-in-title = સાઇન ઇન
app-sign-in-submit = સાઇન ઇન કરો
app-pin-hint = ઓછામાં ઓછા 6 અક્ષરો કે અંકો. તે કોઈને જણાવશો નહીં.
app-field-site = આરોગ્ય કેન્દ્રનું નામ
app-field-username = વપરાશકર્તા નામ
app-field-name = પૂરું નામ
app-field-pin = પિન
app-field-pin-again = પિન ફરીથી
app-field-role = ભૂમિકા
app-field-staff-language = સ્ક્રીનની ભાષા

## Members
app-members-title = સભ્યો
app-members-search = નામ, MassHealth આઈડી, રેકોર્ડ નંબર અથવા જન્મ તારીખથી શોધો
app-members-recent = તમારા તાજેતરના સભ્યો
app-members-none-yet = કોઈ તાજેતરના સભ્યો નથી. ઉપર શોધો, અથવા નવો સભ્ય ઉમેરો.
app-members-found = { $count ->
    [one] { $count } સભ્ય મળ્યો
   *[other] { $count } સભ્યો મળ્યા
}
app-members-too-many = { $count } કરતાં વધુ સભ્યો મળ્યા: નામનો વધુ ભાગ ટાઇપ કરો.
app-members-add = સભ્ય ઉમેરો
app-members-save = સભ્ય સેવ કરો
app-duplicates-found = આ સભ્યો એક જ વ્યક્તિ હોય એવું લાગે છે. તેમાંથી એક ખોલો, અથવા આ બીજી કોઈ વ્યક્તિ હોય તો નવો સભ્ય ઉમેરો.
app-duplicates-add-anyway = આ બીજી વ્યક્તિ છે: નવો સભ્ય ઉમેરો
app-dob = જન્મ તારીખ
app-masshealth-id = MassHealth આઈડી
app-mrn = રેકોર્ડ નંબર
app-field-given-name = પહેલું નામ
app-field-family-name = અટક
app-field-date-of-birth = જન્મ તારીખ
app-field-masshealth-id = MassHealth આઈડી (વૈકલ્પિક)
app-field-mrn = મેડિકલ રેકોર્ડ નંબર (વૈકલ્પિક)

## Member profile
app-demographics-title = સભ્યએ પોતાના વિશે અમને શું જણાવ્યું
app-topic = વિષય
app-state = સ્થિતિ
app-answer = જવાબ
app-asked-on = પૂછ્યાની તારીખ
app-proxy = બીજી કોઈ વ્યક્તિએ જવાબ આપ્યો
app-topic-race-ethnicity = વંશ અને વંશીયતા
app-topic-language = ભાષા
app-topic-disability = વિકલાંગતા
app-topic-sexual-orientation = જાતીય અભિગમ
app-topic-gender-identity = જેન્ડર ઓળખ
app-topic-sex-at-birth = જન્મ સમયે નોંધાયેલું લિંગ
app-topic-pronouns = સર્વનામ
app-state-answered = જવાબ આપ્યો
app-state-declined = જવાબ ન આપવાનું પસંદ કર્યું
app-state-unknown = ખબર નહોતી
app-state-never-asked = ક્યારેય પૂછ્યું નથી
app-state-stale = એક વર્ષથી વધુ જૂનું
app-history-title = સ્ક્રીનિંગ
app-history-none = હજી સુધી કોઈ સ્ક્રીનિંગ નથી.
app-drafts-title = અધૂરાં સ્ક્રીનિંગ
app-resume = ચાલુ રાખો
app-needs-title = જરૂરિયાતો
app-needs-none = અત્યાર સુધી કોઈ જરૂરિયાત મળી નથી.
app-need-discreet = એક સંવેદનશીલ જરૂરિયાત
app-opened-on = મળ્યાની તારીખ
app-follow-up-add = ફોલો-અપ નોંધો

## Starting a screening
app-start-title = સ્ક્રીનિંગ શરૂ કરો
app-start-submit = શરૂ કરો
app-field-instruments = પ્રશ્નાવલીઓ
app-field-member-language = સભ્યની ભાષા
app-field-mode = કેવી રીતે
app-mode-in-person = રૂબરૂ
app-mode-phone = ફોન દ્વારા
app-mode-video = વીડિયો દ્વારા
app-field-interpreter = દુભાષિયા મદદ કરી રહ્યા છે
app-field-respondent = કોણ જવાબ આપે છે
app-respondent-self = સભ્ય પોતે
app-respondent-proxy = સભ્ય વતી બીજું કોઈ (માતા-પિતા, સંભાળ રાખનાર)
app-field-relationship = સભ્ય સાથે તેમનો સંબંધ
app-field-consent = સભ્ય સંમત છે

## Screening
app-screening-for = સ્ક્રીનિંગ, સભ્ય:
app-question-position = { $total } માંથી પ્રશ્ન { $n }
app-progress = { $total } માંથી { $answered } ના જવાબ આપ્યા
app-steps-label = પ્રશ્નો
app-back = પાછળ
app-next = આગળ
app-finish = પૂરું કરો અને સેવ કરો
app-save-close = બંધ કરો (જવાબો સેવ થયેલા છે)
app-discard = આ સ્ક્રીનિંગ રદ કરો
app-discard-confirm = આ સ્ક્રીનિંગના બધા જવાબો રદ કરવા છે? આ પાછું લાવી શકાશે નહીં.

## Results
app-results-title = પરિણામો
app-results-none = બતાવવા માટે કોઈ પરિણામ નથી.
app-safe-to-talk = સભ્ય એકલા છે અને વાત કરવી સલામત છે
app-to-profile = સભ્યની માહિતી પર પાછા જાઓ
app-summary-print = સભ્ય માટે સારાંશ
app-summary-open = સારાંશ ખોલો
app-print = પ્રિન્ટ કરો અથવા PDF તરીકે સેવ કરો

## The printed summary, in the member's language
app-summary-title = તમારા સ્ક્રીનિંગનો સારાંશ
app-summary-intro = અમારા પ્રશ્નોના જવાબ આપવા બદલ આભાર. અમે શેના વિશે વાત કરી અને હવે આગળ શું થશે, તે અહીં લખેલું છે.
app-summary-none = આજે તમે અમને કોઈ જરૂરિયાત વિશે જણાવ્યું નથી. તમે ગમે ત્યારે અમારી સાથે વાત કરી શકો છો.
app-summary-footer = તમારા જવાબો ખાનગી છે. તે તમારા આરોગ્ય કેન્દ્રને અને MassHealth ને તમારી વધુ સારી સંભાળ રાખવામાં મદદ કરે છે. કોઈ પ્રશ્ન હોય તો તમારા આરોગ્ય કેન્દ્રને ફોન કરો.
app-summary-explain-housing-instability = તમને ઘર ટકાવી રાખવામાં અથવા ઘર શોધવામાં મદદની જરૂર હોઈ શકે.
app-summary-explain-housing-quality = તમારા ઘરમાં એવી સમસ્યાઓ હોઈ શકે જે તમારા આરોગ્ય પર અસર કરી શકે.
app-summary-explain-food = તમને પૂરતો ખોરાક મેળવવામાં મદદની જરૂર હોઈ શકે.
app-summary-explain-transportation = તમને સારવાર, કામ કે બહારના કામ માટે આવવા-જવામાં મદદની જરૂર હોઈ શકે.
app-summary-explain-utilities = તમને વીજળી, ગેસ, તેલ કે પાણીનું બિલ ભરવામાં મદદની જરૂર હોઈ શકે.
app-summary-explain-interpersonal-safety = તમે ઇચ્છો ત્યારે અમે તમારી સલામતી વિશે વાત કરી શકીએ છીએ.
app-summary-explain-financial-strain = તમને પાયાની જરૂરિયાતોનો ખર્ચ ચૂકવવામાં મદદની જરૂર હોઈ શકે.
app-summary-explain-employment = કદાચ તમને નોકરી શોધવામાં કે ટકાવી રાખવામાં મદદ જોઈતી હોય.
app-summary-explain-family-community-support = કદાચ તમને ઘરે વધુ મદદ, અથવા બીજા લોકો સાથે વધુ સમય જોઈતો હોય.
app-summary-explain-education = કદાચ તમને ભણતર કે નોકરીની તાલીમમાં મદદ જોઈતી હોય.
app-summary-explain-physical-activity = શરીરને વધુ હલનચલન આપવાથી તમારા આરોગ્યને ફાયદો થઈ શકે.
app-summary-explain-substance-use = તમે ઇચ્છો ત્યારે અમે દારૂ, તમાકુ કે નશીલા પદાર્થો વિશે વાત કરી શકીએ છીએ.
app-summary-explain-mental-health = કદાચ તમે તમારી લાગણીઓ વિશે કોઈની સાથે વાત કરવા ઇચ્છતા હો.
app-summary-explain-disabilities = કદાચ તમને રોજિંદા કામોમાં મદદ જોઈતી હોય.
app-summary-explain-digital-access = તમને ઇન્ટરનેટ, અથવા વીડિયો મુલાકાત માટે ડિવાઇસ મેળવવામાં મદદની જરૂર હોઈ શકે.
app-summary-explain-digital-literacy = કદાચ તમને વીડિયો મુલાકાત વાપરતાં શીખવામાં મદદ જોઈતી હોય.

## Supervisor
app-supervisor-title = આજે
app-team-work = સ્ટાફ પ્રમાણે કામ
app-staff = સ્ટાફ સભ્ય
app-screenings = સ્ક્રીનિંગ
app-members-screened = સભ્યો
app-needs-opened = મળેલી જરૂરિયાતો
app-incomplete-title = અધૂરાં સ્ક્રીનિંગ
app-unfollowed-title = ફોલો-અપ વગરની જરૂરિયાતો
app-users-title = વપરાશકર્તાઓ
app-add-user = વપરાશકર્તા ઉમેરો
app-reset-pin = પિન રીસેટ કરો
app-deactivate = નિષ્ક્રિય કરો
app-inactive = નિષ્ક્રિય
app-site-settings = સાઇટ સેટિંગ્સ
app-setting-idle-lock-seconds = આટલી સેકન્ડ સુધી ઉપયોગ ન થાય તો સ્ક્રીન લૉક કરો
app-setting-sogi-min-age = જાતીય અભિગમ અને જેન્ડર ઓળખ વિશે પૂછવાની સૌથી નાની ઉંમર

## Settings
app-text-size = અક્ષરનું કદ
app-about = આ એપ વિશે
app-language = ભાષા
app-translation-status = અનુવાદ

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = સ્ક્રીન લૉક છે. ફરીથી સાઇન ઇન કરો: કંઈ ગુમાવ્યું નથી.
app-error-pin-mismatch = બંને પિન એકસરખા નથી.
app-error-preferences = આ સેટિંગ આ કમ્પ્યુટર પર સેવ થઈ શક્યું નહીં.
app-error-date-of-birth = જન્મ તારીખ પૂરી લખો.
app-error-member-name = પહેલું નામ અથવા અટક લખો.
app-error-member-date-of-birth = જન્મ તારીખ ભવિષ્યની ન હોઈ શકે.
app-error-member-masshealth-id = MassHealth આઈડીમાં ફક્ત અક્ષરો અને અંકો હોય છે.
app-error-member-language = સભ્યની ભાષા પસંદ કરો.
app-error-mode = સ્ક્રીનિંગ કેવી રીતે થાય છે તે પસંદ કરો.
app-error-respondent = કોણ જવાબ આપે છે તે પસંદ કરો.
app-error-proxy-relationship = સભ્ય વતી કોણ જવાબ આપે છે તે જણાવો.
app-error-consent = કોઈ પણ પ્રશ્ન પૂછતાં પહેલાં સભ્યની સંમતિ જરૂરી છે.
app-error-instruments = ઓછામાં ઓછી એક પ્રશ્નાવલી પસંદ કરો.
app-error-answer = આ જવાબ પ્રશ્ન સાથે બંધબેસતો નથી. ફરીથી પસંદ કરો.
app-error-answer-exclusive = આ જવાબ બીજા જવાબો સાથે પસંદ કરી શકાતો નથી.
app-error-answer-range = આ સંખ્યા પ્રશ્નમાં માન્ય મર્યાદાની બહાર છે.
app-error-required-unanswered = પૂરું કરતાં પહેલાં આ પ્રશ્નનો જવાબ આપો, અથવા “જવાબ ન આપવાનું પસંદ કરું છું” પસંદ કરો.
app-error-follow-up-status = આ જરૂરિયાતનું શું થયું તે પસંદ કરો.
app-error-role = ભૂમિકા પસંદ કરો.
app-error-setting = આ વેલ્યુ માન્ય મર્યાદાની બહાર છે.

# The supervisor's sync screen.
app-sync-title = ACO હબ સાથે સિંક
app-sync-not-enrolled = આ ડિવાઇસ હજી કોઈ હબ સાથે રજિસ્ટર થયું નથી. હબનું સરનામું અને ACO એ તમને આપેલો વન-ટાઇમ કોડ લખો.
app-sync-hub-url = હબનું સરનામું
app-sync-code = રજિસ્ટ્રેશન કોડ
app-sync-enroll = આ ડિવાઇસ રજિસ્ટર કરો
app-sync-enrolled = { $site } માટે { $url } પર રજિસ્ટર થયેલું છે.
app-sync-unsent = { $count ->
    [one] { $count } રેકોર્ડ મોકલવાનો બાકી છે.
   *[other] { $count } રેકોર્ડ મોકલવાના બાકી છે.
}
app-sync-all-sent = બધું હબ સુધી પહોંચી ગયું છે.
app-sync-now = હમણાં સિંક કરો
app-sync-sending = મોકલાઈ રહ્યા છે: { $total } માંથી { $sent } રેકોર્ડ
app-sync-finished = { $records ->
    [one] પૂરું થયું: { $records } રેકોર્ડ મોકલાયો અને હબે તેની પુષ્ટિ કરી.
   *[other] પૂરું થયું: { $records } રેકોર્ડ મોકલાયા અને હબે તેમની પુષ્ટિ કરી.
}
app-sync-history = તાજેતરનાં સિંક
app-sync-started = શરૂ થયાનો સમય
app-sync-by = કોણે કર્યું
app-sync-records = રેકોર્ડ
app-sync-receipts = સહીવાળી રસીદો
app-sync-result = પરિણામ
app-sync-ok = પૂરું થયું
app-sync-receipt = બૅચ { $sequence }: { $count } રેકોર્ડ
