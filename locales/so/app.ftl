# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Somali (so) draft translation; to be checked with an interpreter.

app-title = Equity Intake
app-continue = Sii wad
app-cancel = Ka noqo
app-save = Kaydi
app-none = Waxba.
app-show = Muuji
app-lock = Quful shaashadda
app-locked-notice = Shaashadda waa la qufulay. Soo gal si aad u sii wadato.
app-nav-label = Liiska ugu weyn
app-nav-members = Xubnaha
app-nav-supervisor = Kormeerka
app-nav-settings = Habaynta
app-nav-sync = La jaanqaadin
app-for-staff = Loogu talagalay shaqaalaha:
app-fallback-english = (weli lama turjumin: waxaa lagu muujiyay Ingiriisi)
app-translation-status-missing = Weli lama turjumin: su'aaluhu waxay ku soo baxayaan Ingiriisi

## First run and sign-in
app-setup-title = Diyaari Equity Intake
app-setup-explain = Samee kaydka xogta ee xaruntan caafimaadka iyo kormeeraha ugu horreeya. Wax walba waxaa lagu hayaa si sir ah (encrypted) kombiyuutarkan.
app-setup-submit = Samee kaydka xogta
app-recovery-title = Furahaaga soo celinta
app-recovery-explain = Haddii kormeerayaasha oo dhan ay ilaawaan PIN-kooda, furahan ayaa ah waddada keliya ee dib loogu geli karo kaydka xogta. Qor oo ku hay meel ammaan ah oo quful leh, kana fog kombiyuutarkan. Hal mar keliya ayaa la muujinayaa.
app-recovery-confirm = Waan qoray furaha soo celinta, meel ammaan ahna waan dhigay.
app-sign-in-title = Soo gal
app-sign-in-submit = Soo gal
app-pin-hint = Ugu yaraan 6 xaraf. Qofna ha la wadaagin.
app-field-site = Magaca xarunta caafimaadka
app-field-username = Magaca isticmaalaha
app-field-name = Magaca oo buuxa
app-field-pin = PIN-ka
app-field-pin-again = PIN-ka mar kale
app-field-role = Doorka
app-field-staff-language = Luqadda shaashadaha

## Members
app-members-title = Xubnaha
app-members-search = Ku raadi magaca, lambarka aqoonsiga MassHealth, lambarka diiwaanka ama taariikhda dhalashada
app-members-recent = Xubnihii aad dhowaan la shaqaysay
app-members-none-yet = Ma jiraan xubno aad dhowaan la shaqaysay. Kor ka raadi, ama ku dar xubin.
app-members-found = { $count ->
    [one] { $count } xubin ayaa la helay
   *[other] { $count } xubnood ayaa la helay
}
app-members-too-many = Waxaa la helay in ka badan { $count } xubnood: magaca wax badan ka qor.
app-members-add = Ku dar xubin
app-members-save = Kaydi xubinta
app-duplicates-found = Xubnahan waxay u eg yihiin isla qof. Fur midkood, ama ku dar xubin cusub haddii uu kani yahay qof kale.
app-duplicates-add-anyway = Kani waa qof kale: ku dar xubin cusub
app-dob = Taariikhda dhalashada
app-masshealth-id = Lambarka aqoonsiga MassHealth
app-mrn = Lambarka diiwaanka
app-field-given-name = Magaca koowaad
app-field-family-name = Magaca qoyska
app-field-date-of-birth = Taariikhda dhalashada
app-field-masshealth-id = Lambarka aqoonsiga MassHealth (ikhtiyaari)
app-field-mrn = Lambarka diiwaanka caafimaadka (ikhtiyaari)

## Member profile
app-demographics-title = Waxa xubintu nooga sheegtay nafteeda
app-topic = Mawduuc
app-state = Xaalad
app-answer = Jawaab
app-asked-on = Taariikhda la weydiiyay
app-proxy = qof kale ayaa ka jawaabay
app-topic-race-ethnicity = Isirka iyo qowmiyadda
app-topic-language = Luqadda
app-topic-disability = Naafonimo (baahiyo gaar ah)
app-topic-sexual-orientation = U janjeedhka galmada (sexual orientation)
app-topic-gender-identity = Aqoonsiga jinsi (gender identity)
app-topic-sex-at-birth = Jinsiga loo qoray markii la dhashay
app-topic-pronouns = Magac-u-yaallada (pronouns)
app-state-answered = Waa laga jawaabay
app-state-declined = Ma rabin inay ka jawaabto
app-state-unknown = Ma aqoon
app-state-never-asked = Weligeed lama weydiin
app-state-stale = In ka badan hal sano ka hor
app-history-title = Baaritaannada
app-history-none = Weli baaritaan lama samayn.
app-drafts-title = Baaritaanno aan dhammaystirnayn
app-resume = Ka sii wad
app-needs-title = Baahiyaha
app-needs-none = Ilaa hadda baahi lama helin.
app-need-discreet = Baahi xasaasi ah
app-opened-on = Taariikhda la helay
app-follow-up-add = Diiwaangeli dabagal

