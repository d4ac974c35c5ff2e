# Albanian (sq) draft of cli.ftl; formal "ju"; every error stays one line.
# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: gabim: { $message }
cli-internal-error = intake: gabim i brendshëm; nuk u ruajt asgjë më shumë. Ju lutemi ta raportoni këtë problem.
cli-store-created = Depoja e të dhënave u krijua në { $dir } për { $site }.
cli-recovery-key-intro = Çelësi i rikuperimit (shfaqet vetëm një herë; shkruajeni dhe ruajeni të mbyllur me çelës):
cli-demo-saved = u ruajt nr. { $number }: anëtari { $member }, formulari { $response }
cli-demo-added = { $count ->
    [one] U shtua { $count } anëtar sintetik me depistime.
   *[other] U shtuan { $count } anëtarë sintetikë me depistime.
}
cli-found = { $count ->
    [one] U gjet { $count } rezultat
   *[other] U gjetën { $count } rezultate
}
cli-duplicates = { $count ->
    [one] { $count } anëtar ekzistues duket se është i njëjti person (shih listën më sipër); përdorni --force për ta shtuar gjithsesi
   *[other] { $count } anëtarë ekzistues duket se janë i njëjti person (shih listën më sipër); përdorni --force për ta shtuar gjithsesi
}
cli-verify-ok = në rregull: kontrolli i faqeve dhe i integritetit kaloi; zinxhiri i auditimit me { $entries } regjistrime është i paprekur; { $members } anëtarë, { $responses } formularë
cli-backup-written = Kopja rezervë e enkriptuar u shkrua në { $file } ({ $bytes } bajt).
cli-restored = U rikthyen { $members } anëtarë dhe { $responses } formularë nga { $file }.
cli-new-pin = { $user } ka një PIN të ri.
cli-user-added = U shtua { $user } ({ $role }).
cli-user-deactivated = { $user } është çaktivizuar.
cli-outbox = në pritje: { $pending }
    dorëzuar: { $delivered }
cli-response-line = formulari { $id } { $date } { $instrument } në { $locale } nga { $collector }: { $answers } përgjigje{ $state }
cli-response-retracted = { " " }(futur gabimisht)
cli-response-corrected = { " " }(korrigjuar)
cli-need-line = nevoja { $id } { $domain }: { $status }
cli-user-active = aktiv
cli-user-deactivated-state = çaktivizuar
cli-prompt-pin = PIN-i për { $user }:
cli-prompt-choose-pin = Zgjidhni një PIN për { $user }:
cli-prompt-new-pin = PIN-i i ri për { $user }:
cli-prompt-recovery-key = Çelësi i rikuperimit:
cli-need-user = vendosni te INTAKE_USER emrin e përdoruesit me të cilin punoni
cli-no-value = nuk u dha asnjë vlerë: vendosni { $var } ose shkruajeni kur t’ju kërkohet
cli-no-data-dir = nuk u dha --data-dir dhe nuk ka dosje personale (home) për ta përdorur si parazgjedhje
cli-read-failed = { $what } nuk mund të lexohej

