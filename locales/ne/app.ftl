# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Nepali (ne) draft translation of app.ftl; to be checked with an interpreter.

app-title = Equity Intake
app-continue = अगाडि बढ्नुहोस्
app-cancel = रद्द गर्नुहोस्
app-save = सेभ गर्नुहोस्
app-none = केही छैन।
app-show = देखाउनुहोस्
app-lock = लक गर्नुहोस्
app-locked-notice = स्क्रिन लक भएको थियो। जारी राख्न साइन इन गर्नुहोस्।
app-nav-label = मुख्य मेनु
app-nav-members = सदस्यहरू
app-nav-supervisor = सुपरभाइजर
app-nav-settings = सेटिङहरू
app-nav-sync = सिंक
app-for-staff = कर्मचारीका लागि:
app-fallback-english = (अझै अनुवाद भएको छैन: अङ्ग्रेजीमा देखाइएको)
app-translation-status-missing = अझै अनुवाद भएको छैन: प्रश्नहरू अङ्ग्रेजीमा देखिन्छन्

## First run and sign-in
app-setup-title = Equity Intake सेटअप गर्नुहोस्
app-setup-explain = यो स्वास्थ्य केन्द्रको स्टोर र त्यसको पहिलो सुपरभाइजर बनाउनुहोस्। सबै कुरा यही कम्प्युटरमा इन्क्रिप्ट गरेर राखिन्छ।
app-setup-submit = स्टोर बनाउनुहोस्
app-recovery-title = तपाईंको रिकभरी कुञ्जी
app-recovery-explain = सबै सुपरभाइजरले आफ्नो पिन बिर्सिए भने, स्टोरमा फेरि पस्ने एउटै उपाय यही कुञ्जी हो। यसलाई लेखेर यो कम्प्युटरबाट टाढा, सुरक्षित र ताल्चा लगाइएको ठाउँमा राख्नुहोस्। यो एक पटक मात्र देखाइन्छ।
app-recovery-confirm = मैले रिकभरी कुञ्जी लेखेँ र सुरक्षित ठाउँमा राखेँ।
app-sign-in-title = साइन इन
app-sign-in-submit = साइन इन गर्नुहोस्
app-pin-hint = कम्तीमा ६ अक्षर वा अङ्क। यो कसैलाई नभन्नुहोस्।
app-field-site = स्वास्थ्य केन्द्रको नाम
app-field-username = प्रयोगकर्ता नाम
app-field-name = पूरा नाम
app-field-pin = पिन
app-field-pin-again = पिन फेरि
app-field-role = भूमिका
app-field-staff-language = स्क्रिनको भाषा

## Members
app-members-title = सदस्यहरू
app-members-search = नाम, MassHealth आईडी, रेकर्ड नम्बर वा जन्म मितिबाट खोज्नुहोस्
app-members-recent = तपाईंका हालैका सदस्यहरू
app-members-none-yet = हालैका कुनै सदस्य छैनन्। माथि खोज्नुहोस्, वा नयाँ सदस्य थप्नुहोस्।
app-members-found = { $count ->
    [one] { $count } सदस्य भेटियो
   *[other] { $count } सदस्य भेटिए
}
app-members-too-many = { $count } भन्दा बढी सदस्य भेटिए: नामको अझ बढी भाग टाइप गर्नुहोस्।
app-members-add = सदस्य थप्नुहोस्
app-members-save = सदस्य सेभ गर्नुहोस्
app-duplicates-found = यी सदस्यहरू उही व्यक्ति जस्ता देखिन्छन्। तीमध्ये एउटा खोल्नुहोस्, वा यो अर्कै व्यक्ति हो भने नयाँ सदस्य थप्नुहोस्।
app-duplicates-add-anyway = यो अर्कै व्यक्ति हो: नयाँ सदस्य थप्नुहोस्
app-dob = जन्म मिति
app-masshealth-id = MassHealth आईडी
app-mrn = रेकर्ड नम्बर
app-field-given-name = पहिलो नाम
app-field-family-name = थर
app-field-date-of-birth = जन्म मिति
app-field-masshealth-id = MassHealth आईडी (ऐच्छिक)
app-field-mrn = मेडिकल रेकर्ड नम्बर (ऐच्छिक)

