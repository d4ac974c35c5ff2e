# Kabuverdianu (kea) draft of app.ftl; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Kontinua
app-cancel = Kansela
app-save = Salva
app-none = Nenhun.
app-show = Mostra
app-lock = Tranka
app-locked-notice = Ekran fika trankadu. Entra otu bes pa kontinua.
app-nav-label = Menu prinsipal
app-nav-members = Membrus
app-nav-supervisor = Supervizor
app-nav-settings = Konfigurason
app-nav-sync = Sinkronizason
app-for-staff = Pa funsionárius:
app-fallback-english = (inda ka tradusidu: sta na inglés)
app-translation-status-missing = Inda ka tradusidu: purguntas ta aparse na inglés

## First run and sign-in
app-setup-title = Konfigura Equity Intake
app-setup-explain = Kria arkivu di dadus di es sentru di saúdi y si purmeru supervizor. Tudu ta fika guardadu inkriptadu na es konputador.
app-setup-submit = Kria arkivu di dadus
app-recovery-title = Bu xavi di rekuperason
app-recovery-explain = Si tudu supervizor skese ses PIN, es xavi é úniku manera di entra otu bes na arkivu di dadus. Skrebe-l y guarda-l na un lugar siguru y trankadu, longi di es konputador. E ta mostradu só un bes.
app-recovery-confirm = N skrebe xavi di rekuperason y N guarda-l na un lugar siguru.
app-sign-in-title = Entra na sistema
app-sign-in-submit = Entra
app-pin-hint = Pelu ménus 6 karater. Ka bu partilha-l ku ningen.
app-field-site = Nomi di sentru di saúdi
app-field-username = Nomi di uzuáriu
app-field-name = Nomi kompletu
app-field-pin = PIN
app-field-pin-again = Torna skrebe PIN
app-field-role = Funson
app-field-staff-language = Língua di ekran

## Members
app-members-title = Membrus
app-members-search = Buska pa nomi, númeru di MassHealth, númeru di fitxa o data di nasimentu
app-members-recent = Membrus ki bu atende últimamenti
app-members-none-yet = Inda ka ten membru resenti. Buska li riba, o djunta un membru.
app-members-found = { $count ->
   *[other] { $count } membru atxadu
}
app-members-too-many = Atxadu más di { $count } membru: skrebe más di nomi.
app-members-add = Djunta un membru
app-members-save = Salva membru
app-duplicates-found = Kes membru li parse ma é mésmu pesoa. Abri un di es, o djunta un membru novu si é otu algen.
app-duplicates-add-anyway = É otu algen: djunta un membru novu
app-dob = Data di nasimentu
app-masshealth-id = Númeru di MassHealth
app-mrn = Númeru di fitxa
app-field-given-name = Nomi
app-field-family-name = Apelidu
app-field-date-of-birth = Data di nasimentu
app-field-masshealth-id = Númeru di MassHealth (opsional)
app-field-mrn = Númeru di fitxa médiku (opsional)

## Member profile
app-demographics-title = Kuzé ki membru fla-nu sobri el
app-topic = Asuntu
app-state = Situason
app-answer = Rasposta
app-asked-on = Purguntadu dia
app-proxy = otu algen ki rasponde
app-topic-race-ethnicity = Rasa y orijen étniku
app-topic-language = Língua
app-topic-disability = Difisiénsia
app-topic-sexual-orientation = Orientason seksual
app-topic-gender-identity = Identidadi di jéneru
app-topic-sex-at-birth = Seksu dadu ora ki nasi
app-topic-pronouns = Pronomis
app-state-answered = Rasponde
app-state-declined = Prifiri ka rasponde
app-state-unknown = Ka sabeba
app-state-never-asked = Nunka purguntadu
app-state-stale = Ten más di un anu
app-history-title = Avaliasons
app-history-none = Inda ka ten nenhun avaliason.
app-drafts-title = Avaliasons ki ka kaba
app-resume = Retoma
app-needs-title = Nesesidadis
app-needs-none = Ti gosi ka atxadu nenhun nesesidadi.
app-need-discreet = Un nesesidadi dilikadu
app-opened-on = Atxadu dia
app-follow-up-add = Rejista un akonpanhamentu

