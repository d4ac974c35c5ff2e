# Arabic (ar) draft translation of app.ftl: the desktop app's screens (src-tauri, ui, crates/intake-views). Staff
# read these; members read only the printed summary (app-summary-*), which is in the member's language.
# To be checked with an interpreter.

app-title = Equity Intake
app-continue = مواصلة
app-cancel = إلغاء
app-save = حفظ
app-none = لا يوجد.
app-show = إظهار
app-lock = قفل الشاشة
app-locked-notice = تم قفل الشاشة. يُرجى تسجيل الدخول للمواصلة.
app-nav-label = القائمة الرئيسية
app-nav-members = الأعضاء
app-nav-supervisor = الإشراف
app-nav-settings = الإعدادات
app-nav-sync = المزامنة
app-for-staff = للموظفين:
app-fallback-english = (لم تُترجم بعد: يظهر النص بالإنجليزية)
app-translation-status-missing = لم تُترجم بعد: تظهر الأسئلة بالإنجليزية

## First run and sign-in
app-setup-title = إعداد Equity Intake
app-setup-explain = يجب إنشاء مخزن البيانات لهذا المركز الصحي وحساب أول مشرف فيه. كل البيانات تُحفظ مشفّرة على هذا الكمبيوتر.
app-setup-submit = إنشاء مخزن البيانات
app-recovery-title = مفتاح الاسترداد الخاص بك
app-recovery-explain = إذا نسي جميع المشرفين رموز PIN الخاصة بهم، فهذا المفتاح هو الطريقة الوحيدة للدخول إلى مخزن البيانات من جديد. يجب كتابته وحفظه في مكان آمن ومقفل، بعيدًا عن هذا الكمبيوتر. لا يظهر هذا المفتاح إلا مرة واحدة.
app-recovery-confirm = كتبتُ مفتاح الاسترداد وحفظته في مكان آمن.
app-sign-in-title = تسجيل الدخول
app-sign-in-submit = تسجيل الدخول
app-pin-hint = ٦ أحرف على الأقل. يجب عدم مشاركته مع أي شخص.
app-field-site = اسم المركز الصحي
app-field-username = اسم المستخدم
app-field-name = الاسم الكامل
app-field-pin = رمز PIN
app-field-pin-again = إعادة إدخال رمز PIN
app-field-role = الدور
app-field-staff-language = لغة الشاشات

## Members
app-members-title = الأعضاء
app-members-search = البحث بالاسم أو رقم عضوية MassHealth أو رقم الملف الطبي أو تاريخ الميلاد
app-members-recent = الأعضاء الذين تعاملت معهم مؤخرًا
app-members-none-yet = لا يوجد أعضاء تعاملت معهم مؤخرًا. يمكن البحث في الأعلى، أو إضافة عضو.
app-members-found = { $count ->
    [zero] لم يتم العثور على أي عضو
    [one] تم العثور على عضو واحد
    [two] تم العثور على عضوين
    [few] تم العثور على { $count } أعضاء
    [many] تم العثور على { $count } عضوًا
   *[other] تم العثور على { $count } عضو
}
app-members-too-many = عدد الأعضاء الذين تم العثور عليهم أكثر من { $count }: يجب كتابة جزء أكبر من الاسم.
app-members-add = إضافة عضو
app-members-save = حفظ بيانات العضو
app-duplicates-found = يبدو أن هؤلاء الأعضاء هم الشخص نفسه. يمكن فتح ملف أحدهم، أو إضافة عضو جديد إذا كان هذا شخصًا آخر.
app-duplicates-add-anyway = هذا شخص آخر: إضافة عضو جديد
app-dob = تاريخ الميلاد
app-masshealth-id = رقم عضوية MassHealth
app-mrn = رقم الملف الطبي
app-field-given-name = الاسم الأول
app-field-family-name = اسم العائلة
app-field-date-of-birth = تاريخ الميلاد
app-field-masshealth-id = رقم عضوية MassHealth (اختياري)
app-field-mrn = رقم الملف الطبي (اختياري)

## Member profile
app-demographics-title = ما أخبرنا به العضو عن نفسه
app-topic = الموضوع
app-state = الحالة
app-answer = الإجابة
app-asked-on = تاريخ السؤال
app-proxy = أجاب عنه شخص آخر
app-topic-race-ethnicity = العرق والأصل الإثني
app-topic-language = اللغة
app-topic-disability = الإعاقة
app-topic-sexual-orientation = التوجه الجنسي
app-topic-gender-identity = الهوية الجندرية
app-topic-sex-at-birth = الجنس المسجَّل عند الولادة
app-topic-pronouns = الضمائر
app-state-answered = أجاب
app-state-declined = فضّل عدم الإجابة
app-state-unknown = لم يعرف
app-state-never-asked = لم يُسأل أبدًا
app-state-stale = مضى عليها أكثر من سنة
app-history-title = الفحوصات
app-history-none = لا توجد فحوصات بعد.
app-drafts-title = فحوصات غير مكتملة
app-resume = استئناف
app-needs-title = الاحتياجات
app-needs-none = لم يتم التعرّف على أي احتياج حتى الآن.
app-need-discreet = احتياج حساس
app-opened-on = تم التعرّف عليه بتاريخ
app-follow-up-add = تسجيل متابعة

