# The `intake` command line: what it prints, and its errors. Every error is one line.
# Amharic (am) draft translation; to be checked with an interpreter.

cli-error = intake: ስሕተት: { $message }
cli-internal-error = intake: የውስጥ ስሕተት፤ ሌላ ምንም ነገር አልተቀመጠም። እባክዎ ይህን ችግር ሪፖርት ያድርጉ።
cli-store-created = ለ{ $site } የመረጃ ማከማቻ በ{ $dir } ውስጥ ተፈጥሯል።
cli-recovery-key-intro = የመልሶ ማግኛ ቁልፍ (አንድ ጊዜ ብቻ ነው የሚታየው፤ ይጻፉት እና በተቆለፈ ቦታ ያስቀምጡት):
cli-demo-saved = ተቀምጧል ቁ. { $number }: አባል { $member }፣ መልስ { $response }
cli-demo-added = { $count ->
    [one] የልየታ መልሶች ያሉት { $count } የሙከራ (እውነተኛ ያልሆነ) አባል ታክሏል።
   *[other] የልየታ መልሶች ያሏቸው { $count } የሙከራ (እውነተኛ ያልሆኑ) አባላት ታክለዋል።
}
cli-found = { $count ->
    [one] { $count } አባል ተገኝቷል
   *[other] { $count } አባላት ተገኝተዋል
}
cli-duplicates = { $count ->
    [one] ቀደም ብሎ የተመዘገበ { $count } አባል ከዚህ ሰው ጋር አንድ ይመስላል (ከላይ ተዘርዝሯል)፤ ቢሆንም ለመጨመር --force ይጠቀሙ
   *[other] ቀደም ብለው የተመዘገቡ { $count } አባላት ከዚህ ሰው ጋር አንድ ይመስላሉ (ከላይ ተዘርዝረዋል)፤ ቢሆንም ለመጨመር --force ይጠቀሙ
}
cli-verify-ok = እሺ: ገጾቹ እና የታማኝነት (integrity) ፍተሻው አልፈዋል፤ የ{ $entries } መዝገቦች የኦዲት ሰንሰለት ሙሉ ነው፤ { $members } አባላት፣ { $responses } መልሶች
cli-backup-written = የተመሰጠረ መጠባበቂያ ቅጂ በ{ $file } ተጽፏል ({ $bytes } ባይት)።
cli-restored = { $members } አባላት እና { $responses } መልሶች ከ{ $file } ተመልሰዋል።
cli-new-pin = ለ{ $user } አዲስ ፒን ተሰጥቷል።
cli-user-added = ተጠቃሚ { $user } ({ $role }) ታክሏል።
cli-user-deactivated = የ{ $user } መለያ እንዳይሠራ ተደርጓል።
cli-outbox = በመጠባበቅ ላይ: { $pending }
    የደረሱ: { $delivered }
cli-response-line = መልስ { $id } { $date } { $instrument } በ{ $locale } ቋንቋ፣ በ{ $collector } የተሰበሰበ: { $answers } መልሶች{ $state }
cli-response-retracted = { " " }(በስሕተት የገባ)
cli-response-corrected = { " " }(የታረመ)
cli-need-line = ፍላጎት { $id } { $domain }: { $status }
cli-user-active = ንቁ
cli-user-deactivated-state = እንዳይሠራ የተደረገ
cli-prompt-pin = የ{ $user } ፒን:
cli-prompt-choose-pin = ለ{ $user } ፒን ይምረጡ:
cli-prompt-new-pin = ለ{ $user } አዲስ ፒን:
cli-prompt-recovery-key = የመልሶ ማግኛ ቁልፍ:
cli-need-user = የሚሠሩበትን የተጠቃሚ ስም በ INTAKE_USER ውስጥ ያስገቡ
cli-no-value = ምንም እሴት አልተሰጠም: { $var } ያስገቡ ወይም ሲጠየቁ ይጻፉት
cli-no-data-dir = --data-dir አልተሰጠም፣ እንደ ነባሪ የሚያገለግል የቤት (home) አቃፊም የለም
cli-read-failed = ማንበብ አልተቻለም: { $what }

