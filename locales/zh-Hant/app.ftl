# Traditional Chinese (zh-Hant) draft of app.ftl; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = 繼續
app-cancel = 取消
app-save = 儲存
app-none = 無。
app-show = 顯示
app-lock = 鎖定
app-locked-notice = 螢幕已鎖定。請登入以繼續。
app-nav-label = 主選單
app-nav-members = 會員
app-nav-supervisor = 主管
app-nav-settings = 設定
app-nav-sync = 同步
app-for-staff = 工作人員須知：
app-fallback-english = （尚未翻譯：以英文顯示）
app-translation-status-missing = 尚未翻譯：問題會以英文顯示

## First run and sign-in
app-setup-title = 設定 Equity Intake
app-setup-explain = 請建立這家健康中心的資料存放區，以及第一位主管的帳戶。所有資料都會加密保存在這部電腦上。
app-setup-submit = 建立資料存放區
app-recovery-title = 您的復原密鑰
app-recovery-explain = 如果所有主管都忘記了自己的 PIN 碼，這個密鑰是重新進入資料存放區的唯一方法。請把它抄寫下來，存放在安全、上鎖的地方，不要和這部電腦放在一起。它只會顯示這一次。
app-recovery-confirm = 我已抄下復原密鑰，並妥善保管。
app-sign-in-title = 登入
app-sign-in-submit = 登入
app-pin-hint = 至少6個字元。請勿告訴他人。
app-field-site = 健康中心名稱
app-field-username = 使用者名稱
app-field-name = 全名
app-field-pin = PIN 碼
app-field-pin-again = 再次輸入 PIN 碼
app-field-role = 角色
app-field-staff-language = 畫面語言

## Members
app-members-title = 會員
app-members-search = 以姓名、MassHealth 會員編號、病歷號碼或出生日期搜尋
app-members-recent = 您最近服務的會員
app-members-none-yet = 沒有最近的會員。請在上方搜尋，或新增會員。
app-members-found = { $count ->
   *[other] 找到 { $count } 位會員
}
app-members-too-many = 找到超過 { $count } 位會員：請輸入更完整的姓名。
app-members-add = 新增會員
app-members-save = 儲存會員資料
app-duplicates-found = 這些會員看起來是同一個人。請開啟其中一位的資料；如果這是另一個人，請新增會員。
app-duplicates-add-anyway = 這是另一個人：新增會員
app-dob = 出生日期
app-masshealth-id = MassHealth 會員編號
app-mrn = 病歷號碼
app-field-given-name = 名字
app-field-family-name = 姓氏
app-field-date-of-birth = 出生日期
app-field-masshealth-id = MassHealth 會員編號（選填）
app-field-mrn = 病歷號碼（選填）

## Member profile
app-demographics-title = 會員提供的個人資料
app-topic = 項目
app-state = 狀態
app-answer = 答案
app-asked-on = 詢問日期
app-proxy = 由他人代答
app-topic-race-ethnicity = 種族與族裔
app-topic-language = 語言
app-topic-disability = 身心障礙
app-topic-sexual-orientation = 性傾向
app-topic-gender-identity = 性別認同
app-topic-sex-at-birth = 出生時被指定的性別
app-topic-pronouns = 代名詞
app-state-answered = 已回答
app-state-declined = 選擇不回答
app-state-unknown = 不知道
app-state-never-asked = 從未詢問
app-state-stale = 已超過一年
app-history-title = 篩檢記錄
app-history-none = 尚無篩檢記錄。
app-drafts-title = 未完成的篩檢
app-resume = 接續篩檢
app-needs-title = 需求
app-needs-none = 目前尚未發現需求。
app-need-discreet = 一項敏感的需求
app-opened-on = 發現於
app-follow-up-add = 記錄後續跟進

## Starting a screening
app-start-title = 開始篩檢
app-start-submit = 開始
app-field-instruments = 問卷
app-field-member-language = 會員的語言
app-field-mode = 進行方式
app-mode-in-person = 當面
app-mode-phone = 電話
app-mode-video = 視訊
app-field-interpreter = 有口譯員協助
app-field-respondent = 回答者
app-respondent-self = 會員本人
app-respondent-proxy = 代會員回答的人（例如父母、照顧者）
app-field-relationship = 此人與會員的關係
app-field-consent = 會員同意

## Screening
app-screening-for = 篩檢對象：
app-question-position = 第 { $n } 題，共 { $total } 題
app-progress = 已回答 { $answered } 題，共 { $total } 題
app-steps-label = 問題
app-back = 上一步
app-next = 下一步
app-finish = 完成並儲存
app-save-close = 關閉（答案已儲存）
app-discard = 捨棄這次篩檢
app-discard-confirm = 要捨棄這次篩檢的所有答案嗎？此操作無法復原。

## Results
app-results-title = 結果
app-results-none = 沒有可顯示的結果。
app-safe-to-talk = 會員獨自一人，可以安全地談話
app-to-profile = 返回會員資料
app-summary-print = 給會員的摘要
app-summary-open = 開啟摘要
app-print = 列印或另存為 PDF

