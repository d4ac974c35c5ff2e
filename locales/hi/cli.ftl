# The `intake` command line: what it prints, and its errors. Every error is one line.
# Hindi (hi) draft translation of cli.ftl; to be checked with an interpreter.

cli-error = intake: गड़बड़ी: { $message }
cli-internal-error = intake: अंदरूनी गड़बड़ी; इसके आगे कुछ भी सेव नहीं हुआ। कृपया इसकी रिपोर्ट करें।
cli-store-created = { $site } के लिए { $dir } में स्टोर बनाया गया।
cli-recovery-key-intro = रिकवरी कुंजी (सिर्फ़ एक बार दिखाई जाएगी; इसे लिख लें और ताले में सुरक्षित रखें):
cli-demo-saved = सेव किया: क्रमांक { $number }, सदस्य { $member }, जवाब-फ़ॉर्म { $response }
cli-demo-added = { $count ->
    [one] स्क्रीनिंग के साथ { $count } काल्पनिक (सिंथेटिक) सदस्य जोड़ा गया।
   *[other] स्क्रीनिंग के साथ { $count } काल्पनिक (सिंथेटिक) सदस्य जोड़े गए।
}
cli-found = { $count ->
    [one] { $count } नतीजा मिला
   *[other] { $count } नतीजे मिले
}
cli-duplicates = { $count ->
    [one] { $count } मौजूदा सदस्य वही व्यक्ति लगता है (ऊपर सूची में); फिर भी जोड़ने के लिए --force इस्तेमाल करें
   *[other] { $count } मौजूदा सदस्य वही व्यक्ति लगते हैं (ऊपर सूची में); फिर भी जोड़ने के लिए --force इस्तेमाल करें
}
cli-verify-ok = ठीक है: पेज और इंटीग्रिटी (पूर्णता) जाँच सफल; { $entries } एंट्री वाली ऑडिट चेन सही-सलामत; { $members } सदस्य, { $responses } जवाब-फ़ॉर्म
cli-backup-written = एन्क्रिप्टेड बैकअप { $file } में लिखा गया ({ $bytes } बाइट)।
cli-restored = { $file } से { $members } सदस्य और { $responses } जवाब-फ़ॉर्म वापस लाए गए (रिस्टोर किए गए)।
cli-new-pin = { $user } का नया पिन बन गया है।
cli-user-added = { $user } ({ $role }) को जोड़ा गया।
cli-user-deactivated = { $user } को निष्क्रिय कर दिया गया है।
cli-outbox = बाकी: { $pending }
    पहुँचाए गए: { $delivered }
cli-response-line = जवाब-फ़ॉर्म { $id } { $date } { $instrument }, भाषा { $locale }, भरने वाले { $collector }: { $answers } जवाब{ $state }
cli-response-retracted = { " " }(ग़लती से दर्ज)
cli-response-corrected = { " " }(सुधारा गया)
cli-need-line = ज़रूरत { $id } { $domain }: { $status }
cli-user-active = सक्रिय
cli-user-deactivated-state = निष्क्रिय
cli-prompt-pin = { $user } का पिन:
cli-prompt-choose-pin = { $user } के लिए पिन चुनें:
cli-prompt-new-pin = { $user } का नया पिन:
cli-prompt-recovery-key = रिकवरी कुंजी:
cli-need-user = INTAKE_USER में उस यूज़र का नाम डालें जिसके नाम से काम करना है
cli-no-value = कोई वैल्यू नहीं दी गई: { $var } सेट करें या पूछे जाने पर टाइप करें
cli-no-data-dir = --data-dir नहीं दिया गया और डिफ़ॉल्ट के लिए कोई होम फ़ोल्डर भी नहीं है
cli-read-failed = { $what } पढ़ा नहीं जा सका

