# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = بلی
common-yes-no-no = نخیر

answer-asked-declined = نمی‌خواهم جواب بدهم
answer-asked-unknown = نمی‌دانم
answer-not-asked = پرسیده نشد
hint-choose-all = همهٔ گزینه‌های مربوط را انتخاب کنید.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = مسکن
domain-housing-instability-explain = عضو ممکن است خانهٔ خود را از دست بدهد، یا جای ثابت برای زندگی ندارد.
domain-housing-quality = وضعیت خانه
domain-housing-quality-explain = در خانهٔ عضو مشکلاتی وجود دارد که می‌تواند به صحت آسیب برساند.
domain-food = غذا
domain-food-explain = عضو در ۱۲ ماه گذشته نگران تمام شدن غذا بوده، یا غذایش تمام شده است.
domain-transportation = ترانسپورت
domain-transportation-explain = نبود ترانسپورت مانع رسیدن عضو به مراقبت صحی، کار یا چیزهایی که لازم دارد، شده است.
domain-utilities = برق، گاز، تیل و آب
domain-utilities-explain = شرکت برق، گاز، تیل بخاری یا آب تهدید به قطع خدمات کرده، یا آن را قطع کرده است.
domain-interpersonal-safety = مصئونیت
domain-interpersonal-safety-explain = ممکن است کسی به عضو آسیب برساند، او را تهدید کند یا به او توهین کند.
domain-financial-strain = پول برای نیازمندی‌های اساسی
domain-financial-strain-explain = پرداختن مصارف غذا، خانه، مراقبت صحی یا گرم کردن خانه دشوار است.
domain-employment = کار
domain-employment-explain = عضو برای پیدا کردن یا نگه داشتن کار کمک می‌خواهد.
domain-family-community-support = حمایت از سوی دیگران
domain-family-community-support-explain = عضو در کارهای روزمره به کمک بیشتر ضرورت دارد، یا اکثراً احساس تنهایی می‌کند.
domain-education = مکتب و آموزش
domain-education-explain = عضو برای درس یا آموزش مسلکی کمک می‌خواهد.
domain-physical-activity = فعالیت بدنی
domain-physical-activity-explain = عضو در هفته کمتر از ۱۵۰ دقیقه ورزش می‌کند.
domain-substance-use = الکول، تنباکو و مواد مخدر
domain-substance-use-explain = عضو استفاده‌ای را گزارش داده که شاید بهتر باشد در بارهٔ آن صحبت شود.
domain-mental-health = صحت روانی
domain-mental-health-explain = عضو احساس غمگینی کرده، علاقه‌اش را به کارها از دست داده، یا استرس زیادی احساس می‌کند.
domain-disabilities = معلولیت‌ها
domain-disabilities-explain = عضو در تمرکز کردن، یا در انجام کارهای بیرون از خانه به تنهایی، دشواری جدی دارد.
domain-digital-access = انترنت و وسایل
domain-digital-access-explain = عضو انترنت قابل اعتماد یا وسیله‌ای برای ملاقات ویدیویی ندارد.
domain-digital-literacy = اطمینان در استفاده از تکنالوژی
domain-digital-literacy-explain = عضو در استفاده از ملاقات ویدیویی مطمئن نیست و کسی را ندارد که به او کمک کند.

outcome-positive = نیازمندی پیدا شد
outcome-negative = نیازمندی پیدا نشد
outcome-not-scored = نمره داده نشد: بعضی جواب‌ها موجود نیست

flag-homelessness = عضو جای ثابت برای زندگی ندارد (بی‌خانمانی).
safety-discreet-prompt = پیش از آن‌که در این مورد صحبت کنید، مطمئن شوید که عضو تنهاست و صحبت کردن برایش مصئون است.

translation-status-reference = متن مرجع
translation-status-draft = ترجمهٔ مسوده: الفاظ را با یک ترجمان بررسی کنید
translation-status-reviewed = توسط { $reviewer } در تاریخ { $date } بررسی شد

role-chw = کارمند صحی جامعه
role-navigator = رهنمای خدمات صحی از راه دور
role-supervisor = سرپرست

permission-find-members = جستجوی اعضا
permission-view-member = دیدن معلومات یک عضو
permission-edit-member = اضافه کردن عضو یا تغییر معلومات آن
permission-record-response = ثبت یک ارزیابی
permission-record-follow-up = ثبت یک پیگیری
permission-retract-any-response = علامت گذاشتن ارزیابی شخص دیگر به عنوان «به اشتباه ثبت شده»
permission-manage-users = مدیریت کاربران
permission-backup = ساختن نسخهٔ پشتیبان
permission-restore = بازگرداندن نسخهٔ پشتیبان
permission-verify-store = بررسی مخزن معلومات
permission-review-team = بررسی کار تیم
permission-import-members = وارد کردن اعضا یا معلومات نمایشی
permission-sync = همگام‌سازی با سرور مرکزی
