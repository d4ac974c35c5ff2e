# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Amharic (am) draft translation; to be checked with an interpreter.

app-title = Equity Intake
app-continue = ይቀጥሉ
app-cancel = ይቅር
app-save = ያስቀምጡ
app-none = ምንም የለም።
app-show = ያሳዩ
app-lock = ማያ ገጹን ይቆልፉ
app-locked-notice = ማያ ገጹ ተቆልፏል። ለመቀጠል እንደገና ይግቡ።
app-nav-label = ዋና ማውጫ
app-nav-members = አባላት
app-nav-supervisor = ቁጥጥር
app-nav-settings = ቅንብሮች
app-nav-sync = ማመሳሰል
app-for-staff = ለሠራተኞች፦
app-fallback-english = (ገና አልተተረጎመም፦ በእንግሊዝኛ ቀርቧል)
app-translation-status-missing = ገና አልተተረጎመም፦ ጥያቄዎቹ በእንግሊዝኛ ይታያሉ

## First run and sign-in
app-setup-title = የEquity Intake ዝግጅት
app-setup-explain = የዚህን የጤና ተቋም የመረጃ ማከማቻ እና የመጀመሪያውን ተቆጣጣሪ ይፍጠሩ። ሁሉም ነገር በዚህ ኮምፒውተር ላይ ተመስጥሮ (encrypted) ይቀመጣል።
app-setup-submit = የመረጃ ማከማቻውን ይፍጠሩ
app-recovery-title = የእርስዎ የመልሶ ማግኛ ቁልፍ
app-recovery-explain = ሁሉም ተቆጣጣሪዎች ፒናቸውን ቢረሱ፣ ወደ መረጃ ማከማቻው እንደገና መግባት የሚቻለው በዚህ ቁልፍ ብቻ ነው። ይጻፉት፣ እና ከዚህ ኮምፒውተር ርቆ ደኅንነቱ በተጠበቀና በተቆለፈ ቦታ ያስቀምጡት። የሚታየው አንድ ጊዜ ብቻ ነው።
app-recovery-confirm = የመልሶ ማግኛ ቁልፉን ጽፌ ደኅንነቱ በተጠበቀ ቦታ አስቀምጫለሁ።
app-sign-in-title = ይግቡ
app-sign-in-submit = ይግቡ
app-pin-hint = ቢያንስ 6 ቁምፊዎች። ለማንም አያጋሩት።
app-field-site = የጤና ተቋሙ ስም
app-field-username = የተጠቃሚ ስም
app-field-name = ሙሉ ስም
app-field-pin = ፒን
app-field-pin-again = ፒኑን እንደገና
app-field-role = ሚና
app-field-staff-language = የማያ ገጾቹ ቋንቋ

## Members
app-members-title = አባላት
app-members-search = በስም፣ በMassHealth መታወቂያ ቁጥር፣ በመዝገብ ቁጥር ወይም በትውልድ ቀን ይፈልጉ
app-members-recent = በቅርቡ ያገለገሏቸው አባላት
app-members-none-yet = በቅርቡ ያገለገሏቸው አባላት የሉም። ከላይ ይፈልጉ፣ ወይም አባል ይጨምሩ።
app-members-found = { $count ->
    [one] { $count } አባል ተገኝቷል
   *[other] { $count } አባላት ተገኝተዋል
}
app-members-too-many = ከ{ $count } በላይ አባላት ተገኝተዋል፦ ተጨማሪ የስሙን ክፍል ይጻፉ።
app-members-add = አባል ይጨምሩ
app-members-save = አባሉን ያስቀምጡ
app-duplicates-found = እነዚህ አባላት አንድ ሰው ይመስላሉ። ከእነሱ አንዱን ይክፈቱ፣ ወይም ይህ ሌላ ሰው ከሆነ አዲስ አባል ይጨምሩ።
app-duplicates-add-anyway = ይህ ሌላ ሰው ነው፦ አዲስ አባል ይጨምሩ
app-dob = የትውልድ ቀን
app-masshealth-id = የMassHealth መታወቂያ ቁጥር
app-mrn = የመዝገብ ቁጥር
app-field-given-name = የመጀመሪያ ስም
app-field-family-name = የቤተሰብ ስም
app-field-date-of-birth = የትውልድ ቀን
app-field-masshealth-id = የMassHealth መታወቂያ ቁጥር (አማራጭ)
app-field-mrn = የሕክምና መዝገብ ቁጥር (አማራጭ)