## Member profile
app-demographics-title = सदस्यले आफ्नोबारे हामीलाई के बताउनुभयो
app-topic = विषय
app-state = स्थिति
app-answer = जवाफ
app-asked-on = सोधिएको मिति
app-proxy = अरू कसैले जवाफ दिनुभयो
app-topic-race-ethnicity = नस्ल र जातीयता
app-topic-language = भाषा
app-topic-disability = अपाङ्गता
app-topic-sexual-orientation = यौन झुकाव
app-topic-gender-identity = लैङ्गिक पहचान
app-topic-sex-at-birth = जन्मँदा लेखिएको लिङ्ग
app-topic-pronouns = सर्वनाम
app-state-answered = जवाफ दिइयो
app-state-declined = जवाफ दिन चाहनुभएन
app-state-unknown = थाहा थिएन
app-state-never-asked = कहिल्यै सोधिएन
app-state-stale = एक वर्षभन्दा पुरानो
app-history-title = स्क्रिनिङहरू
app-history-none = अहिलेसम्म कुनै स्क्रिनिङ भएको छैन।
app-drafts-title = अधुरा स्क्रिनिङहरू
app-resume = जारी राख्नुहोस्
app-needs-title = आवश्यकताहरू
app-needs-none = अहिलेसम्म कुनै आवश्यकता भेटिएको छैन।
app-need-discreet = एउटा संवेदनशील आवश्यकता
app-opened-on = भेटिएको मिति
app-follow-up-add = फलो-अप दर्ता गर्नुहोस्

## Starting a screening
app-start-title = स्क्रिनिङ सुरु गर्नुहोस्
app-start-submit = सुरु गर्नुहोस्
app-field-instruments = प्रश्नावलीहरू
app-field-member-language = सदस्यको भाषा
app-field-mode = कसरी
app-mode-in-person = आमनेसामने
app-mode-phone = फोनबाट
app-mode-video = भिडियोबाट
app-field-interpreter = दोभाषेले मद्दत गरिरहनुभएको छ
app-field-respondent = कसले जवाफ दिँदै हुनुहुन्छ
app-respondent-self = सदस्य आफैँ
app-respondent-proxy = सदस्यका तर्फबाट अरू कोही (आमाबुबा, हेरचाह गर्ने व्यक्ति)
app-field-relationship = सदस्यसँग उहाँको नाता
app-field-consent = सदस्य सहमत हुनुहुन्छ

## Screening
app-screening-for = स्क्रिनिङ, सदस्य:
app-question-position = { $total } मध्ये प्रश्न { $n }
app-progress = { $total } मध्ये { $answered } को जवाफ दिइयो
app-steps-label = प्रश्नहरू
app-back = पछाडि
app-next = अर्को
app-finish = सक्नुहोस् र सेभ गर्नुहोस्
app-save-close = बन्द गर्नुहोस् (जवाफहरू सेभ भएका छन्)
app-discard = यो स्क्रिनिङ हटाउनुहोस्
app-discard-confirm = यो स्क्रिनिङका सबै जवाफ हटाउने? यसलाई फेरि फिर्ता ल्याउन सकिँदैन।

## Results
app-results-title = नतिजा
app-results-none = देखाउने कुनै नतिजा छैन।
app-safe-to-talk = सदस्य एक्लै हुनुहुन्छ र कुरा गर्न सुरक्षित छ
app-to-profile = सदस्यको विवरणमा फर्कनुहोस्
app-summary-print = सदस्यका लागि सारांश
app-summary-open = सारांश खोल्नुहोस्
app-print = प्रिन्ट गर्नुहोस् वा PDF को रूपमा सेभ गर्नुहोस्