## Starting a screening
app-start-title = Bilow baaritaan
app-start-submit = Bilow
app-field-instruments = Liisaska su'aalaha
app-field-member-language = Luqadda xubinta
app-field-mode = Habka
app-mode-in-person = Fool-ka-fool
app-mode-phone = Taleefan
app-mode-video = Fiidiyow
app-field-interpreter = Turjubaan ayaa caawinaya
app-field-respondent = Yaa ka jawaabaya
app-respondent-self = Xubinta lafteeda
app-respondent-proxy = Qof xubinta u jawaabaya (waalid, ama qof daryeela)
app-field-relationship = Xiriirka qofkaas iyo xubinta
app-field-consent = Xubintu way oggoshahay

## Screening
app-screening-for = Baaritaan loogu talagalay
app-question-position = Su'aasha { $n } ee { $total }
app-progress = { $answered } ka mid ah { $total } ayaa laga jawaabay
app-steps-label = Su'aalaha
app-back = Dib u noqo
app-next = Xiga
app-finish = Dhammee oo kaydi
app-save-close = Xir (jawaabaha waa la kaydiyay)
app-discard = Tirtir baaritaankan
app-discard-confirm = Ma tirtiraysaa dhammaan jawaabaha baaritaankan? Tan dib looma celin karo.

## Results
app-results-title = Natiijooyinka
app-results-none = Ma jiraan natiijooyin la muujiyo.
app-safe-to-talk = Xubintu keligeed ayay joogtaa, waana ammaan in la hadlo
app-to-profile = Dib ugu noqo xogta xubinta
app-summary-print = Soo koobid loogu talagalay xubinta
app-summary-open = Fur soo koobidda
app-print = Daabac ama u kaydi PDF ahaan

## The printed summary, in the member's language
app-summary-title = Soo koobidda baaritaankaaga
app-summary-intro = Waad ku mahadsan tahay inaad ka jawaabtay su'aalahayaga. Halkan waxaa ku qoran waxyaabihii aan ka wada hadallay iyo waxa xiga.
app-summary-none = Maanta nooma sheegin wax baahi ah. Mar kasta waad nala hadli kartaa.
app-summary-footer = Jawaabahaagu waa sir. Waxay ka caawinayaan xaruntaada caafimaadka iyo MassHealth inay ku siiyaan daryeel ka wanaagsan. Haddii aad qabto su'aalo, wac xaruntaada caafimaadka.
app-summary-explain-housing-instability = Waxaa laga yaabaa inaad u baahan tahay caawimaad aad ku sii haysato gurigaaga ama aad ku hesho guri.
app-summary-explain-housing-quality = Waxaa laga yaabaa in gurigaaga ay ku jiraan dhibaatooyin waxyeello u geysan kara caafimaadkaaga.
app-summary-explain-food = Waxaa laga yaabaa inaad u baahan tahay caawimaad aad ku hesho cunto ku filan.
app-summary-explain-transportation = Waxaa laga yaabaa inaad u baahan tahay gaadiid aad ku tagto ballamaha caafimaadka, shaqada ama meelaha aad waxyaabahaaga ka qabsato.
app-summary-explain-utilities = Waxaa laga yaabaa inaad u baahan tahay caawimaad aad ku bixiso korontada, gaaska, shidaalka kululaynta ama biyaha.
app-summary-explain-interpersonal-safety = Mar kasta oo aad rabto, waad nala hadli kartaa wax ku saabsan badbaadadaada.
app-summary-explain-financial-strain = Waxaa laga yaabaa inaad u baahan tahay caawimaad aad ku bixiso baahiyaha aasaasiga ah.
app-summary-explain-employment = Waxaa laga yaabaa inaad rabto caawimaad aad ku hesho shaqo ama aad ku sii haysato shaqadaada.
app-summary-explain-family-community-support = Waxaa laga yaabaa inaad rabto caawimaad dheeraad ah oo guriga ah, ama waqti badan oo aad dad kale la qaadato.
app-summary-explain-education = Waxaa laga yaabaa inaad rabto caawimaad xagga waxbarashada ama tababarka shaqada.
app-summary-explain-physical-activity = Haddii aad jirkaaga dhaqdhaqaajiso wax badan, waxay caawin kartaa caafimaadkaaga.
app-summary-explain-substance-use = Mar kasta oo aad rabto, waad nala hadli kartaa wax ku saabsan khamriga, tubaakada ama daroogada.
app-summary-explain-mental-health = Waxaa laga yaabaa inaad rabto qof aad kala hadasho sida aad dareemayso.
app-summary-explain-disabilities = Waxaa laga yaabaa inaad rabto caawimaad xagga hawlaha maalinlaha ah.
app-summary-explain-digital-access = Waxaa laga yaabaa inaad u baahan tahay caawimaad aad ku hesho internet ama qalab aad ku samayso ballamaha fiidiyowga.
app-summary-explain-digital-literacy = Waxaa laga yaabaa inaad rabto caawimaad aad ku barato sida loo isticmaalo ballamaha fiidiyowga.