## Member profile
app-demographics-title = አባሉ ስለ ራሱ የነገረን
app-topic = ርዕስ
app-state = ሁኔታ
app-answer = መልስ
app-asked-on = የተጠየቀበት ቀን
app-proxy = ሌላ ሰው መልሷል
app-topic-race-ethnicity = ዘር እና ብሔር
app-topic-language = ቋንቋ
app-topic-disability = አካል ጉዳት
app-topic-sexual-orientation = የወሲብ ዝንባሌ (sexual orientation)
app-topic-gender-identity = የጾታ ማንነት
app-topic-sex-at-birth = ሲወለድ የተመዘገበው ጾታ
app-topic-pronouns = ተውላጠ ስሞች (pronouns)
app-state-answered = መልሷል
app-state-declined = መመለስ አልፈለገም
app-state-unknown = አላወቀም
app-state-never-asked = ተጠይቆ አያውቅም
app-state-stale = ከአንድ ዓመት በላይ ሆኖታል
app-history-title = ልየታዎች
app-history-none = እስካሁን ምንም ልየታ የለም።
app-drafts-title = ያልተጠናቀቁ ልየታዎች
app-resume = ካቆሙበት ይቀጥሉ
app-needs-title = ፍላጎቶች
app-needs-none = እስካሁን ምንም ፍላጎት አልተገኘም።
app-need-discreet = ጥንቃቄ የሚያስፈልገው ፍላጎት
app-opened-on = የተገኘበት ቀን
app-follow-up-add = ክትትል ይመዝግቡ

## Starting a screening
app-start-title = ልየታ ይጀምሩ
app-start-submit = ይጀምሩ
app-field-instruments = መጠይቆች
app-field-member-language = የአባሉ ቋንቋ
app-field-mode = እንዴት
app-mode-in-person = በአካል
app-mode-phone = በስልክ
app-mode-video = በቪዲዮ
app-field-interpreter = አስተርጓሚ እየረዳ ነው
app-field-respondent = የሚመልሰው ማን ነው
app-respondent-self = አባሉ ራሱ
app-respondent-proxy = አባሉን ወክሎ የሚመልስ ሰው (ወላጅ፣ ተንከባካቢ)
app-field-relationship = ከአባሉ ጋር ያለው ዝምድና
app-field-consent = አባሉ ተስማምቷል

## Screening
app-screening-for = ልየታ የሚደረግለት አባል
app-question-position = ጥያቄ { $n } ከ{ $total }
app-progress = ከ{ $total } ውስጥ { $answered } ተመልሰዋል
app-steps-label = ጥያቄዎች
app-back = ወደ ኋላ
app-next = ቀጣይ
app-finish = ይጨርሱ እና ያስቀምጡ
app-save-close = ይዝጉ (መልሶቹ ተቀምጠዋል)
app-discard = ይህን ልየታ ይሰርዙ
app-discard-confirm = የዚህን ልየታ መልሶች በሙሉ መሰረዝ ይፈልጋሉ? ይህን መመለስ አይቻልም።

## Results
app-results-title = ውጤቶች
app-results-none = የሚታይ ውጤት የለም።
app-safe-to-talk = አባሉ ብቻውን ነው፣ መነጋገርም ደኅንነቱ የተጠበቀ ነው
app-to-profile = ወደ አባሉ መረጃ ይመለሱ
app-summary-print = ለአባሉ የሚሰጥ ማጠቃለያ
app-summary-open = ማጠቃለያውን ይክፈቱ
app-print = ያትሙ ወይም እንደ PDF ያስቀምጡ

