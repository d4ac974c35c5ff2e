# Haitian Creole (ht) draft of cli.ftl; every error stays one line.
# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: erè: { $message }
cli-internal-error = intake: erè entèn; pa gen anyen anplis ki te anrejistre. Tanpri rapòte pwoblèm sa a.
cli-store-created = Depo done a kreye nan { $dir } pou { $site }.
cli-recovery-key-intro = Kle rekiperasyon (li parèt yon sèl fwa; ekri l epi sere l yon kote ki fèmen ak kle):
cli-demo-saved = anrejistre nimewo { $number }: manm { $member }, fòmilè { $response }
cli-demo-added = { $count ->
   *[other] Nou ajoute { $count } manm sentetik ak evalyasyon yo.
}
cli-found = { $count ->
   *[other] Nou jwenn { $count } rezilta
}
cli-duplicates = { $count ->
   *[other] { $count } manm ki deja anrejistre sanble se menm moun nan (gade lis ki anwo a); itilize --force pou ajoute l kanmenm
}
cli-verify-ok = ok: verifikasyon paj yo ak entegrite a pase; chèn jounal odit la ({ $entries } antre) pa domaje; { $members } manm, { $responses } fòmilè
cli-backup-written = Kopi sekirite chifre a ekri nan { $file } ({ $bytes } byte).
cli-restored = Nou retabli { $members } manm ak { $responses } fòmilè soti nan { $file }.
cli-new-pin = { $user } gen yon nouvo PIN.
cli-user-added = Nou ajoute { $user } ({ $role }).
cli-user-deactivated = Kont { $user } dezaktive.
cli-outbox = ap tann: { $pending }
    livre: { $delivered }
cli-response-line = fòmilè { $id } { $date } { $instrument } an { $locale } pa { $collector }: { $answers } repons{ $state }
cli-response-retracted = { " " }(antre pa erè)
cli-response-corrected = { " " }(korije)
cli-need-line = bezwen { $id } { $domain }: { $status }
cli-user-active = aktif
cli-user-deactivated-state = dezaktive
cli-prompt-pin = PIN pou { $user }:
cli-prompt-choose-pin = Chwazi yon PIN pou { $user }:
cli-prompt-new-pin = Nouvo PIN pou { $user }:
cli-prompt-recovery-key = Kle rekiperasyon:
cli-need-user = mete non itilizatè w ap travay avè l la nan INTAKE_USER
cli-no-value = pa gen valè yo bay: mete { $var } oswa tape l lè yo mande l
cli-no-data-dir = yo pa bay --data-dir epi pa gen dosye lakay (home) pou itilize pa defo
cli-read-failed = pa t kapab li { $what }

