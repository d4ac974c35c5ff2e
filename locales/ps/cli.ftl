# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: تېروتنه: { $message }
cli-internal-error = intake: داخلي تېروتنه؛ نور هېڅ شی خوندي نه شو. مهرباني وکړئ د دې تېروتنې راپور ورکړئ.
cli-store-created = د معلوماتو زېرمه په { $dir } کې د { $site } لپاره جوړه شوه.
cli-recovery-key-intro = د بیا رغونې کیلي (یوازې یو ځل ښودل کېږي؛ ویې لیکئ او په قلف شوي ځای کې یې وساتئ):
cli-demo-saved = خوندي شو: شمېره { $number }، غړی { $member }، فورمه { $response }
cli-demo-added = { $count ->
    [one] { $count } مصنوعي غړی له ارزونو سره زیات شو.
   *[other] { $count } مصنوعي غړي له ارزونو سره زیات شول.
}
cli-found = { $count ->
    [one] { $count } وموندل شو
   *[other] { $count } وموندل شول
}
cli-duplicates = { $count ->
    [one] { $count } ثبت شوی غړی داسې ښکاري چې همدا کس دی (پورته لیست وګورئ)؛ که بیا هم غواړئ زیات یې کړئ، --force وکاروئ
   *[other] { $count } ثبت شوي غړي داسې ښکاري چې همدا کس دی (پورته لیست وګورئ)؛ که بیا هم غواړئ زیات یې کړئ، --force وکاروئ
}
cli-verify-ok = سم دی: د پاڼو او بشپړتیا کتنه بریالۍ وه؛ د پلټنې د ثبت لړۍ له { $entries } ثبتونو سره روغه ده؛ { $members } غړي، { $responses } فورمې
cli-backup-written = کوډ شوې احتیاطي کاپي په { $file } کې ولیکل شوه ({ $bytes } بایټه).
cli-restored = { $members } غړي او { $responses } فورمې له { $file } څخه بېرته راوګرځول شوې.
cli-new-pin = د { $user } لپاره نوی PIN وټاکل شو.
cli-user-added = { $user } ({ $role }) زیات شو.
cli-user-deactivated = د { $user } حساب غیرفعال شو.
cli-outbox = په تمه: { $pending }
    سپارل شوي: { $delivered }
cli-response-line = فورمه { $id } { $date } { $instrument } په { $locale } ژبه، ثبتوونکی: { $collector }؛ { $answers } ځوابونه{ $state }
cli-response-retracted = { " " }(په غلطۍ ثبت شوې)
cli-response-corrected = { " " }(سمه شوې)
cli-need-line = اړتیا { $id } { $domain }: { $status }
cli-user-active = فعال
cli-user-deactivated-state = غیرفعال
cli-prompt-pin = د { $user } لپاره PIN:
cli-prompt-choose-pin = د { $user } لپاره یو PIN وټاکئ:
cli-prompt-new-pin = د { $user } لپاره نوی PIN:
cli-prompt-recovery-key = د بیا رغونې کیلي:
cli-need-user = INTAKE_USER د هغه کاروونکي په نوم برابر کړئ چې د هغه په نامه کار کوئ
cli-no-value = هېڅ ارزښت نه دی ورکړل شوی: { $var } برابر کړئ یا یې د پوښتنې پر مهال ولیکئ
cli-no-data-dir = --data-dir نه دی ورکړل شوی، او د ډیفالټ لپاره هېڅ کور فولډر (home) نشته
cli-read-failed = { $what } ونه لوستل شو

