# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: خطا: { $message }
cli-internal-error = intake: خطای داخلی؛ چیز دیگری ذخیره نشد. لطفاً این را گزارش دهید.
cli-store-created = مخزن معلومات در { $dir } برای { $site } ساخته شد.
cli-recovery-key-intro = کلید بازیابی (فقط یک بار نشان داده می‌شود؛ آن را بنویسید و در جای قفل‌دار نگه دارید):
cli-demo-saved = ذخیره شد: شماره { $number }، عضو { $member }، فورم { $response }
cli-demo-added = { $count ->
    [one] { $count } عضو ساختگی همراه با ارزیابی‌ها اضافه شد.
   *[other] { $count } عضو ساختگی همراه با ارزیابی‌ها اضافه شدند.
}
cli-found = { $count ->
    [one] { $count } مورد پیدا شد
   *[other] { $count } مورد پیدا شد
}
cli-duplicates = { $count ->
    [one] { $count } عضو ثبت‌شده به نظر می‌رسد همان شخص باشد (در فهرست بالا)؛ برای اضافه کردن با وجود این، از --force استفاده کنید
   *[other] { $count } عضو ثبت‌شده به نظر می‌رسند همان شخص باشند (در فهرست بالا)؛ برای اضافه کردن با وجود این، از --force استفاده کنید
}
cli-verify-ok = درست است: بررسی صفحه‌ها و سلامت معلومات موفق بود؛ زنجیرهٔ سجل تفتیش با { $entries } ثبت سالم است؛ { $members } عضو، { $responses } فورم
cli-backup-written = نسخهٔ پشتیبان رمزگذاری‌شده در { $file } نوشته شد ({ $bytes } بایت).
cli-restored = { $members } عضو و { $responses } فورم از { $file } بازگردانده شد.
cli-new-pin = رمز PIN جدید برای { $user } تعیین شد.
cli-user-added = { $user } ({ $role }) اضافه شد.
cli-user-deactivated = حساب { $user } غیرفعال شد.
cli-outbox = در انتظار: { $pending }
    تحویل‌شده: { $delivered }
cli-response-line = فورم { $id } { $date } { $instrument } به زبان { $locale }، ثبت‌کننده: { $collector }؛ { $answers } جواب{ $state }
cli-response-retracted = { " " }(به اشتباه ثبت شده)
cli-response-corrected = { " " }(اصلاح‌شده)
cli-need-line = نیازمندی { $id } { $domain }: { $status }
cli-user-active = فعال
cli-user-deactivated-state = غیرفعال
cli-prompt-pin = رمز PIN برای { $user }:
cli-prompt-choose-pin = یک رمز PIN برای { $user } انتخاب کنید:
cli-prompt-new-pin = رمز PIN جدید برای { $user }:
cli-prompt-recovery-key = کلید بازیابی:
cli-need-user = INTAKE_USER را برابر نام کاربری بگذارید که می‌خواهید به نام او کار کنید
cli-no-value = هیچ مقداری داده نشد: { $var } را تنظیم کنید یا وقتی پرسیده شد، آن را تایپ کنید
cli-no-data-dir = --data-dir داده نشده و هیچ فولدر خانگی (home) برای استفادهٔ پیش‌فرض وجود ندارد
cli-read-failed = خواندن { $what } ممکن نشد

