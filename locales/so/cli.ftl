# The `intake` command line: what it prints, and its errors. Every error is one line.
# Somali (so) draft translation; to be checked with an interpreter.

cli-error = intake: khalad: { $message }
cli-internal-error = intake: khalad gudaha ah; wax kale lama kaydin. Fadlan soo sheeg dhibaatadan.
cli-store-created = Kaydka xogta waxaa laga sameeyay { $dir } oo loogu talagalay { $site }.
cli-recovery-key-intro = Furaha soo celinta (hal mar keliya ayaa la muujinayaa; qor oo ku hay meel quful leh):
cli-demo-saved = waa la kaydiyay lambar { $number }: xubin { $member }, jawaab { $response }
cli-demo-added = { $count ->
    [one] Waxaa lagu daray { $count } xubin tijaabo ah (aan dhab ahayn) oo leh baaritaanno.
   *[other] Waxaa lagu daray { $count } xubnood oo tijaabo ah (aan dhab ahayn) oo leh baaritaanno.
}
cli-found = { $count ->
    [one] { $count } xubin ayaa la helay
   *[other] { $count } xubnood ayaa la helay
}
cli-duplicates = { $count ->
    [one] { $count } xubin oo horay u diiwaangashan ayaa u eg isla qofkan (kor ku qoran); isticmaal --force si aad u darto si kastaba ha ahaatee
   *[other] { $count } xubnood oo horay u diiwaangashan ayaa u eg isla qofkan (kor ku qoran); isticmaal --force si aad u darto si kastaba ha ahaatee
}
cli-verify-ok = hagaag: boggaga iyo hubinta daacadnimada (integrity) way gudbeen; silsiladda diiwaanka hubinta (audit) ee { $entries } qoraal waa dhammaystiran tahay; { $members } xubnood, { $responses } jawaabood
cli-backup-written = Nuqul kayd ah oo sir ah (encrypted) ayaa lagu qoray { $file } ({ $bytes } bytes).
cli-restored = Waxaa laga soo celiyay { $file } { $members } xubnood iyo { $responses } jawaabood.
cli-new-pin = { $user } waxaa la siiyay PIN cusub.
cli-user-added = Waxaa lagu daray { $user } ({ $role }).
cli-user-deactivated = Akoonka { $user } waa la joojiyay.
cli-outbox = sugaya: { $pending }
    la gaarsiiyay: { $delivered }
cli-response-line = jawaab { $id } { $date } { $instrument } luqadda { $locale } waxaa qoray { $collector }: { $answers } jawaabood{ $state }
cli-response-retracted = { " " }(khalad ayaa loo geliyay)
cli-response-corrected = { " " }(waa la saxay)
cli-need-line = baahi { $id } { $domain }: { $status }
cli-user-active = shaqaynaya
cli-user-deactivated-state = la joojiyay
cli-prompt-pin = PIN-ka { $user }:
cli-prompt-choose-pin = Dooro PIN loogu talagalay { $user }:
cli-prompt-new-pin = PIN cusub oo loogu talagalay { $user }:
cli-prompt-recovery-key = Furaha soo celinta:
cli-need-user = INTAKE_USER ku qor magaca isticmaalaha aad ku shaqaynayso
cli-no-value = qiime lama bixin: dhig { $var } ama qor marka lagu weydiiyo
cli-no-data-dir = --data-dir lama bixin, mana jiro gal guri (home folder) oo loo isticmaalo si toos ah
cli-read-failed = lama akhrin karin: { $what }