error-not-initialized = { $path } में कोई Equity Intake स्टोर नहीं है: पहले “intake init” चलाएँ
error-already-initialized = { $path } में पहले से एक Equity Intake स्टोर है
error-wrong-credentials = यूज़र नाम या पिन ग़लत है
error-locked-out = इस यूज़र के लिए बहुत बार ग़लत पिन डाला गया: { $seconds } सेकंड बाद फिर कोशिश करें, या किसी सुपरवाइज़र से पिन रीसेट करने को कहें
error-deactivated = यह अकाउंट निष्क्रिय कर दिया गया है: किसी सुपरवाइज़र से बात करें
error-wrong-recovery-key = यह रिकवरी कुंजी इस स्टोर के लिए सही नहीं है
error-forbidden = आपकी भूमिका ({ $role }) में यह काम करने की अनुमति नहीं है: { $action }
error-not-found = नहीं मिला: { $what }
error-what-member = सदस्य
error-what-user = यूज़र
error-what-response = जवाब-फ़ॉर्म
error-what-need = ज़रूरत
error-what-draft = अधूरी स्क्रीनिंग
error-invalid = { $field }: { $reason }
error-field-name = नाम
error-field-date-of-birth = जन्म की तारीख़
error-field-masshealth-id = MassHealth आईडी
error-field-pin = पिन
error-field-site = साइट (केंद्र)
error-field-user = यूज़र
error-field-consent = सहमति
error-field-answers = जवाब
error-field-supersedes = सुधार
error-field-reason = वजह
error-field-response = जवाब-फ़ॉर्म
error-field-organization = संस्था
error-field-file = फ़ाइल
error-field-instrument = प्रश्नावली
error-field-draft = स्क्रीनिंग
error-field-item = सवाल
error-reason-check-field = कृपया यह फ़ील्ड जाँच लें
error-reason-pin-too-short = कम से कम { $min } अक्षर या अंक डालें
error-reason-site-empty = स्वास्थ्य केंद्र का नाम डालें
error-reason-username-format = अक्षर, अंक, “.”, “_” या “-” इस्तेमाल करें (ज़्यादा से ज़्यादा 64)
error-reason-username-taken = यह यूज़र नाम पहले से लिया जा चुका है
error-reason-recovery-needs-supervisor = रिकवरी कुंजी से सिर्फ़ किसी सक्रिय सुपरवाइज़र का पिन रीसेट किया जा सकता है
error-reason-deactivate-self = आप ख़ुद को निष्क्रिय नहीं कर सकते
error-reason-no-consent = सदस्य ने स्क्रीनिंग के लिए सहमति नहीं दी है
error-reason-answered-twice = एक सवाल का जवाब दो बार दिया गया है ({ $item })
error-reason-correction-other-member = सुधार से उसी सदस्य का कोई जवाब-फ़ॉर्म ही बदला जा सकता है
error-reason-retraction-reason = बताएँ कि जवाब-फ़ॉर्म ग़लती से क्यों दर्ज हुआ
error-reason-already-retracted = इस पर पहले से “ग़लती से दर्ज” का निशान लगा है
error-reason-referral-organization = उस संस्था का नाम लिखें जिसके पास सदस्य को भेजा (रेफ़र किया) गया
error-reason-path-not-utf8 = पाथ में ऐसे अक्षर हैं जिन्हें यह सिस्टम इस्तेमाल नहीं कर सकता
error-reason-unknown-instrument = यह ऐप उस प्रश्नावली को नहीं जानता ({ $item })
error-reason-unknown-item = एक सवाल इस प्रश्नावली का हिस्सा नहीं है ({ $item })
error-reason-wrong-kind = एक जवाब में ग़लत तरह की वैल्यू है ({ $item })
error-reason-unknown-option = एक जवाब सवाल के विकल्पों में से नहीं है ({ $item })
error-reason-exclusive-option = “कोई नहीं” को दूसरे जवाबों के साथ नहीं चुना जा सकता ({ $item })
error-reason-empty-choice = कम से कम एक जवाब चुनें ({ $item })
error-reason-out-of-range = संख्या तय सीमा से बाहर है ({ $item })
error-reason-absent-not-offered = उस सवाल में यह जवाब विकल्प के रूप में नहीं है ({ $item })
error-reason-not-enabled = ऐसे सवाल का जवाब दिया गया जो लागू नहीं होता ({ $item })
error-reason-required-missing = एक ज़रूरी सवाल का जवाब नहीं है ({ $item })
error-reason-none-chosen = कम से कम एक प्रश्नावली चुनें
error-reason-already-saved = स्क्रीनिंग का यह हिस्सा पहले ही सेव हो चुका है
error-reason-empty-text = लिखा हुआ जवाब ख़ाली है ({ $item })
error-disk-full = डिस्क भरी हुई है या उस पर लिखा नहीं जा सकता: कुछ भी सेव नहीं हुआ; थोड़ी जगह ख़ाली करें और फिर कोशिश करें
error-corrupt = स्टोर ख़राब हो गया है या यह Equity Intake स्टोर नहीं है ({ $detail }); किसी बैकअप से रिस्टोर करें
error-audit-broken = ऑडिट लॉग में एंट्री { $seq } पर छेड़छाड़ हुई है: { $reason }
error-not-a-backup = { $path } कोई Equity Intake बैकअप नहीं है
error-io = { $path } पर फ़ाइल की गड़बड़ी: { $detail }
error-database = डेटाबेस की गड़बड़ी: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
# (hi) hub = हब, sync = सिंक (as in permission-sync); enroll = रजिस्टर; record = रिकॉर्ड; batch = बैच.
cli-enrolled = { $site } के लिए { $url } पर रजिस्टर हो गया। इस डिवाइस की आईडी: { $device }।
cli-sync-progress = { $total } में से { $sent } रिकॉर्ड भेजे गए…
cli-sync-done = { $records ->
    [one] सिंक पूरा हुआ: { $records } रिकॉर्ड भेजा गया। जाँची गई डिजिटल हस्ताक्षर वाली रसीदें: { $batches }।
   *[other] सिंक पूरा हुआ: { $records } रिकॉर्ड भेजे गए। जाँची गई डिजिटल हस्ताक्षर वाली रसीदें: { $batches }।
}
cli-sync-nothing = भेजने को कुछ नहीं है: सब कुछ पहले से हब पर है।
error-sync-not-enrolled = यह डिवाइस अभी किसी हब के साथ रजिस्टर नहीं है: सुपरवाइज़र इसे हब के पते और ACO से मिले वन-टाइम कोड (सिर्फ़ एक बार चलने वाला कोड) से रजिस्टर करते हैं
error-sync-already-enrolled = यह डिवाइस पहले से एक हब के साथ रजिस्टर है
error-sync-insecure-url = हब का पता https:// से शुरू होना चाहिए (सादा http:// सिर्फ़ इसी कंप्यूटर से जुड़ने के लिए चल सकता है)
error-sync-bad-url = यह हब का पता नहीं है; यह https://hub.example.org जैसा होना चाहिए
error-sync-bad-code = रजिस्ट्रेशन कोड स्वीकार नहीं हुआ: उसे जाँच लें, या ACO से नया कोड माँगें (हर कोड सिर्फ़ एक बार चलता है)
error-sync-offline = नेटवर्क नहीं है, या हब तक पहुँचा नहीं जा सकता: कुछ भी खोया नहीं है; ऑनलाइन होने पर फिर कोशिश करें
error-sync-certificate = हब के सुरक्षा सर्टिफ़िकेट पर भरोसा नहीं किया जा सकता, इसलिए कुछ भी नहीं भेजा गया: ACO की हेल्प डेस्क को बताएँ
error-sync-hub-unavailable = हब अभी जवाब नहीं दे रहा है: कुछ भी खोया नहीं है; बाद में फिर कोशिश करें
error-sync-revoked = हब ने इस डिवाइस की पहुँच रद्द कर दी है: कुछ भी खोया नहीं है, पर यह डिवाइस अब सिंक नहीं कर सकता; ACO की हेल्प डेस्क को फ़ोन करें
error-sync-refused = हब ने रिकॉर्ड का एक बैच लेने से मना कर दिया ({ $reason }): कुछ भी खोया नहीं है; ACO की हेल्प डेस्क को बताएँ
error-sync-bad-answer = हब के जवाब की पुष्टि नहीं हो सकी, इसलिए किसी भी चीज़ पर “भेजा गया” का निशान नहीं लगाया गया: ACO की हेल्प डेस्क को बताएँ
