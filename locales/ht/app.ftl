# Haitian Creole (ht) draft of app.ftl; standard orthography; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Kontinye
app-cancel = Anile
app-save = Anrejistre
app-none = Okenn.
app-show = Montre
app-lock = Fèmen ekran an
app-locked-notice = Ekran an te fèmen. Konekte ankò pou kontinye.
app-nav-label = Meni prensipal
app-nav-members = Manm yo
app-nav-supervisor = Sipèvizè
app-nav-settings = Paramèt
app-nav-sync = Senkronizasyon
app-for-staff = Pou anplwaye yo:
app-fallback-english = (poko tradui: se Angle ki parèt)
app-translation-status-missing = Poko tradui: kesyon yo parèt an Angle

## First run and sign-in
app-setup-title = Prepare Equity Intake
app-setup-explain = Kreye depo done sant sante sa a ak premye sipèvizè li. Tout done yo kode (chifre) epi sere sou òdinatè sa a.
app-setup-submit = Kreye depo done a
app-recovery-title = Kle rekiperasyon ou
app-recovery-explain = Si tout sipèvizè yo bliye PIN yo, kle sa a se sèl fason pou antre nan depo done a ankò. Ekri l epi sere l yon kote ki an sekirite e ki fèmen ak kle, lwen òdinatè sa a. Li parèt yon sèl fwa sèlman.
app-recovery-confirm = Mwen ekri kle rekiperasyon an epi mwen sere l yon kote ki an sekirite.
app-sign-in-title = Konekte
app-sign-in-submit = Konekte
app-pin-hint = Omwen 6 karaktè. Pa bay pesonn li.
app-field-site = Non sant sante a
app-field-username = Non itilizatè
app-field-name = Non konplè
app-field-pin = Kòd PIN
app-field-pin-again = Kòd PIN ankò
app-field-role = Wòl
app-field-staff-language = Lang ekran yo

## Members
app-members-title = Manm yo
app-members-search = Chèche pa non, nimewo MassHealth, nimewo dosye oswa dat nesans
app-members-recent = Manm ou te wè dènyèman
app-members-none-yet = Pa gen manm ou te wè dènyèman. Chèche anwo a, oswa ajoute yon manm.
app-members-found = { $count ->
   *[other] Nou jwenn { $count } manm
}
app-members-too-many = Nou jwenn plis pase { $count } manm: tape plis nan non an.
app-members-add = Ajoute yon manm
app-members-save = Anrejistre manm nan
app-duplicates-found = Manm sa yo sanble se menm moun nan. Louvri youn nan yo, oswa ajoute yon nouvo manm si se yon lòt moun.
app-duplicates-add-anyway = Se yon lòt moun: ajoute yon nouvo manm
app-dob = Dat nesans
app-masshealth-id = Nimewo MassHealth
app-mrn = Nimewo dosye
app-field-given-name = Prenon
app-field-family-name = Non fanmi
app-field-date-of-birth = Dat nesans
app-field-masshealth-id = Nimewo MassHealth (si genyen)
app-field-mrn = Nimewo dosye medikal (si genyen)

## Member profile
app-demographics-title = Sa manm nan di nou sou tèt li
app-topic = Sijè
app-state = Sitiyasyon
app-answer = Repons
app-asked-on = Dat yo poze kesyon an
app-proxy = yon lòt moun reponn
app-topic-race-ethnicity = Ras ak orijin etnik
app-topic-language = Lang
app-topic-disability = Andikap
app-topic-sexual-orientation = Oryantasyon seksyèl
app-topic-gender-identity = Idantite jan
app-topic-sex-at-birth = Sèks yo te bay lè li te fèt
app-topic-pronouns = Pwonon
app-state-answered = Reponn
app-state-declined = Li chwazi pa reponn
app-state-unknown = Li pa t konnen
app-state-never-asked = Yo pa janm poze kesyon an
app-state-stale = Gen plis pase yon ane
app-history-title = Evalyasyon yo
app-history-none = Poko gen evalyasyon.
app-drafts-title = Evalyasyon ki poko fini
app-resume = Kontinye
app-needs-title = Bezwen yo
app-needs-none = Nou poko jwenn okenn bezwen.
app-need-discreet = Yon bezwen ki delika
app-opened-on = Dat nou jwenn li
app-follow-up-add = Anrejistre yon swivi

