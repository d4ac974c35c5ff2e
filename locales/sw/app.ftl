# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Swahili (sw) draft translation; to be checked with an interpreter.

app-title = Equity Intake
app-continue = Endelea
app-cancel = Ghairi
app-save = Hifadhi
app-none = Hakuna.
app-show = Onyesha
app-lock = Funga skrini
app-locked-notice = Skrini imefungwa. Ingia ili kuendelea.
app-nav-label = Menyu kuu
app-nav-members = Wanachama
app-nav-supervisor = Usimamizi
app-nav-settings = Mipangilio
app-nav-sync = Usawazishaji
app-for-staff = Kwa wafanyakazi:
app-fallback-english = (bado haijatafsiriwa: inaonyeshwa kwa Kiingereza)
app-translation-status-missing = Bado haijatafsiriwa: maswali yanaonyeshwa kwa Kiingereza

## First run and sign-in
app-setup-title = Andaa Equity Intake
app-setup-explain = Unda hifadhi ya data ya kituo hiki cha afya na msimamizi wake wa kwanza. Kila kitu kinahifadhiwa kwa usimbaji fiche (encrypted) kwenye kompyuta hii.
app-setup-submit = Unda hifadhi ya data
app-recovery-title = Ufunguo wako wa kurejesha
app-recovery-explain = Iwapo wasimamizi wote watasahau PIN zao, ufunguo huu ndiyo njia pekee ya kuingia tena kwenye hifadhi ya data. Uandike na uuhifadhi mahali salama palipofungwa, mbali na kompyuta hii. Unaonyeshwa mara moja tu.
app-recovery-confirm = Nimeandika ufunguo wa kurejesha na nimeuhifadhi mahali salama.
app-sign-in-title = Ingia
app-sign-in-submit = Ingia
app-pin-hint = Angalau herufi 6. Usiishiriki na mtu yeyote.
app-field-site = Jina la kituo cha afya
app-field-username = Jina la mtumiaji
app-field-name = Jina kamili
app-field-pin = Namba ya siri (PIN)
app-field-pin-again = Rudia PIN
app-field-role = Jukumu
app-field-staff-language = Lugha ya skrini

## Members
app-members-title = Wanachama
app-members-search = Tafuta kwa jina, namba ya utambulisho ya MassHealth, namba ya rekodi au tarehe ya kuzaliwa
app-members-recent = Wanachama uliowahudumia hivi karibuni
app-members-none-yet = Hakuna wanachama wa hivi karibuni. Tafuta hapo juu, au ongeza mwanachama.
app-members-found = { $count ->
    [one] Amepatikana mwanachama { $count }
   *[other] Wamepatikana wanachama { $count }
}
app-members-too-many = Wamepatikana wanachama zaidi ya { $count }: andika sehemu kubwa zaidi ya jina.
app-members-add = Ongeza mwanachama
app-members-save = Hifadhi taarifa za mwanachama
app-duplicates-found = Wanachama hawa wanaonekana kuwa mtu mmoja. Fungua mmoja wao, au ongeza mwanachama mpya ikiwa huyu ni mtu mwingine.
app-duplicates-add-anyway = Huyu ni mtu mwingine: ongeza mwanachama mpya
app-dob = Tarehe ya kuzaliwa
app-masshealth-id = Namba ya utambulisho ya MassHealth
app-mrn = Namba ya rekodi
app-field-given-name = Jina la kwanza
app-field-family-name = Jina la ukoo
app-field-date-of-birth = Tarehe ya kuzaliwa
app-field-masshealth-id = Namba ya utambulisho ya MassHealth (si lazima)
app-field-mrn = Namba ya rekodi ya matibabu (si lazima)

## Member profile
app-demographics-title = Mambo ambayo mwanachama alituambia kuhusu yeye mwenyewe
app-topic = Mada
app-state = Hali
app-answer = Jibu
app-asked-on = Tarehe ya kuulizwa
app-proxy = alijibiwa na mtu mwingine
app-topic-race-ethnicity = Rangi na asili ya kikabila
app-topic-language = Lugha
app-topic-disability = Ulemavu
app-topic-sexual-orientation = Mwelekeo wa kijinsia (sexual orientation)
app-topic-gender-identity = Utambulisho wa kijinsia
app-topic-sex-at-birth = Jinsia aliyoandikishwa alipozaliwa
app-topic-pronouns = Viwakilishi (pronouns)
app-state-answered = Alijibu
app-state-declined = Alichagua kutojibu
app-state-unknown = Hakujua
app-state-never-asked = Hajawahi kuulizwa
app-state-stale = Zaidi ya mwaka mmoja uliopita
app-history-title = Uchunguzi uliofanyika
app-history-none = Bado hakuna uchunguzi.
app-drafts-title = Uchunguzi ambao haujakamilika
app-resume = Endelea ulipoishia
app-needs-title = Mahitaji
app-needs-none = Hakuna hitaji lililopatikana hadi sasa.
app-need-discreet = Hitaji nyeti
app-opened-on = Lilipatikana tarehe
app-follow-up-add = Rekodi ufuatiliaji

