# The `intake` command line: what it prints, and its errors. Every error is one line.
# Gujarati (gu) draft translation of cli.ftl; to be checked with an interpreter.

cli-error = intake: ભૂલ: { $message }
cli-internal-error = intake: આંતરિક ભૂલ; આનાથી આગળ કંઈ સેવ થયું નથી. કૃપા કરીને આની જાણ કરો.
cli-store-created = { $site } માટે { $dir } માં સ્ટોર બનાવ્યો.
cli-recovery-key-intro = રિકવરી કી (ફક્ત એક જ વાર બતાવાશે; તેને લખી લો અને તાળામાં સલામત રાખો):
cli-demo-saved = સેવ કર્યું: ક્રમ { $number }, સભ્ય { $member }, જવાબ-પત્રક { $response }
cli-demo-added = { $count ->
    [one] સ્ક્રીનિંગ સાથે { $count } કાલ્પનિક (સિન્થેટિક) સભ્ય ઉમેરવામાં આવ્યો.
   *[other] સ્ક્રીનિંગ સાથે { $count } કાલ્પનિક (સિન્થેટિક) સભ્યો ઉમેરવામાં આવ્યા.
}
cli-found = { $count ->
    [one] { $count } પરિણામ મળ્યું
   *[other] { $count } પરિણામ મળ્યાં
}
cli-duplicates = { $count ->
    [one] { $count } હાલનો સભ્ય એ જ વ્યક્તિ હોય એવું લાગે છે (ઉપરની યાદીમાં); છતાં ઉમેરવા માટે --force વાપરો
   *[other] { $count } હાલના સભ્યો એ જ વ્યક્તિ હોય એવું લાગે છે (ઉપરની યાદીમાં); છતાં ઉમેરવા માટે --force વાપરો
}
cli-verify-ok = બરાબર: પેજ અને અખંડિતતા (ઇન્ટિગ્રિટી) ની તપાસ પાસ; { $entries } એન્ટ્રીઓની ઑડિટ સાંકળ અકબંધ; { $members } સભ્યો, { $responses } જવાબ-પત્રકો
cli-backup-written = એન્ક્રિપ્ટેડ બેકઅપ { $file } માં લખાયો ({ $bytes } બાઇટ).
cli-restored = { $file } માંથી { $members } સભ્યો અને { $responses } જવાબ-પત્રકો પાછા લાવવામાં આવ્યા (રિસ્ટોર કર્યા).
cli-new-pin = { $user } નો નવો પિન બન્યો છે.
cli-user-added = { $user } ({ $role }) ને ઉમેરવામાં આવ્યા.
cli-user-deactivated = { $user } ને નિષ્ક્રિય કરવામાં આવ્યા છે.
cli-outbox = બાકી: { $pending }
    પહોંચાડ્યા: { $delivered }
cli-response-line = જવાબ-પત્રક { $id } { $date } { $instrument }, ભાષા { $locale }, ભરનાર { $collector }: { $answers } જવાબ{ $state }
cli-response-retracted = { " " }(ભૂલથી નોંધાયેલું)
cli-response-corrected = { " " }(સુધારેલું)
cli-need-line = જરૂરિયાત { $id } { $domain }: { $status }
cli-user-active = સક્રિય
cli-user-deactivated-state = નિષ્ક્રિય
cli-prompt-pin = { $user } નો પિન:
cli-prompt-choose-pin = { $user } માટે પિન પસંદ કરો:
cli-prompt-new-pin = { $user } નો નવો પિન:
cli-prompt-recovery-key = રિકવરી કી:
cli-need-user = જે વપરાશકર્તા તરીકે કામ કરવું હોય તેનું નામ INTAKE_USER માં સેટ કરો
cli-no-value = કોઈ વેલ્યુ આપી નથી: { $var } સેટ કરો અથવા પૂછવામાં આવે ત્યારે ટાઇપ કરો
cli-no-data-dir = --data-dir આપ્યું નથી અને ડિફૉલ્ટ માટે કોઈ હોમ ફોલ્ડર પણ નથી
cli-read-failed = { $what } વાંચી શકાયું નહીં