error-not-initialized = ma jiro kayd Equity Intake ah oo ku jira { $path }: marka hore samee “intake init”
error-already-initialized = { $path } waxaa horay ugu jira kayd Equity Intake
error-wrong-credentials = magaca isticmaalaha ama PIN-ka waa khalad
error-locked-out = PIN khaldan oo aad u badan ayaa la geliyay isticmaalahan: isku day mar kale { $seconds } s kadib, ama weydii kormeere inuu PIN-ka dib u dejiyo
error-deactivated = akoonkan waa la joojiyay: la xiriir kormeere
error-wrong-recovery-key = furaha soo celinta kuma shaqeeyo kaydkan
error-forbidden = doorkaaga ({ $role }) uma oggola: { $action }
error-not-found = lama helin: { $what }
error-what-member = xubin
error-what-user = isticmaale
error-what-response = jawaab
error-what-need = baahi
error-what-draft = baaritaan aan dhammaystirnayn
error-invalid = { $field }: { $reason }
error-field-name = magac
error-field-date-of-birth = taariikhda dhalashada
error-field-masshealth-id = lambarka aqoonsiga MassHealth
error-field-pin = PIN
error-field-site = xarunta
error-field-user = isticmaale
error-field-consent = oggolaansho
error-field-answers = jawaabo
error-field-supersedes = sixid
error-field-reason = sabab
error-field-response = jawaab
error-field-organization = urur
error-field-file = fayl
error-field-instrument = liiska su'aalaha
error-field-draft = baaritaan
error-field-item = su'aal
error-reason-check-field = fadlan hubi meeshan
error-reason-pin-too-short = isticmaal ugu yaraan { $min } xaraf
error-reason-site-empty = qor magaca xarunta caafimaadka
error-reason-username-format = isticmaal xarfo, lambarro, “.”, “_” ama “-” (ugu badnaan 64)
error-reason-username-taken = magacaas isticmaale horay ayaa loo qaatay
error-reason-recovery-needs-supervisor = furaha soo celinta waxa uu dib u dejin karaa oo keliya PIN-ka kormeere shaqaynaya
error-reason-deactivate-self = ma joojin kartid akoonkaaga
error-reason-no-consent = xubintu ma oggolaan in la baaro
error-reason-answered-twice = su'aal ayaa laba jeer laga jawaabay ({ $item })
error-reason-correction-other-member = sixiddu waa inay beddeshaa jawaab isla xubintaas ah
error-reason-retraction-reason = sheeg sababta jawaabta khalad loogu geliyay
error-reason-already-retracted = horay ayaa loogu calaamadeeyay in khalad loo geliyay
error-reason-referral-organization = sheeg magaca ururka xubinta loo gudbiyay
error-reason-path-not-utf8 = waddada (path) waxaa ku jira xarfo aanu nidaamkani isticmaali karin
error-reason-unknown-instrument = barnaamijkani ma yaqaan liiska su'aalahaas ({ $item })
error-reason-unknown-item = su'aal kama tirsana liiska su'aalahan ({ $item })
error-reason-wrong-kind = jawaab ayaa leh nooc qiime oo khaldan ({ $item })
error-reason-unknown-option = jawaab kama mid aha doorashooyinka su'aasha ({ $item })
error-reason-exclusive-option = “midna” lama dooran karo iyadoo ay la socdaan jawaabo kale ({ $item })
error-reason-empty-choice = dooro ugu yaraan hal jawaab ({ $item })
error-reason-out-of-range = lambarku wuu ka baxsan yahay xadka la oggol yahay ({ $item })
error-reason-absent-not-offered = su'aashaas ma bixiso jawaabtan ({ $item })
error-reason-not-enabled = waxaa laga jawaabay su'aal aan khusayn ({ $item })
error-reason-required-missing = su'aal waajib ah jawaab ma leh ({ $item })
error-reason-none-chosen = dooro ugu yaraan hal liis oo su'aalo ah
error-reason-already-saved = qaybtan baaritaanka horay ayaa loo kaydiyay
error-reason-empty-text = jawaabta qoran waa madhan tahay ({ $item })
error-disk-full = diskiga waa buuxaa ama wax laguma qori karo: waxba lama kaydin; meel bannee oo isku day mar kale
error-corrupt = kaydku waa dhaawacan yahay ama ma aha kayd Equity Intake ({ $detail }); ka soo celi nuqul kayd ah
error-audit-broken = diiwaanka hubinta (audit log) waa la beddelay qoraalka { $seq }: { $reason }
error-not-a-backup = { $path } ma aha nuqul kayd ah oo Equity Intake
error-io = khalad ku yimid faylka { $path }: { $detail }
error-database = khalad kaydka xogta (database): { $detail }

# Ka diiwaangelinta xarunta dhexe (hub) ee ACO iyo la jaanqaadinta. Khalad kasta oo la jaanqaadin wuxuu sheegaa in wax lumay iyo in kale (marnaba wax ma lumaan).
cli-enrolled = Qalabkan waxaa laga diiwaangeliyay { $url } oo loogu talagalay { $site }. Qalabkani waa { $device }.
cli-sync-progress = Waxaa la diray { $sent } ka mid ah { $total } diiwaan…
cli-sync-done = { $records ->
    [one] La jaanqaadintu way dhammaatay: { $records } diiwaan ayaa la diray. Rasiidhada saxeexan ee la hubiyay: { $batches }.
   *[other] La jaanqaadintu way dhammaatay: { $records } diiwaan ayaa la diray. Rasiidhada saxeexan ee la hubiyay: { $batches }.
}
cli-sync-nothing = Wax la diro ma jiraan: wax walba horay ayay u gaareen xarunta dhexe.
error-sync-not-enrolled = qalabkan weli lagama diiwaangelin xarun dhexe: kormeere ayaa ku diiwaangeliya cinwaanka xarunta dhexe iyo koodh hal mar la isticmaalo oo ka yimid ACO
error-sync-already-enrolled = qalabkan horay ayaa looga diiwaangeliyay xarun dhexe
error-sync-insecure-url = cinwaanka xarunta dhexe waa inuu ku bilaabmaa https:// (http:// caadi ah waxaa loo oggol yahay oo keliya kombiyuutarkan laftiisa)
error-sync-bad-url = taasi ma aha cinwaanka xarun dhexe; waa inuu u ekaadaa https://hub.example.org
error-sync-bad-code = koodhka diiwaangelinta lama aqbalin: hubi, ama ka codso ACO koodh cusub (koodh kasta hal mar keliya ayuu shaqeeyaa)
error-sync-offline = shabakad ma jirto, ama xarunta dhexe lama gaari karo: waxba ma lumin, isku day mar kale marka aad internetka ku xiran tahay
error-sync-certificate = shahaadada amniga (security certificate) ee xarunta dhexe lama aamini karo, sidaas darteed waxba lama dirin: u sheeg xafiiska caawinta (help desk) ee ACO
error-sync-hub-unavailable = xarunta dhexe hadda ma jawaabayso: waxba ma lumin, isku day mar kale goor dambe
error-sync-revoked = xarunta dhexe waxay qalabkan ka qaadday oggolaanshihii: waxba ma lumin, laakiin qalabkani ma la jaanqaadi karo; wac xafiiska caawinta ee ACO
error-sync-refused = xarunta dhexe waxay diiday koox diiwaanno ah ({ $reason }): waxba ma lumin; u sheeg xafiiska caawinta ee ACO
error-sync-bad-answer = jawaabta xarunta dhexe lama xaqiijin karin, sidaas darteed waxba looma calaamadin in la diray: u sheeg xafiiska caawinta ee ACO
