# The `intake` command line: what it prints, and its errors. Every error is one line.
# Swahili (sw) draft translation; to be checked with an interpreter.

cli-error = intake: hitilafu: { $message }
cli-internal-error = intake: hitilafu ya ndani; hakuna kitu kingine kilichohifadhiwa. Tafadhali ripoti tatizo hili.
cli-store-created = Hifadhi ya data imeundwa katika { $dir } kwa ajili ya { $site }.
cli-recovery-key-intro = Ufunguo wa kurejesha (unaonyeshwa mara moja tu; uandike na uuhifadhi mahali palipofungwa):
cli-demo-saved = imehifadhiwa namba { $number }: mwanachama { $member }, jibu { $response }
cli-demo-added = { $count ->
    [one] Ameongezwa mwanachama { $count } wa majaribio (si wa kweli) pamoja na uchunguzi wake.
   *[other] Wameongezwa wanachama { $count } wa majaribio (si wa kweli) pamoja na uchunguzi wao.
}
cli-found = { $count ->
    [one] Amepatikana mwanachama { $count }
   *[other] Wamepatikana wanachama { $count }
}
cli-duplicates = { $count ->
    [one] Mwanachama { $count } aliyepo tayari anaonekana kuwa mtu yule yule (ameorodheshwa hapo juu); tumia --force kuongeza hata hivyo
   *[other] Wanachama { $count } waliopo tayari wanaonekana kuwa mtu yule yule (wameorodheshwa hapo juu); tumia --force kuongeza hata hivyo
}
cli-verify-ok = sawa: kurasa na ukaguzi wa uadilifu zimepita; mnyororo wa kumbukumbu za ukaguzi (audit) wa maingizo { $entries } uko kamili; wanachama { $members }, majibu { $responses }
cli-backup-written = Nakala rudufu iliyosimbwa imeandikwa kwenye { $file } (baiti { $bytes }).
cli-restored = Wanachama { $members } na majibu { $responses } yamerejeshwa kutoka { $file }.
cli-new-pin = { $user } ana PIN mpya.
cli-user-added = { $user } ameongezwa ({ $role }).
cli-user-deactivated = Akaunti ya { $user } imezimwa.
cli-outbox = yanayosubiri: { $pending }
    yaliyowasilishwa: { $delivered }
cli-response-line = jibu { $id } { $date } { $instrument } kwa { $locale } na { $collector }: majibu { $answers }{ $state }
cli-response-retracted = { " " }(liliingizwa kimakosa)
cli-response-corrected = { " " }(limesahihishwa)
cli-need-line = hitaji { $id } { $domain }: { $status }
cli-user-active = inatumika
cli-user-deactivated-state = imezimwa
cli-prompt-pin = PIN ya { $user }:
cli-prompt-choose-pin = Chagua PIN ya { $user }:
cli-prompt-new-pin = PIN mpya ya { $user }:
cli-prompt-recovery-key = Ufunguo wa kurejesha:
cli-need-user = weka INTAKE_USER kuwa jina la mtumiaji utakayetumia
cli-no-value = hakuna thamani iliyotolewa: weka { $var } au iandike utakapoulizwa
cli-no-data-dir = hakuna --data-dir iliyotolewa na hakuna folda ya nyumbani ya kutumia kama chaguo-msingi
cli-read-failed = imeshindwa kusoma: { $what }