error-not-initialized = په { $path } کې د Equity Intake د معلوماتو زېرمه نشته: لومړی «intake init» وچلوئ
error-already-initialized = په { $path } کې دمخه د Equity Intake د معلوماتو زېرمه شته
error-wrong-credentials = د کاروونکي نوم یا PIN غلط دی
error-locked-out = د دې کاروونکي لپاره ډېر ځله غلط PIN ولیکل شو: { $seconds } ثانیې وروسته بیا هڅه وکړئ، یا له څارونکي وغواړئ چې PIN بیا تنظیم کړي
error-deactivated = دا حساب غیرفعال شوی دی: له څارونکي سره اړیکه ونیسئ
error-wrong-recovery-key = د بیا رغونې کیلي د دې زېرمې لپاره سمه نه ده
error-forbidden = ستاسو رول ({ $role }) دا اجازه نه لري: { $action }
error-not-found = { $what } ونه موندل شو
error-what-member = غړی
error-what-user = کاروونکی
error-what-response = فورمه
error-what-need = اړتیا
error-what-draft = نیمګړې ارزونه
error-invalid = { $field }: { $reason }
error-field-name = نوم
error-field-date-of-birth = د زېږېدو نېټه
error-field-masshealth-id = د MassHealth شمېره
error-field-pin = PIN کوډ
error-field-site = روغتیايي مرکز
error-field-user = کاروونکی
error-field-consent = رضایت
error-field-answers = ځوابونه
error-field-supersedes = سمون
error-field-reason = دلیل
error-field-response = فورمه
error-field-organization = اداره
error-field-file = فایل
error-field-instrument = پوښتنلیک
error-field-draft = ارزونه
error-field-item = پوښتنه
error-reason-check-field = مهرباني وکړئ دا خانه وګورئ
error-reason-pin-too-short = لږ تر لږه { $min } توري یا عددونه وکاروئ
error-reason-site-empty = د روغتیايي مرکز نوم ولیکئ
error-reason-username-format = توري، عددونه، «.»، «_» یا «-» وکاروئ (تر ۶۴ پورې)
error-reason-username-taken = د کاروونکي دا نوم دمخه اخیستل شوی دی
error-reason-recovery-needs-supervisor = د بیا رغونې کیلي یوازې د یوه فعال څارونکي PIN بیا تنظیمولی شي
error-reason-deactivate-self = تاسو نه شئ کولی خپل حساب غیرفعال کړئ
error-reason-no-consent = غړي د ارزونې لپاره رضایت نه دی ورکړی
error-reason-answered-twice = یوې پوښتنې ته دوه ځله ځواب ورکړل شوی دی ({ $item })
error-reason-correction-other-member = سمون باید د همغه غړي فورمه بدله کړي
error-reason-retraction-reason = ووایاست چې ولې فورمه په غلطۍ ثبت شوې وه
error-reason-already-retracted = دا فورمه دمخه د «په غلطۍ ثبت شوې» په توګه نښه شوې ده
error-reason-referral-organization = د هغې ادارې نوم ولیکئ چې غړی ورته راجع شوی دی
error-reason-path-not-utf8 = په لاره (path) کې داسې توري دي چې دا سیسټم یې نه شي کارولی
error-reason-unknown-instrument = دا اپلیکېشن هغه پوښتنلیک نه پېژني ({ $item })
error-reason-unknown-item = یوه پوښتنه په دې پوښتنلیک پورې اړه نه لري ({ $item })
error-reason-wrong-kind = د یوه ځواب د ارزښت ډول غلط دی ({ $item })
error-reason-unknown-option = یو ځواب د پوښتنې له انتخابونو څخه نه دی ({ $item })
error-reason-exclusive-option = «هېڅ» له نورو ځوابونو سره یوځای نه شي ټاکل کېدای ({ $item })
error-reason-empty-choice = لږ تر لږه یو ځواب وټاکئ ({ $item })
error-reason-out-of-range = عدد له اجازه لرونکي حد څخه بهر دی ({ $item })
error-reason-absent-not-offered = دا پوښتنه دا ځواب نه وړاندې کوي ({ $item })
error-reason-not-enabled = داسې پوښتنې ته ځواب ورکړل شوی چې دلته نه پلي کېږي ({ $item })
error-reason-required-missing = یوه اړینه پوښتنه ځواب نه لري ({ $item })
error-reason-none-chosen = لږ تر لږه یو پوښتنلیک وټاکئ
error-reason-already-saved = د ارزونې دا برخه دمخه خوندي شوې ده
error-reason-empty-text = لیکلی ځواب تش دی ({ $item })
error-disk-full = ډیسک ډک دی یا پرې لیکل نه شي کېدای: هېڅ شی خوندي نه شو؛ یو څه ځای خالي کړئ او بیا هڅه وکړئ
error-corrupt = د معلوماتو زېرمه خرابه ده یا د Equity Intake زېرمه نه ده ({ $detail })؛ له احتیاطي کاپي څخه یې بېرته راوګرځوئ
error-audit-broken = د پلټنې ثبت په { $seq } ثبت کې بدل شوی دی: { $reason }
error-not-a-backup = { $path } د Equity Intake احتیاطي کاپي نه ده
error-io = په { $path } کې د فایل تېروتنه: { $detail }
error-database = د ډیټابېس تېروتنه: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
# (ps) hub = مرکزي سرور (as in permission-sync); sync = همغږي; device = وسیله; record = ریکارډ; batch = ډله.
cli-enrolled = دا وسیله د { $site } لپاره له { $url } سره ثبت شوه. د دې وسیلې د پېژندنې شمېره: { $device }.
cli-sync-progress = له { $total } ریکارډونو څخه { $sent } ولېږل شول…
cli-sync-done = { $records ->
    [one] همغږي بشپړه شوه: { $records } ریکارډ ولېږل شو. کتل شوي ډیجیټلي لاسلیک شوي رسیدونه: { $batches }.
   *[other] همغږي بشپړه شوه: { $records } ریکارډونه ولېږل شول. کتل شوي ډیجیټلي لاسلیک شوي رسیدونه: { $batches }.
}
cli-sync-nothing = د لېږلو لپاره هېڅ شی نشته: ټول شیان دمخه په مرکزي سرور کې دي.
error-sync-not-enrolled = دا وسیله لا تر اوسه له هېڅ مرکزي سرور سره نه ده ثبت شوې: څارونکی یې د مرکزي سرور په پته او د ACO له خوا ورکړل شوي یو ځلي کوډ سره ثبتوي
error-sync-already-enrolled = دا وسیله دمخه له یوه مرکزي سرور سره ثبت شوې ده
error-sync-insecure-url = د مرکزي سرور پته باید په https:// پیل شي (ساده http:// یوازې همدې کمپیوټر ته د نښلېدو لپاره اجازه لري)
error-sync-bad-url = دا د مرکزي سرور پته نه ده؛ باید داسې وي لکه https://hub.example.org
error-sync-bad-code = د ثبت کوډ ونه منل شو: وې ګورئ، یا له ACO څخه نوی کوډ وغواړئ (هر کوډ یوازې یو ځل کار کوي)
error-sync-offline = شبکه نشته، یا مرکزي سرور ته لاسرسی نه کېږي: هېڅ شی له منځه نه دی تللی؛ کله چې انټرنېټ ته وصل شوئ، بیا هڅه وکړئ
error-sync-certificate = د مرکزي سرور امنیتي سند (سرټیفیکیټ) د باور وړ نه دی، نو هېڅ شی ونه لېږل شو: د ACO د تخنیکي ملاتړ څانګې ته خبر ورکړئ
error-sync-hub-unavailable = مرکزي سرور اوس ځواب نه ورکوي: هېڅ شی له منځه نه دی تللی؛ وروسته بیا هڅه وکړئ
error-sync-revoked = مرکزي سرور د دې وسیلې اجازه لغوه کړې ده: هېڅ شی له منځه نه دی تللی، خو دا وسیله نور همغږي نه شي کولی؛ د ACO د تخنیکي ملاتړ څانګې ته زنګ ووهئ
error-sync-refused = مرکزي سرور د ریکارډونو یوه ډله رد کړه ({ $reason }): هېڅ شی له منځه نه دی تللی؛ د ACO د تخنیکي ملاتړ څانګې ته خبر ورکړئ
error-sync-bad-answer = د مرکزي سرور ځواب تایید نه شو، نو هېڅ شی د «لېږل شوي» په توګه نښه نه شو: د ACO د تخنیکي ملاتړ څانګې ته خبر ورکړئ
