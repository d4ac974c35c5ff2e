# Japanese (ja) draft of ahc-supp.ftl: AHC HRSN supplemental questions (2018 wording); to be checked with an interpreter.

ahc-supp-title = 健康に関わる社会的ニーズ（追加の質問）
ahc-supp-financial-strain = 食べ物、住まい、医療、暖房など、生活にどうしても必要なものの支払いは、あなたにとってどのくらい大変ですか？
ahc-supp-financial-strain-very-hard = とても大変
ahc-supp-financial-strain-somewhat-hard = やや大変
ahc-supp-financial-strain-not-hard = まったく大変ではない
ahc-supp-employment = 仕事を見つけること、または続けることについて、支援を希望しますか？
ahc-supp-employment-finding = はい、仕事を見つけるための支援を希望する
ahc-supp-employment-keeping = はい、仕事を続けるための支援を希望する
ahc-supp-employment-no-help = 支援は必要なく、希望もしない
ahc-supp-daily-help = 何らかの理由で、入浴、食事の準備、買い物、お金の管理など、日常の活動に手助けが必要な場合、必要な手助けを受けられていますか？
ahc-supp-daily-help-no-need = 手助けはまったく必要ない
ahc-supp-daily-help-all-help = 必要な手助けはすべて受けている
ahc-supp-daily-help-little-more = もう少し手助けがあるとよい
ahc-supp-daily-help-lot-more = もっとたくさんの手助けが必要だ
ahc-supp-loneliness = 孤独を感じたり、周りの人から孤立していると感じたりすることは、どのくらいありますか？
ahc-supp-loneliness-never = 全くない
ahc-supp-loneliness-rarely = めったにない
ahc-supp-loneliness-sometimes = ときどきある
ahc-supp-loneliness-often = よくある
ahc-supp-loneliness-always = いつもある
ahc-supp-other-language = 家庭で英語以外の言語を話しますか？
ahc-supp-school-training = 学校や職業訓練について、支援を希望しますか？たとえば、職業訓練を始めたり修了したりすること、または高校の卒業資格、GED（高校卒業程度認定）やそれと同等の資格を取ることです。
ahc-supp-exercise-days = 過去30日の間に、仕事での活動以外で、平均して週に何日、中程度の運動（早歩き、ランニング、ジョギング、ダンス、水泳、自転車、その他の同じような活動など）をしましたか？
ahc-supp-exercise-minutes = そのような運動をした日には、平均して、ふだん1日に何分くらいこの程度の運動をしましたか？
ahc-supp-exercise-days-unit = { $count ->
   *[other] 週 { $count } 日
}
ahc-supp-exercise-minutes-unit = { $count ->
   *[other] { $count } 分
}
ahc-supp-alcohol = 過去12か月の間に、1日に5杯以上（男性）、または1日に4杯以上（女性）お酒を飲んだことは何回ありますか？1杯とは、ビール12オンス（約355ml）、ワイン5オンス（約150ml）、または80プルーフ（アルコール度数40%）の蒸留酒1.5オンス（約45ml）のことです。
ahc-supp-tobacco = 過去12か月の間に、たばこ製品（紙巻きたばこ、葉巻、嗅ぎたばこ、噛みたばこ、電子たばこなど）を使ったことは何回ありますか？
ahc-supp-prescription-misuse = 過去1年の間に、医療以外の目的で処方薬を使ったことは何回ありますか？
ahc-supp-illegal-drugs = 過去1年の間に、違法な薬物を使ったことは何回ありますか？
ahc-supp-substance-never = 全くない
ahc-supp-substance-once-or-twice = 1～2回
ahc-supp-substance-monthly = 毎月
ahc-supp-substance-weekly = 毎週
ahc-supp-substance-daily = 毎日またはほぼ毎日
ahc-supp-little-interest = 過去2週間に、物事に対してほとんど興味がない、または楽しめないという問題に、どのくらい頻繁に悩まされましたか？
ahc-supp-feeling-down = 過去2週間に、気分が落ち込む、憂うつになる、または絶望的な気持ちになるという問題に、どのくらい頻繁に悩まされましたか？
ahc-supp-phq-not-at-all = 全くない
ahc-supp-phq-several-days = 数日
ahc-supp-phq-more-than-half = 半分以上の日
ahc-supp-phq-nearly-every-day = ほとんど毎日
ahc-supp-stress = ストレスとは、緊張したり、落ち着かなかったり、神経質になったり、不安になったりする状態、または心配事がいつも頭から離れず、夜眠れない状態のことです。最近、このようなストレスを感じていますか？
ahc-supp-stress-not-at-all = 全くない
ahc-supp-stress-a-little = 少しある
ahc-supp-stress-somewhat = ある程度ある
ahc-supp-stress-quite-a-bit = かなりある
ahc-supp-stress-very-much = とてもある
ahc-supp-concentrating = 体、精神、または感情の状態のために、集中すること、覚えておくこと、または物事を決めることに深刻な困難がありますか？
ahc-supp-errands = 体、精神、または感情の状態のために、医院に行く、買い物をするなどの用事を一人で済ませることが困難ですか？
