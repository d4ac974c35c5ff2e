# Arabic (ar) draft translation of consent.ftl; to be checked with an interpreter.

consent-title = قبل أن نبدأ
consent-screening = أودّ أن أطرح عليك بعض الأسئلة عن صحتك وحياتك. يمكنك ترك أي سؤال بدون إجابة. هل هذا مناسب لك؟
consent-share-for-referral = إذا عرفنا أنك بحاجة إلى مساعدة في أمر ما، هل لنا أن نشارك ذلك مع منظمة في المجتمع تستطيع مساعدتك؟

follow-up-title = المتابعة
follow-up-status = ماذا حدث بخصوص هذا الاحتياج؟
follow-up-status-open = مفتوح
follow-up-status-resource-given = قُدِّم مصدر مساعدة
follow-up-status-referred = تمت الإحالة
follow-up-status-declined-help = رفض العضو المساعدة
follow-up-status-already-getting-help = يحصل على المساعدة بالفعل
follow-up-status-resolved = تم الحل
follow-up-organization = إلى أي منظمة أُحيل العضو؟
follow-up-note = ملاحظة
