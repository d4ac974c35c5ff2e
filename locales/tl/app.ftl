# Tagalog (tl) draft of app.ftl; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Magpatuloy
app-cancel = Kanselahin
app-save = I-save
app-none = Wala.
app-show = Ipakita
app-lock = I-lock
app-locked-notice = Na-lock ang screen. Mag-sign in para makapagpatuloy.
app-nav-label = Pangunahing menu
app-nav-members = Mga miyembro
app-nav-supervisor = Para sa supervisor
app-nav-settings = Mga setting
app-nav-sync = Mag-sync
app-for-staff = Para sa mga kawani:
app-fallback-english = (hindi pa naisasalin: Ingles ang ipinapakita)
app-translation-status-missing = Hindi pa naisasalin: sa Ingles lumalabas ang mga tanong

## First run and sign-in
app-setup-title = I-set up ang Equity Intake
app-setup-explain = Gawin ang data store ng health center na ito at ang unang supervisor nito. Lahat ay nakatago nang naka-encrypt sa computer na ito.
app-setup-submit = Gawin ang data store
app-recovery-title = Ang inyong recovery key
app-recovery-explain = Kapag nakalimutan ng lahat ng supervisor ang kanilang PIN, ang key na ito lang ang paraan para makapasok muli sa data store. Isulat ito at itago sa ligtas at nakakandadong lugar, malayo sa computer na ito. Isang beses lang itong ipapakita.
app-recovery-confirm = Naisulat ko na ang recovery key at naitago ko ito nang ligtas.
app-sign-in-title = Mag-sign in
app-sign-in-submit = Mag-sign in
app-pin-hint = Hindi bababa sa 6 na character. Huwag itong ibahagi kaninuman.
app-field-site = Pangalan ng health center
app-field-username = Pangalan ng user (username)
app-field-name = Buong pangalan
app-field-pin = PIN
app-field-pin-again = Ulitin ang PIN
app-field-role = Tungkulin (role)
app-field-staff-language = Wika ng mga screen

## Members
app-members-title = Mga miyembro
app-members-search = Maghanap ayon sa pangalan, ID ng MassHealth, numero ng record, o petsa ng kapanganakan
app-members-recent = Mga miyembrong kamakailan ninyong inasikaso
app-members-none-yet = Wala pang kamakailang miyembro. Maghanap sa itaas, o magdagdag ng miyembro.
app-members-found = { $count ->
    [one] { $count } miyembro ang nakita
   *[other] { $count } miyembro ang nakita
}
app-members-too-many = Mahigit { $count } miyembro ang nakita: mag-type pa ng mas mahabang bahagi ng pangalan.
app-members-add = Magdagdag ng miyembro
app-members-save = I-save ang miyembro
app-duplicates-found = Mukhang iisang tao ang mga miyembrong ito. Buksan ang isa sa kanila, o magdagdag ng bagong miyembro kung ibang tao ito.
app-duplicates-add-anyway = Ibang tao ito: magdagdag ng bagong miyembro
app-dob = Petsa ng kapanganakan
app-masshealth-id = ID ng MassHealth
app-mrn = Numero ng record
app-field-given-name = Pangalan (first name)
app-field-family-name = Apelyido
app-field-date-of-birth = Petsa ng kapanganakan
app-field-masshealth-id = ID ng MassHealth (opsyonal)
app-field-mrn = Numero ng medical record (opsyonal)

## Member profile
app-demographics-title = Ang sinabi ng miyembro tungkol sa kanyang sarili
app-topic = Paksa
app-state = Katayuan
app-answer = Sagot
app-asked-on = Kailan itinanong
app-proxy = ibang tao ang sumagot
app-topic-race-ethnicity = Lahi at etnisidad
app-topic-language = Wika
app-topic-disability = Kapansanan
app-topic-sexual-orientation = Oryentasyong sekswal
app-topic-gender-identity = Gender identity (pagkakakilanlang pangkasarian)
app-topic-sex-at-birth = Kasariang itinakda nang ipanganak
app-topic-pronouns = Mga pronoun
app-state-answered = Sumagot
app-state-declined = Piniling hindi sumagot
app-state-unknown = Hindi alam
app-state-never-asked = Hindi pa naitatanong
app-state-stale = Mahigit isang taon na
app-history-title = Mga screening
app-history-none = Wala pang screening.
app-drafts-title = Mga hindi pa tapos na screening
app-resume = Ituloy
app-needs-title = Mga pangangailangan
app-needs-none = Wala pang nakitang pangangailangan sa ngayon.
app-need-discreet = Isang sensitibong pangangailangan
app-opened-on = Nakita noong
app-follow-up-add = Magtala ng follow-up

