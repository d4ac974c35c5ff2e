# The `intake` command line: what it prints, and its errors. Every error is one line.
# Nepali (ne) draft translation of cli.ftl; to be checked with an interpreter.

cli-error = intake: त्रुटि: { $message }
cli-internal-error = intake: आन्तरिक त्रुटि; यसपछि केही पनि सेभ भएन। कृपया यसबारे रिपोर्ट गर्नुहोस्।
cli-store-created = { $site } का लागि { $dir } मा स्टोर बनाइयो।
cli-recovery-key-intro = रिकभरी कुञ्जी (एक पटक मात्र देखाइन्छ; यसलाई लेखेर ताल्चा लगाएर सुरक्षित राख्नुहोस्):
cli-demo-saved = सेभ गरियो: क्रम { $number }, सदस्य { $member }, जवाफ-फारम { $response }
cli-demo-added = { $count ->
    [one] स्क्रिनिङसहित { $count } काल्पनिक (सिन्थेटिक) सदस्य थपियो।
   *[other] स्क्रिनिङसहित { $count } काल्पनिक (सिन्थेटिक) सदस्यहरू थपिए।
}
cli-found = { $count ->
    [one] { $count } नतिजा भेटियो
   *[other] { $count } नतिजा भेटिए
}
cli-duplicates = { $count ->
    [one] { $count } विद्यमान सदस्य उही व्यक्ति जस्तो देखिन्छ (माथि सूचीमा); जे भए पनि थप्न --force प्रयोग गर्नुहोस्
   *[other] { $count } विद्यमान सदस्यहरू उही व्यक्ति जस्ता देखिन्छन् (माथि सूचीमा); जे भए पनि थप्न --force प्रयोग गर्नुहोस्
}
cli-verify-ok = ठीक छ: पेज र अखण्डता (इन्टेग्रिटी) जाँच पास भयो; { $entries } प्रविष्टिको अडिट शृङ्खला सुरक्षित; { $members } सदस्य, { $responses } जवाफ-फारम
cli-backup-written = इन्क्रिप्ट गरिएको ब्याकअप { $file } मा लेखियो ({ $bytes } बाइट)।
cli-restored = { $file } बाट { $members } सदस्य र { $responses } जवाफ-फारम फिर्ता ल्याइयो (रिस्टोर गरियो)।
cli-new-pin = { $user } को नयाँ पिन बनेको छ।
cli-user-added = { $user } ({ $role }) लाई थपियो।
cli-user-deactivated = { $user } लाई निष्क्रिय गरियो।
cli-outbox = बाँकी: { $pending }
    पुर्‍याइएको: { $delivered }
cli-response-line = जवाफ-फारम { $id } { $date } { $instrument }, भाषा { $locale }, सङ्कलक { $collector }: { $answers } जवाफ{ $state }
cli-response-retracted = { " " }(गल्तीले दर्ता गरिएको)
cli-response-corrected = { " " }(सच्याइएको)
cli-need-line = आवश्यकता { $id } { $domain }: { $status }
cli-user-active = सक्रिय
cli-user-deactivated-state = निष्क्रिय
cli-prompt-pin = { $user } को पिन:
cli-prompt-choose-pin = { $user } का लागि पिन छान्नुहोस्:
cli-prompt-new-pin = { $user } को नयाँ पिन:
cli-prompt-recovery-key = रिकभरी कुञ्जी:
cli-need-user = जुन प्रयोगकर्ताको रूपमा काम गर्ने हो, INTAKE_USER मा त्यसको नाम राख्नुहोस्
cli-no-value = कुनै मान दिइएन: { $var } सेट गर्नुहोस् वा सोधिँदा टाइप गर्नुहोस्
cli-no-data-dir = --data-dir दिइएन र डिफल्टका लागि कुनै होम फोल्डर पनि छैन
cli-read-failed = { $what } पढ्न सकिएन

