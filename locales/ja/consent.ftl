# Japanese (ja) draft of consent.ftl: consent before screening, and follow-up on a need.

consent-title = はじめる前に
consent-screening = あなたの健康と生活について、いくつか質問させてください。答えたくない質問は飛ばしてもかまいません。よろしいですか？
consent-share-for-referral = 支援が必要なことが見つかった場合、その内容を、支援してくれる地域の団体に伝えてもよろしいですか？

follow-up-title = フォローアップ
follow-up-status = このニーズはどうなりましたか？
follow-up-status-open = 未対応
follow-up-status-resource-given = 情報・資源を提供した
follow-up-status-referred = 紹介した
follow-up-status-declined-help = 加入者が支援を断った
follow-up-status-already-getting-help = すでに支援を受けている
follow-up-status-resolved = 解決した
follow-up-organization = 加入者をどの団体に紹介しましたか？
follow-up-note = メモ