## The printed summary, in the member's language
app-summary-title = የመልሶችዎ ማጠቃለያ
app-summary-intro = ጥያቄዎቻችንን ስለመለሱ እናመሰግናለን። የተነጋገርንባቸው ጉዳዮች እና ቀጥሎ የሚሆነው እዚህ ተጽፏል።
app-summary-none = ዛሬ ምንም ፍላጎት አልነገሩንም። በማንኛውም ጊዜ ሊያነጋግሩን ይችላሉ።
app-summary-footer = መልሶችዎ ሚስጥራዊ ናቸው። የጤና ተቋምዎ እና MassHealth የተሻለ እንክብካቤ እንዲሰጡዎት ይረዳሉ። ጥያቄ ካለዎት ወደ ጤና ተቋምዎ ይደውሉ።
app-summary-explain-housing-instability = ቤትዎን ለማቆየት ወይም ቤት ለማግኘት እርዳታ ሊያስፈልግዎት ይችላል።
app-summary-explain-housing-quality = በቤትዎ ውስጥ ጤናዎን ሊጎዱ የሚችሉ ችግሮች ሊኖሩ ይችላሉ።
app-summary-explain-food = በቂ ምግብ ለማግኘት እርዳታ ሊያስፈልግዎት ይችላል።
app-summary-explain-transportation = ወደ ሕክምና፣ ወደ ሥራ ወይም ጉዳዮችዎን ለማከናወን ለመሄድ የመጓጓዣ እርዳታ ሊያስፈልግዎት ይችላል።
app-summary-explain-utilities = ለመብራት፣ ለጋዝ፣ ለማሞቂያ ነዳጅ ወይም ለውሃ ለመክፈል እርዳታ ሊያስፈልግዎት ይችላል።
app-summary-explain-interpersonal-safety = ስለ ደኅንነትዎ በፈለጉት ጊዜ መነጋገር እንችላለን።
app-summary-explain-financial-strain = ለመሠረታዊ ፍላጎቶች ለመክፈል እርዳታ ሊያስፈልግዎት ይችላል።
app-summary-explain-employment = ሥራ ለማግኘት ወይም ሥራዎን ለማቆየት እርዳታ ሊፈልጉ ይችላሉ።
app-summary-explain-family-community-support = በቤት ውስጥ ተጨማሪ እርዳታ፣ ወይም ከሌሎች ሰዎች ጋር የሚያሳልፉት ተጨማሪ ጊዜ ሊፈልጉ ይችላሉ።
app-summary-explain-education = በትምህርት ወይም በሙያ ሥልጠና እርዳታ ሊፈልጉ ይችላሉ።
app-summary-explain-physical-activity = ሰውነትዎን የበለጠ ማንቀሳቀስ ጤናዎን ሊረዳ ይችላል።
app-summary-explain-substance-use = ስለ አልኮል፣ ትምባሆ ወይም አደንዛዥ ዕፆች በፈለጉት ጊዜ መነጋገር እንችላለን።
app-summary-explain-mental-health = ስለሚሰማዎት ስሜት የሚያዋሩት ሰው ሊፈልጉ ይችላሉ።
app-summary-explain-disabilities = በዕለት ተዕለት ተግባራት እርዳታ ሊፈልጉ ይችላሉ።
app-summary-explain-digital-access = ለቪዲዮ ቀጠሮዎች የሚሆን ኢንተርኔት ወይም መሣሪያ ለማግኘት እርዳታ ሊያስፈልግዎት ይችላል።
app-summary-explain-digital-literacy = የቪዲዮ ቀጠሮዎችን መጠቀም ለመማር እርዳታ ሊፈልጉ ይችላሉ።

## Supervisor
app-supervisor-title = ዛሬ
app-team-work = የእያንዳንዱ ሠራተኛ ሥራ
app-staff = ሠራተኛ
app-screenings = ልየታዎች
app-members-screened = አባላት
app-needs-opened = የተገኙ ፍላጎቶች
app-incomplete-title = ያልተጠናቀቁ ልየታዎች
app-unfollowed-title = ክትትል ያልተደረገላቸው ፍላጎቶች
app-users-title = ተጠቃሚዎች
app-add-user = ተጠቃሚ ይጨምሩ
app-reset-pin = አዲስ ፒን ይስጡ
app-deactivate = እንዳይሠራ ያድርጉ
app-inactive = እንዳይሠራ የተደረገ
app-site-settings = የተቋሙ ቅንብሮች
app-setting-idle-lock-seconds = ማያ ገጹ ጥቅም ላይ ሳይውል ከስንት ሰከንድ በኋላ ይቆለፍ
app-setting-sogi-min-age = ስለ ወሲብ ዝንባሌ እና ስለ ጾታ ማንነት ለመጠየቅ ዝቅተኛው ዕድሜ

