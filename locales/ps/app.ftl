# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = دوام
app-cancel = لغوه
app-save = خوندي کړئ
app-none = هېڅ.
app-show = وښایاست
app-lock = قلف کړئ
app-locked-notice = سکرین قلف شو. د دوام لپاره ننوځئ.
app-nav-label = اصلي مېنو
app-nav-members = غړي
app-nav-supervisor = څارونکی
app-nav-settings = تنظیمات
app-nav-sync = همغږي
app-for-staff = د کارکوونکو لپاره:
app-fallback-english = (لا نه دی ژباړل شوی: انګلیسي متن ښودل کېږي)
app-translation-status-missing = لا نه دی ژباړل شوی: پوښتنې په انګلیسي ښودل کېږي

## First run and sign-in
app-setup-title = د Equity Intake برابرول
app-setup-explain = د دې روغتیايي مرکز د معلوماتو زېرمه او د هغې لومړی څارونکی جوړ کړئ. ټول شیان په همدې کمپیوټر کې په کوډ شوي ډول ساتل کېږي.
app-setup-submit = زېرمه جوړه کړئ
app-recovery-title = ستاسو د بیا رغونې کیلي
app-recovery-explain = که ټول څارونکي خپل PIN هېر کړي، دا کیلي زېرمې ته د بېرته ننوتلو یوازینۍ لاره ده. ویې لیکئ او په یوه خوندي او قلف شوي ځای کې، له دې کمپیوټر څخه لرې، یې وساتئ. دا یوازې یو ځل ښودل کېږي.
app-recovery-confirm = د بیا رغونې کیلي مې لیکلې او په خوندي ځای کې مې ساتلې ده.
app-sign-in-title = ننوتل
app-sign-in-submit = ننوځئ
app-pin-hint = لږ تر لږه ۶ توري یا عددونه. له هېچا سره یې مه شریکوئ.
app-field-site = د روغتیايي مرکز نوم
app-field-username = د کاروونکي نوم
app-field-name = بشپړ نوم
app-field-pin = PIN کوډ
app-field-pin-again = PIN کوډ بیا ولیکئ
app-field-role = رول
app-field-staff-language = د سکرین ژبه

## Members
app-members-title = غړي
app-members-search = د نوم، MassHealth شمېرې، د دوسیې شمېرې یا د زېږېدو نېټې له مخې لټون
app-members-recent = هغه غړي چې په دې وروستیو کې مو ورسره کار کړی
app-members-none-yet = وروستي غړي نشته. پورته لټون وکړئ، یا یو غړی زیات کړئ.
app-members-found = { $count ->
    [one] { $count } غړی وموندل شو
   *[other] { $count } غړي وموندل شول
}
app-members-too-many = له { $count } څخه ډېر غړي وموندل شول: د نوم ډېره برخه ولیکئ.
app-members-add = غړی زیات کړئ
app-members-save = غړی خوندي کړئ
app-duplicates-found = داسې ښکاري چې دا غړي همدا کس دی. له دوی څخه یو پرانیزئ، یا که دا بل کس وي، نوی غړی زیات کړئ.
app-duplicates-add-anyway = دا بل کس دی: نوی غړی زیات کړئ
app-dob = د زېږېدو نېټه
app-masshealth-id = د MassHealth شمېره
app-mrn = د دوسیې شمېره
app-field-given-name = نوم
app-field-family-name = تخلص (د کورنۍ نوم)
app-field-date-of-birth = د زېږېدو نېټه
app-field-masshealth-id = د MassHealth شمېره (اختیاري)
app-field-mrn = د طبي دوسیې شمېره (اختیاري)

## Member profile
app-demographics-title = هغه څه چې غړي د خپل ځان په اړه موږ ته ویلي
app-topic = موضوع
app-state = حالت
app-answer = ځواب
app-asked-on = د پوښتنې نېټه
app-proxy = بل چا ځواب ورکړی
app-topic-race-ethnicity = نژاد او قومیت
app-topic-language = ژبه
app-topic-disability = معلولیت
app-topic-sexual-orientation = جنسي تمایل
app-topic-gender-identity = جنسیتي هویت
app-topic-sex-at-birth = د زېږېدو پر مهال ټاکل شوی جنس
app-topic-pronouns = ضمیرونه
app-state-answered = ځواب ورکړل شوی
app-state-declined = ځواب یې ورنه کړ
app-state-unknown = نه پوهېده
app-state-never-asked = هېڅکله پوښتنه نه ده شوې
app-state-stale = له یوه کال څخه زوړ
app-history-title = ارزونې
app-history-none = لا تر اوسه هېڅ ارزونه نشته.
app-drafts-title = نیمګړې ارزونې
app-resume = دوام ورکړئ
app-needs-title = اړتیاوې
app-needs-none = تر اوسه هېڅ اړتیا نه ده موندل شوې.
app-need-discreet = یوه حساسه اړتیا
app-opened-on = د موندلو نېټه
app-follow-up-add = تعقیب ثبت کړئ