## The printed summary, in the member's language
app-summary-title = तपाईंको स्क्रिनिङको सारांश
app-summary-intro = हाम्रा प्रश्नहरूको जवाफ दिनुभएकोमा धन्यवाद। हामीले केबारे कुरा गर्‍यौँ र अब के हुन्छ, यहाँ लेखिएको छ।
app-summary-none = आज तपाईंले हामीलाई कुनै आवश्यकताबारे बताउनुभएन। तपाईं जुनसुकै बेला हामीसँग कुरा गर्न सक्नुहुन्छ।
app-summary-footer = तपाईंका जवाफहरू गोप्य छन्। यिनले तपाईंको स्वास्थ्य केन्द्र र MassHealth लाई तपाईंको अझ राम्रो हेरचाह गर्न मद्दत गर्छन्। केही प्रश्न भए आफ्नो स्वास्थ्य केन्द्रमा फोन गर्नुहोस्।
app-summary-explain-housing-instability = तपाईंलाई घर टिकाइराख्न वा घर खोज्न मद्दत चाहिन सक्छ।
app-summary-explain-housing-quality = तपाईंको घरमा तपाईंको स्वास्थ्यमा असर गर्न सक्ने समस्याहरू हुन सक्छन्।
app-summary-explain-food = तपाईंलाई पर्याप्त खाना पाउन मद्दत चाहिन सक्छ।
app-summary-explain-transportation = तपाईंलाई उपचार, काम वा बाहिरका कामका लागि आउजाउ गर्न मद्दत चाहिन सक्छ।
app-summary-explain-utilities = तपाईंलाई बिजुली, ग्यास, तेल वा पानीको बिल तिर्न मद्दत चाहिन सक्छ।
app-summary-explain-interpersonal-safety = तपाईं चाहनुहुन्छ भने, हामी जुनसुकै बेला तपाईंको सुरक्षाबारे कुरा गर्न सक्छौँ।
app-summary-explain-financial-strain = तपाईंलाई आधारभूत आवश्यकताको खर्च तिर्न मद्दत चाहिन सक्छ।
app-summary-explain-employment = तपाईं जागिर खोज्न वा टिकाइराख्न मद्दत चाहनुहुन्छ होला।
app-summary-explain-family-community-support = तपाईं घरमा थप मद्दत, वा अरू मानिसहरूसँग बढी समय चाहनुहुन्छ होला।
app-summary-explain-education = तपाईं पढाइ वा कामसम्बन्धी तालिममा मद्दत चाहनुहुन्छ होला।
app-summary-explain-physical-activity = शरीर बढी चलाउँदा तपाईंको स्वास्थ्यलाई फाइदा हुन सक्छ।
app-summary-explain-substance-use = तपाईं चाहनुहुन्छ भने, हामी जुनसुकै बेला रक्सी, सुर्ती वा लागु पदार्थबारे कुरा गर्न सक्छौँ।
app-summary-explain-mental-health = तपाईं आफ्नो मनको कुरा कसैसँग गर्न चाहनुहुन्छ होला।
app-summary-explain-disabilities = तपाईं दैनिक कामहरूमा मद्दत चाहनुहुन्छ होला।
app-summary-explain-digital-access = तपाईंलाई इन्टरनेट, वा भिडियो भेटका लागि उपकरण पाउन मद्दत चाहिन सक्छ।
app-summary-explain-digital-literacy = तपाईं भिडियो भेट चलाउन सिक्न मद्दत चाहनुहुन्छ होला।

## Supervisor
app-supervisor-title = आज
app-team-work = कर्मचारीअनुसार काम
app-staff = कर्मचारी
app-screenings = स्क्रिनिङहरू
app-members-screened = सदस्यहरू
app-needs-opened = भेटिएका आवश्यकताहरू
app-incomplete-title = अधुरा स्क्रिनिङहरू
app-unfollowed-title = फलो-अप नभएका आवश्यकताहरू
app-users-title = प्रयोगकर्ताहरू
app-add-user = प्रयोगकर्ता थप्नुहोस्
app-reset-pin = पिन रिसेट गर्नुहोस्
app-deactivate = निष्क्रिय गर्नुहोस्
app-inactive = निष्क्रिय
app-site-settings = साइटका सेटिङहरू
app-setting-idle-lock-seconds = प्रयोग नभएको यति सेकेन्डपछि स्क्रिन लक गर्ने
app-setting-sogi-min-age = यौन झुकाव र लैङ्गिक पहचानबारे सोधिने सबैभन्दा कम उमेर