## Settings
app-text-size = የጽሑፍ መጠን
app-about = ስለ መተግበሪያው
app-language = ቋንቋ
app-translation-status = ትርጉም

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = ማያ ገጹ ተቆልፏል። እንደገና ይግቡ፦ ምንም ነገር አልጠፋም።
app-error-pin-mismatch = ሁለቱ ፒኖች አንድ አይደሉም።
app-error-preferences = ይህ ቅንብር በዚህ ኮምፒውተር ላይ ሊቀመጥ አልቻለም።
app-error-date-of-birth = ሙሉውን የትውልድ ቀን (ቀን፣ ወር እና ዓመት) ያስገቡ።
app-error-member-name = የመጀመሪያ ስም ወይም የቤተሰብ ስም ያስገቡ።
app-error-member-date-of-birth = የትውልድ ቀን ወደፊት የሚመጣ ቀን ሊሆን አይችልም።
app-error-member-masshealth-id = የMassHealth መታወቂያ ቁጥር ፊደሎችን እና አሃዞችን ብቻ ይይዛል።
app-error-member-language = የአባሉን ቋንቋ ይምረጡ።
app-error-mode = ልየታው እንዴት እንደሚደረግ ይምረጡ።
app-error-respondent = የሚመልሰውን ሰው ይምረጡ።
app-error-proxy-relationship = አባሉን ወክሎ የሚመልሰው ማን እንደሆነ ይግለጹ።
app-error-consent = ማንኛውም ጥያቄ ከመጠየቁ በፊት አባሉ መስማማት አለበት።
app-error-instruments = ቢያንስ አንድ መጠይቅ ይምረጡ።
app-error-answer = ይህ መልስ ለጥያቄው አይስማማም። እንደገና ይምረጡ።
app-error-answer-exclusive = ይህ መልስ ከሌሎቹ ጋር አብሮ ሊመረጥ አይችልም።
app-error-answer-range = ይህ ቁጥር ጥያቄው ከሚፈቅደው ክልል ውጭ ነው።
app-error-required-unanswered = ከመጨረስዎ በፊት ይህ ጥያቄ መልስ፣ ወይም “መመለስ አልፈልግም”፣ ያስፈልገዋል።
app-error-follow-up-status = በዚህ ፍላጎት ላይ ምን እንደተደረገ ይምረጡ።
app-error-role = ሚና ይምረጡ።
app-error-setting = ይህ እሴት ከተፈቀደው ክልል ውጭ ነው።

# የተቆጣጣሪው የማመሳሰያ ማያ ገጽ።
app-sync-title = ከACO ማዕከላዊ ሰርቨር ጋር ማመሳሰል
app-sync-not-enrolled = ይህ መሣሪያ ገና በማዕከላዊ ሰርቨር አልተመዘገበም። የሰርቨሩን አድራሻ እና ACO የሰጠዎትን የአንድ ጊዜ ኮድ ያስገቡ።
app-sync-hub-url = የሰርቨሩ አድራሻ
app-sync-code = የምዝገባ ኮድ
app-sync-enroll = ይህን መሣሪያ ያስመዝግቡ
app-sync-enrolled = ይህ መሣሪያ ለ{ $site } በ{ $url } ላይ ተመዝግቧል።
app-sync-unsent = { $count ->
    [one] ገና ያልተላከ { $count } መዝገብ አለ።
   *[other] ገና ያልተላኩ { $count } መዝገቦች አሉ።
}
app-sync-all-sent = ሁሉም ነገር ማዕከላዊው ሰርቨር ላይ ደርሷል።
app-sync-now = አሁን ያመሳስሉ
app-sync-sending = በመላክ ላይ፦ ከ{ $total } መዝገቦች ውስጥ { $sent }
app-sync-finished = { $records ->
    [one] ተጠናቋል፦ { $records } መዝገብ ተልኳል፣ ሰርቨሩም መድረሱን አረጋግጧል።
   *[other] ተጠናቋል፦ { $records } መዝገቦች ተልከዋል፣ ሰርቨሩም መድረሳቸውን አረጋግጧል።
}
app-sync-history = የቅርብ ጊዜ ማመሳሰሎች
app-sync-started = የተጀመረበት ጊዜ
app-sync-by = ያስጀመረው
app-sync-records = መዝገቦች
app-sync-receipts = የተፈረሙ ደረሰኞች
app-sync-result = ውጤት
app-sync-ok = ተጠናቋል
app-sync-receipt = { $count ->
    [one] ጥቅል { $sequence }፦ { $count } መዝገብ
   *[other] ጥቅል { $sequence }፦ { $count } መዝገቦች
}