## Starting a screening
app-start-title = Anza uchunguzi
app-start-submit = Anza
app-field-instruments = Madodoso
app-field-member-language = Lugha ya mwanachama
app-field-mode = Njia
app-mode-in-person = Ana kwa ana
app-mode-phone = Kwa simu
app-mode-video = Kwa video
app-field-interpreter = Mkalimani anasaidia
app-field-respondent = Anayejibu
app-respondent-self = Mwanachama mwenyewe
app-respondent-proxy = Mtu anayejibu kwa niaba ya mwanachama (mzazi, mlezi)
app-field-relationship = Uhusiano wake na mwanachama
app-field-consent = Mwanachama amekubali

## Screening
app-screening-for = Uchunguzi wa
app-question-position = Swali { $n } kati ya { $total }
app-progress = { $answered } kati ya { $total } yamejibiwa
app-steps-label = Maswali
app-back = Rudi
app-next = Inayofuata
app-finish = Maliza na uhifadhi
app-save-close = Funga (majibu yamehifadhiwa)
app-discard = Futa uchunguzi huu
app-discard-confirm = Je, unataka kufuta majibu yote ya uchunguzi huu? Hatua hii haiwezi kutenduliwa.

## Results
app-results-title = Matokeo
app-results-none = Hakuna matokeo ya kuonyesha.
app-safe-to-talk = Mwanachama yuko peke yake na ni salama kuzungumza
app-to-profile = Rudi kwenye taarifa za mwanachama
app-summary-print = Muhtasari kwa ajili ya mwanachama
app-summary-open = Fungua muhtasari
app-print = Chapisha au hifadhi kama PDF

## The printed summary, in the member's language
app-summary-title = Muhtasari wa uchunguzi wako
app-summary-intro = Asante kwa kujibu maswali yetu. Haya ndiyo mambo tuliyozungumza na yatakayofuata.
app-summary-none = Leo hukutuambia kuhusu hitaji lolote. Unaweza kuzungumza nasi wakati wowote.
app-summary-footer = Majibu yako ni siri. Yanasaidia kituo chako cha afya na MassHealth kukupa huduma bora zaidi. Ukiwa na maswali, piga simu kwa kituo chako cha afya.
app-summary-explain-housing-instability = Huenda ukahitaji msaada wa kubaki katika nyumba yako au kupata nyumba.
app-summary-explain-housing-quality = Huenda kuna matatizo katika nyumba yako yanayoweza kudhuru afya yako.
app-summary-explain-food = Huenda ukahitaji msaada wa kupata chakula cha kutosha.
app-summary-explain-transportation = Huenda ukahitaji msaada wa usafiri wa kwenda kwenye huduma za afya, kazini au kushughulikia mahitaji yako.
app-summary-explain-utilities = Huenda ukahitaji msaada wa kulipia umeme, gesi, mafuta ya kupasha joto au maji.
app-summary-explain-interpersonal-safety = Tunaweza kuzungumza kuhusu usalama wako wakati wowote unapotaka.
app-summary-explain-financial-strain = Huenda ukahitaji msaada wa kulipia mahitaji ya msingi.
app-summary-explain-employment = Huenda ukataka msaada wa kupata kazi au kuendelea na kazi yako.
app-summary-explain-family-community-support = Huenda ukataka msaada zaidi nyumbani au muda zaidi pamoja na watu wengine.
app-summary-explain-education = Huenda ukataka msaada kuhusu shule au mafunzo ya kazi.
app-summary-explain-physical-activity = Kufanya mazoezi zaidi ya mwili kunaweza kusaidia afya yako.
app-summary-explain-substance-use = Tunaweza kuzungumza kuhusu pombe, tumbaku au dawa za kulevya wakati wowote unapotaka.
app-summary-explain-mental-health = Huenda ukataka mtu wa kuzungumza naye kuhusu jinsi unavyojisikia.
app-summary-explain-disabilities = Huenda ukataka msaada katika shughuli za kila siku.
app-summary-explain-digital-access = Huenda ukahitaji msaada wa kupata intaneti au kifaa kwa ajili ya miadi ya video.
app-summary-explain-digital-literacy = Huenda ukataka msaada wa kujifunza kutumia miadi ya video.