## Starting a screening
app-start-title = ارزونه پیل کړئ
app-start-submit = پیل
app-field-instruments = پوښتنلیکونه
app-field-member-language = د غړي ژبه
app-field-mode = څنګه
app-mode-in-person = مخامخ
app-mode-phone = د ټیلیفون له لارې
app-mode-video = د ویډیو له لارې
app-field-interpreter = یو ژباړونکی مرسته کوي
app-field-respondent = څوک ځواب ورکوي
app-respondent-self = پخپله غړی
app-respondent-proxy = د غړي پر ځای بل څوک (مور یا پلار، یا هغه څوک چې پالنه یې کوي)
app-field-relationship = له غړي سره یې اړیکه
app-field-consent = غړی موافق دی

## Screening
app-screening-for = د دې غړي ارزونه:
app-question-position = پوښتنه { $n } له { $total } څخه
app-progress = له { $total } څخه { $answered } ته ځواب ورکړل شوی
app-steps-label = پوښتنې
app-back = شاته
app-next = بل
app-finish = پای ته یې ورسوئ او خوندي یې کړئ
app-save-close = بند کړئ (ځوابونه خوندي شوي دي)
app-discard = دا ارزونه لرې کړئ
app-discard-confirm = د دې ارزونې ټول ځوابونه لرې شي؟ دا کار بېرته نه شي ګرځول کېدای.

## Results
app-results-title = پایلې
app-results-none = د ښودلو لپاره هېڅ پایله نشته.
app-safe-to-talk = غړی یوازې دی او خبرې کول خوندي دي
app-to-profile = غړي ته بېرته
app-summary-print = د غړي لپاره لنډیز
app-summary-open = لنډیز پرانیزئ
app-print = چاپ یا د PDF په توګه خوندي کول

## The printed summary, in the member's language
app-summary-title = ستاسو د ارزونې لنډیز
app-summary-intro = مننه چې زموږ پوښتنو ته مو ځواب ورکړ. دلته هغه څه دي چې موږ یې په اړه خبرې وکړې، او دا چې وروسته به څه کېږي.
app-summary-none = نن مو موږ ته د هېڅ اړتیا په اړه څه ونه ویل. هر وخت چې وغواړئ، له موږ سره خبرې کولی شئ.
app-summary-footer = ستاسو ځوابونه محرم دي. دوی ستاسو له روغتیايي مرکز او MassHealth سره مرسته کوي چې تاسو ته ښه پاملرنه وکړي. که پوښتنې لرئ، خپل روغتیايي مرکز ته زنګ ووهئ.
app-summary-explain-housing-instability = ښايي د کور د ساتلو یا موندلو لپاره مرستې ته اړتیا ولرئ.
app-summary-explain-housing-quality = ښايي ستاسو په کور کې داسې ستونزې وي چې ستاسو پر روغتیا اغېز وکړي.
app-summary-explain-food = ښايي د کافي خوړو د ترلاسه کولو لپاره مرستې ته اړتیا ولرئ.
app-summary-explain-transportation = ښايي روغتیايي پاملرنې، کار یا نورو کارونو ته د تګ راتګ لپاره مرستې ته اړتیا ولرئ.
app-summary-explain-utilities = ښايي د برېښنا، ګاز، د بخارۍ تېلو یا اوبو د پیسو په ورکولو کې مرستې ته اړتیا ولرئ.
app-summary-explain-interpersonal-safety = هر وخت چې وغواړئ، کولی شو ستاسو د خوندیتوب په اړه خبرې وکړو.
app-summary-explain-financial-strain = ښايي د اساسي اړتیاوو د لګښت په ورکولو کې مرستې ته اړتیا ولرئ.
app-summary-explain-employment = ښايي وغواړئ چې د دندې په موندلو یا ساتلو کې درسره مرسته وشي.
app-summary-explain-family-community-support = ښايي په کور کې نوره مرسته، یا له نورو خلکو سره ډېر وخت تېرول وغواړئ.
app-summary-explain-education = ښايي وغواړئ چې په زده کړه یا مسلکي روزنه کې درسره مرسته وشي.
app-summary-explain-physical-activity = د بدن ډېر خوځول ستاسو روغتیا ته ګټه رسولی شي.
app-summary-explain-substance-use = هر وخت چې وغواړئ، کولی شو د الکولو، تنباکو یا مخدره توکو په اړه خبرې وکړو.
app-summary-explain-mental-health = ښايي وغواړئ چې له یو چا سره د خپلو احساساتو په اړه خبرې وکړئ.
app-summary-explain-disabilities = ښايي په ورځنیو کارونو کې مرسته وغواړئ.
app-summary-explain-digital-access = ښايي د انټرنېټ یا د ویډیويي ملاقاتونو لپاره د یوې وسیلې د ترلاسه کولو لپاره مرستې ته اړتیا ولرئ.
app-summary-explain-digital-literacy = ښايي وغواړئ چې د ویډیويي ملاقاتونو د کارولو په زده کړه کې درسره مرسته وشي.