## Starting a screening
app-start-title = Kòmanse yon evalyasyon
app-start-submit = Kòmanse
app-field-instruments = Kesyonè yo
app-field-member-language = Lang manm nan
app-field-mode = Ki jan
app-mode-in-person = An pèsòn
app-mode-phone = Pa telefòn
app-mode-video = Pa videyo
app-field-interpreter = Gen yon entèprèt k ap ede
app-field-respondent = Kiyès k ap reponn
app-respondent-self = Manm nan
app-respondent-proxy = Yon moun pou manm nan (yon paran, yon moun k ap okipe l)
app-field-relationship = Ki relasyon moun sa a genyen ak manm nan
app-field-consent = Manm nan dakò

## Screening
app-screening-for = Evalyasyon pou
app-question-position = Kesyon { $n } sou { $total }
app-progress = { $answered } sou { $total } reponn
app-steps-label = Kesyon yo
app-back = Retounen
app-next = Swivan
app-finish = Fini epi anrejistre
app-save-close = Fèmen (repons yo anrejistre)
app-discard = Efase evalyasyon sa a
app-discard-confirm = Efase tout repons evalyasyon sa a? Ou pa p ka defè sa apre.

## Results
app-results-title = Rezilta yo
app-results-none = Pa gen rezilta pou montre.
app-safe-to-talk = Manm nan poukont li epi li ka pale san danje
app-to-profile = Retounen bò kote manm nan
app-summary-print = Rezime pou manm nan
app-summary-open = Louvri rezime a
app-print = Enprime oswa anrejistre kòm PDF

## The printed summary, in the member's language
app-summary-title = Rezime evalyasyon ou
app-summary-intro = Mèsi paske ou reponn kesyon nou yo. Men sa nou te pale de li ak sa k ap pase apre.
app-summary-none = Ou pa t di nou ou gen okenn bezwen jodi a. Ou ka pale avè nou nenpòt ki lè.
app-summary-footer = Repons ou yo prive. Yo ede sant sante ou ak MassHealth ba ou pi bon swen. Rele sant sante ou si ou gen kesyon.
app-summary-explain-housing-instability = Ou ka bezwen èd pou kenbe oswa pou jwenn yon kay.
app-summary-explain-housing-quality = Gendwa gen pwoblèm lakay ou ki ka afekte sante ou.
app-summary-explain-food = Ou ka bezwen èd pou jwenn ase manje.
app-summary-explain-transportation = Ou ka bezwen èd pou transpò pou ale nan swen, nan travay oswa pou fè komisyon.
app-summary-explain-utilities = Ou ka bezwen èd pou peye kouran, gaz, lwil chofaj oswa dlo.
app-summary-explain-interpersonal-safety = Nou ka pale sou sekirite ou nenpòt ki lè ou vle.
app-summary-explain-financial-strain = Ou ka bezwen èd pou peye bagay ki pi nesesè yo.
app-summary-explain-employment = Ou ka vle èd pou jwenn oswa pou kenbe yon travay.
app-summary-explain-family-community-support = Ou ka vle plis èd lakay ou oswa plis tan ak lòt moun.
app-summary-explain-education = Ou ka vle èd pou lekòl oswa pou fòmasyon pou travay.
app-summary-explain-physical-activity = Fè kò ou bouje plis ka ede sante ou.
app-summary-explain-substance-use = Nou ka pale sou alkòl, tabak oswa dwòg nenpòt ki lè ou vle.
app-summary-explain-mental-health = Ou ka vle pale ak yon moun sou jan ou santi ou.
app-summary-explain-disabilities = Ou ka vle èd pou travay chak jou yo.
app-summary-explain-digital-access = Ou ka bezwen èd pou jwenn entènèt oswa yon aparèy pou vizit pa videyo.
app-summary-explain-digital-literacy = Ou ka vle èd pou aprann itilize vizit pa videyo.