## Supervisor
app-supervisor-title = Leo
app-team-work = Kazi ya kila mfanyakazi
app-staff = Mfanyakazi
app-screenings = Uchunguzi
app-members-screened = Wanachama
app-needs-opened = Mahitaji yaliyopatikana
app-incomplete-title = Uchunguzi ambao haujakamilika
app-unfollowed-title = Mahitaji yasiyo na ufuatiliaji
app-users-title = Watumiaji
app-add-user = Ongeza mtumiaji
app-reset-pin = Weka PIN mpya
app-deactivate = Zima akaunti
app-inactive = imezimwa
app-site-settings = Mipangilio ya kituo
app-setting-idle-lock-seconds = Funga skrini baada ya sekunde hizi bila kutumika
app-setting-sogi-min-age = Umri wa chini kabisa wa kuulizwa kuhusu mwelekeo wa kijinsia na utambulisho wa kijinsia

## Settings
app-text-size = Ukubwa wa maandishi
app-about = Kuhusu programu
app-language = Lugha
app-translation-status = Tafsiri

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Skrini imefungwa. Ingia tena: hakuna kilichopotea.
app-error-pin-mismatch = PIN hizo mbili hazifanani.
app-error-preferences = Mpangilio huu haukuweza kuhifadhiwa kwenye kompyuta hii.
app-error-date-of-birth = Andika tarehe kamili ya kuzaliwa.
app-error-member-name = Andika jina la kwanza au jina la ukoo.
app-error-member-date-of-birth = Tarehe ya kuzaliwa haiwezi kuwa ya siku zijazo.
app-error-member-masshealth-id = Namba ya utambulisho ya MassHealth ina herufi na tarakimu tu.
app-error-member-language = Chagua lugha ya mwanachama.
app-error-mode = Chagua njia ya kufanya uchunguzi.
app-error-respondent = Chagua anayejibu.
app-error-proxy-relationship = Eleza ni nani anayejibu kwa niaba ya mwanachama.
app-error-consent = Mwanachama lazima akubali kabla ya kuulizwa swali lolote.
app-error-instruments = Chagua angalau dodoso moja.
app-error-answer = Jibu hili haliendani na swali. Chagua tena.
app-error-answer-exclusive = Jibu hili haliwezi kuchaguliwa pamoja na mengine.
app-error-answer-range = Namba hii iko nje ya kiwango kinachokubaliwa na swali.
app-error-required-unanswered = Swali hili linahitaji jibu, au “Sipendi kujibu”, kabla ya kumaliza.
app-error-follow-up-status = Chagua kilichofanyika kuhusu hitaji hili.
app-error-role = Chagua jukumu.
app-error-setting = Thamani hii iko nje ya kiwango kinachoruhusiwa.

# Skrini ya msimamizi ya kusawazisha.
app-sync-title = Kusawazisha na kituo kikuu (hub) cha ACO
app-sync-not-enrolled = Kifaa hiki bado hakijasajiliwa kwenye kituo kikuu. Andika anwani ya kituo kikuu na msimbo wa kutumika mara moja tu ambao ACO ilikupa.
app-sync-hub-url = Anwani ya kituo kikuu
app-sync-code = Msimbo wa usajili
app-sync-enroll = Sajili kifaa hiki
app-sync-enrolled = Kifaa kimesajiliwa kwenye { $url } kwa ajili ya { $site }.
app-sync-unsent = { $count ->
    [one] Rekodi { $count } inasubiri kutumwa.
   *[other] Rekodi { $count } zinasubiri kutumwa.
}
app-sync-all-sent = Kila kitu kimefika kwenye kituo kikuu.
app-sync-now = Sawazisha sasa
app-sync-sending = Inatuma: rekodi { $sent } kati ya { $total }
app-sync-finished = { $records ->
    [one] Imekamilika: rekodi { $records } imetumwa na kituo kikuu kimethibitisha kuipokea.
   *[other] Imekamilika: rekodi { $records } zimetumwa na kituo kikuu kimethibitisha kuzipokea.
}
app-sync-history = Usawazishaji wa hivi karibuni
app-sync-started = Muda wa kuanza
app-sync-by = Aliyeanzisha
app-sync-records = Rekodi
app-sync-receipts = Stakabadhi zilizotiwa sahihi
app-sync-result = Matokeo
app-sync-ok = Imekamilika
app-sync-receipt = Kundi { $sequence }: rekodi { $count }
