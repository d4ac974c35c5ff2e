# The `intake` command line: what it prints, and its errors. Every error is one line.
# Tagalog (tl) draft; to be checked with an interpreter.

cli-error = intake: error: { $message }
cli-internal-error = intake: internal error ng app; wala nang iba pang na-save. Paki-report po ito.
cli-store-created = Nagawa ang data store sa { $dir } para sa { $site }.
cli-recovery-key-intro = Recovery key (isang beses lang itong ipapakita; isulat ito at itago sa lugar na nakakandado):
cli-demo-saved = na-save ang #{ $number }: miyembro { $member }, sagot { $response }
cli-demo-added = { $count ->
    [one] Nagdagdag ng { $count } synthetic (hindi totoong) miyembro na may mga screening.
   *[other] Nagdagdag ng { $count } synthetic (hindi totoong) miyembro na may mga screening.
}
cli-found = { $count ->
    [one] { $count } ang nakita
   *[other] { $count } ang nakita
}
cli-duplicates = { $count ->
    [one] May { $count } nakarehistrong miyembro na mukhang parehong tao (nakalista sa itaas); gamitin ang --force para idagdag pa rin
   *[other] May { $count } nakarehistrong miyembro na mukhang parehong tao (nakalista sa itaas); gamitin ang --force para idagdag pa rin
}
cli-verify-ok = ok: pasado ang mga page at ang integrity check; buo ang audit chain na may { $entries } entry; { $members } miyembro, { $responses } sagot
cli-backup-written = Naisulat ang naka-encrypt na backup sa { $file } ({ $bytes } bytes).
cli-restored = Naibalik ang { $members } miyembro at { $responses } sagot mula sa { $file }.
cli-new-pin = May bagong PIN na si { $user }.
cli-user-added = Naidagdag si { $user } ({ $role }).
cli-user-deactivated = Na-deactivate na si { $user }.
cli-outbox = nakabinbin: { $pending }
    naipadala: { $delivered }
cli-response-line = sagot { $id } { $date } { $instrument } sa { $locale } ni { $collector }: { $answers } sagot{ $state }
cli-response-retracted = { " " }(naipasok nang mali)
cli-response-corrected = { " " }(naitama na)
cli-need-line = pangangailangan { $id } { $domain }: { $status }
cli-user-active = aktibo
cli-user-deactivated-state = naka-deactivate
cli-prompt-pin = PIN ni { $user }:
cli-prompt-choose-pin = Pumili ng PIN para kay { $user }:
cli-prompt-new-pin = Bagong PIN para kay { $user }:
cli-prompt-recovery-key = Ilagay ang recovery key:
cli-need-user = itakda ang INTAKE_USER sa username na gagamitin
cli-no-value = walang ibinigay na value: itakda ang { $var } o i-type ito kapag hiningi
cli-no-data-dir = walang ibinigay na --data-dir at walang home folder na magagamit bilang default
cli-read-failed = hindi mabasa ang { $what }

