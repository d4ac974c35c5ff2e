# Arabic (ar) draft translation of cli.ftl; to be checked with an interpreter.

cli-error = intake: خطأ: { $message }
cli-internal-error = intake: خطأ داخلي؛ لم يُحفظ أي شيء آخر. يُرجى الإبلاغ عن هذا الخطأ.
cli-store-created = تم إنشاء مخزن البيانات في { $dir } للموقع { $site }.
cli-recovery-key-intro = مفتاح الاسترداد (يظهر مرة واحدة فقط؛ يجب كتابته وحفظه في مكان مقفل):
cli-demo-saved = حُفظ: رقم { $number }، العضو { $member }، الاستمارة { $response }
cli-demo-added = { $count ->
    [zero] لم تتم إضافة أي عضو تجريبي.
    [one] تمت إضافة عضو تجريبي واحد مع فحوصاته.
    [two] تمت إضافة عضوين تجريبيين مع فحوصاتهما.
    [few] تمت إضافة { $count } أعضاء تجريبيين مع فحوصاتهم.
    [many] تمت إضافة { $count } عضوًا تجريبيًا مع فحوصاتهم.
   *[other] تمت إضافة { $count } عضو تجريبي مع فحوصاتهم.
}
cli-found = { $count ->
    [zero] لم يتم العثور على أي نتيجة
    [one] تم العثور على نتيجة واحدة
    [two] تم العثور على نتيجتين
    [few] تم العثور على { $count } نتائج
    [many] تم العثور على { $count } نتيجة
   *[other] تم العثور على { $count } نتيجة
}
cli-duplicates = { $count ->
    [zero] لا يوجد عضو مسجَّل يبدو أنه الشخص نفسه
    [one] يوجد عضو مسجَّل واحد يبدو أنه الشخص نفسه (انظر القائمة أعلاه)؛ للإضافة رغم ذلك يمكن استخدام --force
    [two] يوجد عضوان مسجَّلان يبدو أنهما الشخص نفسه (انظر القائمة أعلاه)؛ للإضافة رغم ذلك يمكن استخدام --force
    [few] يوجد { $count } أعضاء مسجَّلين يبدو أنهم الشخص نفسه (انظر القائمة أعلاه)؛ للإضافة رغم ذلك يمكن استخدام --force
    [many] يوجد { $count } عضوًا مسجَّلًا يبدو أنهم الشخص نفسه (انظر القائمة أعلاه)؛ للإضافة رغم ذلك يمكن استخدام --force
   *[other] يوجد { $count } عضو مسجَّل يبدو أنهم الشخص نفسه (انظر القائمة أعلاه)؛ للإضافة رغم ذلك يمكن استخدام --force
}
cli-verify-ok = سليم: نجح التحقق من الصفحات ومن سلامة البيانات؛ سلسلة سجل التدقيق سليمة (عدد القيود: { $entries })؛ عدد الأعضاء: { $members }، عدد الاستمارات: { $responses }
cli-backup-written = تمت كتابة نسخة احتياطية مشفّرة في { $file } (الحجم: { $bytes } بايت).
cli-restored = تمت الاستعادة من { $file }: عدد الأعضاء { $members }، وعدد الاستمارات { $responses }.
cli-new-pin = تم تعيين رمز PIN جديد للمستخدم { $user }.
cli-user-added = تمت إضافة المستخدم { $user } ({ $role }).
cli-user-deactivated = تم تعطيل حساب المستخدم { $user }.
cli-outbox = في الانتظار: { $pending }
    تم التسليم: { $delivered }
cli-response-line = استمارة { $id } بتاريخ { $date }، { $instrument } باللغة { $locale }، سجّلها { $collector }: عدد الإجابات { $answers }{ $state }
cli-response-retracted = { " " }(أُدخلت خطأً)
cli-response-corrected = { " " }(مُصحَّحة)
cli-need-line = احتياج { $id }، { $domain }: { $status }
cli-user-active = نشط
cli-user-deactivated-state = معطَّل
cli-prompt-pin = رمز PIN للمستخدم { $user }:
cli-prompt-choose-pin = اختيار رمز PIN للمستخدم { $user }:
cli-prompt-new-pin = رمز PIN الجديد للمستخدم { $user }:
cli-prompt-recovery-key = مفتاح الاسترداد:
cli-need-user = يجب ضبط INTAKE_USER على اسم المستخدم الذي سيتم العمل باسمه
cli-no-value = لم تُعطَ أي قيمة: يجب ضبط { $var } أو كتابة القيمة عند الطلب
cli-no-data-dir = لم يُحدَّد --data-dir، ولا يوجد مجلد رئيسي للمستخدم لاستخدامه بشكل افتراضي
cli-read-failed = تعذّرت قراءة { $what }

