# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: erru: { $message }
cli-internal-error = intake: erru internu; ka salvadu más nada. Favor informa es problema.
cli-store-created = Arkivu di dadus kriadu na { $dir } pa { $site }.
cli-recovery-key-intro = Xavi di rekuperason (ta mostradu só un bes; skrebe-l y guarda-l na un lugar fitxadu):
cli-demo-saved = salvadu nº { $number }: membru { $member }, rasposta { $response }
cli-demo-added = { $count ->
   *[other] { $count } membru fiktísiu djuntadu ku ses avaliason.
}
cli-found = { $count ->
   *[other] { $count } membru atxadu
}
cli-duplicates = { $count ->
   *[other] { $count } membru ki dja ezisti parse ma é mésmu pesoa (lista di riba); uza --force pa djunta mésmu asin
}
cli-verify-ok = ok: pájinas y kontrolu di integridadi sta dretu; kadeia di auditoria di { $entries } entrada sta intaktu; { $members } membru, { $responses } rasposta
cli-backup-written = Kópia di seguransa inkriptadu skrebedu na { $file } ({ $bytes } bytes).
cli-restored = Rekuperadu { $members } membru y { $responses } rasposta di { $file }.
cli-new-pin = { $user } ten un PIN novu.
cli-user-added = Uzuáriu { $user } djuntadu ({ $role }).
cli-user-deactivated = Konta di { $user } sta dizativadu.
cli-outbox = ta spera: { $pending }
    entregadu: { $delivered }
cli-response-line = rasposta { $id } { $date } { $instrument } na { $locale } pa { $collector }: { $answers } rasposta{ $state }
cli-response-retracted = { " " }(rejistadu pa erru)
cli-response-corrected = { " " }(korijidu)
cli-need-line = nesesidadi { $id } { $domain }: { $status }
cli-user-active = ativu
cli-user-deactivated-state = dizativadu
cli-prompt-pin = PIN di { $user }:
cli-prompt-choose-pin = Skodje un PIN pa { $user }:
cli-prompt-new-pin = PIN novu pa { $user }:
cli-prompt-recovery-key = Xavi di rekuperason:
cli-need-user = difini INTAKE_USER ku nomi di uzuáriu ki bu kre uza
cli-no-value = ka dadu nenhun valor: difini { $var } o skrebe-l ora ki e pididu
cli-no-data-dir = ka dadu --data-dir y ka ten pasta pesoal pa uza sima padron
cli-read-failed = ka konsigi lé { $what }