## Starting a screening
app-start-title = Kumesa un avaliason
app-start-submit = Kumesa
app-field-instruments = Kestionárius
app-field-member-language = Língua di membru
app-field-mode = Modi
app-mode-in-person = Prizensial
app-mode-phone = Pa telefoni
app-mode-video = Pa vídiu
app-field-interpreter = Un intérpreti sta ta djuda
app-field-respondent = Kenha ki ta rasponde
app-respondent-self = Membru
app-respondent-proxy = Otu algen pa membru (pai o mai, algen ki ta toma konta del)
app-field-relationship = Ligason di kel algen ku membru
app-field-consent = Membru konkorda

## Screening
app-screening-for = Avaliason di
app-question-position = Purgunta { $n } di { $total }
app-progress = { $answered } di { $total } ku rasposta
app-steps-label = Purguntas
app-back = Volta
app-next = Sigenti
app-finish = Kaba y salva
app-save-close = Fitxa (raspostas sta salvadu)
app-discard = Apaga es avaliason
app-discard-confirm = Apaga tudu rasposta di es avaliason? Dispôs ka ta da pa volta atrás.

## Results
app-results-title = Rezultadu
app-results-none = Ka ten rezultadu pa mostra.
app-safe-to-talk = Membru sta só y é siguru pa papia
app-to-profile = Volta pa membru
app-summary-print = Rezumu pa membru
app-summary-open = Abri rezumu
app-print = Inprimi o salva sima PDF

## The printed summary, in the member's language
app-summary-title = Rezumu di bu avaliason
app-summary-intro = Obrigadu pamodi bu rasponde nos purguntas. Li ten kuzé ki nu konbersa y kuzé ki ta ben dispôs.
app-summary-none = Oji bu ka fla-nu di nenhun nesesidadi. Bu pode papia ku nos kualker ora.
app-summary-footer = Bu raspostas é privadu. Es ta djuda bu sentru di saúdi y MassHealth da-bu un kuidadu midjor. Si bu ten purgunta, txoma bu sentru di saúdi.
app-summary-explain-housing-instability = Pode ser ki bu meste djuda pa mante bu kaza o pa atxa un kaza.
app-summary-explain-housing-quality = Pode ser ki ten problema na bu kaza ki pode fazi mal pa bu saúdi.
app-summary-explain-food = Pode ser ki bu meste djuda pa ten kumida ki txiga.
app-summary-explain-transportation = Pode ser ki bu meste djuda ku transporti pa bai konsulta, pa bai trabadju o pa ranja bu kuzas.
app-summary-explain-utilities = Pode ser ki bu meste djuda pa paga lus, gas, óliu di akesimentu o agu.
app-summary-explain-interpersonal-safety = Nu pode papia sobri bu seguransa sénpri ki bu kre.
app-summary-explain-financial-strain = Pode ser ki bu meste djuda pa paga kuzas más básiku.
app-summary-explain-employment = Pode ser ki bu kre djuda pa atxa o pa mante un trabadju.
app-summary-explain-family-community-support = Pode ser ki bu kre más djuda na kaza o más tenpu ku otus algen.
app-summary-explain-education = Pode ser ki bu kre djuda ku skola o ku formason pa trabadju.
app-summary-explain-physical-activity = Mexe más bu korpu pode djuda bu saúdi.
app-summary-explain-substance-use = Nu pode papia sobri álkool, tabaku o droga sénpri ki bu kre.
app-summary-explain-mental-health = Pode ser ki bu kre algen pa bu papia sobri modi ki bu ta sinti.
app-summary-explain-disabilities = Pode ser ki bu kre djuda ku kuzas di dia-a-dia.
app-summary-explain-digital-access = Pode ser ki bu meste djuda pa ten internet o un aparelhu pa konsulta pa vídiu.
app-summary-explain-digital-literacy = Pode ser ki bu kre djuda pa prende uza konsulta pa vídiu.