error-not-initialized = pa gen depo Equity Intake nan { $path }: kouri “intake init” anvan
error-already-initialized = { $path } deja gen yon depo Equity Intake ladan l
error-wrong-credentials = non itilizatè oswa PIN pa bon
error-locked-out = twòp PIN ki pa bon pou itilizatè sa a: eseye ankò nan { $seconds } s, oswa mande yon sipèvizè pou l reyinisyalize PIN nan
error-deactivated = kont sa a dezaktive: mande yon sipèvizè
error-wrong-recovery-key = kle rekiperasyon an pa valab pou depo sa a
error-forbidden = wòl ou ({ $role }) pa pèmèt ou { $action }
error-not-found = nou pa jwenn { $what }
error-what-member = manm nan
error-what-user = itilizatè a
error-what-response = fòmilè a
error-what-need = bezwen an
error-what-draft = evalyasyon ki poko fini an
error-invalid = { $field }: { $reason }
error-field-name = non
error-field-date-of-birth = dat nesans
error-field-masshealth-id = nimewo idantifikasyon MassHealth
error-field-pin = kòd PIN
error-field-site = sant
error-field-user = itilizatè
error-field-consent = konsantman
error-field-answers = repons yo
error-field-supersedes = koreksyon
error-field-reason = rezon
error-field-response = fòmilè
error-field-organization = òganizasyon
error-field-file = fichye
error-field-instrument = kesyonè
error-field-draft = evalyasyon
error-field-item = kesyon
error-reason-check-field = tanpri verifye chan sa a
error-reason-pin-too-short = itilize omwen { $min } karaktè
error-reason-site-empty = bay non sant sante a
error-reason-username-format = itilize lèt, chif, “.”, “_” oswa “-” (64 pou pi plis)
error-reason-username-taken = yon lòt moun deja pran non itilizatè sa a
error-reason-recovery-needs-supervisor = kle rekiperasyon an ka reyinisyalize sèlman PIN yon sipèvizè ki aktif
error-reason-deactivate-self = ou pa ka dezaktive pwòp kont ou
error-reason-no-consent = manm nan pa t dakò pou yo fè evalyasyon an
error-reason-answered-twice = gen yon kesyon ki gen de repons ({ $item })
error-reason-correction-other-member = yon koreksyon dwe ranplase yon fòmilè menm manm nan
error-reason-retraction-reason = di poukisa fòmilè a te antre pa erè
error-reason-already-retracted = li deja make kòm antre pa erè
error-reason-referral-organization = bay non òganizasyon yo te refere manm nan bay la
error-reason-path-not-utf8 = chemen an gen karaktè sistèm sa a pa ka itilize
error-reason-unknown-instrument = aplikasyon sa a pa konnen kesyonè sa a ({ $item })
error-reason-unknown-item = yon kesyon pa fè pati kesyonè sa a ({ $item })
error-reason-wrong-kind = yon repons gen yon kalite valè ki pa bon ({ $item })
error-reason-unknown-option = yon repons pa youn nan chwa kesyon an ({ $item })
error-reason-exclusive-option = ou pa ka chwazi “okenn” ansanm ak lòt repons ({ $item })
error-reason-empty-choice = chwazi omwen yon repons ({ $item })
error-reason-out-of-range = nimewo a pa anndan limit yo pèmèt yo ({ $item })
error-reason-absent-not-offered = kesyon sa a pa ofri repons sa a ({ $item })
error-reason-not-enabled = yo reponn yon kesyon ki pa aplike ({ $item })
error-reason-required-missing = yon kesyon obligatwa pa gen repons ({ $item })
error-reason-none-chosen = chwazi omwen yon kesyonè
error-reason-already-saved = pati evalyasyon sa a deja anrejistre
error-reason-empty-text = repons ekri a vid ({ $item })
error-disk-full = disk la plen oswa yo pa ka ekri sou li: anyen pa anrejistre; libere yon ti espas epi eseye ankò
error-corrupt = depo a domaje oswa se pa yon depo Equity Intake ({ $detail }); retabli l ak yon kopi sekirite
error-audit-broken = yo chanje jounal odit la nan antre { $seq }: { $reason }
error-not-a-backup = { $path } se pa yon kopi sekirite Equity Intake
error-io = erè fichye nan { $path }: { $detail }
error-database = erè baz done: { $detail }

# Enskri aparèy la nan sèvè santral ACO a epi senkronize ak li. Chak erè senkronizasyon di si nou pèdi kichòy (nou pa janm pèdi anyen).
cli-enrolled = Aparèy la enskri nan { $url } pou { $site }. Non aparèy sa a se { $device }.
cli-sync-progress = Nou voye { $sent } anrejistreman sou { $total }…
cli-sync-done = { $records ->
   *[other] Senkronizasyon an fini: nou voye { $records } anrejistreman. Resi siyen nou verifye: { $batches }.
}
cli-sync-nothing = Pa gen anyen pou voye: tout bagay deja sou sèvè santral la.
error-sync-not-enrolled = aparèy sa a poko enskri nan yon sèvè santral: yon sipèvizè dwe enskri l ak adrès sèvè santral la ak yon kòd ACO a bay ki sèvi yon sèl fwa
error-sync-already-enrolled = aparèy sa a deja enskri nan yon sèvè santral
error-sync-insecure-url = adrès sèvè santral la dwe kòmanse ak https:// (yo pèmèt http:// senp sèlman pou òdinatè sa a menm)
error-sync-bad-url = sa a se pa yon adrès sèvè santral; li ta dwe sanble ak https://hub.example.org
error-sync-bad-code = yo pa aksepte kòd enskripsyon an: verifye l, oswa mande ACO a yon nouvo kòd (chak kòd sèvi yon sèl fwa)
error-sync-offline = pa gen rezo, oswa nou pa ka jwenn sèvè santral la: anyen pa pèdi; eseye ankò lè ou gen entènèt ankò
error-sync-certificate = sètifika sekirite sèvè santral la pa fyab, kidonk nou pa voye anyen: avèti sèvis asistans ACO a
error-sync-hub-unavailable = sèvè santral la pa reponn kounye a: anyen pa pèdi; eseye ankò pita
error-sync-revoked = sèvè santral la koupe aksè aparèy sa a: anyen pa pèdi, men aparèy sa a pa ka senkronize ankò; rele sèvis asistans ACO a
error-sync-refused = sèvè santral la refize yon pakèt ({ $reason }): anyen pa pèdi; avèti sèvis asistans ACO a
error-sync-bad-answer = nou pa t ka verifye repons sèvè santral la, kidonk nou pa make anyen kòm voye: avèti sèvis asistans ACO a