## Settings
app-text-size = अक्षरको आकार
app-about = यस एपबारे
app-language = भाषा
app-translation-status = अनुवाद

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = स्क्रिन लक छ। फेरि साइन इन गर्नुहोस्: केही पनि हराएको छैन।
app-error-pin-mismatch = दुवै पिन एउटै छैनन्।
app-error-preferences = यो सेटिङ यो कम्प्युटरमा सेभ गर्न सकिएन।
app-error-date-of-birth = जन्म मिति पूरा लेख्नुहोस्।
app-error-member-name = पहिलो नाम वा थर लेख्नुहोस्।
app-error-member-date-of-birth = जन्म मिति भविष्यको हुन सक्दैन।
app-error-member-masshealth-id = MassHealth आईडीमा अक्षर र अङ्क मात्र हुन्छन्।
app-error-member-language = सदस्यको भाषा छान्नुहोस्।
app-error-mode = स्क्रिनिङ कसरी गरिँदै छ, छान्नुहोस्।
app-error-respondent = कसले जवाफ दिँदै हुनुहुन्छ, छान्नुहोस्।
app-error-proxy-relationship = सदस्यका तर्फबाट को जवाफ दिँदै हुनुहुन्छ, बताउनुहोस्।
app-error-consent = कुनै पनि प्रश्न सोध्नुअघि सदस्यको सहमति चाहिन्छ।
app-error-instruments = कम्तीमा एउटा प्रश्नावली छान्नुहोस्।
app-error-answer = यो जवाफ यो प्रश्नसँग मिल्दैन। फेरि छान्नुहोस्।
app-error-answer-exclusive = यो जवाफ अरू जवाफसँगै छान्न मिल्दैन।
app-error-answer-range = यो सङ्ख्या प्रश्नले अनुमति दिएको दायराभन्दा बाहिर छ।
app-error-required-unanswered = सक्नुअघि यो प्रश्नको जवाफ दिनुहोस्, वा “जवाफ दिन चाहन्नँ” छान्नुहोस्।
app-error-follow-up-status = यो आवश्यकताको के भयो, छान्नुहोस्।
app-error-role = एउटा भूमिका छान्नुहोस्।
app-error-setting = यो मान अनुमति दिइएको दायराभन्दा बाहिर छ।

# The supervisor's sync screen.
app-sync-title = ACO को हबसँग सिंक
app-sync-not-enrolled = यो उपकरण अझै कुनै हबसँग दर्ता भएको छैन। हबको ठेगाना र ACO ले तपाईंलाई दिएको एक पटक मात्र चल्ने कोड लेख्नुहोस्।
app-sync-hub-url = हबको ठेगाना
app-sync-code = दर्ता कोड
app-sync-enroll = यो उपकरण दर्ता गर्नुहोस्
app-sync-enrolled = { $site } का लागि { $url } सँग दर्ता भएको छ।
app-sync-unsent = { $count ->
    [one] { $count } रेकर्ड पठाउन बाँकी छ।
   *[other] { $count } रेकर्ड पठाउन बाँकी छन्।
}
app-sync-all-sent = सबै कुरा हबमा पुगिसकेको छ।
app-sync-now = अहिले सिंक गर्नुहोस्
app-sync-sending = पठाउँदै: { $total } मध्ये { $sent } रेकर्ड
app-sync-finished = { $records ->
    [one] सकियो: { $records } रेकर्ड पठाइयो र हबले त्यसको पुष्टि गरेको छ।
   *[other] सकियो: { $records } रेकर्ड पठाइए र हबले तिनको पुष्टि गरेको छ।
}
app-sync-history = हालका सिंकहरू
app-sync-started = सुरु भएको समय
app-sync-by = कसले गर्नुभयो
app-sync-records = रेकर्ड
app-sync-receipts = हस्ताक्षर भएका रसिदहरू
app-sync-result = नतिजा
app-sync-ok = सकियो
app-sync-receipt = ब्याच { $sequence }: { $count } रेकर्ड