error-not-initialized = nuk ka depo të Equity Intake në { $path }: fillimisht ekzekutoni “intake init”
error-already-initialized = { $path } përmban tashmë një depo të Equity Intake
error-wrong-credentials = emër përdoruesi ose PIN i gabuar
error-locked-out = shumë PIN të gabuar për këtë përdorues: provoni përsëri pas { $seconds } s, ose kërkojini një mbikëqyrësi ta rivendosë PIN-in
error-deactivated = kjo llogari është çaktivizuar: drejtojuni një mbikëqyrësi
error-wrong-recovery-key = çelësi i rikuperimit nuk është i vlefshëm për këtë depo
error-forbidden = roli juaj ({ $role }) nuk ju lejon: { $action }
error-not-found = { $what } nuk u gjet
error-what-member = anëtari
error-what-user = përdoruesi
error-what-response = formulari
error-what-need = nevoja
error-what-draft = depistimi i papërfunduar
error-invalid = { $field }: { $reason }
error-field-name = emri
error-field-date-of-birth = data e lindjes
error-field-masshealth-id = ID-ja e MassHealth
error-field-pin = kodi PIN
error-field-site = qendra
error-field-user = përdoruesi
error-field-consent = pëlqimi
error-field-answers = përgjigjet
error-field-supersedes = korrigjimi
error-field-reason = arsyeja
error-field-response = formulari
error-field-organization = organizata
error-field-file = skedari
error-field-instrument = pyetësori
error-field-draft = depistimi
error-field-item = pyetja
error-reason-check-field = ju lutemi kontrolloni këtë fushë
error-reason-pin-too-short = përdorni të paktën { $min } karaktere
error-reason-site-empty = shkruani emrin e qendrës shëndetësore
error-reason-username-format = përdorni shkronja, shifra, “.”, “_” ose “-” (jo më shumë se 64)
error-reason-username-taken = ky emër përdoruesi është i zënë
error-reason-recovery-needs-supervisor = çelësi i rikuperimit mund të rivendosë vetëm PIN-in e një mbikëqyrësi aktiv
error-reason-deactivate-self = nuk mund ta çaktivizoni veten
error-reason-no-consent = anëtari nuk ka pranuar të bëjë depistimin
error-reason-answered-twice = një pyetje ka dy përgjigje ({ $item })
error-reason-correction-other-member = korrigjimi duhet të zëvendësojë një formular të të njëjtit anëtar
error-reason-retraction-reason = shkruani pse formulari u fut gabimisht
error-reason-already-retracted = është shënuar tashmë si i futur gabimisht
error-reason-referral-organization = shkruani emrin e organizatës ku u referua anëtari
error-reason-path-not-utf8 = shtegu ka karaktere që ky sistem nuk mund t’i përdorë
error-reason-unknown-instrument = ky aplikacion nuk e njeh atë pyetësor ({ $item })
error-reason-unknown-item = një pyetje nuk i përket këtij pyetësori ({ $item })
error-reason-wrong-kind = një përgjigje ka vlerë të llojit të gabuar ({ $item })
error-reason-unknown-option = një përgjigje nuk është ndër opsionet e pyetjes ({ $item })
error-reason-exclusive-option = “asnjë” nuk mund të zgjidhet së bashku me përgjigje të tjera ({ $item })
error-reason-empty-choice = zgjidhni të paktën një përgjigje ({ $item })
error-reason-out-of-range = numri është jashtë kufijve të lejuar ({ $item })
error-reason-absent-not-offered = ajo pyetje nuk e ofron këtë përgjigje ({ $item })
error-reason-not-enabled = u përgjigj një pyetje që nuk vlen në këtë rast ({ $item })
error-reason-required-missing = një pyetje e detyrueshme nuk ka përgjigje ({ $item })
error-reason-none-chosen = zgjidhni të paktën një pyetësor
error-reason-already-saved = kjo pjesë e depistimit është ruajtur tashmë
error-reason-empty-text = përgjigjja me shkrim është bosh ({ $item })
error-disk-full = disku është plot ose nuk lejon shkrim: nuk u ruajt asgjë; lironi pak hapësirë dhe provoni përsëri
error-corrupt = depoja është e dëmtuar ose nuk është depo e Equity Intake ({ $detail }); riktheni të dhënat nga një kopje rezervë
error-audit-broken = regjistri i auditimit është ndryshuar te regjistrimi { $seq }: { $reason }
error-not-a-backup = { $path } nuk është kopje rezervë e Equity Intake
error-io = gabim skedari te { $path }: { $detail }
error-database = gabim i bazës së të dhënave: { $detail }

# Regjistrimi në serverin qendror (hub) të ACO-s dhe sinkronizimi me të. Çdo gabim sinkronizimi thotë nëse humbi diçka (asnjëherë).
cli-enrolled = Pajisja u regjistrua në { $url } për { $site }. Kjo pajisje është { $device }.
cli-sync-progress = U dërguan { $sent } nga { $total } regjistrime…
cli-sync-done = { $records ->
    [one] Sinkronizimi përfundoi: u dërgua { $records } regjistrim. Konfirmime të nënshkruara të kontrolluara: { $batches }.
   *[other] Sinkronizimi përfundoi: u dërguan { $records } regjistrime. Konfirmime të nënshkruara të kontrolluara: { $batches }.
}
cli-sync-nothing = Nuk ka asgjë për të dërguar: gjithçka është tashmë në serverin qendror.
error-sync-not-enrolled = kjo pajisje nuk është regjistruar ende në një server qendror: një mbikëqyrës e regjistron me adresën e serverit dhe një kod të njëhershëm nga ACO-ja
error-sync-already-enrolled = kjo pajisje është regjistruar tashmë në një server qendror
error-sync-insecure-url = adresa e serverit duhet të fillojë me https:// (http:// i thjeshtë lejohet vetëm për këtë kompjuter)
error-sync-bad-url = kjo nuk është adresë serveri; duhet të duket si https://hub.example.org
error-sync-bad-code = kodi i regjistrimit nuk u pranua: kontrollojeni, ose kërkojini ACO-s një kod të ri (çdo kod vlen vetëm një herë)
error-sync-offline = nuk ka rrjet, ose serveri qendror nuk mund të arrihet: nuk humbi asgjë, provoni përsëri kur të jeni në internet
error-sync-certificate = certifikata e sigurisë e serverit nuk është e besueshme, prandaj nuk u dërgua asgjë: njoftoni ndihmën teknike të ACO-s
error-sync-hub-unavailable = serveri qendror nuk po përgjigjet tani: nuk humbi asgjë, provoni përsëri më vonë
error-sync-revoked = serveri qendror ia ka hequr kësaj pajisjeje të drejtën e hyrjes: nuk humbi asgjë, por kjo pajisje nuk mund të sinkronizohet; telefononi ndihmën teknike të ACO-s
error-sync-refused = serveri refuzoi një paketë regjistrimesh ({ $reason }): nuk humbi asgjë; njoftoni ndihmën teknike të ACO-s
error-sync-bad-answer = përgjigjja e serverit nuk mund të verifikohej, prandaj asgjë nuk u shënua si e dërguar: njoftoni ndihmën teknike të ACO-s