## Starting a screening
app-start-title = بدء فحص
app-start-submit = بدء
app-field-instruments = الاستبيانات
app-field-member-language = لغة العضو
app-field-mode = طريقة الفحص
app-mode-in-person = بالحضور شخصيًا
app-mode-phone = بالهاتف
app-mode-video = بالفيديو
app-field-interpreter = يساعد مترجم فوري في الفحص
app-field-respondent = من يجيب
app-respondent-self = العضو
app-respondent-proxy = شخص آخر نيابةً عن العضو (أحد الوالدين، أو مقدّم رعاية)
app-field-relationship = صلة هذا الشخص بالعضو
app-field-consent = موافقة العضو

## Screening
app-screening-for = فحص العضو
app-question-position = السؤال { $n } من { $total }
app-progress = تمت الإجابة عن { $answered } من { $total }
app-steps-label = الأسئلة
app-back = السابق
app-next = التالي
app-finish = إنهاء وحفظ
app-save-close = إغلاق (الإجابات محفوظة)
app-discard = حذف هذا الفحص
app-discard-confirm = حذف جميع إجابات هذا الفحص؟ لا يمكن التراجع عن ذلك.

## Results
app-results-title = النتائج
app-results-none = لا توجد نتائج لعرضها.
app-safe-to-talk = العضو وحده والحديث آمن
app-to-profile = العودة إلى ملف العضو
app-summary-print = ملخص للعضو
app-summary-open = فتح الملخص
app-print = طباعة أو حفظ بصيغة PDF

## The printed summary, in the member's language
app-summary-title = ملخص الفحص الخاص بك
app-summary-intro = شكرًا لإجابتك عن أسئلتنا. هذا ملخص لما تكلمنا عنه، ولما سيحدث بعد ذلك.
app-summary-none = لم تذكر إجاباتك اليوم أي احتياج. يمكنك الكلام معنا في أي وقت.
app-summary-footer = إجاباتك سرية. فهي تساعد مركزك الصحي وبرنامج MassHealth على تقديم رعاية أفضل لك. إذا كانت لديك أسئلة، يمكنك الاتصال بمركزك الصحي.
app-summary-explain-housing-instability = ربما أنت بحاجة إلى مساعدة للمحافظة على مسكنك أو لإيجاد مسكن.
app-summary-explain-housing-quality = ربما توجد في مسكنك مشكلات قد تؤثر على صحتك.
app-summary-explain-food = ربما أنت بحاجة إلى مساعدة للحصول على ما يكفي من الطعام.
app-summary-explain-transportation = ربما أنت بحاجة إلى مساعدة في المواصلات للوصول إلى الرعاية الصحية أو العمل أو لقضاء أمورك.
app-summary-explain-utilities = ربما أنت بحاجة إلى مساعدة في دفع فواتير الكهرباء أو الغاز أو وقود التدفئة أو الماء.
app-summary-explain-interpersonal-safety = يمكننا الكلام عن سلامتك متى أردت.
app-summary-explain-financial-strain = ربما أنت بحاجة إلى مساعدة في دفع تكاليف حاجاتك الأساسية.
app-summary-explain-employment = قد تفيدك المساعدة في إيجاد عمل أو المحافظة عليه.
app-summary-explain-family-community-support = قد تفيدك مساعدة أكثر في البيت، أو وقت أطول مع الآخرين.
app-summary-explain-education = قد تفيدك المساعدة في الدراسة أو في التدريب المهني.
app-summary-explain-physical-activity = زيادة حركة جسمك يمكن أن تفيد صحتك.
app-summary-explain-substance-use = يمكننا الكلام عن الكحول أو التبغ أو المخدرات متى أردت.
app-summary-explain-mental-health = قد يفيدك الكلام مع شخص عن مشاعرك.
app-summary-explain-disabilities = قد تفيدك المساعدة في الأعمال اليومية.
app-summary-explain-digital-access = ربما أنت بحاجة إلى مساعدة للحصول على إنترنت أو جهاز للمواعيد الطبية بالفيديو.
app-summary-explain-digital-literacy = قد تفيدك المساعدة في تعلّم استخدام المواعيد الطبية بالفيديو.

