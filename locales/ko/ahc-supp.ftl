# Korean (ko) draft of ahc-supp.ftl: AHC HRSN supplemental questions (2018 wording); to be checked with an interpreter.

ahc-supp-title = 건강 관련 사회적 필요(추가 질문)
ahc-supp-financial-strain = 음식, 주거, 의료, 난방 같은 아주 기본적인 것들의 비용을 내는 것이 귀하에게 얼마나 어렵습니까?
ahc-supp-financial-strain-very-hard = 매우 어려움
ahc-supp-financial-strain-somewhat-hard = 다소 어려움
ahc-supp-financial-strain-not-hard = 전혀 어렵지 않음
ahc-supp-employment = 일자리를 찾거나 유지하는 데 도움을 원하십니까?
ahc-supp-employment-finding = 예, 일자리를 찾는 데 도움을 원합니다
ahc-supp-employment-keeping = 예, 일자리를 유지하는 데 도움을 원합니다
ahc-supp-employment-no-help = 도움이 필요하지 않고 원하지도 않습니다
ahc-supp-daily-help = 어떤 이유로든 목욕, 식사 준비, 장보기, 돈 관리 등 일상 활동에 도움이 필요하다면, 필요한 도움을 받고 계십니까?
ahc-supp-daily-help-no-need = 도움이 전혀 필요하지 않습니다
ahc-supp-daily-help-all-help = 필요한 도움을 모두 받고 있습니다
ahc-supp-daily-help-little-more = 도움이 조금 더 있으면 좋겠습니다
ahc-supp-daily-help-lot-more = 훨씬 더 많은 도움이 필요합니다
ahc-supp-loneliness = 외롭다고 느끼거나 주변 사람들로부터 고립되었다고 느끼는 일이 얼마나 자주 있습니까?
ahc-supp-loneliness-never = 전혀 없음
ahc-supp-loneliness-rarely = 드물게
ahc-supp-loneliness-sometimes = 가끔
ahc-supp-loneliness-often = 자주
ahc-supp-loneliness-always = 항상
ahc-supp-other-language = 집에서 영어 이외의 언어를 사용하십니까?
ahc-supp-school-training = 학업이나 직업 훈련에 도움을 원하십니까? 예를 들어 직업 훈련을 시작하거나 마치는 것, 또는 고등학교 졸업장, GED(고졸 학력 인정) 또는 이와 같은 수준의 자격을 얻는 것입니다.
ahc-supp-exercise-days = 지난 30일 동안, 일하면서 한 활동을 빼고, 평균적으로 일주일에 며칠 동안 중간 강도의 운동(빠르게 걷기, 달리기, 조깅, 춤, 수영, 자전거 타기 또는 기타 비슷한 활동)을 하셨습니까?
ahc-supp-exercise-minutes = 그렇게 운동한 날에는 평균적으로 보통 하루에 몇 분 동안 이 정도 강도로 운동하셨습니까?
ahc-supp-exercise-days-unit = { $count ->
   *[other] 일주일에 { $count }일
}
ahc-supp-exercise-minutes-unit = { $count ->
   *[other] { $count }분
}
ahc-supp-alcohol = 지난 12개월 동안 하루에 5잔 이상(남성) 또는 하루에 4잔 이상(여성) 술을 마신 적이 몇 번 있습니까? 1잔은 맥주 12온스(약 355ml), 와인 5온스(약 150ml), 또는 80프루프(알코올 도수 40%) 증류주 1.5온스(약 45ml)입니다.
ahc-supp-tobacco = 지난 12개월 동안 담배 제품(궐련, 시가, 코담배, 씹는 담배, 전자 담배 등)을 사용한 적이 몇 번 있습니까?
ahc-supp-prescription-misuse = 지난 1년 동안 의료 목적이 아닌 이유로 처방약을 사용한 적이 몇 번 있습니까?
ahc-supp-illegal-drugs = 지난 1년 동안 불법 약물을 사용한 적이 몇 번 있습니까?
ahc-supp-substance-never = 전혀 없음
ahc-supp-substance-once-or-twice = 한두 번
ahc-supp-substance-monthly = 매달
ahc-supp-substance-weekly = 매주
ahc-supp-substance-daily = 매일 또는 거의 매일
ahc-supp-little-interest = 지난 2주 동안, 일을 하는 데 흥미나 즐거움을 거의 느끼지 못하는 문제로 얼마나 자주 불편을 겪으셨습니까?
ahc-supp-feeling-down = 지난 2주 동안, 기분이 가라앉거나, 우울하거나, 희망이 없다고 느끼는 문제로 얼마나 자주 불편을 겪으셨습니까?
ahc-supp-phq-not-at-all = 전혀 없음
ahc-supp-phq-several-days = 며칠 동안
ahc-supp-phq-more-than-half = 절반 이상의 날
ahc-supp-phq-nearly-every-day = 거의 매일
ahc-supp-stress = 스트레스란 긴장되거나, 안절부절못하거나, 초조하거나, 불안한 상태, 또는 늘 마음이 괴로워서 밤에 잠을 잘 수 없는 상태를 말합니다. 요즘 이런 스트레스를 느끼십니까?
ahc-supp-stress-not-at-all = 전혀 없음
ahc-supp-stress-a-little = 조금 있음
ahc-supp-stress-somewhat = 어느 정도 있음
ahc-supp-stress-quite-a-bit = 꽤 많이 있음
ahc-supp-stress-very-much = 매우 많이 있음
ahc-supp-concentrating = 신체적, 정신적 또는 정서적 상태 때문에 집중하거나, 기억하거나, 결정을 내리는 데 심각한 어려움이 있습니까?
ahc-supp-errands = 신체적, 정신적 또는 정서적 상태 때문에 병원 방문이나 장보기 같은 볼일을 혼자 보는 데 어려움이 있습니까?
