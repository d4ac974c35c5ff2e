# Albanian (sq) draft of app.ftl; formal "ju"; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Vazhdo
app-cancel = Anulo
app-save = Ruaj
app-none = Asnjë.
app-show = Shfaq
app-lock = Kyç
app-locked-notice = Ekrani u kyç. Hyni përsëri për të vazhduar.
app-nav-label = Menyja kryesore
app-nav-members = Anëtarët
app-nav-supervisor = Mbikëqyrësi
app-nav-settings = Cilësimet
app-nav-sync = Sinkronizimi
app-for-staff = Për stafin:
app-fallback-english = (ende pa përkthim: shfaqet anglisht)
app-translation-status-missing = Ende pa përkthim: pyetjet shfaqen në anglisht

## First run and sign-in
app-setup-title = Konfiguroni Equity Intake
app-setup-explain = Krijoni depon e të dhënave të kësaj qendre shëndetësore dhe mbikëqyrësin e saj të parë. Gjithçka ruhet e enkriptuar në këtë kompjuter.
app-setup-submit = Krijo depon e të dhënave
app-recovery-title = Çelësi juaj i rikuperimit
app-recovery-explain = Nëse të gjithë mbikëqyrësit harrojnë PIN-in e tyre, ky çelës është e vetmja mënyrë për t’u kthyer në depon e të dhënave. Shkruajeni dhe ruajeni në një vend të sigurt e të mbyllur, larg këtij kompjuteri. Shfaqet vetëm një herë.
app-recovery-confirm = E kam shkruar çelësin e rikuperimit dhe e kam ruajtur në vend të sigurt.
app-sign-in-title = Hyrja
app-sign-in-submit = Hyr
app-pin-hint = Të paktën 6 karaktere. Mos ia tregoni askujt.
app-field-site = Emri i qendrës shëndetësore
app-field-username = Emri i përdoruesit
app-field-name = Emri i plotë
app-field-pin = Kodi PIN
app-field-pin-again = Përsëritni kodin PIN
app-field-role = Roli
app-field-staff-language = Gjuha e ekraneve

## Members
app-members-title = Anëtarët
app-members-search = Kërkoni me emër, ID të MassHealth, numër kartele ose datë lindjeje
app-members-recent = Anëtarët tuaj të fundit
app-members-none-yet = Nuk ka anëtarë të fundit. Kërkoni më sipër ose shtoni një anëtar.
app-members-found = { $count ->
    [one] U gjet { $count } anëtar
   *[other] U gjetën { $count } anëtarë
}
app-members-too-many = U gjetën më shumë se { $count } anëtarë: shkruani një pjesë më të madhe të emrit.
app-members-add = Shto një anëtar
app-members-save = Ruaj anëtarin
app-duplicates-found = Këta anëtarë duken si i njëjti person. Hapni njërin prej tyre, ose shtoni një anëtar të ri nëse ky është dikush tjetër.
app-duplicates-add-anyway = Ky është dikush tjetër: shto një anëtar të ri
app-dob = Data e lindjes
app-masshealth-id = ID-ja e MassHealth
app-mrn = Numri i kartelës
app-field-given-name = Emri
app-field-family-name = Mbiemri
app-field-date-of-birth = Data e lindjes
app-field-masshealth-id = ID-ja e MassHealth (jo e detyrueshme)
app-field-mrn = Numri i kartelës mjekësore (jo i detyrueshëm)

## Member profile
app-demographics-title = Çfarë na tha anëtari për veten
app-topic = Tema
app-state = Gjendja
app-answer = Përgjigjja
app-asked-on = Pyetur më
app-proxy = u përgjigj dikush tjetër
app-topic-race-ethnicity = Raca dhe përkatësia etnike
app-topic-language = Gjuha
app-topic-disability = Aftësia e kufizuar
app-topic-sexual-orientation = Orientimi seksual
app-topic-gender-identity = Identiteti gjinor
app-topic-sex-at-birth = Gjinia e caktuar në lindje
app-topic-pronouns = Përemrat
app-state-answered = U përgjigj
app-state-declined = Zgjodhi të mos përgjigjej
app-state-unknown = Nuk e dinte
app-state-never-asked = Nuk u pyet kurrë
app-state-stale = Më e vjetër se një vit
app-history-title = Depistimet
app-history-none = Ende nuk ka depistime.
app-drafts-title = Depistime të papërfunduara
app-resume = Vazhdo
app-needs-title = Nevojat
app-needs-none = Deri tani nuk u gjet asnjë nevojë.
app-need-discreet = Një nevojë e ndjeshme
app-opened-on = Gjetur më
app-follow-up-add = Regjistro një ndjekje