## Supervisor
app-supervisor-title = Oji
app-team-work = Trabadju di kada funsionáriu
app-staff = Funsionáriu
app-screenings = Avaliasons
app-members-screened = Membrus
app-needs-opened = Nesesidadis atxadu
app-incomplete-title = Avaliasons ki ka kaba
app-unfollowed-title = Nesesidadis sen akonpanhamentu
app-users-title = Uzuárius
app-add-user = Djunta un uzuáriu
app-reset-pin = Torna difini PIN
app-deactivate = Dizativa
app-inactive = dizativadu
app-site-settings = Konfigurason di sentru di saúdi
app-setting-idle-lock-seconds = Tranka ekran dispôs di es kantidadi di sigundu sen uzu
app-setting-sogi-min-age = Idadi más nobu pa purgunta sobri orientason seksual y identidadi di jéneru

## Settings
app-text-size = Tamanhu di letra
app-about = Sobri es aplikason
app-language = Língua
app-translation-status = Traduson

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Ekran sta trankadu. Entra otu bes: ka perdedu nada.
app-error-pin-mismatch = Kes dôs PIN ka é igual.
app-error-preferences = Ka konsigi salva es konfigurason na es konputador.
app-error-date-of-birth = Skrebe data di nasimentu kompletu.
app-error-member-name = Skrebe un nomi o un apelidu.
app-error-member-date-of-birth = Data di nasimentu ka pode sta na futuru.
app-error-member-masshealth-id = Un númeru di MassHealth ten só letra y algarismu.
app-error-member-language = Skodje língua di membru.
app-error-mode = Skodje modi ki avaliason ta fazedu.
app-error-respondent = Skodje kenha ki ta rasponde.
app-error-proxy-relationship = Fla kenha ki sta ta rasponde pa membru.
app-error-consent = Membru debe konkorda antis di fazedu kualker purgunta.
app-error-instruments = Skodje pelu ménus un kestionáriu.
app-error-answer = Es rasposta ka ta serbi pa es purgunta. Skodje otu bes.
app-error-answer-exclusive = Es rasposta ka pode skodjedu djuntu ku kes otu.
app-error-answer-range = Es númeru sta fora di limiti ki purgunta ta permiti.
app-error-required-unanswered = Es purgunta meste un rasposta, o “N prifiri ka rasponde”, antis di bu kaba.
app-error-follow-up-status = Skodje kuzé ki kontise ku es nesesidadi.
app-error-role = Skodje un funson.
app-error-setting = Es valor sta fora di limiti permitidu.

# Ekran di sinkronizason di supervizor.
app-sync-title = Sinkroniza ku servidor sentral di ACO
app-sync-not-enrolled = Es aparelhu inda ka sta inskritu na un servidor sentral. Skrebe inderesu di servidor sentral y kódigu di un só uzu ki ACO da-bu.
app-sync-hub-url = Inderesu di servidor sentral
app-sync-code = Kódigu di inskrison
app-sync-enroll = Inskrebe es aparelhu
app-sync-enrolled = Inskritu na { $url } pa { $site }.
app-sync-unsent = { $count ->
   *[other] { $count } rejistu sta ta spera pa ser mandadu.
}
app-sync-all-sent = Tudu dja txiga na servidor sentral.
app-sync-now = Sinkroniza gosi
app-sync-sending = Ta manda: { $sent } di { $total } rejistu
app-sync-finished = { $records ->
   *[other] Dja sta: { $records } rejistu mandadu y konfirmadu pa servidor sentral.
}
app-sync-history = Sinkronizasons resenti
app-sync-started = Kumesu
app-sync-by = Fetu pa
app-sync-records = Rejistus
app-sync-receipts = Resibus asinadu
app-sync-result = Rezultadu
app-sync-ok = Kabadu
app-sync-receipt = Loti { $sequence }: { $count } rejistu
