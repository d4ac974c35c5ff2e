# Korean (ko) draft of consent.ftl: consent before screening, and follow-up on a need.

consent-title = 시작하기 전에
consent-screening = 귀하의 건강과 생활에 대해 몇 가지 질문을 드리고자 합니다. 어떤 질문이든 건너뛰셔도 됩니다. 괜찮으시겠습니까?
consent-share-for-referral = 도움이 필요한 부분이 확인되면, 도움을 드릴 수 있는 지역사회 단체에 그 내용을 알려도 되겠습니까?

follow-up-title = 후속 조치
follow-up-status = 이 필요 사항은 어떻게 처리되었습니까?
follow-up-status-open = 미처리
follow-up-status-resource-given = 자원 제공함
follow-up-status-referred = 기관에 의뢰함
follow-up-status-declined-help = 회원이 도움을 거절함
follow-up-status-already-getting-help = 이미 도움을 받고 있음
follow-up-status-resolved = 해결됨
follow-up-organization = 회원을 어느 기관에 의뢰했습니까?
follow-up-note = 메모