## Supervisor
app-supervisor-title = اليوم
app-team-work = عمل كل موظف
app-staff = الموظف
app-screenings = الفحوصات
app-members-screened = الأعضاء
app-needs-opened = الاحتياجات التي تم التعرّف عليها
app-incomplete-title = فحوصات غير مكتملة
app-unfollowed-title = احتياجات بدون متابعة
app-users-title = المستخدمون
app-add-user = إضافة مستخدم
app-reset-pin = إعادة تعيين رمز PIN
app-deactivate = تعطيل
app-inactive = معطَّل
app-site-settings = إعدادات الموقع
app-setting-idle-lock-seconds = قفل الشاشة بعد هذا العدد من الثواني بدون استخدام
app-setting-sogi-min-age = أصغر عمر تُطرح فيه أسئلة التوجه الجنسي والهوية الجندرية

## Settings
app-text-size = حجم النص
app-about = حول البرنامج
app-language = اللغة
app-translation-status = الترجمة

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = الشاشة مقفلة. يُرجى تسجيل الدخول من جديد: لم يضِع أي شيء.
app-error-pin-mismatch = رمزا PIN غير متطابقين.
app-error-preferences = تعذّر حفظ هذا الإعداد على هذا الكمبيوتر.
app-error-date-of-birth = يجب إدخال تاريخ الميلاد كاملًا.
app-error-member-name = يجب إدخال الاسم الأول أو اسم العائلة.
app-error-member-date-of-birth = لا يمكن أن يكون تاريخ الميلاد في المستقبل.
app-error-member-masshealth-id = رقم عضوية MassHealth يتكون من أحرف وأرقام فقط.
app-error-member-language = يجب اختيار لغة العضو.
app-error-mode = يجب اختيار طريقة إجراء الفحص.
app-error-respondent = يجب اختيار من يجيب.
app-error-proxy-relationship = يجب ذكر من يجيب نيابةً عن العضو.
app-error-consent = يجب أن يوافق العضو قبل طرح أي سؤال.
app-error-instruments = يجب اختيار استبيان واحد على الأقل.
app-error-answer = هذه الإجابة لا تناسب السؤال. يُرجى الاختيار مرة أخرى.
app-error-answer-exclusive = لا يمكن اختيار هذه الإجابة مع الإجابات الأخرى.
app-error-answer-range = هذا الرقم خارج النطاق الذي يسمح به السؤال.
app-error-required-unanswered = يجب الإجابة عن هذا السؤال، أو اختيار «أفضّل عدم الإجابة»، قبل الإنهاء.
app-error-follow-up-status = يجب اختيار ما حدث بخصوص هذا الاحتياج.
app-error-role = يجب اختيار دور.
app-error-setting = هذه القيمة خارج النطاق المسموح به.

# The supervisor's sync screen.
app-sync-title = المزامنة مع الخادم المركزي لمنظمة ACO
app-sync-not-enrolled = هذا الجهاز غير مسجَّل بعد لدى أي خادم مركزي. يجب إدخال عنوان الخادم المركزي والرمز الصالح لمرة واحدة الذي قدّمته منظمة ACO.
app-sync-hub-url = عنوان الخادم المركزي
app-sync-code = رمز التسجيل
app-sync-enroll = تسجيل هذا الجهاز
app-sync-enrolled = مسجَّل لدى { $url } للموقع { $site }.
app-sync-unsent = { $count ->
    [zero] لا توجد سجلات بانتظار الإرسال.
    [one] يوجد سجل واحد بانتظار الإرسال.
    [two] يوجد سجلان بانتظار الإرسال.
    [few] توجد { $count } سجلات بانتظار الإرسال.
    [many] يوجد { $count } سجلًا بانتظار الإرسال.
   *[other] يوجد { $count } سجل بانتظار الإرسال.
}
app-sync-all-sent = وصلت كل البيانات إلى الخادم المركزي.
app-sync-now = المزامنة الآن
app-sync-sending = جارٍ إرسال السجلات: { $sent } من { $total }
app-sync-finished = { $records ->
    [zero] اكتمل الإرسال: لم يتم إرسال أي سجل.
    [one] اكتمل الإرسال: تم إرسال سجل واحد وأكّد الخادم المركزي استلامه.
    [two] اكتمل الإرسال: تم إرسال سجلين وأكّد الخادم المركزي استلامهما.
    [few] اكتمل الإرسال: تم إرسال { $records } سجلات وأكّد الخادم المركزي استلامها.
    [many] اكتمل الإرسال: تم إرسال { $records } سجلًا وأكّد الخادم المركزي استلامها.
   *[other] اكتمل الإرسال: تم إرسال { $records } سجل وأكّد الخادم المركزي استلامها.
}
app-sync-history = عمليات المزامنة الأخيرة
app-sync-started = وقت البدء
app-sync-by = المستخدم
app-sync-records = السجلات
app-sync-receipts = إيصالات الاستلام الموقّعة
app-sync-result = النتيجة
app-sync-ok = اكتملت
app-sync-receipt = الدفعة { $sequence }: عدد السجلات { $count }
