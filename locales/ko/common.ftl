# Korean (ko) draft of common.ftl: messages shared by every instrument and screen; to be checked with an interpreter.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = 예
common-yes-no-no = 아니요

answer-asked-declined = 응답하지 않음
answer-asked-unknown = 모름
answer-not-asked = 질문하지 않음
hint-choose-all = 해당하는 항목을 모두 선택하십시오.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = 주거
domain-housing-instability-explain = 회원이 집을 잃을 수 있거나, 안정적으로 살 곳이 없습니다.
domain-housing-quality = 주거 환경
domain-housing-quality-explain = 회원의 집에 건강을 해칠 수 있는 문제가 있습니다.
domain-food = 식품
domain-food-explain = 지난 12개월 동안 회원이 음식이 떨어질까 봐 걱정했거나, 음식이 떨어진 적이 있습니다.
domain-transportation = 교통
domain-transportation-explain = 교통수단이 없어서 회원이 진료를 받거나, 일하러 가거나, 필요한 것을 구하지 못했습니다.
domain-utilities = 전기·가스·수도 등 공공요금
domain-utilities-explain = 전기, 가스, 난방유 또는 수도 회사가 서비스를 끊겠다고 경고했거나, 이미 끊었습니다.
domain-interpersonal-safety = 신변 안전
domain-interpersonal-safety-explain = 누군가가 회원을 해치거나, 위협하거나, 모욕하고 있을 수 있습니다.
domain-financial-strain = 기본 생활비
domain-financial-strain-explain = 음식, 주거, 의료 또는 난방 비용을 내기가 어렵습니다.
domain-employment = 일자리
domain-employment-explain = 회원이 일자리를 찾거나 유지하는 데 도움을 원합니다.
domain-family-community-support = 주변의 지원
domain-family-community-support-explain = 회원이 일상 활동에 더 많은 도움이 필요하거나, 자주 외로움을 느낍니다.
domain-education = 학업 및 직업 훈련
domain-education-explain = 회원이 학업이나 직업 훈련에 도움을 원합니다.
domain-physical-activity = 신체 활동
domain-physical-activity-explain = 회원의 운동 시간이 일주일에 150분 미만입니다.
domain-substance-use = 술, 담배 및 약물
domain-substance-use-explain = 회원이 이야기를 나눠 볼 만한 사용 사실을 알려 주었습니다.
domain-mental-health = 정신 건강
domain-mental-health-explain = 회원이 기분이 가라앉았거나, 흥미를 잃었거나, 스트레스를 많이 느낍니다.
domain-disabilities = 장애
domain-disabilities-explain = 회원이 집중하거나 혼자 볼일을 보는 데 심각한 어려움이 있습니다.
domain-digital-access = 인터넷 및 기기
domain-digital-access-explain = 회원에게 화상 진료에 쓸 안정적인 인터넷이나 기기가 없습니다.
domain-digital-literacy = 기기 사용에 대한 자신감
domain-digital-literacy-explain = 회원이 화상 진료에 자신이 없고, 도와줄 사람도 없습니다.

outcome-positive = 필요 사항 있음
outcome-negative = 필요 사항 없음
outcome-not-scored = 판정할 수 없음: 일부 답변이 없습니다

flag-homelessness = 회원에게 안정적으로 살 곳이 없습니다(노숙 상태).
safety-discreet-prompt = 이 이야기를 하기 전에, 회원이 혼자 있고 안전하게 이야기할 수 있는지 확인하십시오.

translation-status-reference = 참조 원문
translation-status-draft = 번역 초안: 통역사와 함께 표현을 확인하십시오
translation-status-reviewed = { $date }에 { $reviewer } 검토 완료

role-chw = 지역사회 보건 요원
role-navigator = 원격 의료 안내원
role-supervisor = 감독자

permission-find-members = 회원 검색
permission-view-member = 회원 정보 보기
permission-edit-member = 회원 추가 또는 변경
permission-record-response = 선별 검사 기록
permission-record-follow-up = 후속 조치 기록
permission-retract-any-response = 다른 사람의 선별 검사를 잘못 입력된 것으로 표시
permission-manage-users = 사용자 관리
permission-backup = 백업 만들기
permission-restore = 백업 복원
permission-verify-store = 데이터 저장소 점검
permission-review-team = 팀의 작업 검토
permission-import-members = 회원 또는 데모 데이터 가져오기
permission-sync = 허브와 동기화