## Supervisor
app-supervisor-title = نن
app-team-work = د هر کارکوونکي کار
app-staff = کارکوونکی
app-screenings = ارزونې
app-members-screened = غړي
app-needs-opened = موندل شوې اړتیاوې
app-incomplete-title = نیمګړې ارزونې
app-unfollowed-title = بې تعقیبه اړتیاوې
app-users-title = کاروونکي
app-add-user = کاروونکی زیات کړئ
app-reset-pin = PIN بیا تنظیم کړئ
app-deactivate = غیرفعال کړئ
app-inactive = غیرفعال
app-site-settings = د روغتیايي مرکز تنظیمات
app-setting-idle-lock-seconds = د څو ثانیو بې کارۍ وروسته دې سکرین قلف شي
app-setting-sogi-min-age = تر ټولو کم عمر چې د جنسي تمایل او جنسیتي هویت په اړه پوښتنه ترې کېږي

## Settings
app-text-size = د متن اندازه
app-about = د پروګرام په اړه
app-language = ژبه
app-translation-status = ژباړه

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = سکرین قلف دی. بیا ننوځئ: هېڅ شی له منځه نه دی تللی.
app-error-pin-mismatch = دواړه PIN کوډونه یو شان نه دي.
app-error-preferences = دا تنظیم په دې کمپیوټر کې خوندي نه شو.
app-error-date-of-birth = د زېږېدو نېټه بشپړه (ورځ، میاشت او کال) ولیکئ.
app-error-member-name = نوم یا تخلص ولیکئ.
app-error-member-date-of-birth = د زېږېدو نېټه په راتلونکي کې نه شي کېدای.
app-error-member-masshealth-id = د MassHealth شمېره یوازې توري او عددونه لري.
app-error-member-language = د غړي ژبه وټاکئ.
app-error-mode = وټاکئ چې ارزونه څنګه کېږي.
app-error-respondent = وټاکئ چې څوک ځواب ورکوي.
app-error-proxy-relationship = ووایاست چې د غړي پر ځای څوک ځواب ورکوي.
app-error-consent = مخکې له دې چې کومه پوښتنه وشي، غړی باید موافقه وکړي.
app-error-instruments = لږ تر لږه یو پوښتنلیک وټاکئ.
app-error-answer = دا ځواب له پوښتنې سره سمون نه لري. بیا یې وټاکئ.
app-error-answer-exclusive = دا ځواب له نورو ځوابونو سره یوځای نه شي ټاکل کېدای.
app-error-answer-range = دا عدد له هغه حد څخه بهر دی چې پوښتنه یې اجازه ورکوي.
app-error-required-unanswered = مخکې له دې چې پای ته یې ورسوئ، دې پوښتنې ته ځواب ورکړئ، یا «نه غواړم ځواب ورکړم» وټاکئ.
app-error-follow-up-status = وټاکئ چې له دې اړتیا سره څه وشول.
app-error-role = یو رول وټاکئ.
app-error-setting = دا ارزښت له اجازه لرونکي حد څخه بهر دی.

# The supervisor's sync screen.
app-sync-title = د ACO له مرکزي سرور سره همغږي
app-sync-not-enrolled = دا وسیله لا تر اوسه له هېڅ مرکزي سرور سره نه ده ثبت شوې. د مرکزي سرور پته او هغه یو ځلی کوډ ولیکئ چې ACO درکړی دی.
app-sync-hub-url = د مرکزي سرور پته
app-sync-code = د ثبت کوډ
app-sync-enroll = دا وسیله ثبت کړئ
app-sync-enrolled = د { $site } لپاره له { $url } سره ثبت شوې.
app-sync-unsent = { $count ->
    [one] { $count } ریکارډ د لېږلو په تمه دی.
   *[other] { $count } ریکارډونه د لېږلو په تمه دي.
}
app-sync-all-sent = ټول شیان مرکزي سرور ته رسېدلي دي.
app-sync-now = اوس همغږي کړئ
app-sync-sending = لېږل کېږي: له { $total } ریکارډونو څخه { $sent }
app-sync-finished = { $records ->
    [one] بشپړ شو: { $records } ریکارډ ولېږل شو او مرکزي سرور یې تایید کړ.
   *[other] بشپړ شو: { $records } ریکارډونه ولېږل شول او مرکزي سرور یې تایید کړل.
}
app-sync-history = د همغږي وروستي ځلونه
app-sync-started = د پیل وخت
app-sync-by = د چا له خوا
app-sync-records = ریکارډونه
app-sync-receipts = لاسلیک شوي رسیدونه
app-sync-result = پایله
app-sync-ok = بشپړه شوه
app-sync-receipt = ډله { $sequence }: { $count } ریکارډونه