## Supervisor
app-supervisor-title = Maanta
app-team-work = Shaqada shaqaale kasta
app-staff = Shaqaale
app-screenings = Baaritaanno
app-members-screened = Xubnaha la baaray
app-needs-opened = Baahiyaha la helay
app-incomplete-title = Baaritaanno aan dhammaystirnayn
app-unfollowed-title = Baahiyo aan dabagal lahayn
app-users-title = Isticmaalayaasha
app-add-user = Ku dar isticmaale
app-reset-pin = Dib u deji PIN-ka
app-deactivate = Jooji akoonka
app-inactive = la joojiyay
app-site-settings = Habaynta xarunta
app-setting-idle-lock-seconds = Quful shaashadda haddii aan la isticmaalin tirada ilbiriqsiyadan
app-setting-sogi-min-age = Da'da ugu yar ee la weydiiyo u janjeedhka galmada iyo aqoonsiga jinsi

## Settings
app-text-size = Cabbirka qoraalka
app-about = Barnaamijka ku saabsan
app-language = Luqadda
app-translation-status = Turjumaadda

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Shaashaddu waa qufulan tahay. Mar kale soo gal: waxba ma lumin.
app-error-pin-mismatch = Labada PIN isku mid ma aha.
app-error-preferences = Habayntan laguma kaydin karin kombiyuutarkan.
app-error-date-of-birth = Geli taariikhda dhalashada oo dhammaystiran.
app-error-member-name = Geli magaca koowaad ama magaca qoyska.
app-error-member-date-of-birth = Taariikhda dhalashadu ma noqon karto mustaqbalka.
app-error-member-masshealth-id = Lambarka aqoonsiga MassHealth wuxuu ka kooban yahay xarfo iyo lambarro oo keliya.
app-error-member-language = Dooro luqadda xubinta.
app-error-mode = Dooro habka baaritaanka loo samaynayo.
app-error-respondent = Dooro qofka ka jawaabaya.
app-error-proxy-relationship = Sheeg qofka xubinta u jawaabaya.
app-error-consent = Xubintu waa inay oggolaato ka hor inta aan su'aal la weydiin.
app-error-instruments = Dooro ugu yaraan hal liis oo su'aalo ah.
app-error-answer = Jawaabtani kuma habboona su'aasha. Mar kale dooro.
app-error-answer-exclusive = Jawaabtan lama dooran karo iyadoo ay la socdaan jawaabaha kale.
app-error-answer-range = Lambarkani wuu ka baxsan yahay xadka su'aashu oggolaato.
app-error-required-unanswered = Su'aashan waxay u baahan tahay jawaab, ama “Ma rabo inaan ka jawaabo”, ka hor intaadan dhammayn.
app-error-follow-up-status = Dooro waxa ka dhacay baahidan.
app-error-role = Dooro door.
app-error-setting = Qiimahani wuu ka baxsan yahay xadka la oggol yahay.

# Shaashadda la jaanqaadinta ee kormeeraha.
app-sync-title = La jaanqaadinta xarunta dhexe (hub) ee ACO
app-sync-not-enrolled = Qalabkan weli lagama diiwaangelin xarun dhexe. Geli cinwaanka xarunta dhexe iyo koodhka hal mar la isticmaalo ee ACO ku siisay.
app-sync-hub-url = Cinwaanka xarunta dhexe
app-sync-code = Koodhka diiwaangelinta
app-sync-enroll = Diiwaangeli qalabkan
app-sync-enrolled = Qalabkan waxaa laga diiwaangeliyay { $url } oo loogu talagalay { $site }.
app-sync-unsent = { $count ->
    [one] { $count } diiwaan ayaa sugaya in la diro.
   *[other] { $count } diiwaan ayaa sugaya in la diro.
}
app-sync-all-sent = Wax walba waxay gaareen xarunta dhexe.
app-sync-now = Hadda la jaanqaadi
app-sync-sending = Waa la dirayaa: { $sent } ka mid ah { $total } diiwaan
app-sync-finished = { $records ->
    [one] Waa dhammaatay: { $records } diiwaan ayaa la diray, xarunta dhexena way xaqiijisay inay heshay.
   *[other] Waa dhammaatay: { $records } diiwaan ayaa la diray, xarunta dhexena way xaqiijisay inay heshay.
}
app-sync-history = La jaanqaadintii ugu dambeysay
app-sync-started = Waqtiga la bilaabay
app-sync-by = Qofka bilaabay
app-sync-records = Diiwaannada
app-sync-receipts = Rasiidhada saxeexan
app-sync-result = Natiijada
app-sync-ok = Waa dhammaatay
app-sync-receipt = Kooxda { $sequence }: { $count } diiwaan