error-not-initialized = በ{ $path } ውስጥ የEquity Intake ማከማቻ የለም: መጀመሪያ “intake init” ያሂዱ
error-already-initialized = { $path } አስቀድሞ የEquity Intake ማከማቻ ይዟል
error-wrong-credentials = የተጠቃሚ ስም ወይም ፒን ትክክል አይደለም
error-locked-out = ለዚህ ተጠቃሚ በጣም ብዙ የተሳሳቱ ፒኖች ገብተዋል: ከ{ $seconds } s በኋላ እንደገና ይሞክሩ፣ ወይም ፒኑን እንዲቀይር ተቆጣጣሪን ይጠይቁ
error-deactivated = ይህ መለያ እንዳይሠራ ተደርጓል: ተቆጣጣሪን ይጠይቁ
error-wrong-recovery-key = የመልሶ ማግኛ ቁልፉ ለዚህ ማከማቻ የሚሠራ አይደለም
error-forbidden = ሚናዎ ({ $role }) ይህን አይፈቅድም: { $action }
error-not-found = አልተገኘም: { $what }
error-what-member = አባል
error-what-user = ተጠቃሚ
error-what-response = መልስ
error-what-need = ፍላጎት
error-what-draft = ያልተጠናቀቀ ልየታ
error-invalid = { $field }: { $reason }
error-field-name = ስም
error-field-date-of-birth = የትውልድ ቀን
error-field-masshealth-id = የMassHealth መታወቂያ ቁጥር
error-field-pin = ፒን
error-field-site = የጤና ተቋም
error-field-user = ተጠቃሚ
error-field-consent = ፈቃድ
error-field-answers = መልሶች
error-field-supersedes = እርማት
error-field-reason = ምክንያት
error-field-response = መልስ
error-field-organization = ድርጅት
error-field-file = ፋይል
error-field-instrument = መጠይቅ
error-field-draft = ልየታ
error-field-item = ጥያቄ
error-reason-check-field = እባክዎ ይህን መስክ ያረጋግጡ
error-reason-pin-too-short = ቢያንስ { $min } ቁምፊዎችን ይጠቀሙ
error-reason-site-empty = የጤና ተቋሙን ስም ያስገቡ
error-reason-username-format = ፊደሎችን፣ አሃዞችን፣ “.”፣ “_” ወይም “-” ይጠቀሙ (ቢበዛ 64)
error-reason-username-taken = ያ የተጠቃሚ ስም ተይዟል
error-reason-recovery-needs-supervisor = የመልሶ ማግኛ ቁልፉ መቀየር የሚችለው የንቁ ተቆጣጣሪን ፒን ብቻ ነው
error-reason-deactivate-self = የራስዎን መለያ እንዳይሠራ ማድረግ አይችሉም
error-reason-no-consent = አባሉ ለልየታ ፈቃዱን አልሰጠም
error-reason-answered-twice = አንድ ጥያቄ ሁለት ጊዜ ተመልሷል ({ $item })
error-reason-correction-other-member = እርማት መተካት ያለበት የዚያኑ አባል መልስ ነው
error-reason-retraction-reason = መልሱ ለምን በስሕተት እንደገባ ይግለጹ
error-reason-already-retracted = አስቀድሞ በስሕተት እንደገባ ምልክት ተደርጎበታል
error-reason-referral-organization = አባሉ የተላከበትን ድርጅት ስም ይጥቀሱ
error-reason-path-not-utf8 = ዱካው (path) ይህ ሲስተም ሊጠቀምባቸው የማይችል ቁምፊዎች አሉት
error-reason-unknown-instrument = ይህ መተግበሪያ ያንን መጠይቅ አያውቀውም ({ $item })
error-reason-unknown-item = አንድ ጥያቄ የዚህ መጠይቅ አካል አይደለም ({ $item })
error-reason-wrong-kind = አንድ መልስ የተሳሳተ ዓይነት እሴት አለው ({ $item })
error-reason-unknown-option = አንድ መልስ ከጥያቄው አማራጮች ውስጥ አይደለም ({ $item })
error-reason-exclusive-option = “ምንም” ከሌሎች መልሶች ጋር አብሮ ሊመረጥ አይችልም ({ $item })
error-reason-empty-choice = ቢያንስ አንድ መልስ ይምረጡ ({ $item })
error-reason-out-of-range = ቁጥሩ ከተፈቀደው ክልል ውጭ ነው ({ $item })
error-reason-absent-not-offered = ያ ጥያቄ ይህን መልስ አያቀርብም ({ $item })
error-reason-not-enabled = የማይመለከት ጥያቄ ተመልሷል ({ $item })
error-reason-required-missing = አስገዳጅ ጥያቄ መልስ የለውም ({ $item })
error-reason-none-chosen = ቢያንስ አንድ መጠይቅ ይምረጡ
error-reason-already-saved = ይህ የልየታው ክፍል አስቀድሞ ተቀምጧል
error-reason-empty-text = የተጻፈው መልስ ባዶ ነው ({ $item })
error-disk-full = ዲስኩ ሞልቷል ወይም ሊጻፍበት አይችልም: ምንም አልተቀመጠም፤ ቦታ ያስለቅቁና እንደገና ይሞክሩ
error-corrupt = ማከማቻው ተበላሽቷል ወይም የEquity Intake ማከማቻ አይደለም ({ $detail })፤ ከመጠባበቂያ ቅጂ ይመልሱ
error-audit-broken = የኦዲት መዝገቡ በመዝገብ ቁጥር { $seq } ላይ ተቀይሯል: { $reason }
error-not-a-backup = { $path } የEquity Intake መጠባበቂያ ቅጂ አይደለም
error-io = በ{ $path } ላይ የፋይል ስሕተት: { $detail }
error-database = የመረጃ ቋት ስሕተት: { $detail }

