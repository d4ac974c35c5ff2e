# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = هو
common-yes-no-no = نه

answer-asked-declined = نه غواړم ځواب ورکړم
answer-asked-unknown = نه پوهېږم
answer-not-asked = پوښتنه ونه شوه
hint-choose-all = ټول هغه ځوابونه وټاکئ چې ستاسو په اړه سم دي.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = استوګنه
domain-housing-instability-explain = ښايي غړی خپل کور له لاسه ورکړي، یا د اوسېدو ثابت ځای نه لري.
domain-housing-quality = د کور حالت
domain-housing-quality-explain = د غړي په کور کې داسې ستونزې شته چې روغتیا ته زیان رسولی شي.
domain-food = خواړه
domain-food-explain = غړي په تېرو ۱۲ میاشتو کې اندېښنه درلوده چې خواړه به یې خلاص شي، یا خواړه یې خلاص شول.
domain-transportation = ټرانسپورټ
domain-transportation-explain = د ټرانسپورټ نشتوالي غړی له روغتیايي پاملرنې، کار یا اړینو شیانو څخه پاتې کړی دی.
domain-utilities = برېښنا، ګاز، تېل او اوبه
domain-utilities-explain = د برېښنا، ګاز، د بخارۍ تېلو یا اوبو شرکت د خدماتو د بندولو ګواښ کړی، یا یې خدمات بند کړي دي.
domain-interpersonal-safety = خوندیتوب
domain-interpersonal-safety-explain = ښايي څوک غړي ته زیان رسوي، ګواښوي یې یا یې سپکاوی کوي.
domain-financial-strain = د اساسي اړتیاوو لپاره پیسې
domain-financial-strain-explain = د خوړو، کور، طبي پاملرنې یا د کور د تودولو لګښت ورکول سخت دي.
domain-employment = کار
domain-employment-explain = غړی غواړي چې د کار په موندلو یا ساتلو کې ورسره مرسته وشي.
domain-family-community-support = د نورو ملاتړ
domain-family-community-support-explain = غړی په ورځنیو کارونو کې نورې مرستې ته اړتیا لري، یا ډېر ځله د یوازیتوب احساس کوي.
domain-education = ښوونځی او روزنه
domain-education-explain = غړی غواړي چې په زده کړه یا مسلکي روزنه کې ورسره مرسته وشي.
domain-physical-activity = فزیکي فعالیت
domain-physical-activity-explain = غړی په اونۍ کې له ۱۵۰ دقیقو لږ ورزش کوي.
domain-substance-use = الکول، تنباکو او مخدره توکي
domain-substance-use-explain = غړي د داسې کارونې یادونه کړې چې ښايي په اړه یې خبرې کول ګټور وي.
domain-mental-health = رواني روغتیا
domain-mental-health-explain = غړی خپه شوی، کارونو ته یې لېوالتیا له لاسه ورکړې، یا ډېر فشار احساسوي.
domain-disabilities = معلولیتونه
domain-disabilities-explain = غړی په تمرکز کې، یا یوازې د بهر کارونو په ترسره کولو کې، جدي ستونزه لري.
domain-digital-access = انټرنېټ او وسایل
domain-digital-access-explain = غړی د باور وړ انټرنېټ یا د ویډیويي ملاقات لپاره وسیله نه لري.
domain-digital-literacy = د ټکنالوژۍ په کارولو کې ډاډ
domain-digital-literacy-explain = غړی په ویډیويي ملاقاتونو کې ډاډه نه دی او څوک نه لري چې ورسره مرسته وکړي.

outcome-positive = اړتیا وموندل شوه
outcome-negative = هېڅ اړتیا ونه موندل شوه
outcome-not-scored = نمره نه ده ورکړل شوې: ځینې ځوابونه نشته

flag-homelessness = غړی د اوسېدو ثابت ځای نه لري (بې کوره دی).
safety-discreet-prompt = مخکې له دې چې په دې اړه خبرې وکړئ، ډاډ ترلاسه کړئ چې غړی یوازې دی او خبرې کول خوندي دي.

translation-status-reference = اصلي متن (مرجع)
translation-status-draft = د ژباړې مسوده: متن له یوه ژباړونکي سره وګورئ
translation-status-reviewed = د { $reviewer } له خوا په { $date } وکتل شو

role-chw = د ټولنې روغتیايي کارکوونکی
role-navigator = د لرې روغتیايي خدماتو لارښود
role-supervisor = څارونکی (سوپروایزر)

permission-find-members = د غړو لټول
permission-view-member = د یوه غړي د معلوماتو لیدل
permission-edit-member = د غړي زیاتول یا د هغه د معلوماتو بدلول
permission-record-response = د یوې ارزونې ثبتول
permission-record-follow-up = د تعقیب ثبتول
permission-retract-any-response = د بل چا ارزونه د «په غلطۍ ثبت شوې» په توګه نښه کول
permission-manage-users = د کاروونکو اداره کول
permission-backup = د احتیاطي کاپي جوړول
permission-restore = له احتیاطي کاپي څخه بېرته راګرځول
permission-verify-store = د معلوماتو د زېرمې کتنه
permission-review-team = د ټیم د کار کتنه
permission-import-members = د غړو یا نمایشي معلوماتو راوړل
permission-sync = له مرکزي سرور سره همغږي کول
