# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Korean (ko) draft of app.ftl; to be checked with an interpreter.

app-title = Equity Intake
app-continue = 계속
app-cancel = 취소
app-save = 저장
app-none = 없음.
app-show = 보기
app-lock = 잠금
app-locked-notice = 화면이 잠겼습니다. 계속하려면 로그인하십시오.
app-nav-label = 주 메뉴
app-nav-members = 회원
app-nav-supervisor = 감독자
app-nav-settings = 설정
app-nav-sync = 동기화
app-for-staff = 직원용:
app-fallback-english = (아직 번역되지 않음: 영어로 표시)
app-translation-status-missing = 아직 번역되지 않음: 질문이 영어로 표시됩니다

## First run and sign-in
app-setup-title = Equity Intake 설정
app-setup-explain = 이 헬스 센터의 데이터 저장소와 첫 번째 감독자를 만드십시오. 모든 정보는 이 컴퓨터에 암호화되어 보관됩니다.
app-setup-submit = 데이터 저장소 만들기
app-recovery-title = 복구 키
app-recovery-explain = 감독자 모두가 PIN 번호를 잊어버리면, 이 키가 데이터 저장소에 다시 들어갈 수 있는 유일한 방법입니다. 키를 적어서 이 컴퓨터와 떨어진, 안전하고 잠긴 곳에 보관하십시오. 이 키는 한 번만 표시됩니다.
app-recovery-confirm = 복구 키를 적어서 안전하게 보관했습니다.
app-sign-in-title = 로그인
app-sign-in-submit = 로그인
app-pin-hint = 6자 이상. 다른 사람에게 알려 주지 마십시오.
app-field-site = 헬스 센터 이름
app-field-username = 사용자 이름
app-field-name = 성명
app-field-pin = PIN 번호
app-field-pin-again = PIN 번호 다시 입력
app-field-role = 역할
app-field-staff-language = 화면 언어

## Members
app-members-title = 회원
app-members-search = 이름, MassHealth 회원 번호, 기록 번호 또는 생년월일로 검색
app-members-recent = 최근에 만난 회원
app-members-none-yet = 최근 회원이 없습니다. 위에서 검색하거나 회원을 추가하십시오.
app-members-found = { $count ->
   *[other] 회원 { $count }명을 찾았습니다
}
app-members-too-many = 회원이 { $count }명 넘게 검색되었습니다: 이름을 더 입력하십시오.
app-members-add = 회원 추가
app-members-save = 회원 저장
app-duplicates-found = 이 회원들은 같은 사람으로 보입니다. 그중 한 명을 열거나, 다른 사람이라면 새 회원을 추가하십시오.
app-duplicates-add-anyway = 다른 사람입니다: 새 회원 추가
app-dob = 생년월일
app-masshealth-id = MassHealth 회원 번호
app-mrn = 기록 번호
app-field-given-name = 이름
app-field-family-name = 성
app-field-date-of-birth = 생년월일
app-field-masshealth-id = MassHealth 회원 번호(선택 사항)
app-field-mrn = 의무기록 번호(선택 사항)

## Member profile
app-demographics-title = 회원이 직접 알려 준 본인에 대한 정보
app-topic = 항목
app-state = 상태
app-answer = 답변
app-asked-on = 질문한 날짜
app-proxy = 다른 사람이 대신 답변함
app-topic-race-ethnicity = 인종 및 민족
app-topic-language = 언어
app-topic-disability = 장애
app-topic-sexual-orientation = 성적 지향
app-topic-gender-identity = 성별 정체성
app-topic-sex-at-birth = 출생 시 지정된 성별
app-topic-pronouns = 대명사
app-state-answered = 답변함
app-state-declined = 응답하지 않기로 함
app-state-unknown = 모른다고 답함
app-state-never-asked = 질문한 적 없음
app-state-stale = 1년 넘게 지남
app-history-title = 선별 검사 기록
app-history-none = 아직 선별 검사가 없습니다.
app-drafts-title = 완료되지 않은 선별 검사
app-resume = 이어서 하기
app-needs-title = 필요 사항
app-needs-none = 지금까지 확인된 필요 사항이 없습니다.
app-need-discreet = 민감한 필요 사항
app-opened-on = 확인한 날짜:
app-follow-up-add = 후속 조치 기록

