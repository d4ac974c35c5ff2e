# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = له روغتیا سره تړلې ټولنیزې اړتیاوې (نورې پوښتنې)
ahc-supp-financial-strain = د ډېرو اساسي اړتیاوو، لکه خوړو، کور، طبي پاملرنې او د کور د تودولو لګښت ورکول ستاسو لپاره څومره سخت دي؟
ahc-supp-financial-strain-very-hard = ډېر سخت
ahc-supp-financial-strain-somewhat-hard = تر یوه حده سخت
ahc-supp-financial-strain-not-hard = هېڅ سخت نه دي
ahc-supp-employment = ایا غواړئ چې د کار یا دندې په موندلو یا ساتلو کې درسره مرسته وشي؟
ahc-supp-employment-finding = هو، د کار په موندلو کې مرسته
ahc-supp-employment-keeping = هو، د کار په ساتلو کې مرسته
ahc-supp-employment-no-help = مرستې ته اړتیا نه لرم او نه یې غواړم
ahc-supp-daily-help = که د هر دلیل له مخې په ورځنیو کارونو کې، لکه حمام کول، د خوړو چمتو کول، سودا اخیستل، د پیسو او لګښتونو سمبالول او نور، مرستې ته اړتیا ولرئ، ایا هغه مرسته چې ورته اړتیا لرئ، ترلاسه کوئ؟
ahc-supp-daily-help-no-need = هېڅ مرستې ته اړتیا نه لرم
ahc-supp-daily-help-all-help = ټوله هغه مرسته چې ورته اړتیا لرم، ترلاسه کوم
ahc-supp-daily-help-little-more = که لږه نوره مرسته هم وشي، ښه به وي
ahc-supp-daily-help-lot-more = ډېرې نورې مرستې ته اړتیا لرم
ahc-supp-loneliness = څو ځله د یوازیتوب احساس کوئ، یا داسې احساس کوئ چې له شاوخوا خلکو څخه جلا یاست؟
ahc-supp-loneliness-never = هېڅکله
ahc-supp-loneliness-rarely = ډېر لږ ځله
ahc-supp-loneliness-sometimes = کله کله
ahc-supp-loneliness-often = ډېر ځله
ahc-supp-loneliness-always = تل
ahc-supp-other-language = ایا په کور کې له انګلیسي پرته په بله ژبه خبرې کوئ؟
ahc-supp-school-training = ایا غواړئ چې د ښوونځي یا روزنې په برخه کې درسره مرسته وشي؟ د بېلګې په توګه، د مسلکي روزنې پیلول یا بشپړول، یا د لېسې د فراغت سند (د دولسم ټولګي ډیپلوم)، GED یا ورته سند ترلاسه کول.
ahc-supp-exercise-days = په تېرو ۳۰ ورځو کې، پرته له هغو فعالیتونو چې د کار لپاره مو کړي، په اوسط ډول په اونۍ کې څو ورځې مو د منځنۍ کچې ورزش کړی (لکه چټک تګ، منډې وهل، ورو ورو منډې، نڅا، لامبو وهل، بایسکل چلول، یا نور ورته فعالیتونه)؟
ahc-supp-exercise-minutes = په اوسط ډول، په هغو ورځو کې په یوه ورځ کې مو معمولاً څو دقیقې په همدې کچه ورزش کاوه؟
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } ورځ په اونۍ کې
   *[other] { $count } ورځې په اونۍ کې
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } دقیقه
   *[other] { $count } دقیقې
}
ahc-supp-alcohol = په تېرو ۱۲ میاشتو کې څو ځله مو په یوه ورځ کې ۵ یا ډېرې پیمانې الکولي څښاک (د نارینه وو لپاره) یا ۴ یا ډېرې پیمانې (د ښځو لپاره) څښلي دي؟ یوه پیمانه یعنې ۱۲ اونسه (شاوخوا ۳۵۰ ملي لیټره) بیر، ۵ اونسه (شاوخوا ۱۵۰ ملي لیټره) شراب، یا ۱٫۵ اونسه (شاوخوا ۴۵ ملي لیټره) قوي الکولي څښاک چې ۸۰ پروف (۴۰٪ الکول) وي.
ahc-supp-tobacco = په تېرو ۱۲ میاشتو کې څو ځله مو د تنباکو توکي کارولي دي (لکه سګرټ، سګار، نسوار، د ژوولو تنباکو، برېښنايي سګرټ)؟
ahc-supp-prescription-misuse = په تېر یو کال کې څو ځله مو نسخه‌يي درمل (هغه درمل چې ډاکټر یې لیکي) د غیر طبي دلیلونو لپاره کارولي دي؟
ahc-supp-illegal-drugs = په تېر یو کال کې څو ځله مو غیرقانوني مخدره توکي کارولي دي؟
ahc-supp-substance-never = هېڅکله
ahc-supp-substance-once-or-twice = یو یا دوه ځله
ahc-supp-substance-monthly = هره میاشت
ahc-supp-substance-weekly = هره اونۍ
ahc-supp-substance-daily = هره ورځ یا نږدې هره ورځ
ahc-supp-little-interest = په تېرو ۲ اونیو کې، څو ځله تاسو د کارونو په کولو کې د لږې لېوالتیا یا خوند له امله ځورېدلي یاست؟
ahc-supp-feeling-down = په تېرو ۲ اونیو کې، څو ځله تاسو د خپګان، افسردګۍ یا نا امیدۍ د احساس له امله ځورېدلي یاست؟
ahc-supp-phq-not-at-all = هېڅ نه
ahc-supp-phq-several-days = څو ورځې
ahc-supp-phq-more-than-half = له نیمایي ډېرې ورځې
ahc-supp-phq-nearly-every-day = نږدې هره ورځ
ahc-supp-stress = فشار (سټرېس) هغه حالت دی چې یو څوک پکې د تناو، بې‌قرارۍ، عصبي والي یا اضطراب احساس کوي، یا د شپې خوب نه شي کولی، ځکه چې ذهن یې تل پرېشانه وي. ایا تاسو په دې ورځو کې د دې ډول فشار احساس کوئ؟
ahc-supp-stress-not-at-all = هېڅ نه
ahc-supp-stress-a-little = لږ څه
ahc-supp-stress-somewhat = تر یوه حده
ahc-supp-stress-quite-a-bit = ډېر
ahc-supp-stress-very-much = ډېر زیات
ahc-supp-concentrating = د جسمي، رواني یا احساساتي حالت له امله، ایا تاسو په تمرکز، یادولو یا پرېکړو کولو کې جدي ستونزه لرئ؟
ahc-supp-errands = د جسمي، رواني یا احساساتي حالت له امله، ایا تاسو یوازې د بهر کارونو په ترسره کولو کې، لکه ډاکټر ته تګ یا سودا اخیستل، ستونزه لرئ؟