error-not-initialized = لا يوجد مخزن بيانات Equity Intake في { $path }: يجب تشغيل «intake init» أولًا
error-already-initialized = المسار { $path } يحتوي بالفعل على مخزن بيانات Equity Intake
error-wrong-credentials = اسم المستخدم أو رمز PIN غير صحيح
error-locked-out = أُدخل رمز PIN خطأ مرات كثيرة لهذا المستخدم: يمكن المحاولة مرة أخرى بعد { $seconds } ث، أو طلب إعادة تعيين الرمز من المشرف
error-deactivated = تم تعطيل هذا الحساب: يُرجى التواصل مع المشرف
error-wrong-recovery-key = مفتاح الاسترداد غير صالح لمخزن البيانات هذا
error-forbidden = دورك ({ $role }) لا يسمح بهذا الإجراء: { $action }
error-not-found = لم يتم العثور على { $what }
error-what-member = العضو
error-what-user = المستخدم
error-what-response = الاستمارة
error-what-need = الاحتياج
error-what-draft = الفحص غير المكتمل
error-invalid = { $field }: { $reason }
error-field-name = الاسم
error-field-date-of-birth = تاريخ الميلاد
error-field-masshealth-id = رقم عضوية MassHealth
error-field-pin = رمز PIN
error-field-site = الموقع
error-field-user = المستخدم
error-field-consent = الموافقة
error-field-answers = الإجابات
error-field-supersedes = التصحيح
error-field-reason = السبب
error-field-response = الاستمارة
error-field-organization = المنظمة
error-field-file = الملف
error-field-instrument = الاستبيان
error-field-draft = الفحص
error-field-item = السؤال
error-reason-check-field = يُرجى التحقق من هذا الحقل
error-reason-pin-too-short = الحد الأدنى لعدد الأحرف: { $min }
error-reason-site-empty = يجب كتابة اسم المركز الصحي
error-reason-username-format = يجب استخدام أحرف أو أرقام أو «.» أو «_» أو «-» (٦٤ حرفًا كحد أقصى)
error-reason-username-taken = اسم المستخدم هذا مستخدم بالفعل
error-reason-recovery-needs-supervisor = لا يمكن استخدام مفتاح الاسترداد إلا لإعادة تعيين رمز PIN لمشرف نشط
error-reason-deactivate-self = لا يمكنك تعطيل حسابك
error-reason-no-consent = لم يوافق العضو على إجراء الفحص
error-reason-answered-twice = تمت الإجابة عن سؤال مرتين ({ $item })
error-reason-correction-other-member = يجب أن يحل التصحيح محل استمارة تخص العضو نفسه
error-reason-retraction-reason = يجب ذكر سبب إدخال الاستمارة خطأً
error-reason-already-retracted = الاستمارة عليها علامة «أُدخلت خطأً» من قبل
error-reason-referral-organization = يجب ذكر اسم المنظمة التي أُحيل إليها العضو
error-reason-path-not-utf8 = يحتوي المسار على أحرف لا يستطيع هذا النظام استخدامها
error-reason-unknown-instrument = هذا التطبيق لا يعرف هذا الاستبيان ({ $item })
error-reason-unknown-item = يوجد سؤال لا ينتمي إلى هذا الاستبيان ({ $item })
error-reason-wrong-kind = نوع القيمة في إحدى الإجابات غير صحيح ({ $item })
error-reason-unknown-option = إحدى الإجابات ليست من خيارات السؤال ({ $item })
error-reason-exclusive-option = لا يمكن اختيار «لا شيء» مع إجابات أخرى ({ $item })
error-reason-empty-choice = يجب اختيار إجابة واحدة على الأقل ({ $item })
error-reason-out-of-range = الرقم خارج النطاق المسموح به ({ $item })
error-reason-absent-not-offered = هذه الإجابة غير متاحة لهذا السؤال ({ $item })
error-reason-not-enabled = تمت الإجابة عن سؤال لا ينطبق ({ $item })
error-reason-required-missing = لا توجد إجابة عن سؤال إلزامي ({ $item })
error-reason-none-chosen = يجب اختيار استبيان واحد على الأقل
error-reason-already-saved = هذا الجزء من الفحص محفوظ بالفعل
error-reason-empty-text = الإجابة المكتوبة فارغة ({ $item })
error-disk-full = القرص ممتلئ أو لا تمكن الكتابة عليه: لم يُحفظ أي شيء؛ يجب تفريغ بعض المساحة ثم المحاولة مرة أخرى
error-corrupt = مخزن البيانات تالف أو ليس مخزن بيانات Equity Intake ({ $detail })؛ يجب الاستعادة من نسخة احتياطية
error-audit-broken = تم تغيير سجل التدقيق عند القيد { $seq }: { $reason }
error-not-a-backup = الملف { $path } ليس نسخة احتياطية من Equity Intake
error-io = خطأ في الملف { $path }: { $detail }
error-database = خطأ في قاعدة البيانات: { $detail }
