# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = ادامه
app-cancel = لغو
app-save = ذخیره
app-none = هیچ.
app-show = نشان دادن
app-lock = قفل کردن
app-locked-notice = صفحه قفل شد. برای ادامه وارد شوید.
app-nav-label = فهرست اصلی
app-nav-members = اعضا
app-nav-supervisor = سرپرست
app-nav-settings = تنظیمات
app-nav-sync = همگام‌سازی
app-for-staff = برای کارمندان:
app-fallback-english = (هنوز ترجمه نشده: انگلیسی نشان داده می‌شود)
app-translation-status-missing = هنوز ترجمه نشده است: سوالات به انگلیسی نشان داده می‌شوند

## First run and sign-in
app-setup-title = راه‌اندازی Equity Intake
app-setup-explain = مخزن معلومات این مرکز صحی و نخستین سرپرست آن را بسازید. همه چیز به شکل رمزگذاری‌شده در همین کمپیوتر نگه‌داری می‌شود.
app-setup-submit = ساختن مخزن
app-recovery-title = کلید بازیابی شما
app-recovery-explain = اگر همهٔ سرپرستان رمز PIN خود را فراموش کنند، این کلید تنها راه برای باز کردن دوبارهٔ مخزن است. آن را بنویسید و در جای امن و قفل‌دار، دور از این کمپیوتر، نگه دارید. این کلید فقط یک بار نشان داده می‌شود.
app-recovery-confirm = کلید بازیابی را نوشتم و در جای امن نگه داشتم.
app-sign-in-title = ورود
app-sign-in-submit = وارد شوید
app-pin-hint = دست کم ۶ حرف یا عدد. آن را با کسی شریک نسازید.
app-field-site = نام مرکز صحی
app-field-username = نام کاربری
app-field-name = نام کامل
app-field-pin = رمز PIN
app-field-pin-again = تکرار رمز PIN
app-field-role = نقش
app-field-staff-language = زبان صفحه‌ها

## Members
app-members-title = اعضا
app-members-search = جستجو با نام، نمبر MassHealth، نمبر دوسیه یا تاریخ تولد
app-members-recent = اعضایی که به تازگی با آن‌ها کار کرده‌اید
app-members-none-yet = عضو تازه‌ای نیست. در بالا جستجو کنید یا یک عضو اضافه کنید.
app-members-found = { $count ->
    [one] { $count } عضو پیدا شد
   *[other] { $count } عضو پیدا شد
}
app-members-too-many = بیش از { $count } عضو پیدا شد: بخش بیشتری از نام را تایپ کنید.
app-members-add = اضافه کردن عضو
app-members-save = ذخیرهٔ عضو
app-duplicates-found = به نظر می‌رسد این اعضا همان شخص باشند. یکی از آن‌ها را باز کنید، یا اگر این شخص دیگری است، عضو جدید اضافه کنید.
app-duplicates-add-anyway = این شخص دیگری است: عضو جدید اضافه شود
app-dob = تاریخ تولد
app-masshealth-id = نمبر MassHealth
app-mrn = نمبر دوسیه
app-field-given-name = نام
app-field-family-name = تخلص
app-field-date-of-birth = تاریخ تولد
app-field-masshealth-id = نمبر MassHealth (اختیاری)
app-field-mrn = نمبر دوسیهٔ صحی (اختیاری)

## Member profile
app-demographics-title = آنچه عضو در بارهٔ خودش به ما گفت
app-topic = موضوع
app-state = وضعیت
app-answer = جواب
app-asked-on = تاریخ پرسش
app-proxy = شخص دیگری جواب داد
app-topic-race-ethnicity = نژاد و قومیت
app-topic-language = زبان
app-topic-disability = معلولیت
app-topic-sexual-orientation = گرایش جنسی
app-topic-gender-identity = هویت جنسیتی
app-topic-sex-at-birth = جنس ثبت‌شده هنگام تولد
app-topic-pronouns = ضمیرها
app-state-answered = جواب داده شد
app-state-declined = نخواست جواب بدهد
app-state-unknown = نمی‌دانست
app-state-never-asked = هیچ وقت پرسیده نشده
app-state-stale = بیش از یک سال پیش
app-history-title = ارزیابی‌ها
app-history-none = هنوز هیچ ارزیابی‌ای نیست.
app-drafts-title = ارزیابی‌های ناتمام
app-resume = ادامه دادن
app-needs-title = نیازمندی‌ها
app-needs-none = تا حال هیچ نیازمندی‌ای پیدا نشده است.
app-need-discreet = یک نیازمندی حساس
app-opened-on = تاریخ پیدا شدن
app-follow-up-add = ثبت پیگیری

