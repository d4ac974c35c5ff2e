# Simplified Chinese (zh-Hans) draft of ahc-supp.ftl: AHC HRSN supplemental questions (2018 wording); to be checked with an interpreter.

ahc-supp-title = 与健康相关的社会需求（更多问题）
ahc-supp-financial-strain = 支付最基本的生活开支，例如食物、住房、医疗和取暖，对您来说有多困难？
ahc-supp-financial-strain-very-hard = 非常困难
ahc-supp-financial-strain-somewhat-hard = 有些困难
ahc-supp-financial-strain-not-hard = 一点也不困难
ahc-supp-employment = 您是否希望有人帮助您找工作或保住工作？
ahc-supp-employment-finding = 是，希望有人帮我找工作
ahc-supp-employment-keeping = 是，希望有人帮我保住工作
ahc-supp-employment-no-help = 我不需要也不想要帮助
ahc-supp-daily-help = 如果您因任何原因，在日常活动上需要帮助，例如洗澡、做饭、购物、管理财务等，您是否得到所需的帮助？
ahc-supp-daily-help-no-need = 我不需要任何帮助
ahc-supp-daily-help-all-help = 我得到所需的全部帮助
ahc-supp-daily-help-little-more = 我还需要多一点帮助
ahc-supp-daily-help-lot-more = 我还需要多很多帮助
ahc-supp-loneliness = 您有多经常感到孤独，或感到与身边的人疏远、隔绝？
ahc-supp-loneliness-never = 从不
ahc-supp-loneliness-rarely = 很少
ahc-supp-loneliness-sometimes = 有时
ahc-supp-loneliness-often = 经常
ahc-supp-loneliness-always = 总是
ahc-supp-other-language = 您在家里是否说英语以外的语言？
ahc-supp-school-training = 您是否希望在上学或培训方面得到帮助？例如：开始或完成职业培训，或者获得高中文凭、GED（高中同等学历证书）或同等学历。
ahc-supp-exercise-days = 在过去30天内，除了工作时的活动之外，您平均每周有几天做中等强度的运动（例如快走、跑步、慢跑、跳舞、游泳、骑自行车，或其他类似的活动）？
ahc-supp-exercise-minutes = 在做这种运动的日子里，您平均每天通常以这种强度运动多少分钟？
ahc-supp-exercise-days-unit = { $count ->
   *[other] 每周 { $count } 天
}
ahc-supp-exercise-minutes-unit = { $count ->
   *[other] { $count } 分钟
}
ahc-supp-alcohol = 在过去12个月内，您有多少次在一天内喝了5杯或以上的酒（男性），或在一天内喝了4杯或以上的酒（女性）？一杯酒是指12盎司（约355毫升）啤酒、5盎司（约150毫升）葡萄酒，或1.5盎司（约45毫升）80 proof（酒精度40%）的烈酒。
ahc-supp-tobacco = 在过去12个月内，您有多少次使用烟草制品（例如香烟、雪茄、鼻烟、嚼烟、电子烟）？
ahc-supp-prescription-misuse = 在过去一年内，您有多少次因为非医疗原因使用处方药？
ahc-supp-illegal-drugs = 在过去一年内，您有多少次使用非法药物（毒品）？
ahc-supp-substance-never = 从不
ahc-supp-substance-once-or-twice = 一两次
ahc-supp-substance-monthly = 每月
ahc-supp-substance-weekly = 每周
ahc-supp-substance-daily = 每天或几乎每天
ahc-supp-little-interest = 在过去2周内，您有多经常因为做事提不起劲或没有乐趣而感到困扰？
ahc-supp-feeling-down = 在过去2周内，您有多经常因为感到心情低落、沮丧或绝望而感到困扰？
ahc-supp-phq-not-at-all = 完全没有
ahc-supp-phq-several-days = 有几天
ahc-supp-phq-more-than-half = 一半以上的天数
ahc-supp-phq-nearly-every-day = 几乎每天
ahc-supp-stress = 压力是指一个人感到紧绷、坐立不安、紧张或焦虑，或因为心里总是有烦恼而晚上睡不着的情况。您最近有这种压力吗？
ahc-supp-stress-not-at-all = 完全没有
ahc-supp-stress-a-little = 一点点
ahc-supp-stress-somewhat = 有一些
ahc-supp-stress-quite-a-bit = 相当多
ahc-supp-stress-very-much = 非常多
ahc-supp-concentrating = 由于身体、精神或情绪方面的状况，您在集中注意力、记忆或做决定方面是否有严重困难？
ahc-supp-errands = 由于身体、精神或情绪方面的状况，您独自办事（例如去看医生或购物）是否有困难？