## Starting a screening
app-start-title = Fillo një depistim
app-start-submit = Fillo
app-field-instruments = Pyetësorët
app-field-member-language = Gjuha e anëtarit
app-field-mode = Mënyra
app-mode-in-person = Personalisht
app-mode-phone = Me telefon
app-mode-video = Me video
app-field-interpreter = Po ndihmon një përkthyes gojor
app-field-respondent = Kush përgjigjet
app-respondent-self = Anëtari
app-respondent-proxy = Dikush për anëtarin (një prind, një kujdestar)
app-field-relationship = Lidhja e këtij personi me anëtarin
app-field-consent = Anëtari pranon

## Screening
app-screening-for = Depistim për
app-question-position = Pyetja { $n } nga { $total }
app-progress = { $answered } nga { $total } të përgjigjura
app-steps-label = Pyetjet
app-back = Mbrapa
app-next = Para
app-finish = Përfundo dhe ruaj
app-save-close = Mbyll (përgjigjet janë ruajtur)
app-discard = Fshi këtë depistim
app-discard-confirm = Të fshihen të gjitha përgjigjet e këtij depistimi? Ky veprim nuk mund të zhbëhet.

## Results
app-results-title = Rezultatet
app-results-none = Nuk ka rezultate për të shfaqur.
app-safe-to-talk = Anëtari është vetëm dhe mund të flasë pa rrezik
app-to-profile = Kthehu te anëtari
app-summary-print = Përmbledhje për anëtarin
app-summary-open = Hap përmbledhjen
app-print = Printo ose ruaj si PDF

## The printed summary, in the member's language
app-summary-title = Përmbledhja e bisedës suaj
app-summary-intro = Faleminderit që iu përgjigjët pyetjeve tona. Ja për çfarë folëm dhe çfarë ndodh më pas.
app-summary-none = Sot nuk na treguat për ndonjë nevojë. Mund të flisni me ne në çdo kohë.
app-summary-footer = Përgjigjet tuaja janë konfidenciale. Ato ndihmojnë qendrën tuaj shëndetësore dhe MassHealth t’ju ofrojnë kujdes më të mirë. Telefononi qendrën tuaj shëndetësore nëse keni pyetje.
app-summary-explain-housing-instability = Mund t’ju duhet ndihmë për të mbajtur ose për të gjetur një shtëpi.
app-summary-explain-housing-quality = Në shtëpinë tuaj mund të ketë probleme që mund të ndikojnë në shëndetin tuaj.
app-summary-explain-food = Mund t’ju duhet ndihmë për të pasur ushqim të mjaftueshëm.
app-summary-explain-transportation = Mund t’ju duhet ndihmë me transportin te mjeku, në punë ose për punët e përditshme.
app-summary-explain-utilities = Mund t’ju duhet ndihmë për të paguar rrymën, gazin, naftën për ngrohje ose ujin.
app-summary-explain-interpersonal-safety = Mund të flasim për sigurinë tuaj sa herë që të doni.
app-summary-explain-financial-strain = Mund t’ju duhet ndihmë për të paguar nevojat bazë.
app-summary-explain-employment = Mund të doni ndihmë për të gjetur ose për të mbajtur një punë.
app-summary-explain-family-community-support = Mund të doni më shumë ndihmë në shtëpi ose më shumë kohë me njerëz të tjerë.
app-summary-explain-education = Mund të doni ndihmë me shkollën ose me trajnimin profesional.
app-summary-explain-physical-activity = Të lëvizurit më shumë mund ta ndihmojë shëndetin tuaj.
app-summary-explain-substance-use = Mund të flasim për alkoolin, duhanin ose drogat sa herë që të doni.
app-summary-explain-mental-health = Mund të doni të flisni me dikë për mënyrën si ndiheni.
app-summary-explain-disabilities = Mund të doni ndihmë me punët e përditshme.
app-summary-explain-digital-access = Mund t’ju duhet ndihmë për të pasur internet ose një pajisje për vizita me video.
app-summary-explain-digital-literacy = Mund të doni ndihmë për të mësuar si të përdorni vizitat me video.