## The printed summary, in the member's language
app-summary-title = 您的篩檢摘要
app-summary-intro = 謝謝您回答我們的問題。以下是我們談過的事情，以及接下來會怎麼做。
app-summary-none = 您今天沒有告訴我們任何需要幫助的地方。您隨時都可以來找我們談談。
app-summary-footer = 您的回答會保密。這些回答能幫助您的健康中心和 MassHealth 為您提供更好的照護。如果您有任何問題，請打電話給您的健康中心。
app-summary-explain-housing-instability = 您可能需要幫助，才能保住住的地方，或找到住的地方。
app-summary-explain-housing-quality = 您住的地方可能有一些會影響健康的問題。
app-summary-explain-food = 您可能需要幫助，才能有足夠的食物。
app-summary-explain-transportation = 您可能需要交通上的幫助，才能去看病、上班或辦事。
app-summary-explain-utilities = 您可能需要幫助，才能支付電費、煤氣（瓦斯）費、燃油費或水費。
app-summary-explain-interpersonal-safety = 只要您願意，我們隨時可以和您談談您的安全。
app-summary-explain-financial-strain = 您可能需要幫助，才能支付基本生活費用。
app-summary-explain-employment = 您可能希望有人幫您找工作或保住工作。
app-summary-explain-family-community-support = 您可能希望在家裡得到更多幫忙，或有更多時間和別人相處。
app-summary-explain-education = 您可能希望在上學或職業培訓方面得到幫助。
app-summary-explain-physical-activity = 多活動身體，對您的健康有幫助。
app-summary-explain-substance-use = 只要您願意，我們隨時可以和您談談酒、菸或藥物的事。
app-summary-explain-mental-health = 您可能希望找人談談您的感受。
app-summary-explain-disabilities = 您可能希望在日常事務上得到幫助。
app-summary-explain-digital-access = 您可能需要幫助，才能上網或取得可以視訊看診的設備。
app-summary-explain-digital-literacy = 您可能希望有人教您怎麼視訊看診。

## Supervisor
app-supervisor-title = 今天
app-team-work = 各工作人員的工作
app-staff = 工作人員
app-screenings = 篩檢
app-members-screened = 會員
app-needs-opened = 發現的需求
app-incomplete-title = 未完成的篩檢
app-unfollowed-title = 尚未後續跟進的需求
app-users-title = 使用者
app-add-user = 新增使用者
app-reset-pin = 重設 PIN 碼
app-deactivate = 停用
app-inactive = 已停用
app-site-settings = 服務地點設定
app-setting-idle-lock-seconds = 閒置超過幾秒後鎖定螢幕
app-setting-sogi-min-age = 詢問性傾向與性別認同的最低年齡

## Settings
app-text-size = 文字大小
app-about = 關於
app-language = 語言
app-translation-status = 翻譯

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = 螢幕已鎖定。請重新登入：沒有遺失任何資料。
app-error-pin-mismatch = 兩次輸入的 PIN 碼不一致。
app-error-preferences = 無法在這部電腦上儲存此設定。
app-error-date-of-birth = 請輸入完整的出生日期（年、月、日）。
app-error-member-name = 請輸入名字或姓氏。
app-error-member-date-of-birth = 出生日期不能是未來的日期。
app-error-member-masshealth-id = MassHealth 會員編號只包含字母和數字。
app-error-member-language = 請選擇會員的語言。
app-error-mode = 請選擇篩檢的進行方式。
app-error-respondent = 請選擇由誰回答。
app-error-proxy-relationship = 請說明是誰代會員回答。
app-error-consent = 必須先取得會員同意，才能詢問任何問題。
app-error-instruments = 請至少選擇一份問卷。
app-error-answer = 這個答案不符合此問題。請重新選擇。
app-error-answer-exclusive = 這個答案不能與其他答案同時選擇。
app-error-answer-range = 這個數字超出此問題允許的範圍。
app-error-required-unanswered = 完成之前，請回答這個問題，或選擇「選擇不回答」。
app-error-follow-up-status = 請選擇這項需求的處理情況。
app-error-role = 請選擇角色。
app-error-setting = 此數值超出允許的範圍。

# The supervisor's sync screen.
app-sync-title = 與 ACO 中央伺服器同步
app-sync-not-enrolled = 這部裝置尚未向中央伺服器註冊。請輸入中央伺服器網址和 ACO 給您的一次性註冊碼。
app-sync-hub-url = 中央伺服器網址
app-sync-code = 註冊碼
app-sync-enroll = 註冊這部裝置
app-sync-enrolled = 已為 { $site } 向 { $url } 註冊。
app-sync-unsent = { $count ->
   *[other] 有 { $count } 筆記錄等待傳送。
}
app-sync-all-sent = 所有記錄都已送達中央伺服器。
app-sync-now = 立即同步
app-sync-sending = 正在傳送：已傳送 { $sent } 筆，共 { $total } 筆記錄
app-sync-finished = { $records ->
   *[other] 完成：已傳送 { $records } 筆記錄，中央伺服器已確認收到。
}
app-sync-history = 最近的同步
app-sync-started = 開始時間
app-sync-by = 操作人員
app-sync-records = 記錄筆數
app-sync-receipts = 數位簽章回執
app-sync-result = 結果
app-sync-ok = 已完成
app-sync-receipt = 第 { $sequence } 批：{ $count } 筆記錄