## Starting a screening
app-start-title = 선별 검사 시작
app-start-submit = 시작
app-field-instruments = 설문지
app-field-member-language = 회원의 언어
app-field-mode = 방식
app-mode-in-person = 대면
app-mode-phone = 전화
app-mode-video = 화상
app-field-interpreter = 통역사가 돕고 있음
app-field-respondent = 답변하는 사람
app-respondent-self = 회원 본인
app-respondent-proxy = 회원을 대신하는 사람(부모, 보호자)
app-field-relationship = 회원과의 관계
app-field-consent = 회원이 동의함

## Screening
app-screening-for = 선별 검사 대상:
app-question-position = 전체 { $total }개 중 { $n }번째 질문
app-progress = { $total }개 중 { $answered }개 답변함
app-steps-label = 질문 목록
app-back = 이전
app-next = 다음
app-finish = 마치고 저장
app-save-close = 닫기(답변은 저장되어 있습니다)
app-discard = 이 선별 검사 삭제
app-discard-confirm = 이 선별 검사의 모든 답변을 삭제하시겠습니까? 삭제하면 되돌릴 수 없습니다.

## Results
app-results-title = 결과
app-results-none = 표시할 결과가 없습니다.
app-safe-to-talk = 회원이 혼자 있으며 안전하게 이야기할 수 있음
app-to-profile = 회원 정보로 돌아가기
app-summary-print = 회원용 요약
app-summary-open = 요약 열기
app-print = 인쇄 또는 PDF로 저장

## The printed summary, in the member's language
app-summary-title = 귀하의 선별 검사 요약
app-summary-intro = 저희 질문에 답해 주셔서 감사합니다. 오늘 함께 이야기한 내용과 앞으로 있을 일을 알려 드립니다.
app-summary-none = 오늘은 도움이 필요한 일에 대해 말씀하신 것이 없습니다. 언제든지 저희에게 이야기하셔도 됩니다.
app-summary-footer = 귀하의 답변은 비밀로 지켜집니다. 답변은 다니시는 헬스 센터와 MassHealth가 귀하를 더 잘 돌보는 데 도움이 됩니다. 궁금한 점이 있으시면 헬스 센터에 전화해 주십시오.
app-summary-explain-housing-instability = 지금 사는 집에서 계속 살거나 살 곳을 구하는 데 도움이 필요하실 수 있습니다.
app-summary-explain-housing-quality = 사시는 집에 건강에 해로울 수 있는 문제가 있을 수 있습니다.
app-summary-explain-food = 충분한 음식을 구하는 데 도움이 필요하실 수 있습니다.
app-summary-explain-transportation = 병원, 직장에 가거나 볼일을 보러 갈 때 교통편 도움이 필요하실 수 있습니다.
app-summary-explain-utilities = 전기, 가스, 난방유 또는 수도 요금을 내는 데 도움이 필요하실 수 있습니다.
app-summary-explain-interpersonal-safety = 원하실 때 언제든지 귀하의 안전에 대해 저희와 이야기하실 수 있습니다.
app-summary-explain-financial-strain = 생활에 꼭 필요한 것들의 비용을 내는 데 도움이 필요하실 수 있습니다.
app-summary-explain-employment = 일자리를 찾거나 계속 일하는 데 도움을 원하실 수 있습니다.
app-summary-explain-family-community-support = 집에서 도움을 더 받거나, 다른 사람들과 더 많은 시간을 보내기를 원하실 수 있습니다.
app-summary-explain-education = 학업이나 직업 훈련에 도움을 원하실 수 있습니다.
app-summary-explain-physical-activity = 몸을 더 많이 움직이면 건강에 도움이 될 수 있습니다.
app-summary-explain-substance-use = 원하실 때 언제든지 술, 담배 또는 약물에 대해 저희와 이야기하실 수 있습니다.
app-summary-explain-mental-health = 요즘 기분이나 마음에 대해 이야기 나눌 사람을 원하실 수 있습니다.
app-summary-explain-disabilities = 일상생활에 필요한 일을 하는 데 도움을 원하실 수 있습니다.
app-summary-explain-digital-access = 화상 진료에 쓸 인터넷이나 기기를 마련하는 데 도움이 필요하실 수 있습니다.
app-summary-explain-digital-literacy = 화상 진료를 이용하는 방법을 배우는 데 도움을 원하실 수 있습니다.