error-not-initialized = hakuna hifadhi ya Equity Intake katika { $path }: endesha “intake init” kwanza
error-already-initialized = { $path } tayari ina hifadhi ya Equity Intake
error-wrong-credentials = jina la mtumiaji au PIN si sahihi
error-locked-out = PIN zisizo sahihi zimekuwa nyingi mno kwa mtumiaji huyu: jaribu tena baada ya { $seconds } s, au mwombe msimamizi aweke PIN upya
error-deactivated = akaunti hii imezimwa: muulize msimamizi
error-wrong-recovery-key = ufunguo wa kurejesha si sahihi kwa hifadhi hii
error-forbidden = jukumu lako ({ $role }) haliruhusu { $action }
error-not-found = haikupatikana: { $what }
error-what-member = mwanachama
error-what-user = mtumiaji
error-what-response = jibu
error-what-need = hitaji
error-what-draft = uchunguzi ambao haujakamilika
error-invalid = { $field }: { $reason }
error-field-name = jina
error-field-date-of-birth = tarehe ya kuzaliwa
error-field-masshealth-id = namba ya utambulisho ya MassHealth
error-field-pin = PIN
error-field-site = kituo
error-field-user = mtumiaji
error-field-consent = ridhaa
error-field-answers = majibu
error-field-supersedes = marekebisho
error-field-reason = sababu
error-field-response = jibu
error-field-organization = shirika
error-field-file = faili
error-field-instrument = dodoso
error-field-draft = uchunguzi
error-field-item = swali
error-reason-check-field = tafadhali kagua sehemu hii
error-reason-pin-too-short = tumia angalau herufi { $min }
error-reason-site-empty = andika jina la kituo cha afya
error-reason-username-format = tumia herufi, tarakimu, “.”, “_” au “-” (zisizozidi 64)
error-reason-username-taken = jina hilo la mtumiaji limeshachukuliwa
error-reason-recovery-needs-supervisor = ufunguo wa kurejesha unaweza kuweka upya PIN ya msimamizi anayetumika tu
error-reason-deactivate-self = huwezi kuzima akaunti yako mwenyewe
error-reason-no-consent = mwanachama hajakubali kufanyiwa uchunguzi
error-reason-answered-twice = swali limejibiwa mara mbili ({ $item })
error-reason-correction-other-member = marekebisho lazima yachukue nafasi ya jibu la mwanachama yule yule
error-reason-retraction-reason = eleza kwa nini jibu liliingizwa kimakosa
error-reason-already-retracted = tayari limewekwa alama kuwa liliingizwa kimakosa
error-reason-referral-organization = taja shirika ambalo mwanachama alipewa rufaa
error-reason-path-not-utf8 = njia (path) ina herufi ambazo mfumo huu hauwezi kutumia
error-reason-unknown-instrument = programu hii haitambui dodoso hilo ({ $item })
error-reason-unknown-item = swali fulani si la dodoso hili ({ $item })
error-reason-wrong-kind = jibu lina aina isiyo sahihi ya thamani ({ $item })
error-reason-unknown-option = jibu si mojawapo ya machaguo ya swali ({ $item })
error-reason-exclusive-option = “hakuna” haiwezi kuchaguliwa pamoja na majibu mengine ({ $item })
error-reason-empty-choice = chagua angalau jibu moja ({ $item })
error-reason-out-of-range = namba iko nje ya kiwango kinachoruhusiwa ({ $item })
error-reason-absent-not-offered = swali hilo halitoi jibu hili ({ $item })
error-reason-not-enabled = limejibiwa swali lisilohusika ({ $item })
error-reason-required-missing = swali la lazima halina jibu ({ $item })
error-reason-none-chosen = chagua angalau dodoso moja
error-reason-already-saved = sehemu hii ya uchunguzi tayari imehifadhiwa
error-reason-empty-text = jibu lililoandikwa ni tupu ({ $item })
error-disk-full = diski imejaa au haiwezi kuandikiwa: hakuna kilichohifadhiwa; ondoa vitu ili kupata nafasi kisha ujaribu tena
error-corrupt = hifadhi imeharibika au si hifadhi ya Equity Intake ({ $detail }); irejeshe kutoka kwenye nakala rudufu
error-audit-broken = kumbukumbu za ukaguzi zimebadilishwa katika ingizo { $seq }: { $reason }
error-not-a-backup = { $path } si nakala rudufu ya Equity Intake
error-io = hitilafu ya faili katika { $path }: { $detail }
error-database = hitilafu ya hifadhidata: { $detail }

# Kusajili kifaa kwenye kituo kikuu (hub) cha ACO na kusawazisha nacho. Kila hitilafu ya usawazishaji inasema kama kuna kilichopotea (hakuna kinachopotea kamwe).
cli-enrolled = Kifaa kimesajiliwa kwenye { $url } kwa ajili ya { $site }. Kifaa hiki ni { $device }.
cli-sync-progress = Zimetumwa rekodi { $sent } kati ya { $total }…
cli-sync-done = { $records ->
    [one] Usawazishaji umekamilika: imetumwa rekodi { $records }. Stakabadhi zilizotiwa sahihi zilizokaguliwa: { $batches }.
   *[other] Usawazishaji umekamilika: zimetumwa rekodi { $records }. Stakabadhi zilizotiwa sahihi zilizokaguliwa: { $batches }.
}
cli-sync-nothing = Hakuna cha kutuma: kila kitu tayari kiko kwenye kituo kikuu.
error-sync-not-enrolled = kifaa hiki bado hakijasajiliwa kwenye kituo kikuu: msimamizi hukisajili kwa anwani ya kituo kikuu na msimbo wa kutumika mara moja tu kutoka ACO
error-sync-already-enrolled = kifaa hiki tayari kimesajiliwa kwenye kituo kikuu
error-sync-insecure-url = anwani ya kituo kikuu lazima ianze na https:// (http:// ya kawaida inaruhusiwa kwa kompyuta hii pekee)
error-sync-bad-url = hii si anwani ya kituo kikuu; inapaswa kuonekana kama https://hub.example.org
error-sync-bad-code = msimbo wa usajili haukukubaliwa: uhakiki, au uombe ACO msimbo mpya (kila msimbo hufanya kazi mara moja tu)
error-sync-offline = hakuna mtandao, au kituo kikuu hakifikiki: hakuna kilichopotea, jaribu tena ukiwa na intaneti
error-sync-certificate = cheti cha usalama cha kituo kikuu hakiaminiki, kwa hiyo hakuna kilichotumwa: ijulishe huduma ya msaada (help desk) ya ACO
error-sync-hub-unavailable = kituo kikuu hakijibu kwa sasa: hakuna kilichopotea, jaribu tena baadaye
error-sync-revoked = kituo kikuu kimeondoa idhini ya kifaa hiki: hakuna kilichopotea, lakini kifaa hiki hakiwezi kusawazisha; piga simu kwa huduma ya msaada ya ACO
error-sync-refused = kituo kikuu kimekataa kundi la rekodi ({ $reason }): hakuna kilichopotea; ijulishe huduma ya msaada ya ACO
error-sync-bad-answer = jibu la kituo kikuu halikuweza kuthibitishwa, kwa hiyo hakuna kilichowekwa alama kuwa kimetumwa: ijulishe huduma ya msaada ya ACO
