# Korean (ko) draft of cli.ftl: the `intake` command line output and errors. Every error is one line.

cli-error = intake: 오류: { $message }
cli-internal-error = intake: 내부 오류입니다. 더 이상 저장된 것은 없습니다. 이 문제를 보고해 주십시오.
cli-store-created = { $site }의 데이터 저장소를 { $dir }에 만들었습니다.
cli-recovery-key-intro = 복구 키(한 번만 표시됩니다. 적어 두고 잠긴 곳에 보관하십시오):
cli-demo-saved = 저장함 { $number }: 회원 { $member }, 응답 { $response }
cli-demo-added = { $count ->
   *[other] 선별 검사 기록이 있는 가상 회원 { $count }명을 추가했습니다.
}
cli-found = { $count ->
   *[other] { $count }건을 찾았습니다
}
cli-duplicates = { $count ->
   *[other] 기존 회원 { $count }명이 같은 사람으로 보입니다(위 목록 참조). 그래도 추가하려면 --force를 사용하십시오
}
cli-verify-ok = 정상: 페이지 및 무결성 검사 통과, 감사 체인 항목 { $entries }개 이상 없음, 회원 { $members }명, 응답 { $responses }건
cli-backup-written = 암호화된 백업을 { $file }에 저장했습니다({ $bytes }바이트).
cli-restored = { $file }에서 회원 { $members }명과 응답 { $responses }건을 복원했습니다.
cli-new-pin = { $user } 사용자에게 새 PIN이 설정되었습니다.
cli-user-added = 사용자를 추가했습니다: { $user }({ $role })
cli-user-deactivated = { $user } 사용자가 비활성화되었습니다.
cli-outbox = 대기 중: { $pending }
    전달됨: { $delivered }
cli-response-line = 응답 { $id } { $date } { $instrument }, 언어 { $locale }, 기록자 { $collector }: 답변 { $answers }개{ $state }
cli-response-retracted = { " " }(잘못 입력됨)
cli-response-corrected = { " " }(수정됨)
cli-need-line = 필요 사항 { $id } { $domain }: { $status }
cli-user-active = 활성
cli-user-deactivated-state = 비활성
cli-prompt-pin = { $user }의 PIN:
cli-prompt-choose-pin = { $user }의 PIN을 정하십시오:
cli-prompt-new-pin = { $user }의 새 PIN:
cli-prompt-recovery-key = 복구 키:
cli-need-user = INTAKE_USER에 작업할 사용자 이름을 설정하십시오
cli-no-value = 값이 없습니다: { $var } 변수를 설정하거나 요청받을 때 입력하십시오
cli-no-data-dir = --data-dir 옵션이 없고, 기본값으로 쓸 홈 폴더도 없습니다
cli-read-failed = 다음을 읽을 수 없습니다: { $what }