## Supervisor
app-supervisor-title = Jodi a
app-team-work = Travay chak anplwaye
app-staff = Anplwaye
app-screenings = Evalyasyon
app-members-screened = Manm
app-needs-opened = Bezwen nou jwenn
app-incomplete-title = Evalyasyon ki poko fini
app-unfollowed-title = Bezwen ki pa gen swivi
app-users-title = Itilizatè yo
app-add-user = Ajoute yon itilizatè
app-reset-pin = Reyinisyalize PIN nan
app-deactivate = Dezaktive
app-inactive = dezaktive
app-site-settings = Paramèt sant lan
app-setting-idle-lock-seconds = Fèmen ekran an apre kantite segonn sa a san moun pa itilize l
app-setting-sogi-min-age = Laj ki pi piti pou poze kesyon sou oryantasyon seksyèl ak idantite jan

## Settings
app-text-size = Gwosè tèks la
app-about = Sou aplikasyon an
app-language = Lang
app-translation-status = Tradiksyon

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Ekran an fèmen. Konekte ankò: anyen pa pèdi.
app-error-pin-mismatch = De kòd PIN yo pa menm.
app-error-preferences = Nou pa t kapab anrejistre paramèt sa a sou òdinatè sa a.
app-error-date-of-birth = Antre dat nesans lan an antye (jou, mwa ak ane).
app-error-member-name = Antre yon prenon oswa yon non fanmi.
app-error-member-date-of-birth = Dat nesans lan pa ka nan lavni.
app-error-member-masshealth-id = Yon nimewo MassHealth gen sèlman lèt ak chif.
app-error-member-language = Chwazi lang manm nan.
app-error-mode = Chwazi ki jan evalyasyon an ap fèt.
app-error-respondent = Chwazi kiyès k ap reponn.
app-error-proxy-relationship = Di kiyès k ap reponn pou manm nan.
app-error-consent = Manm nan dwe dakò anvan yo poze l nenpòt kesyon.
app-error-instruments = Chwazi omwen yon kesyonè.
app-error-answer = Repons sa a pa koresponn ak kesyon an. Chwazi ankò.
app-error-answer-exclusive = Ou pa ka chwazi repons sa a ansanm ak lòt yo.
app-error-answer-range = Nimewo sa a pa anndan limit kesyon an pèmèt yo.
app-error-required-unanswered = Kesyon sa a bezwen yon repons, oswa “Mwen chwazi pa reponn”, anvan ou fini.
app-error-follow-up-status = Chwazi sa ki te pase ak bezwen sa a.
app-error-role = Chwazi yon wòl.
app-error-setting = Valè sa a pa anndan limit yo pèmèt yo.

# Ekran senkronizasyon sipèvizè a.
app-sync-title = Senkronize ak sèvè santral ACO a
app-sync-not-enrolled = Aparèy sa a poko enskri nan yon sèvè santral. Antre adrès sèvè santral la ak kòd ACO a te ba ou a (li sèvi yon sèl fwa).
app-sync-hub-url = Adrès sèvè santral la
app-sync-code = Kòd enskripsyon
app-sync-enroll = Enskri aparèy sa a
app-sync-enrolled = Aparèy la enskri nan { $url } pou { $site }.
app-sync-unsent = { $count ->
   *[other] { $count } anrejistreman ap tann pou yo voye yo.
}
app-sync-all-sent = Tout bagay rive sou sèvè santral la.
app-sync-now = Senkronize kounye a
app-sync-sending = N ap voye: { $sent } anrejistreman sou { $total }
app-sync-finished = { $records ->
   *[other] Fini: nou voye { $records } anrejistreman, epi sèvè santral la konfime li resevwa yo.
}
app-sync-history = Dènye senkronizasyon yo
app-sync-started = Lè li kòmanse
app-sync-by = Moun ki fè l
app-sync-records = Anrejistreman
app-sync-receipts = Resi siyen
app-sync-result = Rezilta
app-sync-ok = Fini
app-sync-receipt = Pakèt { $sequence }: { $count } anrejistreman