error-not-initialized = { $path } માં કોઈ Equity Intake સ્ટોર નથી: પહેલાં “intake init” ચલાવો
error-already-initialized = { $path } માં પહેલેથી જ એક Equity Intake સ્ટોર છે
error-wrong-credentials = વપરાશકર્તા નામ અથવા પિન ખોટો છે
error-locked-out = આ વપરાશકર્તા માટે ઘણી વાર ખોટો પિન નાખવામાં આવ્યો: { $seconds } સેકન્ડ પછી ફરી પ્રયાસ કરો, અથવા સુપરવાઇઝરને પિન રીસેટ કરવા કહો
error-deactivated = આ ખાતું નિષ્ક્રિય કરવામાં આવ્યું છે: સુપરવાઇઝરને પૂછો
error-wrong-recovery-key = આ રિકવરી કી આ સ્ટોર માટે માન્ય નથી
error-forbidden = તમારી ભૂમિકા ({ $role }) ને આ કામ કરવાની મંજૂરી નથી: { $action }
error-not-found = મળ્યું નહીં: { $what }
error-what-member = સભ્ય
error-what-user = વપરાશકર્તા
error-what-response = જવાબ-પત્રક
error-what-need = જરૂરિયાત
error-what-draft = અધૂરું સ્ક્રીનિંગ
error-invalid = { $field }: { $reason }
error-field-name = નામ
error-field-date-of-birth = જન્મ તારીખ
error-field-masshealth-id = MassHealth આઈડી
error-field-pin = પિન
error-field-site = સાઇટ (કેન્દ્ર)
error-field-user = વપરાશકર્તા
error-field-consent = સંમતિ
error-field-answers = જવાબો
error-field-supersedes = સુધારો
error-field-reason = કારણ
error-field-response = જવાબ-પત્રક
error-field-organization = સંસ્થા
error-field-file = ફાઇલ
error-field-instrument = પ્રશ્નાવલી
error-field-draft = સ્ક્રીનિંગ
error-field-item = પ્રશ્ન
error-reason-check-field = કૃપા કરીને આ ફીલ્ડ તપાસો
error-reason-pin-too-short = ઓછામાં ઓછા { $min } અક્ષરો કે અંકો વાપરો
error-reason-site-empty = આરોગ્ય કેન્દ્રનું નામ લખો
error-reason-username-format = અક્ષરો, અંકો, “.”, “_” અથવા “-” વાપરો (વધુમાં વધુ 64)
error-reason-username-taken = આ વપરાશકર્તા નામ પહેલેથી લેવાઈ ગયું છે
error-reason-recovery-needs-supervisor = રિકવરી કીથી ફક્ત સક્રિય સુપરવાઇઝરનો પિન જ રીસેટ થઈ શકે છે
error-reason-deactivate-self = તમે પોતાને નિષ્ક્રિય કરી શકતા નથી
error-reason-no-consent = સભ્યએ સ્ક્રીનિંગ માટે સંમતિ આપી નથી
error-reason-answered-twice = એક પ્રશ્નનો જવાબ બે વાર આપવામાં આવ્યો છે ({ $item })
error-reason-correction-other-member = સુધારો એ જ સભ્યના કોઈ જવાબ-પત્રકની જગ્યાએ જ આવી શકે
error-reason-retraction-reason = જવાબ-પત્રક ભૂલથી કેમ નોંધાયું તે જણાવો
error-reason-already-retracted = તેને પહેલેથી જ “ભૂલથી નોંધાયેલું” તરીકે ચિહ્નિત કરેલું છે
error-reason-referral-organization = સભ્યને જે સંસ્થામાં મોકલવામાં (રેફર કરવામાં) આવ્યા તેનું નામ લખો
error-reason-path-not-utf8 = પાથમાં એવા અક્ષરો છે જે આ સિસ્ટમ વાપરી શકતી નથી
error-reason-unknown-instrument = આ એપ તે પ્રશ્નાવલી જાણતી નથી ({ $item })
error-reason-unknown-item = એક પ્રશ્ન આ પ્રશ્નાવલીનો ભાગ નથી ({ $item })
error-reason-wrong-kind = એક જવાબમાં ખોટા પ્રકારની વેલ્યુ છે ({ $item })
error-reason-unknown-option = એક જવાબ પ્રશ્નના વિકલ્પોમાંથી નથી ({ $item })
error-reason-exclusive-option = “કોઈ નહીં” ને બીજા જવાબો સાથે પસંદ કરી શકાતું નથી ({ $item })
error-reason-empty-choice = ઓછામાં ઓછો એક જવાબ પસંદ કરો ({ $item })
error-reason-out-of-range = સંખ્યા માન્ય મર્યાદાની બહાર છે ({ $item })
error-reason-absent-not-offered = તે પ્રશ્નમાં આ જવાબનો વિકલ્પ નથી ({ $item })
error-reason-not-enabled = લાગુ ન પડતા પ્રશ્નનો જવાબ આપવામાં આવ્યો છે ({ $item })
error-reason-required-missing = એક જરૂરી પ્રશ્નનો જવાબ નથી ({ $item })
error-reason-none-chosen = ઓછામાં ઓછી એક પ્રશ્નાવલી પસંદ કરો
error-reason-already-saved = સ્ક્રીનિંગનો આ ભાગ પહેલેથી જ સેવ થઈ ગયો છે
error-reason-empty-text = લખેલો જવાબ ખાલી છે ({ $item })
error-disk-full = ડિસ્ક ભરાઈ ગઈ છે અથવા તેમાં લખી શકાતું નથી: કંઈ સેવ થયું નથી; થોડી જગ્યા ખાલી કરો અને ફરી પ્રયાસ કરો
error-corrupt = સ્ટોર ખરાબ થઈ ગયો છે અથવા આ Equity Intake સ્ટોર નથી ({ $detail }); બેકઅપમાંથી રિસ્ટોર કરો
error-audit-broken = ઑડિટ લૉગમાં એન્ટ્રી { $seq } પર ફેરફાર કરવામાં આવ્યો છે: { $reason }
error-not-a-backup = { $path } એ Equity Intake બેકઅપ નથી
error-io = { $path } પર ફાઇલની ભૂલ: { $detail }
error-database = ડેટાબેઝની ભૂલ: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
# (gu) hub = હબ, sync = સિંક (as in permission-sync); enroll = રજિસ્ટર; record = રેકોર્ડ; batch = બૅચ.
cli-enrolled = { $site } માટે { $url } પર રજિસ્ટર થઈ ગયું. આ ડિવાઇસની ઓળખ (આઈડી): { $device }.
cli-sync-progress = { $total } માંથી { $sent } રેકોર્ડ મોકલ્યા…
cli-sync-done = { $records ->
    [one] સિંક પૂરું થયું: { $records } રેકોર્ડ મોકલવામાં આવ્યો. તપાસેલી ડિજિટલ સહીવાળી રસીદો: { $batches }.
   *[other] સિંક પૂરું થયું: { $records } રેકોર્ડ મોકલવામાં આવ્યા. તપાસેલી ડિજિટલ સહીવાળી રસીદો: { $batches }.
}
cli-sync-nothing = મોકલવા માટે કંઈ નથી: બધું પહેલેથી જ હબ પર છે.
error-sync-not-enrolled = આ ડિવાઇસ હજી કોઈ હબ સાથે રજિસ્ટર થયું નથી: સુપરવાઇઝર તેને હબના સરનામા અને ACO તરફથી મળેલા વન-ટાઇમ કોડથી (જે ફક્ત એક જ વાર ચાલે છે) રજિસ્ટર કરે છે
error-sync-already-enrolled = આ ડિવાઇસ પહેલેથી જ એક હબ સાથે રજિસ્ટર થયેલું છે
error-sync-insecure-url = હબનું સરનામું https:// થી શરૂ થવું જોઈએ (સાદું http:// ફક્ત આ જ કમ્પ્યુટર સાથે જોડાવા માટે માન્ય છે)
error-sync-bad-url = આ હબનું સરનામું નથી; તે https://hub.example.org જેવું હોવું જોઈએ
error-sync-bad-code = રજિસ્ટ્રેશન કોડ સ્વીકારાયો નથી: તેને તપાસો, અથવા ACO પાસેથી નવો કોડ માગો (દરેક કોડ ફક્ત એક જ વાર ચાલે છે)
error-sync-offline = નેટવર્ક નથી, અથવા હબ સુધી પહોંચી શકાતું નથી: કંઈ ગુમાવ્યું નથી; તમે ઑનલાઇન થાઓ ત્યારે ફરી પ્રયાસ કરો
error-sync-certificate = હબના સુરક્ષા પ્રમાણપત્ર (સર્ટિફિકેટ) પર ભરોસો કરી શકાતો નથી, તેથી કંઈ મોકલ્યું નથી: ACO ના હેલ્પ ડેસ્કને જાણ કરો
error-sync-hub-unavailable = હબ અત્યારે જવાબ નથી આપતું: કંઈ ગુમાવ્યું નથી; પછીથી ફરી પ્રયાસ કરો
error-sync-revoked = હબે આ ડિવાઇસની મંજૂરી રદ કરી છે: કંઈ ગુમાવ્યું નથી, પણ આ ડિવાઇસ હવે સિંક કરી શકતું નથી; ACO ના હેલ્પ ડેસ્કને ફોન કરો
error-sync-refused = હબે રેકોર્ડનો એક બૅચ સ્વીકારવાની ના પાડી ({ $reason }): કંઈ ગુમાવ્યું નથી; ACO ના હેલ્પ ડેસ્કને જાણ કરો
error-sync-bad-answer = હબના જવાબની ખાતરી થઈ શકી નહીં, તેથી કંઈ પણ “મોકલેલું” તરીકે ચિહ્નિત કર્યું નથી: ACO ના હેલ્પ ડેસ્કને જાણ કરો
