# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = نیازمندی‌های اجتماعی مرتبط به صحت (سوالات بیشتر)
ahc-supp-financial-strain = پرداختن مصارف ضروری‌ترین چیزها، مانند غذا، خانه، مراقبت صحی و گرم کردن خانه، برای شما چقدر دشوار است؟
ahc-supp-financial-strain-very-hard = بسیار دشوار
ahc-supp-financial-strain-somewhat-hard = تا اندازه‌ای دشوار
ahc-supp-financial-strain-not-hard = اصلاً دشوار نیست
ahc-supp-employment = آیا برای پیدا کردن کار یا وظیفه، یا نگه داشتن آن، کمک می‌خواهید؟
ahc-supp-employment-finding = بلی، کمک برای پیدا کردن کار
ahc-supp-employment-keeping = بلی، کمک برای نگه داشتن کار
ahc-supp-employment-no-help = به کمک ضرورت ندارم و کمک نمی‌خواهم
ahc-supp-daily-help = اگر به هر دلیلی در کارهای روزمره مانند حمام کردن، تهیهٔ غذا، سودا و خریداری، اداره کردن پول و مصارف و غیره به کمک ضرورت داشته باشید، آیا کمکی را که لازم دارید به دست می‌آورید؟
ahc-supp-daily-help-no-need = به هیچ کمکی ضرورت ندارم
ahc-supp-daily-help-all-help = تمام کمکی را که لازم دارم به دست می‌آورم
ahc-supp-daily-help-little-more = کمی کمک بیشتر برایم مفید خواهد بود
ahc-supp-daily-help-lot-more = به کمک خیلی بیشتر ضرورت دارم
ahc-supp-loneliness = چند وقت یک بار احساس تنهایی می‌کنید، یا احساس می‌کنید از مردم اطراف خود جدا افتاده‌اید؟
ahc-supp-loneliness-never = هیچ وقت
ahc-supp-loneliness-rarely = به ندرت
ahc-supp-loneliness-sometimes = بعضی وقت‌ها
ahc-supp-loneliness-often = اکثراً
ahc-supp-loneliness-always = همیشه
ahc-supp-other-language = آیا در خانه به زبانی غیر از انگلیسی صحبت می‌کنید؟
ahc-supp-school-training = آیا برای درس و مکتب یا آموزش کمک می‌خواهید؟ برای مثال، شروع یا تکمیل یک کورس آموزش مسلکی، یا گرفتن سند فراغت از لیسه (دیپلوم صنف دوازده)، GED یا سند معادل آن.
ahc-supp-exercise-days = در ۳۰ روز گذشته، به جز فعالیت‌هایی که برای کار انجام دادید، به طور اوسط در هفته چند روز ورزش با شدت متوسط کردید (مانند تیز قدم زدن، دویدن، آهسته دویدن، رقص، آب‌بازی، بایسکل‌رانی یا فعالیت‌های مشابه دیگر)؟
ahc-supp-exercise-minutes = به طور اوسط، در یکی از آن روزها معمولاً چند دقیقه با همین شدت ورزش می‌کردید؟
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } روز در هفته
   *[other] { $count } روز در هفته
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } دقیقه
   *[other] { $count } دقیقه
}
ahc-supp-alcohol = در ۱۲ ماه گذشته چند بار در یک روز ۵ پیمانه مشروب الکولی یا بیشتر (برای مردان) یا ۴ پیمانه یا بیشتر (برای زنان) نوشیده‌اید؟ یک پیمانه برابر است با ۱۲ اونس (حدود ۳۵۰ ملی‌لیتر) بیر، ۵ اونس (حدود ۱۵۰ ملی‌لیتر) شراب، یا ۱٫۵ اونس (حدود ۴۵ ملی‌لیتر) مشروب قوی ۸۰ پروف (۴۰٪ الکول).
ahc-supp-tobacco = در ۱۲ ماه گذشته چند بار از محصولات تنباکو استفاده کرده‌اید (مانند سگرت، سگار، نسوار، تنباکوی جویدنی، سگرت برقی)؟
ahc-supp-prescription-misuse = در یک سال گذشته چند بار دواهای نسخه‌ای (دواهایی که داکتر تجویز می‌کند) را به دلایل غیر طبی استفاده کرده‌اید؟
ahc-supp-illegal-drugs = در یک سال گذشته چند بار مواد مخدر غیرقانونی استفاده کرده‌اید؟
ahc-supp-substance-never = هیچ وقت
ahc-supp-substance-once-or-twice = یک یا دو بار
ahc-supp-substance-monthly = هر ماه
ahc-supp-substance-weekly = هر هفته
ahc-supp-substance-daily = هر روز یا تقریباً هر روز
ahc-supp-little-interest = در ۲ هفتهٔ گذشته، چند وقت یک بار از علاقه یا لذت کم در انجام کارها اذیت شده‌اید؟
ahc-supp-feeling-down = در ۲ هفتهٔ گذشته، چند وقت یک بار از احساس غمگینی، افسردگی یا ناامیدی اذیت شده‌اید؟
ahc-supp-phq-not-at-all = اصلاً نه
ahc-supp-phq-several-days = چند روز
ahc-supp-phq-more-than-half = بیش از نیمی از روزها
ahc-supp-phq-nearly-every-day = تقریباً هر روز
ahc-supp-stress = استرس (فشار روانی) یعنی حالتی که شخص در آن احساس تنش، بی‌قراری، عصبی بودن یا اضطراب می‌کند، یا شب‌ها خوابش نمی‌برد، چون فکرش همیشه پریشان است. آیا این روزها چنین استرسی را احساس می‌کنید؟
ahc-supp-stress-not-at-all = اصلاً نه
ahc-supp-stress-a-little = کمی
ahc-supp-stress-somewhat = تا اندازه‌ای
ahc-supp-stress-quite-a-bit = نسبتاً زیاد
ahc-supp-stress-very-much = خیلی زیاد
ahc-supp-concentrating = به دلیل یک حالت جسمی، روانی یا عاطفی، آیا در تمرکز کردن، به یاد آوردن یا تصمیم گرفتن دشواری جدی دارید؟
ahc-supp-errands = به دلیل یک حالت جسمی، روانی یا عاطفی، آیا در انجام کارهای بیرون از خانه به تنهایی، مانند رفتن به کلینیک داکتر یا سودا و خریداری، دشواری دارید؟