error-not-initialized = ka ten nenhun arkivu di Equity Intake na { $path }: purmeru ezekuta “intake init”
error-already-initialized = { $path } dja ten un arkivu di Equity Intake
error-wrong-credentials = nomi di uzuáriu o PIN eradu
error-locked-out = txeu PIN eradu pa es uzuáriu: tenta otu bes dentu di { $seconds } s, o pidi un supervizor pa torna difini PIN
error-deactivated = es konta sta dizativadu: papia ku un supervizor
error-wrong-recovery-key = xavi di rekuperason ka ta vale pa es arkivu
error-forbidden = bu funson ({ $role }) ka ta permiti: { $action }
error-not-found = ka atxadu: { $what }
error-what-member = membru
error-what-user = uzuáriu
error-what-response = rasposta
error-what-need = nesesidadi
error-what-draft = avaliason ki ka kaba
error-invalid = { $field }: { $reason }
error-field-name = nomi
error-field-date-of-birth = data di nasimentu
error-field-masshealth-id = númeru di MassHealth
error-field-pin = PIN
error-field-site = sentru
error-field-user = uzuáriu
error-field-consent = konsentimentu
error-field-answers = raspostas
error-field-supersedes = koreson
error-field-reason = motivu
error-field-response = rasposta
error-field-organization = organizason
error-field-file = fitxeru
error-field-instrument = kestionáriu
error-field-draft = avaliason
error-field-item = purgunta
error-reason-check-field = txeka es kampu
error-reason-pin-too-short = uza pelu ménus { $min } karater
error-reason-site-empty = skrebe nomi di sentru di saúdi
error-reason-username-format = uza letra, númeru, “.”, “_” o “-” (más txeu 64)
error-reason-username-taken = es nomi di uzuáriu dja sta na uzu
error-reason-recovery-needs-supervisor = xavi di rekuperason só pode torna difini PIN di un supervizor ativu
error-reason-deactivate-self = bu ka pode dizativa bu própi konta
error-reason-no-consent = membru ka konkorda fazi avaliason
error-reason-answered-twice = un purgunta ten dôs rasposta ({ $item })
error-reason-correction-other-member = un koreson debe sustitui un rasposta di mésmu membru
error-reason-retraction-reason = fla pamodi ki rasposta rejistadu pa erru
error-reason-already-retracted = dja sta markadu sima rejistadu pa erru
error-reason-referral-organization = skrebe nomi di organizason pa undi ki membru mandadu
error-reason-path-not-utf8 = kaminhu ten karater ki es sistema ka pode uza
error-reason-unknown-instrument = es aplikason ka konxe es kestionáriu ({ $item })
error-reason-unknown-item = un purgunta ka ta pertense a es kestionáriu ({ $item })
error-reason-wrong-kind = un rasposta ten tipu di valor eradu ({ $item })
error-reason-unknown-option = un rasposta ka é un di opson di purgunta ({ $item })
error-reason-exclusive-option = “nenhun” ka pode skodjedu djuntu ku otu rasposta ({ $item })
error-reason-empty-choice = skodje pelu ménus un rasposta ({ $item })
error-reason-out-of-range = númeru sta fora di limiti permitidu ({ $item })
error-reason-absent-not-offered = es purgunta ka ta oferese es rasposta ({ $item })
error-reason-not-enabled = rasponde un purgunta ki ka ta aplika ({ $item })
error-reason-required-missing = un purgunta obrigatóriu ka ten rasposta ({ $item })
error-reason-none-chosen = skodje pelu ménus un kestionáriu
error-reason-already-saved = es parti di avaliason dja sta salvadu
error-reason-empty-text = rasposta skrebedu sta vaziu ({ $item })
error-disk-full = disku sta xeiu o ka ta dexa skrebe: ka salvadu nada; libera spasu y tenta otu bes
error-corrupt = arkivu sta danifikadu o e ka é un arkivu di Equity Intake ({ $detail }); rekupera-l di un kópia di seguransa
error-audit-broken = rejistu di auditoria alteradu na entrada { $seq }: { $reason }
error-not-a-backup = { $path } ka é un kópia di seguransa di Equity Intake
error-io = erru di fitxeru na { $path }: { $detail }
error-database = erru di baze di dadus: { $detail }

# Inskrison na servidor sentral di ACO y sinkronizason. Tudu erru di sinkronizason ta fla si algun kuza perdedu (nunka).
cli-enrolled = Inskritu na { $url } pa { $site }. Nomi di es aparelhu é { $device }.
cli-sync-progress = Mandadu { $sent } di { $total } rejistu…
cli-sync-done = { $records ->
   *[other] Sinkronizason kaba: { $records } rejistu mandadu. Resibu asinadu txekadu: { $batches }.
}
cli-sync-nothing = Ka ten nada pa manda: tudu dja sta na servidor sentral.
error-sync-not-enrolled = es aparelhu inda ka sta inskritu na un servidor sentral: un supervizor ta inskrebe-l ku inderesu di servidor sentral y un kódigu di un só uzu ki ACO ta da
error-sync-already-enrolled = es aparelhu dja sta inskritu na un servidor sentral
error-sync-insecure-url = inderesu di servidor sentral debe kumesa ku https:// (http:// simplis só ta permitidu pa es mésmu konputador)
error-sync-bad-url = es inderesu ka é di un servidor sentral; e debe parse ku https://hub.example.org
error-sync-bad-code = kódigu di inskrison ka asetadu: txeka-l, o pidi ACO un kódigu novu (kada kódigu ta funsiona só un bes)
error-sync-offline = ka ten rede, o ka ta konsigi txiga servidor sentral: ka perdedu nada; tenta otu bes ora ki bu ten internet
error-sync-certificate = sertifikadu di seguransa di servidor sentral ka é di konfiansa, pur isu ka mandadu nada: aviza asisténsia téknika di ACO
error-sync-hub-unavailable = servidor sentral ka sta ta rasponde gosi: ka perdedu nada; tenta otu bes más logu
error-sync-revoked = servidor sentral korta asesu di es aparelhu: ka perdedu nada, ma es aparelhu ka pode sinkroniza más; txoma asisténsia téknika di ACO
error-sync-refused = servidor sentral ka aseta un loti ({ $reason }): ka perdedu nada; aviza asisténsia téknika di ACO
error-sync-bad-answer = ka konsigi verifika rasposta di servidor sentral, pur isu nada ka markadu sima mandadu: aviza asisténsia téknika di ACO
