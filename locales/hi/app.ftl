# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Hindi (hi) draft translation of app.ftl; to be checked with an interpreter.

app-title = Equity Intake
app-continue = आगे बढ़ें
app-cancel = रद्द करें
app-save = सेव करें
app-none = कुछ नहीं।
app-show = दिखाएँ
app-lock = लॉक करें
app-locked-notice = स्क्रीन लॉक हो गई थी। आगे बढ़ने के लिए साइन इन करें।
app-nav-label = मुख्य मेन्यू
app-nav-members = सदस्य
app-nav-supervisor = सुपरवाइज़र
app-nav-settings = सेटिंग्स
app-nav-sync = सिंक
app-for-staff = स्टाफ़ के लिए:
app-fallback-english = (अभी अनुवाद नहीं हुआ: अंग्रेज़ी में दिखाया गया है)
app-translation-status-missing = अभी अनुवाद नहीं हुआ: सवाल अंग्रेज़ी में दिखेंगे

## First run and sign-in
app-setup-title = Equity Intake सेट अप करें
app-setup-explain = इस स्वास्थ्य केंद्र का स्टोर और उसका पहला सुपरवाइज़र बनाएँ। सब कुछ इसी कंप्यूटर पर एन्क्रिप्ट करके रखा जाता है।
app-setup-submit = स्टोर बनाएँ
app-recovery-title = आपकी रिकवरी कुंजी
app-recovery-explain = अगर सभी सुपरवाइज़र अपना पिन भूल जाएँ, तो स्टोर में वापस जाने का यही एक रास्ता है। इसे लिख लें और इस कंप्यूटर से दूर किसी सुरक्षित, ताले वाली जगह पर रखें। यह सिर्फ़ एक बार दिखाई जाती है।
app-recovery-confirm = मैंने रिकवरी कुंजी लिख ली है और उसे सुरक्षित रख दिया है।
app-sign-in-title = साइन इन
app-sign-in-submit = साइन इन करें
app-pin-hint = कम से कम 6 अक्षर या अंक। इसे किसी को न बताएँ।
app-field-site = स्वास्थ्य केंद्र का नाम
app-field-username = यूज़र नाम
app-field-name = पूरा नाम
app-field-pin = पिन
app-field-pin-again = पिन दोबारा
app-field-role = भूमिका
app-field-staff-language = स्क्रीन की भाषा

## Members
app-members-title = सदस्य
app-members-search = नाम, MassHealth आईडी, रिकॉर्ड नंबर या जन्म की तारीख़ से खोजें
app-members-recent = आपके हाल के सदस्य
app-members-none-yet = हाल का कोई सदस्य नहीं है। ऊपर खोजें, या नया सदस्य जोड़ें।
app-members-found = { $count ->
    [one] { $count } सदस्य मिला
   *[other] { $count } सदस्य मिले
}
app-members-too-many = { $count } से ज़्यादा सदस्य मिले: नाम का और हिस्सा टाइप करें।
app-members-add = सदस्य जोड़ें
app-members-save = सदस्य सेव करें
app-duplicates-found = ये सदस्य वही व्यक्ति लगते हैं। इनमें से किसी एक को खोलें, या अगर यह कोई और है तो नया सदस्य जोड़ें।
app-duplicates-add-anyway = यह कोई और है: नया सदस्य जोड़ें
app-dob = जन्म की तारीख़
app-masshealth-id = MassHealth आईडी
app-mrn = रिकॉर्ड नंबर
app-field-given-name = पहला नाम
app-field-family-name = उपनाम (सरनेम)
app-field-date-of-birth = जन्म की तारीख़
app-field-masshealth-id = MassHealth आईडी (ज़रूरी नहीं)
app-field-mrn = मेडिकल रिकॉर्ड नंबर (ज़रूरी नहीं)

## Member profile
app-demographics-title = सदस्य ने अपने बारे में हमें क्या बताया
app-topic = विषय
app-state = स्थिति
app-answer = जवाब
app-asked-on = पूछने की तारीख़
app-proxy = किसी और ने जवाब दिया
app-topic-race-ethnicity = नस्ल और जातीयता
app-topic-language = भाषा
app-topic-disability = विकलांगता
app-topic-sexual-orientation = यौन रुझान
app-topic-gender-identity = जेंडर पहचान
app-topic-sex-at-birth = जन्म के समय दर्ज लिंग
app-topic-pronouns = सर्वनाम
app-state-answered = जवाब दिया
app-state-declined = जवाब नहीं देना चाहा
app-state-unknown = पता नहीं था
app-state-never-asked = कभी नहीं पूछा गया
app-state-stale = एक साल से ज़्यादा पुराना
app-history-title = स्क्रीनिंग
app-history-none = अभी तक कोई स्क्रीनिंग नहीं हुई।
app-drafts-title = अधूरी स्क्रीनिंग
app-resume = जारी रखें
app-needs-title = ज़रूरतें
app-needs-none = अभी तक कोई ज़रूरत नहीं पाई गई।
app-need-discreet = एक संवेदनशील ज़रूरत
app-opened-on = पाए जाने की तारीख़
app-follow-up-add = फ़ॉलो-अप दर्ज करें