error-not-initialized = { $path } मा कुनै Equity Intake स्टोर छैन: पहिले “intake init” चलाउनुहोस्
error-already-initialized = { $path } मा पहिले नै एउटा Equity Intake स्टोर छ
error-wrong-credentials = प्रयोगकर्ताको नाम वा पिन गलत छ
error-locked-out = यो प्रयोगकर्ताका लागि धेरै पटक गलत पिन हालियो: { $seconds } सेकेन्डपछि फेरि प्रयास गर्नुहोस्, वा सुपरभाइजरलाई पिन रिसेट गर्न भन्नुहोस्
error-deactivated = यो खाता निष्क्रिय गरिएको छ: सुपरभाइजरलाई सोध्नुहोस्
error-wrong-recovery-key = यो रिकभरी कुञ्जी यो स्टोरका लागि मान्य छैन
error-forbidden = तपाईंको भूमिका ({ $role }) लाई यो काम गर्ने अनुमति छैन: { $action }
error-not-found = भेटिएन: { $what }
error-what-member = सदस्य
error-what-user = प्रयोगकर्ता
error-what-response = जवाफ-फारम
error-what-need = आवश्यकता
error-what-draft = अधुरो स्क्रिनिङ
error-invalid = { $field }: { $reason }
error-field-name = नाम
error-field-date-of-birth = जन्म मिति
error-field-masshealth-id = MassHealth आईडी
error-field-pin = पिन
error-field-site = साइट (केन्द्र)
error-field-user = प्रयोगकर्ता
error-field-consent = सहमति
error-field-answers = जवाफहरू
error-field-supersedes = सुधार
error-field-reason = कारण
error-field-response = जवाफ-फारम
error-field-organization = संस्था
error-field-file = फाइल
error-field-instrument = प्रश्नावली
error-field-draft = स्क्रिनिङ
error-field-item = प्रश्न
error-reason-check-field = कृपया यो फिल्ड जाँच गर्नुहोस्
error-reason-pin-too-short = कम्तीमा { $min } अक्षर वा अङ्क प्रयोग गर्नुहोस्
error-reason-site-empty = स्वास्थ्य केन्द्रको नाम लेख्नुहोस्
error-reason-username-format = अक्षर, अङ्क, “.”, “_” वा “-” प्रयोग गर्नुहोस् (बढीमा ६४)
error-reason-username-taken = त्यो प्रयोगकर्ता नाम पहिले नै लिइसकिएको छ
error-reason-recovery-needs-supervisor = रिकभरी कुञ्जीले सक्रिय सुपरभाइजरको पिन मात्र रिसेट गर्न सक्छ
error-reason-deactivate-self = तपाईं आफैँलाई निष्क्रिय गर्न सक्नुहुन्न
error-reason-no-consent = सदस्यले स्क्रिनिङका लागि सहमति दिनुभएको छैन
error-reason-answered-twice = एउटा प्रश्नको जवाफ दुई पटक दिइएको छ ({ $item })
error-reason-correction-other-member = सुधारले उही सदस्यको कुनै जवाफ-फारमको ठाउँ मात्र लिन सक्छ
error-reason-retraction-reason = जवाफ-फारम किन गल्तीले दर्ता भयो, बताउनुहोस्
error-reason-already-retracted = यसमा पहिले नै “गल्तीले दर्ता गरिएको” भन्ने चिन्ह लगाइसकिएको छ
error-reason-referral-organization = सदस्यलाई पठाइएको (रेफर गरिएको) संस्थाको नाम लेख्नुहोस्
error-reason-path-not-utf8 = पाथमा यो प्रणालीले प्रयोग गर्न नसक्ने अक्षरहरू छन्
error-reason-unknown-instrument = यो एपलाई त्यो प्रश्नावली थाहा छैन ({ $item })
error-reason-unknown-item = एउटा प्रश्न यो प्रश्नावलीको होइन ({ $item })
error-reason-wrong-kind = एउटा जवाफमा गलत प्रकारको मान छ ({ $item })
error-reason-unknown-option = एउटा जवाफ प्रश्नका विकल्पहरूमध्ये होइन ({ $item })
error-reason-exclusive-option = “कुनै पनि होइन” लाई अरू जवाफसँगै छान्न मिल्दैन ({ $item })
error-reason-empty-choice = कम्तीमा एउटा जवाफ छान्नुहोस् ({ $item })
error-reason-out-of-range = सङ्ख्या अनुमति दिइएको दायराभन्दा बाहिर छ ({ $item })
error-reason-absent-not-offered = त्यो प्रश्नमा यो जवाफको विकल्प छैन ({ $item })
error-reason-not-enabled = लागू नहुने प्रश्नको जवाफ दिइयो ({ $item })
error-reason-required-missing = एउटा अनिवार्य प्रश्नको जवाफ छैन ({ $item })
error-reason-none-chosen = कम्तीमा एउटा प्रश्नावली छान्नुहोस्
error-reason-already-saved = स्क्रिनिङको यो भाग पहिले नै सेभ भइसकेको छ
error-reason-empty-text = लेखिएको जवाफ खाली छ ({ $item })
error-disk-full = डिस्क भरिएको छ वा त्यसमा लेख्न मिल्दैन: केही पनि सेभ भएन; केही ठाउँ खाली गरेर फेरि प्रयास गर्नुहोस्
error-corrupt = स्टोर बिग्रिएको छ वा यो Equity Intake स्टोर होइन ({ $detail }); ब्याकअपबाट रिस्टोर गर्नुहोस्
error-audit-broken = अडिट लगमा प्रविष्टि { $seq } मा हेरफेर गरिएको छ: { $reason }
error-not-a-backup = { $path } Equity Intake ब्याकअप होइन
error-io = { $path } मा फाइल त्रुटि: { $detail }
error-database = डेटाबेस त्रुटि: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
# (ne) hub = हब, sync = सिंक (as in permission-sync); device = उपकरण; enroll = दर्ता; record = रेकर्ड; batch = ब्याच.
cli-enrolled = { $site } का लागि { $url } सँग दर्ता भयो। यो उपकरणको आईडी: { $device }।
cli-sync-progress = { $total } मध्ये { $sent } रेकर्ड पठाइए…
cli-sync-done = { $records ->
    [one] सिंक सकियो: { $records } रेकर्ड पठाइयो। जाँचिएका डिजिटल हस्ताक्षर भएका रसिदहरू: { $batches }।
   *[other] सिंक सकियो: { $records } रेकर्ड पठाइए। जाँचिएका डिजिटल हस्ताक्षर भएका रसिदहरू: { $batches }।
}
cli-sync-nothing = पठाउनुपर्ने केही छैन: सबै कुरा पहिले नै हबमा छ।
error-sync-not-enrolled = यो उपकरण अझै कुनै हबसँग दर्ता भएको छैन: सुपरभाइजरले हबको ठेगाना र ACO ले दिएको एक पटक मात्र चल्ने कोडले यसलाई दर्ता गर्नुहुन्छ
error-sync-already-enrolled = यो उपकरण पहिले नै एउटा हबसँग दर्ता भइसकेको छ
error-sync-insecure-url = हबको ठेगाना https:// बाट सुरु हुनुपर्छ (साधारण http:// यही कम्प्युटरसँग जोडिन मात्र मिल्छ)
error-sync-bad-url = यो हबको ठेगाना होइन; यो https://hub.example.org जस्तो हुनुपर्छ
error-sync-bad-code = दर्ता कोड स्वीकार भएन: यसलाई जाँच गर्नुहोस्, वा ACO सँग नयाँ कोड माग्नुहोस् (हरेक कोड एक पटक मात्र चल्छ)
error-sync-offline = नेटवर्क छैन, वा हबसम्म पुग्न सकिएन: केही पनि हराएको छैन; अनलाइन भएपछि फेरि प्रयास गर्नुहोस्
error-sync-certificate = हबको सुरक्षा प्रमाणपत्र (सर्टिफिकेट) भरपर्दो छैन, त्यसैले केही पनि पठाइएन: ACO को हेल्प डेस्कलाई जानकारी दिनुहोस्
error-sync-hub-unavailable = हबले अहिले जवाफ दिइरहेको छैन: केही पनि हराएको छैन; पछि फेरि प्रयास गर्नुहोस्
error-sync-revoked = हबले यो उपकरणको अनुमति रद्द गरेको छ: केही पनि हराएको छैन, तर यो उपकरणले अब सिंक गर्न सक्दैन; ACO को हेल्प डेस्कमा फोन गर्नुहोस्
error-sync-refused = हबले रेकर्डको एउटा ब्याच अस्वीकार गरेको छ ({ $reason }): केही पनि हराएको छैन; ACO को हेल्प डेस्कलाई जानकारी दिनुहोस्
error-sync-bad-answer = हबको जवाफ प्रमाणित गर्न सकिएन, त्यसैले कुनै पनि कुरामा “पठाइएको” भन्ने चिन्ह लगाइएन: ACO को हेल्प डेस्कलाई जानकारी दिनुहोस्