## Starting a screening
app-start-title = شروع ارزیابی
app-start-submit = شروع
app-field-instruments = پرسشنامه‌ها
app-field-member-language = زبان عضو
app-field-mode = به چه شکل
app-mode-in-person = حضوری
app-mode-phone = از طریق تلفون
app-mode-video = از طریق ویدیو
app-field-interpreter = یک ترجمان کمک می‌کند
app-field-respondent = چه کسی جواب می‌دهد
app-respondent-self = خود عضو
app-respondent-proxy = شخص دیگری به جای عضو (پدر یا مادر، یا کسی که از او مراقبت می‌کند)
app-field-relationship = رابطهٔ آن شخص با عضو
app-field-consent = عضو موافق است

## Screening
app-screening-for = ارزیابی برای
app-question-position = سوال { $n } از { $total }
app-progress = { $answered } از { $total } جواب داده شده
app-steps-label = سوالات
app-back = برگشت
app-next = بعدی
app-finish = پایان و ذخیره
app-save-close = بستن (جواب‌ها ذخیره شده‌اند)
app-discard = حذف این ارزیابی
app-discard-confirm = تمام جواب‌های این ارزیابی حذف شود؟ این کار برگشت‌پذیر نیست.

## Results
app-results-title = نتایج
app-results-none = نتیجه‌ای برای نشان دادن نیست.
app-safe-to-talk = عضو تنهاست و صحبت کردن مصئون است
app-to-profile = برگشت به صفحهٔ عضو
app-summary-print = خلاصه برای عضو
app-summary-open = باز کردن خلاصه
app-print = چاپ یا ذخیره به شکل PDF

## The printed summary, in the member's language
app-summary-title = خلاصهٔ ارزیابی شما
app-summary-intro = تشکر که به سوالات ما جواب دادید. در این‌جا آمده است که در بارهٔ چه صحبت کردیم و بعد از این چه می‌شود.
app-summary-none = امروز در بارهٔ هیچ نیازمندی‌ای به ما چیزی نگفتید. هر وقت بخواهید، می‌توانید با ما صحبت کنید.
app-summary-footer = جواب‌های شما محرم است. این جواب‌ها به مرکز صحی شما و MassHealth کمک می‌کند تا مراقبت بهتری برای شما فراهم کنند. اگر سوالی دارید، به مرکز صحی خود زنگ بزنید.
app-summary-explain-housing-instability = شاید برای نگه داشتن یا پیدا کردن خانه به کمک ضرورت داشته باشید.
app-summary-explain-housing-quality = شاید در خانهٔ شما مشکلاتی باشد که بالای صحت شما اثر بگذارد.
app-summary-explain-food = شاید برای به دست آوردن غذای کافی به کمک ضرورت داشته باشید.
app-summary-explain-transportation = شاید برای رفت‌وآمد به مراقبت صحی، کار یا کارهای روزمره به کمک ضرورت داشته باشید.
app-summary-explain-utilities = شاید برای پرداختن پول برق، گاز، تیل بخاری یا آب به کمک ضرورت داشته باشید.
app-summary-explain-interpersonal-safety = هر وقت بخواهید، می‌توانیم در بارهٔ مصئونیت شما صحبت کنیم.
app-summary-explain-financial-strain = شاید برای پرداختن مصارف نیازمندی‌های اساسی به کمک ضرورت داشته باشید.
app-summary-explain-employment = شاید برای پیدا کردن یا نگه داشتن وظیفه کمک بخواهید.
app-summary-explain-family-community-support = شاید در خانه کمک بیشتر، یا وقت بیشتری با دیگران بخواهید.
app-summary-explain-education = شاید برای درس و مکتب یا آموزش مسلکی کمک بخواهید.
app-summary-explain-physical-activity = بیشتر حرکت کردن می‌تواند به صحت شما کمک کند.
app-summary-explain-substance-use = هر وقت بخواهید، می‌توانیم در بارهٔ الکول، تنباکو یا مواد مخدر صحبت کنیم.
app-summary-explain-mental-health = شاید بخواهید با کسی در بارهٔ احساسات خود صحبت کنید.
app-summary-explain-disabilities = شاید در کارهای روزمره کمک بخواهید.
app-summary-explain-digital-access = شاید برای گرفتن انترنت یا وسیله‌ای برای ملاقات‌های ویدیویی به کمک ضرورت داشته باشید.
app-summary-explain-digital-literacy = شاید برای یاد گرفتن استفاده از ملاقات‌های ویدیویی کمک بخواهید.

