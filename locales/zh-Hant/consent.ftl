# Traditional Chinese (zh-Hant) draft of consent.ftl: consent before screening, and follow-up on a need.

consent-title = 開始之前
consent-screening = 我想問您一些關於您的健康和生活的問題。任何問題您都可以跳過不答。這樣可以嗎？
consent-share-for-referral = 如果我們發現您有需要幫助的地方，我們可以把這些資料告訴能幫助您的社區機構嗎？

follow-up-title = 後續跟進
follow-up-status = 這項需求的處理情況如何？
follow-up-status-open = 未結案
follow-up-status-resource-given = 已提供資源
follow-up-status-referred = 已轉介
follow-up-status-declined-help = 會員婉拒協助
follow-up-status-already-getting-help = 已在接受協助
follow-up-status-resolved = 已解決
follow-up-organization = 會員被轉介到哪個機構？
follow-up-note = 備註