## Starting a screening
app-start-title = स्क्रीनिंग शुरू करें
app-start-submit = शुरू करें
app-field-instruments = प्रश्नावलियाँ
app-field-member-language = सदस्य की भाषा
app-field-mode = किस तरह
app-mode-in-person = आमने-सामने
app-mode-phone = फ़ोन पर
app-mode-video = वीडियो पर
app-field-interpreter = एक दुभाषिया मदद कर रहा है
app-field-respondent = जवाब कौन दे रहा है
app-respondent-self = सदस्य ख़ुद
app-respondent-proxy = सदस्य की ओर से कोई और (माता-पिता, देखभाल करने वाला)
app-field-relationship = सदस्य से उनका रिश्ता
app-field-consent = सदस्य सहमत है

## Screening
app-screening-for = स्क्रीनिंग, सदस्य:
app-question-position = { $total } में से सवाल { $n }
app-progress = { $total } में से { $answered } के जवाब दिए गए
app-steps-label = सवाल
app-back = पीछे
app-next = आगे
app-finish = पूरा करें और सेव करें
app-save-close = बंद करें (जवाब सेव हैं)
app-discard = यह स्क्रीनिंग हटा दें
app-discard-confirm = इस स्क्रीनिंग के सभी जवाब हटा दें? यह वापस नहीं हो सकेगा।

## Results
app-results-title = नतीजे
app-results-none = दिखाने के लिए कोई नतीजा नहीं है।
app-safe-to-talk = सदस्य के साथ कोई और नहीं है और बात करना सुरक्षित है
app-to-profile = सदस्य की जानकारी पर वापस जाएँ
app-summary-print = सदस्य के लिए सारांश
app-summary-open = सारांश खोलें
app-print = प्रिंट करें या PDF के रूप में सेव करें

## The printed summary, in the member's language
app-summary-title = आपकी स्क्रीनिंग का सारांश
app-summary-intro = हमारे सवालों के जवाब देने के लिए धन्यवाद। यहाँ लिखा है कि हमने किन बातों पर बात की और आगे क्या होगा।
app-summary-none = आज आपने हमें किसी ज़रूरत के बारे में नहीं बताया। आप कभी भी हमसे बात कर सकते हैं।
app-summary-footer = आपके जवाब निजी हैं। इनसे आपके स्वास्थ्य केंद्र और MassHealth को आपकी बेहतर देखभाल करने में मदद मिलती है। कोई सवाल हो तो अपने स्वास्थ्य केंद्र को फ़ोन करें।
app-summary-explain-housing-instability = आपको अपना घर बनाए रखने या घर ढूँढने में मदद की ज़रूरत हो सकती है।
app-summary-explain-housing-quality = आपके घर में ऐसी समस्याएँ हो सकती हैं जिनका आपकी सेहत पर असर पड़ सकता है।
app-summary-explain-food = आपको भरपेट खाना जुटाने में मदद की ज़रूरत हो सकती है।
app-summary-explain-transportation = आपको इलाज, काम या बाहर के कामों के लिए आने-जाने में मदद की ज़रूरत हो सकती है।
app-summary-explain-utilities = आपको बिजली, गैस, तेल या पानी का बिल भरने में मदद की ज़रूरत हो सकती है।
app-summary-explain-interpersonal-safety = आप जब भी चाहें, हम आपकी सुरक्षा के बारे में बात कर सकते हैं।
app-summary-explain-financial-strain = आपको बुनियादी ज़रूरतों का खर्च उठाने में मदद की ज़रूरत हो सकती है।
app-summary-explain-employment = हो सकता है आपको नौकरी ढूँढने या बनाए रखने में मदद चाहिए।
app-summary-explain-family-community-support = हो सकता है आपको घर पर और मदद, या दूसरे लोगों के साथ और समय चाहिए।
app-summary-explain-education = हो सकता है आपको पढ़ाई या नौकरी की ट्रेनिंग में मदद चाहिए।
app-summary-explain-physical-activity = शरीर को ज़्यादा चलाने-फिराने से आपकी सेहत को फ़ायदा हो सकता है।
app-summary-explain-substance-use = आप जब भी चाहें, हम शराब, तंबाकू या नशीली दवाओं के बारे में बात कर सकते हैं।
app-summary-explain-mental-health = हो सकता है आप अपनी भावनाओं के बारे में किसी से बात करना चाहें।
app-summary-explain-disabilities = हो सकता है आपको रोज़ के कामों में मदद चाहिए।
app-summary-explain-digital-access = आपको इंटरनेट, या वीडियो विज़िट के लिए डिवाइस पाने में मदद की ज़रूरत हो सकती है।
app-summary-explain-digital-literacy = हो सकता है आपको वीडियो विज़िट इस्तेमाल करना सीखने में मदद चाहिए।

