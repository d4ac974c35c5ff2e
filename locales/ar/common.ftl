# Arabic (ar) draft translation of common.ftl; to be checked with an interpreter.

common-yes-no-yes = نعم
common-yes-no-no = لا

answer-asked-declined = أفضّل عدم الإجابة
answer-asked-unknown = لا أعرف
answer-not-asked = لم يُطرح السؤال
hint-choose-all = يمكنك اختيار كل ما ينطبق عليك.

domain-housing-instability = السكن
domain-housing-instability-explain = قد يفقد العضو مسكنه، أو ليس لديه مكان ثابت يعيش فيه.
domain-housing-quality = حالة المسكن
domain-housing-quality-explain = توجد مشكلات في مسكن العضو قد تضر بالصحة.
domain-food = الطعام
domain-food-explain = خلال الـ ١٢ شهرًا الماضية، قلق العضو من أن ينفد طعامه، أو نفد الطعام فعلًا.
domain-transportation = المواصلات
domain-transportation-explain = بسبب عدم توفر المواصلات، لم يتمكن العضو من الوصول إلى الرعاية الصحية أو العمل أو الأشياء التي يحتاجها.
domain-utilities = خدمات الكهرباء والغاز والماء
domain-utilities-explain = هددت شركة الكهرباء أو الغاز أو وقود التدفئة أو الماء بقطع الخدمة، أو قطعتها فعلًا.
domain-interpersonal-safety = الأمان
domain-interpersonal-safety-explain = قد يكون هناك شخص يؤذي العضو أو يهدده أو يهينه.
domain-financial-strain = المال للحاجات الأساسية
domain-financial-strain-explain = يصعب على العضو دفع تكاليف الطعام أو السكن أو الرعاية الطبية أو التدفئة.
domain-employment = العمل
domain-employment-explain = يريد العضو مساعدة في إيجاد عمل أو في المحافظة عليه.
domain-family-community-support = الدعم من الآخرين
domain-family-community-support-explain = يحتاج العضو إلى مساعدة أكثر في أنشطته اليومية، أو يشعر بالوحدة كثيرًا.
domain-education = الدراسة والتدريب
domain-education-explain = يريد العضو مساعدة في الدراسة أو في التدريب المهني.
domain-physical-activity = النشاط البدني
domain-physical-activity-explain = يمارس العضو الرياضة أقل من ١٥٠ دقيقة في الأسبوع.
domain-substance-use = الكحول والتبغ والمخدرات
domain-substance-use-explain = ذكر العضو استعمالًا قد يكون من المفيد الحديث عنه.
domain-mental-health = الصحة النفسية
domain-mental-health-explain = شعر العضو بالحزن أو فقد الاهتمام بالأشياء، أو يشعر بضغط نفسي كبير.
domain-disabilities = الإعاقة
domain-disabilities-explain = يجد العضو صعوبة كبيرة في التركيز، أو في الخروج وحده لقضاء أموره.
domain-digital-access = الإنترنت والأجهزة
domain-digital-access-explain = ليس لدى العضو إنترنت يُعتمد عليه أو جهاز للمواعيد الطبية بالفيديو.
domain-digital-literacy = الثقة في استخدام التكنولوجيا
domain-digital-literacy-explain = العضو غير واثق من استخدام المواعيد الطبية بالفيديو، ولا يوجد من يساعده.

outcome-positive = يوجد احتياج
outcome-negative = لا يوجد احتياج
outcome-not-scored = لم تُحسب النتيجة: بعض الإجابات ناقصة

flag-homelessness = ليس لدى العضو مكان ثابت يعيش فيه (بلا مأوى).
safety-discreet-prompt = قبل الحديث عن هذا، يجب التأكد من أن العضو وحده وأن الحديث آمن.

translation-status-reference = النص المرجعي
translation-status-draft = ترجمة أولية: يجب مراجعة الصياغة مع مترجم فوري
translation-status-reviewed = تمت المراجعة من قِبل { $reviewer } بتاريخ { $date }

role-chw = عامل صحة مجتمعية
role-navigator = مرشد الرعاية الصحية عن بُعد
role-supervisor = مشرف

permission-find-members = البحث عن الأعضاء
permission-view-member = عرض بيانات عضو
permission-edit-member = إضافة عضو أو تعديل بياناته
permission-record-response = تسجيل فحص
permission-record-follow-up = تسجيل متابعة
permission-retract-any-response = وضع علامة «أُدخلت خطأً» على استمارة فحص سجّلها شخص آخر
permission-manage-users = إدارة المستخدمين
permission-backup = إنشاء نسخة احتياطية
permission-restore = استعادة نسخة احتياطية
permission-verify-store = التحقق من مخزن البيانات
permission-review-team = مراجعة عمل الفريق
permission-import-members = استيراد أعضاء أو بيانات تجريبية
permission-sync = المزامنة مع الخادم المركزي