error-not-initialized = هیچ مخزن معلومات Equity Intake در { $path } نیست: اول «intake init» را اجرا کنید
error-already-initialized = { $path } از قبل یک مخزن معلومات Equity Intake دارد
error-wrong-credentials = نام کاربری یا رمز PIN اشتباه است
error-locked-out = برای این کاربر رمز PIN اشتباه بیش از حد وارد شده است: پس از { $seconds } ثانیه دوباره کوشش کنید، یا از سرپرست بخواهید رمز PIN را از نو تنظیم کند
error-deactivated = این حساب غیرفعال شده است: با سرپرست تماس بگیرید
error-wrong-recovery-key = کلید بازیابی برای این مخزن معلومات معتبر نیست
error-forbidden = نقش شما ({ $role }) اجازهٔ این کار را ندارد: { $action }
error-not-found = { $what } پیدا نشد
error-what-member = عضو
error-what-user = کاربر
error-what-response = فورم
error-what-need = نیازمندی
error-what-draft = ارزیابی ناتمام
error-invalid = { $field }: { $reason }
error-field-name = نام
error-field-date-of-birth = تاریخ تولد
error-field-masshealth-id = نمبر MassHealth
error-field-pin = رمز PIN
error-field-site = مرکز صحی
error-field-user = کاربر
error-field-consent = رضایت
error-field-answers = جواب‌ها
error-field-supersedes = اصلاحیه
error-field-reason = دلیل
error-field-response = فورم
error-field-organization = موسسه
error-field-file = فایل
error-field-instrument = پرسشنامه
error-field-draft = ارزیابی
error-field-item = سوال
error-reason-check-field = لطفاً این خانه را بررسی کنید
error-reason-pin-too-short = دست کم { $min } حرف یا عدد به کار ببرید
error-reason-site-empty = نام مرکز صحی را بنویسید
error-reason-username-format = از حروف، اعداد، «.»، «_» یا «-» استفاده کنید (حداکثر ۶۴)
error-reason-username-taken = این نام کاربری قبلاً گرفته شده است
error-reason-recovery-needs-supervisor = با کلید بازیابی فقط می‌توان رمز PIN یک سرپرست فعال را از نو تنظیم کرد
error-reason-deactivate-self = شما نمی‌توانید حساب خود را غیرفعال کنید
error-reason-no-consent = عضو به ارزیابی رضایت نداده است
error-reason-answered-twice = به یک سوال دو بار جواب داده شده است ({ $item })
error-reason-correction-other-member = اصلاحیه باید جای فورم همان عضو را بگیرد
error-reason-retraction-reason = بنویسید که چرا فورم به اشتباه ثبت شده بود
error-reason-already-retracted = این فورم قبلاً به عنوان «به اشتباه ثبت شده» علامت‌گذاری شده است
error-reason-referral-organization = نام موسسه‌ای را که عضو به آن راجع شده است بنویسید
error-reason-path-not-utf8 = مسیر (path) حروفی دارد که این سیستم نمی‌تواند به کار ببرد
error-reason-unknown-instrument = این برنامه آن پرسشنامه را نمی‌شناسد ({ $item })
error-reason-unknown-item = یک سوال به این پرسشنامه تعلق ندارد ({ $item })
error-reason-wrong-kind = نوع مقدار یک جواب نادرست است ({ $item })
error-reason-unknown-option = یک جواب از گزینه‌های این سوال نیست ({ $item })
error-reason-exclusive-option = «هیچ‌کدام» را نمی‌توان همراه با جواب‌های دیگر انتخاب کرد ({ $item })
error-reason-empty-choice = دست کم یک جواب را انتخاب کنید ({ $item })
error-reason-out-of-range = عدد بیرون از محدودهٔ مجاز است ({ $item })
error-reason-absent-not-offered = این سوال چنین جوابی ندارد ({ $item })
error-reason-not-enabled = به سوالی جواب داده شده که مربوط نیست ({ $item })
error-reason-required-missing = یک سوال ضروری جواب ندارد ({ $item })
error-reason-none-chosen = دست کم یک پرسشنامه را انتخاب کنید
error-reason-already-saved = این بخش ارزیابی قبلاً ذخیره شده است
error-reason-empty-text = جواب نوشتاری خالی است ({ $item })
error-disk-full = دیسک پر است یا نمی‌توان روی آن نوشت: هیچ چیزی ذخیره نشد؛ کمی جای خالی کنید و دوباره کوشش کنید
error-corrupt = مخزن معلومات خراب است یا مخزن Equity Intake نیست ({ $detail })؛ از یک نسخهٔ پشتیبان بازگردانی کنید
error-audit-broken = سجل تفتیش در ثبت { $seq } تغییر داده شده است: { $reason }
error-not-a-backup = { $path } نسخهٔ پشتیبان Equity Intake نیست
error-io = خطای فایل در { $path }: { $detail }
error-database = خطای دیتابیس: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
# (fa-AF) hub = سرور مرکزی (as in permission-sync); sync = همگام‌سازی; record = ریکارد; batch = بسته; code = کود.
cli-enrolled = این دستگاه برای { $site } در { $url } ثبت شد. نمبر شناسایی این دستگاه: { $device }.
cli-sync-progress = { $sent } از { $total } ریکارد فرستاده شد…
cli-sync-done = { $records ->
    [one] همگام‌سازی تمام شد: { $records } ریکارد فرستاده شد. رسیدهای دارای امضای دیجیتالی که بررسی شد: { $batches }.
   *[other] همگام‌سازی تمام شد: { $records } ریکارد فرستاده شد. رسیدهای دارای امضای دیجیتالی که بررسی شد: { $batches }.
}
cli-sync-nothing = چیزی برای فرستادن نیست: همه چیز از قبل در سرور مرکزی است.
error-sync-not-enrolled = این دستگاه هنوز در هیچ سرور مرکزی ثبت نشده است: سرپرست آن را با آدرس سرور مرکزی و کود یک‌بار مصرفی که ACO می‌دهد ثبت می‌کند
error-sync-already-enrolled = این دستگاه از قبل در یک سرور مرکزی ثبت شده است
error-sync-insecure-url = آدرس سرور مرکزی باید با https:// شروع شود (http:// ساده فقط برای وصل شدن به همین کمپیوتر اجازه دارد)
error-sync-bad-url = این آدرس سرور مرکزی نیست؛ باید مانند https://hub.example.org باشد
error-sync-bad-code = کود ثبت پذیرفته نشد: آن را بررسی کنید، یا از ACO یک کود جدید بخواهید (هر کود فقط یک بار کار می‌کند)
error-sync-offline = شبکه نیست، یا به سرور مرکزی دسترسی نیست: هیچ چیزی از بین نرفته است؛ وقتی به انترنت وصل شدید، دوباره کوشش کنید
error-sync-certificate = تصدیق‌نامهٔ امنیتی سرور مرکزی قابل اعتماد نیست، بنابراین هیچ چیزی فرستاده نشد: به بخش حمایت تخنیکی ACO خبر دهید
error-sync-hub-unavailable = سرور مرکزی فعلاً جواب نمی‌دهد: هیچ چیزی از بین نرفته است؛ بعداً دوباره کوشش کنید
error-sync-revoked = سرور مرکزی اجازهٔ این دستگاه را لغو کرده است: هیچ چیزی از بین نرفته، اما این دستگاه دیگر نمی‌تواند همگام‌سازی کند؛ به بخش حمایت تخنیکی ACO زنگ بزنید
error-sync-refused = سرور مرکزی یک بسته از ریکاردها را رد کرد ({ $reason }): هیچ چیزی از بین نرفته است؛ به بخش حمایت تخنیکی ACO خبر دهید
error-sync-bad-answer = جواب سرور مرکزی قابل تأیید نبود، بنابراین هیچ چیزی به عنوان «فرستاده‌شده» علامت‌گذاری نشد: به بخش حمایت تخنیکی ACO خبر دهید