## Supervisor
app-supervisor-title = Sot
app-team-work = Puna sipas punonjësit
app-staff = Punonjësi
app-screenings = Depistimet
app-members-screened = Anëtarët
app-needs-opened = Nevoja të gjetura
app-incomplete-title = Depistime të papërfunduara
app-unfollowed-title = Nevoja pa ndjekje
app-users-title = Përdoruesit
app-add-user = Shto një përdorues
app-reset-pin = Rivendos PIN-in
app-deactivate = Çaktivizo
app-inactive = çaktivizuar
app-site-settings = Cilësimet e qendrës
app-setting-idle-lock-seconds = Kyç ekranin pas kaq sekondash pa përdorim
app-setting-sogi-min-age = Mosha më e re që pyetet për orientimin seksual dhe identitetin gjinor

## Settings
app-text-size = Madhësia e tekstit
app-about = Rreth aplikacionit
app-language = Gjuha
app-translation-status = Përkthimi

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Ekrani është i kyçur. Hyni përsëri: nuk humbi asgjë.
app-error-pin-mismatch = Dy kodet PIN nuk janë të njëjta.
app-error-preferences = Ky cilësim nuk mund të ruhej në këtë kompjuter.
app-error-date-of-birth = Shkruani datën e lindjes si datë të plotë.
app-error-member-name = Shkruani një emër ose një mbiemër.
app-error-member-date-of-birth = Data e lindjes nuk mund të jetë në të ardhmen.
app-error-member-masshealth-id = ID-ja e MassHealth ka vetëm shkronja dhe shifra.
app-error-member-language = Zgjidhni gjuhën e anëtarit.
app-error-mode = Zgjidhni si bëhet depistimi.
app-error-respondent = Zgjidhni kush përgjigjet.
app-error-proxy-relationship = Shkruani kush përgjigjet për anëtarin.
app-error-consent = Anëtari duhet të pranojë para se të bëhet ndonjë pyetje.
app-error-instruments = Zgjidhni të paktën një pyetësor.
app-error-answer = Kjo përgjigje nuk i përshtatet pyetjes. Zgjidhni përsëri.
app-error-answer-exclusive = Kjo përgjigje nuk mund të zgjidhet bashkë me të tjerat.
app-error-answer-range = Ky numër është jashtë kufijve që lejon pyetja.
app-error-required-unanswered = Kjo pyetje ka nevojë për një përgjigje, ose për “Zgjedh të mos përgjigjem”, para se të përfundoni.
app-error-follow-up-status = Zgjidhni çfarë ndodhi me këtë nevojë.
app-error-role = Zgjidhni një rol.
app-error-setting = Kjo vlerë është jashtë kufijve të lejuar.

# Ekrani i sinkronizimit për mbikëqyrësin.
app-sync-title = Sinkronizimi me serverin qendror të ACO-s
app-sync-not-enrolled = Kjo pajisje nuk është regjistruar ende në një server qendror. Shkruani adresën e serverit dhe kodin e njëhershëm që ju dha ACO-ja.
app-sync-hub-url = Adresa e serverit
app-sync-code = Kodi i regjistrimit
app-sync-enroll = Regjistro këtë pajisje
app-sync-enrolled = Pajisja u regjistrua në { $url } për { $site }.
app-sync-unsent = { $count ->
    [one] { $count } regjistrim pret të dërgohet.
   *[other] { $count } regjistrime presin të dërgohen.
}
app-sync-all-sent = Gjithçka ka arritur në serverin qendror.
app-sync-now = Sinkronizo tani
app-sync-sending = Po dërgohen: { $sent } nga { $total } regjistrime
app-sync-finished = { $records ->
    [one] U krye: { $records } regjistrim u dërgua dhe serveri konfirmoi që e mori.
   *[other] U krye: { $records } regjistrime u dërguan dhe serveri konfirmoi që i mori.
}
app-sync-history = Sinkronizimet e fundit
app-sync-started = Filloi
app-sync-by = Nga
app-sync-records = Regjistrimet
app-sync-receipts = Konfirmimet e nënshkruara
app-sync-result = Rezultati
app-sync-ok = Përfundoi
app-sync-receipt = { $count ->
    [one] Paketa { $sequence }: { $count } regjistrim
   *[other] Paketa { $sequence }: { $count } regjistrime
}