# ከACO ማዕከላዊ ሰርቨር (hub) ጋር መመዝገብ እና ማመሳሰል። እያንዳንዱ የማመሳሰል ስሕተት የጠፋ ነገር መኖሩን ይናገራል (ምንም አይጠፋም)።
cli-enrolled = ይህ መሣሪያ ለ{ $site } በ{ $url } ላይ ተመዝግቧል። የዚህ መሣሪያ ስም { $device } ነው።
cli-sync-progress = ከ{ $total } መዝገቦች ውስጥ { $sent } ተልከዋል…
cli-sync-done = { $records ->
    [one] ማመሳሰሉ ተጠናቋል: { $records } መዝገብ ተልኳል። የተፈተሹ የተፈረሙ ደረሰኞች: { $batches }።
   *[other] ማመሳሰሉ ተጠናቋል: { $records } መዝገቦች ተልከዋል። የተፈተሹ የተፈረሙ ደረሰኞች: { $batches }።
}
cli-sync-nothing = የሚላክ ነገር የለም: ሁሉም ነገር አስቀድሞ ማዕከላዊው ሰርቨር ላይ ደርሷል።
error-sync-not-enrolled = ይህ መሣሪያ ገና በማዕከላዊ ሰርቨር አልተመዘገበም: ተቆጣጣሪ የሰርቨሩን አድራሻ እና ከACO የተሰጠ የአንድ ጊዜ ኮድ ተጠቅሞ ያስመዘግበዋል
error-sync-already-enrolled = ይህ መሣሪያ አስቀድሞ በማዕከላዊ ሰርቨር ተመዝግቧል
error-sync-insecure-url = የሰርቨሩ አድራሻ በ https:// መጀመር አለበት (ተራ http:// የሚፈቀደው ለዚሁ ኮምፒውተር ብቻ ነው)
error-sync-bad-url = ይህ የሰርቨር አድራሻ አይደለም፤ https://hub.example.org የሚመስል መሆን አለበት
error-sync-bad-code = የምዝገባ ኮዱ ተቀባይነት አላገኘም: ኮዱን ያረጋግጡ፣ ወይም ከACO አዲስ ኮድ ይጠይቁ (እያንዳንዱ ኮድ የሚሠራው አንድ ጊዜ ብቻ ነው)
error-sync-offline = ኔትወርክ የለም፣ ወይም ማዕከላዊው ሰርቨር ሊገኝ አልቻለም: ምንም ነገር አልጠፋም፤ ኢንተርኔት ሲያገኙ እንደገና ይሞክሩ
error-sync-certificate = የሰርቨሩ የደኅንነት ሰርቲፊኬት የታመነ አይደለም፣ ስለዚህ ምንም ነገር አልተላከም: ለACO የእገዛ ዴስክ (help desk) ያሳውቁ
error-sync-hub-unavailable = ማዕከላዊው ሰርቨር አሁን ምላሽ እየሰጠ አይደለም: ምንም ነገር አልጠፋም፤ ቆየት ብለው እንደገና ይሞክሩ
error-sync-revoked = ማዕከላዊው ሰርቨር የዚህን መሣሪያ ፈቃድ ሰርዟል: ምንም ነገር አልጠፋም፣ ነገር ግን ይህ መሣሪያ ማመሳሰል አይችልም፤ ወደ ACO የእገዛ ዴስክ ይደውሉ
error-sync-refused = ሰርቨሩ አንድ የመዝገቦች ጥቅል አልተቀበለም ({ $reason }): ምንም ነገር አልጠፋም፤ ለACO የእገዛ ዴስክ ያሳውቁ
error-sync-bad-answer = የሰርቨሩ ምላሽ ሊረጋገጥ አልቻለም፣ ስለዚህ ምንም ነገር እንደተላከ ምልክት አልተደረገበትም: ለACO የእገዛ ዴስክ ያሳውቁ