## Starting a screening
app-start-title = Magsimula ng screening
app-start-submit = Magsimula
app-field-instruments = Mga talatanungan
app-field-member-language = Wika ng miyembro
app-field-mode = Paraan
app-mode-in-person = Harapan
app-mode-phone = Sa telepono
app-mode-video = Sa video
app-field-interpreter = May tumutulong na interpreter
app-field-respondent = Sino ang sasagot
app-respondent-self = Ang miyembro
app-respondent-proxy = Ibang tao para sa miyembro (magulang, tagapag-alaga)
app-field-relationship = Kaugnayan niya sa miyembro
app-field-consent = Pumapayag ang miyembro

## Screening
app-screening-for = Screening para kay
app-question-position = Tanong { $n } ng { $total }
app-progress = { $answered } sa { $total } ang nasagot
app-steps-label = Mga tanong
app-back = Bumalik
app-next = Susunod
app-finish = Tapusin at i-save
app-save-close = Isara (naka-save ang mga sagot)
app-discard = Burahin ang screening na ito
app-discard-confirm = Burahin ang lahat ng sagot sa screening na ito? Hindi na ito maibabalik.

## Results
app-results-title = Mga resulta
app-results-none = Walang resultang maipapakita.
app-safe-to-talk = Nag-iisa ang miyembro at ligtas nang mag-usap
app-to-profile = Bumalik sa miyembro
app-summary-print = Buod para sa miyembro
app-summary-open = Buksan ang buod
app-print = I-print o i-save bilang PDF

## The printed summary, in the member's language
app-summary-title = Buod ng inyong screening
app-summary-intro = Salamat po sa pagsagot ninyo sa aming mga tanong. Narito ang mga napag-usapan natin at ang mga susunod na mangyayari.
app-summary-none = Wala po kayong nabanggit na pangangailangan ngayong araw. Maaari po kayong makipag-usap sa amin anumang oras.
app-summary-footer = Pribado po ang inyong mga sagot. Nakatutulong ang mga ito sa inyong health center at sa MassHealth para mabigyan kayo ng mas mabuting pangangalaga. Kung may tanong po kayo, tawagan ang inyong health center.
app-summary-explain-housing-instability = Maaaring kailangan po ninyo ng tulong para hindi mawalan ng tirahan o para makahanap ng matitirhan.
app-summary-explain-housing-quality = Maaaring may mga problema po sa inyong tirahan na makakasama sa inyong kalusugan.
app-summary-explain-food = Maaaring kailangan po ninyo ng tulong para magkaroon ng sapat na pagkain.
app-summary-explain-transportation = Maaaring kailangan po ninyo ng tulong sa masasakyan papunta sa doktor o klinika, sa trabaho, o sa inyong mga lakad.
app-summary-explain-utilities = Maaaring kailangan po ninyo ng tulong sa pagbabayad ng kuryente, gas, langis na pampainit, o tubig.
app-summary-explain-interpersonal-safety = Maaari po nating pag-usapan ang inyong kaligtasan kahit kailan ninyo gusto.
app-summary-explain-financial-strain = Maaaring kailangan po ninyo ng tulong sa pagbabayad ng mga pangunahing pangangailangan.
app-summary-explain-employment = Maaaring gusto po ninyo ng tulong sa paghahanap ng trabaho o para hindi mawalan ng trabaho.
app-summary-explain-family-community-support = Maaaring gusto po ninyo ng mas maraming tulong sa bahay o ng mas maraming oras kasama ang ibang tao.
app-summary-explain-education = Maaaring gusto po ninyo ng tulong sa pag-aaral o sa training para sa trabaho.
app-summary-explain-physical-activity = Makatutulong po sa inyong kalusugan ang mas madalas na paggalaw ng katawan.
app-summary-explain-substance-use = Maaari po nating pag-usapan ang alak, tabako, o droga kahit kailan ninyo gusto.
app-summary-explain-mental-health = Maaaring gusto po ninyo ng makakausap tungkol sa inyong nararamdaman.
app-summary-explain-disabilities = Maaaring gusto po ninyo ng tulong sa mga pang-araw-araw na gawain.
app-summary-explain-digital-access = Maaaring kailangan po ninyo ng tulong para magkaroon ng internet o ng device para sa mga video visit.
app-summary-explain-digital-literacy = Maaaring gusto po ninyo ng tulong para matutong gumamit ng video visit.