error-not-initialized = { $path }에 Equity Intake 데이터 저장소가 없습니다: 먼저 “intake init”을 실행하십시오
error-already-initialized = { $path }에 이미 Equity Intake 데이터 저장소가 있습니다
error-wrong-credentials = 사용자 이름 또는 PIN이 올바르지 않습니다
error-locked-out = 이 사용자의 PIN 입력 오류가 너무 많습니다: { $seconds }초 후에 다시 시도하거나 감독자에게 PIN 재설정을 요청하십시오
error-deactivated = 이 계정은 비활성화되었습니다: 감독자에게 문의하십시오
error-wrong-recovery-key = 이 복구 키는 이 데이터 저장소에 유효하지 않습니다
error-forbidden = 귀하의 역할({ $role })로는 다음 작업을 할 수 없습니다: { $action }
error-not-found = 해당 항목을 찾을 수 없습니다: { $what }
error-what-member = 회원
error-what-user = 사용자
error-what-response = 응답
error-what-need = 필요 사항
error-what-draft = 완료되지 않은 선별 검사
error-invalid = { $field }: { $reason }
error-field-name = 이름
error-field-date-of-birth = 생년월일
error-field-masshealth-id = MassHealth 회원 번호
error-field-pin = PIN 번호
error-field-site = 센터
error-field-user = 사용자
error-field-consent = 동의
error-field-answers = 답변
error-field-supersedes = 수정
error-field-reason = 사유
error-field-response = 응답
error-field-organization = 기관
error-field-file = 파일
error-field-instrument = 설문지
error-field-draft = 선별 검사
error-field-item = 질문
error-reason-check-field = 이 항목을 확인하십시오
error-reason-pin-too-short = { $min }자 이상 사용하십시오
error-reason-site-empty = 헬스 센터 이름을 입력하십시오
error-reason-username-format = 영문자, 숫자, “.”, “_”, “-”만 사용하십시오(최대 64자)
error-reason-username-taken = 이미 사용 중인 사용자 이름입니다
error-reason-recovery-needs-supervisor = 복구 키로는 활성 상태인 감독자의 PIN만 재설정할 수 있습니다
error-reason-deactivate-self = 자기 자신을 비활성화할 수 없습니다
error-reason-no-consent = 회원이 선별 검사에 동의하지 않았습니다
error-reason-answered-twice = 한 질문에 답변이 두 번 입력되었습니다({ $item })
error-reason-correction-other-member = 수정은 같은 회원의 응답을 대체해야 합니다
error-reason-retraction-reason = 응답이 잘못 입력된 이유를 적으십시오
error-reason-already-retracted = 이미 잘못 입력된 것으로 표시되어 있습니다
error-reason-referral-organization = 회원이 의뢰된 기관의 이름을 입력하십시오
error-reason-path-not-utf8 = 경로에 이 시스템에서 사용할 수 없는 문자가 있습니다
error-reason-unknown-instrument = 이 앱은 해당 설문지를 알지 못합니다({ $item })
error-reason-unknown-item = 이 설문지에 속하지 않는 질문이 있습니다({ $item })
error-reason-wrong-kind = 답변의 값 종류가 잘못되었습니다({ $item })
error-reason-unknown-option = 질문의 선택지에 없는 답변이 있습니다({ $item })
error-reason-exclusive-option = “없음”은 다른 답변과 함께 선택할 수 없습니다({ $item })
error-reason-empty-choice = 답변을 하나 이상 선택하십시오({ $item })
error-reason-out-of-range = 숫자가 허용 범위를 벗어났습니다({ $item })
error-reason-absent-not-offered = 해당 질문에는 이 답변이 없습니다({ $item })
error-reason-not-enabled = 해당되지 않는 질문에 답변이 입력되었습니다({ $item })
error-reason-required-missing = 필수 질문에 답변이 없습니다({ $item })
error-reason-none-chosen = 설문지를 하나 이상 선택하십시오
error-reason-already-saved = 선별 검사의 이 부분은 이미 저장되었습니다
error-reason-empty-text = 서술형 답변이 비어 있습니다({ $item })
error-disk-full = 디스크가 가득 찼거나 쓸 수 없습니다: 아무것도 저장되지 않았습니다. 공간을 확보한 후 다시 시도하십시오
error-corrupt = 데이터 저장소가 손상되었거나 Equity Intake 데이터 저장소가 아닙니다({ $detail }). 백업에서 복원하십시오
error-audit-broken = 감사 로그의 { $seq }번 항목이 변경되었습니다: { $reason }
error-not-a-backup = { $path } 파일은 Equity Intake 백업이 아닙니다
error-io = 파일 오류({ $path }): { $detail }
error-database = 데이터베이스 오류: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
cli-enrolled = { $site }의 기기로 { $url }에 등록되었습니다. 이 기기는 { $device }입니다.
cli-sync-progress = 기록 { $total }건 중 { $sent }건을 보냈습니다…
cli-sync-done = { $records ->
   *[other] 동기화 완료: 기록 { $records }건을 보냈습니다. 확인한 전자 서명 수신 확인증: { $batches }개.
}
cli-sync-nothing = 보낼 것이 없습니다: 모든 기록이 이미 중앙 서버에 있습니다.
error-sync-not-enrolled = 이 기기는 아직 중앙 서버에 등록되지 않았습니다: 감독자가 중앙 서버 주소와 ACO에서 받은 일회용 코드로 이 기기를 등록합니다
error-sync-already-enrolled = 이 기기는 이미 중앙 서버에 등록되어 있습니다
error-sync-insecure-url = 중앙 서버 주소는 https://로 시작해야 합니다(암호화되지 않은 http://는 이 컴퓨터 자체에 연결할 때만 허용됩니다)
error-sync-bad-url = 중앙 서버 주소가 아닙니다. 주소 형식 예: https://hub.example.org
error-sync-bad-code = 등록 코드가 승인되지 않았습니다: 코드를 확인하거나 ACO에 새 코드를 요청하십시오(각 코드는 한 번만 사용할 수 있습니다)
error-sync-offline = 네트워크에 연결되어 있지 않거나 중앙 서버에 연결할 수 없습니다: 잃어버린 정보는 없습니다. 인터넷에 연결되면 다시 시도하십시오
error-sync-certificate = 중앙 서버의 보안 인증서를 신뢰할 수 없어 아무것도 보내지 않았습니다: ACO 헬프데스크에 알리십시오
error-sync-hub-unavailable = 중앙 서버가 지금 응답하지 않습니다: 잃어버린 정보는 없습니다. 나중에 다시 시도하십시오
error-sync-revoked = 중앙 서버가 이 기기의 접속 권한을 취소했습니다: 잃어버린 정보는 없지만 이 기기로는 동기화할 수 없습니다. ACO 헬프데스크에 전화하십시오
error-sync-refused = 중앙 서버가 기록 묶음 하나를 거부했습니다({ $reason }): 잃어버린 정보는 없습니다. ACO 헬프데스크에 알리십시오
error-sync-bad-answer = 중앙 서버의 응답을 검증할 수 없어 어떤 기록도 전송된 것으로 표시하지 않았습니다: ACO 헬프데스크에 알리십시오