## Supervisor
app-supervisor-title = 오늘
app-team-work = 직원별 업무
app-staff = 직원
app-screenings = 선별 검사
app-members-screened = 회원
app-needs-opened = 확인된 필요 사항
app-incomplete-title = 완료되지 않은 선별 검사
app-unfollowed-title = 후속 조치가 없는 필요 사항
app-users-title = 사용자
app-add-user = 사용자 추가
app-reset-pin = PIN 번호 재설정
app-deactivate = 비활성화
app-inactive = 비활성화됨
app-site-settings = 센터 설정
app-setting-idle-lock-seconds = 이 시간(초) 동안 사용하지 않으면 화면 잠금
app-setting-sogi-min-age = 성적 지향 및 성별 정체성을 질문하는 최소 나이

## Settings
app-text-size = 글자 크기
app-about = 앱 정보
app-language = 언어
app-translation-status = 번역

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = 화면이 잠겨 있습니다. 다시 로그인하십시오. 잃어버린 정보는 없습니다.
app-error-pin-mismatch = 두 PIN 번호가 서로 다릅니다.
app-error-preferences = 이 컴퓨터에 이 설정을 저장할 수 없었습니다.
app-error-date-of-birth = 생년월일을 연, 월, 일까지 모두 입력하십시오.
app-error-member-name = 이름이나 성을 입력하십시오.
app-error-member-date-of-birth = 생년월일은 미래의 날짜일 수 없습니다.
app-error-member-masshealth-id = MassHealth 회원 번호는 영문자와 숫자로만 되어 있습니다.
app-error-member-language = 회원의 언어를 선택하십시오.
app-error-mode = 선별 검사 방식을 선택하십시오.
app-error-respondent = 답변하는 사람을 선택하십시오.
app-error-proxy-relationship = 누가 회원을 대신하여 답변하는지 적으십시오.
app-error-consent = 질문을 하나라도 하기 전에 회원의 동의를 받아야 합니다.
app-error-instruments = 설문지를 하나 이상 선택하십시오.
app-error-answer = 이 답변은 질문에 맞지 않습니다. 다시 선택하십시오.
app-error-answer-exclusive = 이 답변은 다른 답변과 함께 선택할 수 없습니다.
app-error-answer-range = 이 숫자는 질문에서 허용하는 범위를 벗어났습니다.
app-error-required-unanswered = 마치기 전에 이 질문에 답하거나 “응답하지 않음”을 선택해야 합니다.
app-error-follow-up-status = 이 필요 사항이 어떻게 처리되었는지 선택하십시오.
app-error-role = 역할을 선택하십시오.
app-error-setting = 이 값은 허용 범위를 벗어났습니다.

# The supervisor's sync screen.
app-sync-title = ACO 중앙 서버와 동기화
app-sync-not-enrolled = 이 기기는 아직 중앙 서버에 등록되지 않았습니다. 중앙 서버 주소와 ACO에서 받은 일회용 코드를 입력하십시오.
app-sync-hub-url = 중앙 서버 주소
app-sync-code = 등록 코드
app-sync-enroll = 이 기기 등록
app-sync-enrolled = { $site }의 기기로 { $url }에 등록되었습니다.
app-sync-unsent = { $count ->
   *[other] 기록 { $count }건이 전송을 기다리고 있습니다.
}
app-sync-all-sent = 모든 기록이 중앙 서버에 전달되었습니다.
app-sync-now = 지금 동기화
app-sync-sending = 보내는 중: 기록 { $total }건 중 { $sent }건
app-sync-finished = { $records ->
   *[other] 완료: 기록 { $records }건을 보냈으며 중앙 서버가 수신을 확인했습니다.
}
app-sync-history = 최근 동기화
app-sync-started = 시작 시간
app-sync-by = 실행한 사람
app-sync-records = 기록 수
app-sync-receipts = 전자 서명된 수신 확인증
app-sync-result = 결과
app-sync-ok = 완료됨
app-sync-receipt = 묶음 { $sequence }: 기록 { $count }건
