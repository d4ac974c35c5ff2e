# Arabic (ar) draft translation of the AHC HRSN supplemental questions; to be checked with an interpreter.

ahc-supp-title = الاحتياجات الاجتماعية المرتبطة بالصحة (أسئلة إضافية)
ahc-supp-financial-strain = ما مدى صعوبة دفع تكاليف الأشياء الأساسية جدًا بالنسبة لك، مثل الطعام والسكن والرعاية الطبية والتدفئة؟
ahc-supp-financial-strain-very-hard = صعب جدًا
ahc-supp-financial-strain-somewhat-hard = صعب إلى حدٍّ ما
ahc-supp-financial-strain-not-hard = ليس صعبًا أبدًا
ahc-supp-employment = هل تريد مساعدة في إيجاد عمل أو وظيفة، أو في المحافظة عليه؟
ahc-supp-employment-finding = نعم، مساعدة في إيجاد عمل
ahc-supp-employment-keeping = نعم، مساعدة في المحافظة على العمل
ahc-supp-employment-no-help = لا أحتاج إلى مساعدة ولا أريدها
ahc-supp-daily-help = إذا احتجت لأي سبب إلى مساعدة في الأنشطة اليومية، مثل الاستحمام أو تحضير الطعام أو التسوّق أو تدبير أمورك المالية وغير ذلك، هل تحصل على المساعدة التي تحتاجها؟
ahc-supp-daily-help-no-need = لا أحتاج إلى أي مساعدة
ahc-supp-daily-help-all-help = أحصل على كل المساعدة التي أحتاجها
ahc-supp-daily-help-little-more = أحتاج إلى مساعدة أكثر بقليل
ahc-supp-daily-help-lot-more = أحتاج إلى مساعدة أكثر بكثير
ahc-supp-loneliness = كم مرة تشعر بالوحدة أو بالعزلة عن الناس من حولك؟
ahc-supp-loneliness-never = أبدًا
ahc-supp-loneliness-rarely = نادرًا
ahc-supp-loneliness-sometimes = أحيانًا
ahc-supp-loneliness-often = كثيرًا
ahc-supp-loneliness-always = دائمًا
ahc-supp-other-language = هل تتكلم في البيت لغة غير اللغة الإنجليزية؟
ahc-supp-school-training = هل تريد مساعدة في الدراسة أو التدريب؟ مثلًا: بدء تدريب مهني أو إكماله، أو الحصول على شهادة الثانوية العامة، أو شهادة GED، أو شهادة تعادلها.
ahc-supp-exercise-days = خلال الـ ٣٠ يومًا الماضية، وبخلاف الأنشطة التي قمت بها في عملك، كم يومًا في الأسبوع مارست في المتوسط تمارين رياضية متوسطة الشدة (مثل المشي السريع، أو الجري، أو الركض الخفيف، أو الرقص، أو السباحة، أو ركوب الدراجة، أو أنشطة أخرى مشابهة)؟
ahc-supp-exercise-minutes = في المتوسط، كم دقيقة كنت تقضي عادةً في ممارسة الرياضة بهذه الشدة في يوم واحد من تلك الأيام؟
ahc-supp-exercise-days-unit = { $count ->
    [zero] { $count } يوم في الأسبوع
    [one] يوم واحد في الأسبوع
    [two] يومان في الأسبوع
    [few] { $count } أيام في الأسبوع
    [many] { $count } يومًا في الأسبوع
   *[other] { $count } يوم في الأسبوع
}
ahc-supp-exercise-minutes-unit = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
ahc-supp-alcohol = كم مرة خلال الـ ١٢ شهرًا الماضية شربت ٥ مشروبات كحولية أو أكثر في يوم واحد (للرجال)، أو ٤ مشروبات كحولية أو أكثر في يوم واحد (للنساء)؟ المشروب الواحد هو ١٢ أونصة من البيرة، أو ٥ أونصات من النبيذ، أو ١٫٥ أونصة من المشروبات الكحولية القوية (نسبة الكحول فيها ٤٠٪).
ahc-supp-tobacco = كم مرة خلال الـ ١٢ شهرًا الماضية استخدمت منتجات التبغ (مثل السجائر، أو السيجار، أو السعوط، أو تبغ المضغ، أو السجائر الإلكترونية)؟
ahc-supp-prescription-misuse = كم مرة خلال السنة الماضية استخدمت أدوية تُصرف بوصفة طبية لأسباب غير طبية؟
ahc-supp-illegal-drugs = كم مرة خلال السنة الماضية استخدمت مخدرات غير قانونية؟
ahc-supp-substance-never = أبدًا
ahc-supp-substance-once-or-twice = مرة أو مرتين
ahc-supp-substance-monthly = كل شهر
ahc-supp-substance-weekly = كل أسبوع
ahc-supp-substance-daily = كل يوم أو تقريبًا كل يوم
ahc-supp-little-interest = خلال الأسبوعين الماضيين، كم مرة عانيت من قلة الاهتمام أو المتعة في القيام بالأشياء؟
ahc-supp-feeling-down = خلال الأسبوعين الماضيين، كم مرة عانيت من الشعور بالإحباط أو الاكتئاب أو اليأس؟
ahc-supp-phq-not-at-all = أبدًا
ahc-supp-phq-several-days = عدة أيام
ahc-supp-phq-more-than-half = أكثر من نصف الأيام
ahc-supp-phq-nearly-every-day = تقريبًا كل يوم
ahc-supp-stress = الضغط النفسي يعني حالة يشعر فيها الشخص بالتوتر، أو بعدم الراحة، أو بالعصبية، أو بالقلق، أو لا يستطيع النوم في الليل لأن باله مشغول طوال الوقت. هل تشعر بهذا النوع من الضغط النفسي هذه الأيام؟
ahc-supp-stress-not-at-all = لا أشعر به أبدًا
ahc-supp-stress-a-little = قليلًا
ahc-supp-stress-somewhat = إلى حدٍّ ما
ahc-supp-stress-quite-a-bit = كثيرًا
ahc-supp-stress-very-much = كثيرًا جدًا
ahc-supp-concentrating = بسبب حالة جسدية أو ذهنية أو نفسية، هل لديك صعوبة كبيرة في التركيز أو التذكّر أو اتخاذ القرارات؟
ahc-supp-errands = بسبب حالة جسدية أو ذهنية أو نفسية، هل لديك صعوبة في الخروج وحدك لقضاء أمورك، مثل زيارة عيادة الطبيب أو التسوّق؟