## Supervisor
app-supervisor-title = Ngayong araw
app-team-work = Trabaho ng bawat kawani
app-staff = Kawani
app-screenings = Mga screening
app-members-screened = Mga miyembro
app-needs-opened = Mga nakitang pangangailangan
app-incomplete-title = Mga hindi pa tapos na screening
app-unfollowed-title = Mga pangangailangang wala pang follow-up
app-users-title = Mga user
app-add-user = Magdagdag ng user
app-reset-pin = I-reset ang PIN
app-deactivate = I-deactivate
app-inactive = naka-deactivate
app-site-settings = Mga setting ng health center
app-setting-idle-lock-seconds = I-lock ang screen pagkalipas ng ganitong bilang ng segundong hindi ito ginagamit
app-setting-sogi-min-age = Pinakabatang edad na tatanungin tungkol sa oryentasyong sekswal at gender identity

## Settings
app-text-size = Laki ng teksto
app-about = Tungkol sa app
app-language = Wika
app-translation-status = Salin

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Naka-lock ang screen. Mag-sign in muli: walang nawala.
app-error-pin-mismatch = Hindi magkapareho ang dalawang PIN.
app-error-preferences = Hindi ma-save ang setting na ito sa computer na ito.
app-error-date-of-birth = Ilagay ang buong petsa ng kapanganakan.
app-error-member-name = Ilagay ang pangalan o ang apelyido.
app-error-member-date-of-birth = Hindi maaaring nasa hinaharap ang petsa ng kapanganakan.
app-error-member-masshealth-id = Mga letra at numero lang ang laman ng ID ng MassHealth.
app-error-member-language = Piliin ang wika ng miyembro.
app-error-mode = Piliin kung paano gagawin ang screening.
app-error-respondent = Piliin kung sino ang sasagot.
app-error-proxy-relationship = Sabihin kung sino ang sumasagot para sa miyembro.
app-error-consent = Dapat pumayag ang miyembro bago itanong ang anumang tanong.
app-error-instruments = Pumili ng kahit isang talatanungan.
app-error-answer = Hindi tugma ang sagot na ito sa tanong. Pumili ulit.
app-error-answer-exclusive = Hindi maaaring piliin ang sagot na ito kasama ng iba.
app-error-answer-range = Nasa labas ng saklaw na pinapayagan ng tanong ang numerong ito.
app-error-required-unanswered = Kailangan ng sagot ang tanong na ito, o “Mas gusto kong hindi sumagot”, bago kayo matapos.
app-error-follow-up-status = Piliin kung ano ang nangyari sa pangangailangang ito.
app-error-role = Pumili ng tungkulin (role).
app-error-setting = Nasa labas ng pinapayagang saklaw ang value na ito.

# The supervisor's sync screen.
app-sync-title = Mag-sync sa hub ng ACO
app-sync-not-enrolled = Hindi pa nakarehistro ang device na ito sa isang hub. Ilagay ang address ng hub at ang one-time code na ibinigay sa inyo ng ACO.
app-sync-hub-url = Address ng hub
app-sync-code = Code sa pagrehistro (enrollment code)
app-sync-enroll = Irehistro ang device na ito
app-sync-enrolled = Nakarehistro sa { $url } para sa { $site }.
app-sync-unsent = { $count ->
    [one] May { $count } record na naghihintay maipadala.
   *[other] May { $count } record na naghihintay maipadala.
}
app-sync-all-sent = Nakarating na sa hub ang lahat.
app-sync-now = Mag-sync ngayon
app-sync-sending = Ipinapadala: { $sent } sa { $total } record
app-sync-finished = { $records ->
    [one] Tapos na: { $records } record ang naipadala at kinumpirma ng hub.
   *[other] Tapos na: { $records } record ang naipadala at kinumpirma ng hub.
}
app-sync-history = Mga kamakailang sync
app-sync-started = Nagsimula
app-sync-by = Sino ang nag-sync
app-sync-records = Mga record
app-sync-receipts = Mga resibong may lagda (signed receipt)
app-sync-result = Resulta
app-sync-ok = Tapos na
app-sync-receipt = Batch { $sequence }: { $count } record
