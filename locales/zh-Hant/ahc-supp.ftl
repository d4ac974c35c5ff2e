# Traditional Chinese (zh-Hant) draft of ahc-supp.ftl: AHC HRSN supplemental questions (2018 wording); to be checked with an interpreter.

ahc-supp-title = 與健康相關的社會需求（更多問題）
ahc-supp-financial-strain = 支付最基本的生活開支，例如食物、住屋、醫療和暖氣，對您來說有多困難？
ahc-supp-financial-strain-very-hard = 非常困難
ahc-supp-financial-strain-somewhat-hard = 有些困難
ahc-supp-financial-strain-not-hard = 一點也不困難
ahc-supp-employment = 您是否希望有人協助您找工作或保住工作？
ahc-supp-employment-finding = 是，希望有人協助我找工作
ahc-supp-employment-keeping = 是，希望有人協助我保住工作
ahc-supp-employment-no-help = 我不需要也不想要協助
ahc-supp-daily-help = 如果您因任何原因，在日常活動上需要幫助，例如洗澡、做飯、購物、管理財務等，您是否得到所需的幫助？
ahc-supp-daily-help-no-need = 我不需要任何幫助
ahc-supp-daily-help-all-help = 我得到所需的全部幫助
ahc-supp-daily-help-little-more = 我還需要多一點幫助
ahc-supp-daily-help-lot-more = 我還需要多很多幫助
ahc-supp-loneliness = 您有多常感到孤單，或感到與身邊的人疏遠、隔絕？
ahc-supp-loneliness-never = 從不
ahc-supp-loneliness-rarely = 很少
ahc-supp-loneliness-sometimes = 有時
ahc-supp-loneliness-often = 經常
ahc-supp-loneliness-always = 總是
ahc-supp-other-language = 您在家裡是否說英語以外的語言？
ahc-supp-school-training = 您是否希望在上學或培訓方面獲得協助？例如：開始或完成職業培訓，或取得高中文憑、GED（高中同等學歷證書）或同等學歷。
ahc-supp-exercise-days = 在過去30天內，除了工作時的活動之外，您平均每週有幾天做中等強度的運動（例如快走、跑步、慢跑、跳舞、游泳、騎自行車，或其他類似的活動）？
ahc-supp-exercise-minutes = 在做這種運動的日子裡，您平均每天通常以這種強度運動多少分鐘？
ahc-supp-exercise-days-unit = { $count ->
   *[other] 每週 { $count } 天
}
ahc-supp-exercise-minutes-unit = { $count ->
   *[other] { $count } 分鐘
}
ahc-supp-alcohol = 在過去12個月內，您有多少次在一天內喝了5杯或以上的酒（男性），或在一天內喝了4杯或以上的酒（女性）？一杯酒是指12盎司（約355毫升）啤酒、5盎司（約150毫升）葡萄酒，或1.5盎司（約45毫升）80 proof（酒精濃度40%）的烈酒。
ahc-supp-tobacco = 在過去12個月內，您有多少次使用菸草產品（例如香菸、雪茄、鼻菸、嚼菸、電子菸）？
ahc-supp-prescription-misuse = 在過去一年內，您有多少次因為非醫療原因使用處方藥？
ahc-supp-illegal-drugs = 在過去一年內，您有多少次使用非法藥物（毒品）？
ahc-supp-substance-never = 從不
ahc-supp-substance-once-or-twice = 一兩次
ahc-supp-substance-monthly = 每月
ahc-supp-substance-weekly = 每週
ahc-supp-substance-daily = 每天或幾乎每天
ahc-supp-little-interest = 在過去2週內，您有多常因為做事提不起勁或沒有樂趣而感到困擾？
ahc-supp-feeling-down = 在過去2週內，您有多常因為感到心情低落、沮喪或絕望而感到困擾？
ahc-supp-phq-not-at-all = 完全沒有
ahc-supp-phq-several-days = 有幾天
ahc-supp-phq-more-than-half = 一半以上的天數
ahc-supp-phq-nearly-every-day = 幾乎每天
ahc-supp-stress = 壓力是指一個人感到緊繃、坐立不安、緊張或焦慮，或因為心裡總是有煩惱而晚上睡不著的情況。您最近有這種壓力嗎？
ahc-supp-stress-not-at-all = 完全沒有
ahc-supp-stress-a-little = 一點點
ahc-supp-stress-somewhat = 有一些
ahc-supp-stress-quite-a-bit = 相當多
ahc-supp-stress-very-much = 非常多
ahc-supp-concentrating = 由於身體、精神或情緒方面的狀況，您在集中注意力、記憶或做決定方面是否有嚴重困難？
ahc-supp-errands = 由於身體、精神或情緒方面的狀況，您獨自辦事（例如去看醫生或購物）是否有困難？