## Supervisor
app-supervisor-title = आज
app-team-work = स्टाफ़ के हिसाब से काम
app-staff = स्टाफ़ सदस्य
app-screenings = स्क्रीनिंग
app-members-screened = सदस्य
app-needs-opened = पाई गई ज़रूरतें
app-incomplete-title = अधूरी स्क्रीनिंग
app-unfollowed-title = बिना फ़ॉलो-अप वाली ज़रूरतें
app-users-title = यूज़र
app-add-user = यूज़र जोड़ें
app-reset-pin = पिन रीसेट करें
app-deactivate = निष्क्रिय करें
app-inactive = निष्क्रिय
app-site-settings = साइट की सेटिंग्स
app-setting-idle-lock-seconds = इतने सेकंड तक इस्तेमाल न होने पर स्क्रीन लॉक करें
app-setting-sogi-min-age = यौन रुझान और जेंडर पहचान के बारे में पूछने की सबसे कम उम्र

## Settings
app-text-size = अक्षरों का आकार
app-about = इस ऐप के बारे में
app-language = भाषा
app-translation-status = अनुवाद

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = स्क्रीन लॉक है। फिर से साइन इन करें: कुछ भी खोया नहीं है।
app-error-pin-mismatch = दोनों पिन एक जैसे नहीं हैं।
app-error-preferences = यह सेटिंग इस कंप्यूटर पर सेव नहीं हो सकी।
app-error-date-of-birth = जन्म की पूरी तारीख़ डालें।
app-error-member-name = पहला नाम या उपनाम डालें।
app-error-member-date-of-birth = जन्म की तारीख़ भविष्य की नहीं हो सकती।
app-error-member-masshealth-id = MassHealth आईडी में सिर्फ़ अक्षर और अंक होते हैं।
app-error-member-language = सदस्य की भाषा चुनें।
app-error-mode = चुनें कि स्क्रीनिंग किस तरह हो रही है।
app-error-respondent = चुनें कि जवाब कौन दे रहा है।
app-error-proxy-relationship = बताएँ कि सदस्य की ओर से कौन जवाब दे रहा है।
app-error-consent = कोई भी सवाल पूछने से पहले सदस्य की सहमति ज़रूरी है।
app-error-instruments = कम से कम एक प्रश्नावली चुनें।
app-error-answer = यह जवाब इस सवाल से मेल नहीं खाता। फिर से चुनें।
app-error-answer-exclusive = यह जवाब बाकी जवाबों के साथ नहीं चुना जा सकता।
app-error-answer-range = यह संख्या सवाल में तय सीमा से बाहर है।
app-error-required-unanswered = पूरा करने से पहले इस सवाल का जवाब दें, या “जवाब नहीं देना चाहते” चुनें।
app-error-follow-up-status = चुनें कि इस ज़रूरत का क्या हुआ।
app-error-role = कोई भूमिका चुनें।
app-error-setting = यह वैल्यू तय सीमा से बाहर है।

# The supervisor's sync screen.
app-sync-title = ACO हब के साथ सिंक
app-sync-not-enrolled = यह डिवाइस अभी किसी हब के साथ रजिस्टर नहीं है। हब का पता और ACO से मिला वन-टाइम कोड डालें।
app-sync-hub-url = हब का पता
app-sync-code = रजिस्ट्रेशन कोड
app-sync-enroll = इस डिवाइस को रजिस्टर करें
app-sync-enrolled = { $site } के लिए { $url } पर रजिस्टर है।
app-sync-unsent = { $count ->
    [one] { $count } रिकॉर्ड भेजा जाना बाकी है।
   *[other] { $count } रिकॉर्ड भेजे जाने बाकी हैं।
}
app-sync-all-sent = सब कुछ हब तक पहुँच गया है।
app-sync-now = अभी सिंक करें
app-sync-sending = भेजे जा रहे हैं: { $total } में से { $sent } रिकॉर्ड
app-sync-finished = { $records ->
    [one] पूरा हुआ: { $records } रिकॉर्ड भेजा गया और हब ने उसकी पुष्टि की।
   *[other] पूरा हुआ: { $records } रिकॉर्ड भेजे गए और हब ने उनकी पुष्टि की।
}
app-sync-history = हाल के सिंक
app-sync-started = शुरू होने का समय
app-sync-by = किसने किया
app-sync-records = रिकॉर्ड
app-sync-receipts = हस्ताक्षर वाली रसीदें
app-sync-result = नतीजा
app-sync-ok = पूरा हुआ
app-sync-receipt = बैच { $sequence }: { $count } रिकॉर्ड