## Supervisor
app-supervisor-title = امروز
app-team-work = کار هر کارمند
app-staff = کارمند
app-screenings = ارزیابی‌ها
app-members-screened = اعضا
app-needs-opened = نیازمندی‌های پیدا‌شده
app-incomplete-title = ارزیابی‌های ناتمام
app-unfollowed-title = نیازمندی‌های بدون پیگیری
app-users-title = کاربران
app-add-user = اضافه کردن کاربر
app-reset-pin = تنظیم دوبارهٔ رمز PIN
app-deactivate = غیرفعال کردن
app-inactive = غیرفعال
app-site-settings = تنظیمات مرکز صحی
app-setting-idle-lock-seconds = قفل شدن صفحه پس از این تعداد ثانیه بدون استفاده
app-setting-sogi-min-age = کمترین سنی که در بارهٔ گرایش جنسی و هویت جنسیتی پرسیده می‌شود

## Settings
app-text-size = اندازهٔ متن
app-about = در بارهٔ برنامه
app-language = زبان
app-translation-status = ترجمه

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = صفحه قفل است. دوباره وارد شوید: هیچ چیزی از بین نرفته است.
app-error-pin-mismatch = دو رمز PIN یکسان نیستند.
app-error-preferences = این تنظیم در این کمپیوتر ذخیره نشد.
app-error-date-of-birth = تاریخ تولد را به شکل کامل (روز، ماه و سال) وارد کنید.
app-error-member-name = نام یا تخلص را وارد کنید.
app-error-member-date-of-birth = تاریخ تولد نمی‌تواند در آینده باشد.
app-error-member-masshealth-id = نمبر MassHealth فقط حروف و اعداد دارد.
app-error-member-language = زبان عضو را انتخاب کنید.
app-error-mode = انتخاب کنید که ارزیابی به چه شکل انجام می‌شود.
app-error-respondent = انتخاب کنید که چه کسی جواب می‌دهد.
app-error-proxy-relationship = بنویسید که چه کسی به جای عضو جواب می‌دهد.
app-error-consent = عضو باید پیش از پرسیدن هر سوالی موافقت کند.
app-error-instruments = دست کم یک پرسشنامه را انتخاب کنید.
app-error-answer = این جواب با سوال مطابقت ندارد. دوباره انتخاب کنید.
app-error-answer-exclusive = این جواب را نمی‌توان همراه با جواب‌های دیگر انتخاب کرد.
app-error-answer-range = این عدد بیرون از محدوده‌ای است که سوال اجازه می‌دهد.
app-error-required-unanswered = پیش از پایان، باید به این سوال جواب داده شود، یا «نمی‌خواهم جواب بدهم» انتخاب شود.
app-error-follow-up-status = انتخاب کنید که با این نیازمندی چه شد.
app-error-role = یک نقش را انتخاب کنید.
app-error-setting = این مقدار بیرون از محدودهٔ مجاز است.

# The supervisor's sync screen.
app-sync-title = همگام‌سازی با سرور مرکزی ACO
app-sync-not-enrolled = این دستگاه هنوز در هیچ سرور مرکزی ثبت نشده است. آدرس سرور مرکزی و کود یک‌بار مصرفی را که ACO به شما داده است وارد کنید.
app-sync-hub-url = آدرس سرور مرکزی
app-sync-code = کود ثبت
app-sync-enroll = ثبت این دستگاه
app-sync-enrolled = برای { $site } در { $url } ثبت شده است.
app-sync-unsent = { $count ->
    [one] { $count } ریکارد در انتظار فرستادن است.
   *[other] { $count } ریکارد در انتظار فرستادن است.
}
app-sync-all-sent = همه چیز به سرور مرکزی رسیده است.
app-sync-now = همین حالا همگام‌سازی کنید
app-sync-sending = در حال فرستادن: { $sent } از { $total } ریکارد
app-sync-finished = { $records ->
    [one] تمام شد: { $records } ریکارد فرستاده شد و سرور مرکزی رسیدن آن را تأیید کرد.
   *[other] تمام شد: { $records } ریکارد فرستاده شد و سرور مرکزی رسیدن آن‌ها را تأیید کرد.
}
app-sync-history = همگام‌سازی‌های اخیر
app-sync-started = زمان شروع
app-sync-by = انجام‌دهنده
app-sync-records = ریکاردها
app-sync-receipts = رسیدهای امضاشده
app-sync-result = نتیجه
app-sync-ok = تمام شد
app-sync-receipt = بستهٔ { $sequence }: { $count } ریکارد