error-not-initialized = walang Equity Intake store sa { $path }: patakbuhin muna ang “intake init”
error-already-initialized = may Equity Intake store na sa { $path }
error-wrong-credentials = mali ang username o PIN
error-locked-out = masyadong maraming maling PIN para sa user na ito: subukang muli pagkalipas ng { $seconds } segundo, o hilingin sa isang supervisor na i-reset ang PIN
error-deactivated = na-deactivate na ang account na ito: kausapin ang isang supervisor
error-wrong-recovery-key = hindi valid ang recovery key para sa store na ito
error-forbidden = hindi pinapayagan ang inyong role ({ $role }) na { $action }
error-not-found = hindi nakita ang { $what }
error-what-member = miyembro
error-what-user = gumagamit (user)
error-what-response = sagot
error-what-need = pangangailangan
error-what-draft = hindi pa tapos na screening
error-invalid = { $field }: { $reason }
error-field-name = pangalan
error-field-date-of-birth = petsa ng kapanganakan
error-field-masshealth-id = ID ng MassHealth
error-field-pin = PIN
error-field-site = health center
error-field-user = gumagamit (user)
error-field-consent = pahintulot
error-field-answers = mga sagot
error-field-supersedes = pagtatama
error-field-reason = dahilan
error-field-response = sagot
error-field-organization = organisasyon
error-field-file = file
error-field-instrument = talatanungan
error-field-draft = screening (pagsusuri)
error-field-item = tanong
error-reason-check-field = pakisuri ang field na ito
error-reason-pin-too-short = gumamit ng hindi bababa sa { $min } character
error-reason-site-empty = ilagay ang pangalan ng health center
error-reason-username-format = gumamit ng mga letra, numero, “.”, “_” o “-” (hanggang 64)
error-reason-username-taken = may gumagamit na ng username na iyan
error-reason-recovery-needs-supervisor = ang recovery key ay makapag-reset lamang ng PIN ng isang aktibong supervisor
error-reason-deactivate-self = hindi ninyo maaaring i-deactivate ang sarili ninyong account
error-reason-no-consent = hindi pumayag ang miyembro na ma-screen
error-reason-answered-twice = may tanong na dalawang beses sinagot ({ $item })
error-reason-correction-other-member = ang pagtatama ay dapat pumalit sa sagot ng parehong miyembro
error-reason-retraction-reason = sabihin kung bakit naipasok nang mali ang sagot
error-reason-already-retracted = nakamarka na itong naipasok nang mali
error-reason-referral-organization = ilagay kung saang organisasyon ini-refer ang miyembro
error-reason-path-not-utf8 = may mga character ang path na hindi magamit ng system na ito
error-reason-unknown-instrument = hindi kilala ng app na ito ang talatanungang iyan ({ $item })
error-reason-unknown-item = may tanong na hindi kabilang sa talatanungang ito ({ $item })
error-reason-wrong-kind = may sagot na mali ang uri ng value ({ $item })
error-reason-unknown-option = may sagot na wala sa mga pagpipilian ng tanong ({ $item })
error-reason-exclusive-option = hindi maaaring piliin ang “wala” kasama ng ibang sagot ({ $item })
error-reason-empty-choice = pumili ng kahit isang sagot ({ $item })
error-reason-out-of-range = nasa labas ng pinapayagang saklaw ang numero ({ $item })
error-reason-absent-not-offered = walang ganitong sagot sa tanong na iyan ({ $item })
error-reason-not-enabled = may sinagot na tanong na hindi naaangkop ({ $item })
error-reason-required-missing = walang sagot ang isang kailangang tanong ({ $item })
error-reason-none-chosen = pumili ng kahit isang talatanungan
error-reason-already-saved = naka-save na ang bahaging ito ng screening
error-reason-empty-text = walang laman ang nakasulat na sagot ({ $item })
error-disk-full = puno na ang disk o hindi ito masulatan: walang na-save; magbakante ng espasyo at subukang muli
error-corrupt = sira ang store o hindi ito Equity Intake store ({ $detail }); i-restore mula sa isang backup
error-audit-broken = may bumago sa audit log sa entry { $seq }: { $reason }
error-not-a-backup = ang { $path } ay hindi backup ng Equity Intake
error-io = error sa file sa { $path }: { $detail }
error-database = error sa database: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
# (tl) "hub", "sync", "device", "record", "batch", "help desk" kept as Filipinos say them; enroll = irehistro.
cli-enrolled = Nairehistro na sa { $url } para sa { $site }. Ang ID ng device na ito ay { $device }.
cli-sync-progress = Naipadala ang { $sent } sa { $total } record…
cli-sync-done = { $records ->
    [one] Tapos na ang sync: { $records } record ang naipadala. Nasuring resibong may digital na lagda: { $batches }.
   *[other] Tapos na ang sync: { $records } record ang naipadala. Nasuring resibong may digital na lagda: { $batches }.
}
cli-sync-nothing = Walang ipapadala: nasa hub na ang lahat.
error-sync-not-enrolled = hindi pa nakarehistro ang device na ito sa isang hub: irerehistro ito ng isang supervisor gamit ang address ng hub at isang one-time code (code na isang beses lang magagamit) mula sa ACO
error-sync-already-enrolled = nakarehistro na ang device na ito sa isang hub
error-sync-insecure-url = dapat magsimula sa https:// ang address ng hub (ang karaniwang http:// ay pinapayagan lang papunta sa computer na ito mismo)
error-sync-bad-url = hindi iyan address ng hub; dapat ganito ang itsura nito: https://hub.example.org
error-sync-bad-code = hindi tinanggap ang enrollment code: suriin ito, o humingi ng bago sa ACO (isang beses lang gumagana ang bawat code)
error-sync-offline = walang network, o hindi maabot ang hub: walang nawala; subukang muli kapag online na kayo
error-sync-certificate = hindi pinagkakatiwalaan ang security certificate ng hub, kaya walang naipadala: ipaalam ito sa help desk ng ACO
error-sync-hub-unavailable = hindi sumasagot ang hub sa ngayon: walang nawala; subukang muli mamaya
error-sync-revoked = binawi ng hub ang pahintulot ng device na ito: walang nawala, pero hindi na makakapag-sync ang device na ito; tawagan ang help desk ng ACO
error-sync-refused = tinanggihan ng hub ang isang batch ng mga record ({ $reason }): walang nawala; ipaalam ito sa help desk ng ACO
error-sync-bad-answer = hindi ma-verify ang sagot ng hub, kaya walang minarkahang naipadala: ipaalam ito sa help desk ng ACO
