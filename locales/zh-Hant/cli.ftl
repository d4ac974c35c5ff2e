# Traditional Chinese (zh-Hant) draft of cli.ftl: the `intake` command line output and errors. Every error is one line.

cli-error = intake: 錯誤：{ $message }
cli-internal-error = intake: 內部錯誤；沒有再儲存任何資料。請回報這個問題。
cli-store-created = 已在 { $dir } 為 { $site } 建立資料存放區。
cli-recovery-key-intro = 復原密鑰（只顯示這一次；請抄寫下來，並鎖好保管）：
cli-demo-saved = 已儲存 { $number }：會員 { $member }，回答 { $response }
cli-demo-added = { $count ->
   *[other] 已新增 { $count } 位虛擬會員及其篩檢記錄。
}
cli-found = { $count ->
   *[other] 找到 { $count } 筆
}
cli-duplicates = { $count ->
   *[other] 有 { $count } 位現有會員看起來是同一個人（見上方列表）；如仍要新增，請使用 --force
}
cli-verify-ok = 正常：頁面與完整性檢查通過；稽核鏈的 { $entries } 筆記錄完好；{ $members } 位會員，{ $responses } 份回答
cli-backup-written = 已將加密備份寫入 { $file }（{ $bytes } 位元組）。
cli-restored = 已從 { $file } 還原 { $members } 位會員和 { $responses } 份回答。
cli-new-pin = { $user } 已有新的 PIN 碼。
cli-user-added = 已新增 { $user }（{ $role }）。
cli-user-deactivated = { $user } 已停用。
cli-outbox = 待傳送：{ $pending }
    已送達：{ $delivered }
cli-response-line = 回答 { $id } { $date } { $instrument }，語言 { $locale }，記錄者 { $collector }：{ $answers } 個答案{ $state }
cli-response-retracted = { " " }（誤輸入）
cli-response-corrected = { " " }（已更正）
cli-need-line = 需求 { $id } { $domain }：{ $status }
cli-user-active = 啟用中
cli-user-deactivated-state = 已停用
cli-prompt-pin = { $user } 的 PIN 碼：
cli-prompt-choose-pin = 請為 { $user } 設定 PIN 碼：
cli-prompt-new-pin = { $user } 的新 PIN 碼：
cli-prompt-recovery-key = 復原密鑰：
cli-need-user = 請將 INTAKE_USER 設為要使用的使用者名稱
cli-no-value = 未提供值：請設定 { $var }，或在系統詢問時輸入
cli-no-data-dir = 未提供 --data-dir，也沒有可作為預設的主資料夾
cli-read-failed = 無法讀取 { $what }

error-not-initialized = { $path } 中沒有 Equity Intake 資料存放區：請先執行「intake init」
error-already-initialized = { $path } 中已經有 Equity Intake 資料存放區
error-wrong-credentials = 使用者名稱或 PIN 碼錯誤
error-locked-out = 此使用者輸入錯誤 PIN 碼的次數過多：請在 { $seconds } 秒後再試，或請主管重設 PIN 碼
error-deactivated = 此帳戶已被停用：請聯絡主管
error-wrong-recovery-key = 此復原密鑰不適用於這個資料存放區
error-forbidden = 您的角色（{ $role }）無權執行此操作：{ $action }
error-not-found = 找不到{ $what }
error-what-member = 會員
error-what-user = 使用者
error-what-response = 回答
error-what-need = 需求
error-what-draft = 未完成的篩檢
error-invalid = { $field }：{ $reason }
error-field-name = 姓名
error-field-date-of-birth = 出生日期
error-field-masshealth-id = MassHealth 會員編號
error-field-pin = PIN 碼
error-field-site = 服務地點
error-field-user = 使用者
error-field-consent = 同意
error-field-answers = 答案
error-field-supersedes = 更正
error-field-reason = 原因
error-field-response = 回答
error-field-organization = 機構
error-field-file = 檔案
error-field-instrument = 問卷
error-field-draft = 篩檢
error-field-item = 問題
error-reason-check-field = 請檢查此欄位
error-reason-pin-too-short = 請至少使用 { $min } 個字元
error-reason-site-empty = 請填寫健康中心的名稱
error-reason-username-format = 請使用字母、數字、「.」、「_」或「-」（最多64個）
error-reason-username-taken = 此使用者名稱已被使用
error-reason-recovery-needs-supervisor = 復原密鑰只能重設啟用中主管的 PIN 碼
error-reason-deactivate-self = 您不能停用自己的帳戶
error-reason-no-consent = 會員尚未同意接受篩檢
error-reason-answered-twice = 有一個問題被回答了兩次（{ $item }）
error-reason-correction-other-member = 更正必須取代同一位會員的回答
error-reason-retraction-reason = 請說明為何此回答是誤輸入
error-reason-already-retracted = 已經標記為誤輸入
error-reason-referral-organization = 請填寫會員被轉介到的機構名稱
error-reason-path-not-utf8 = 路徑中有此系統無法使用的字元
error-reason-unknown-instrument = 此應用程式不認識這份問卷（{ $item }）
error-reason-unknown-item = 有一個問題不屬於這份問卷（{ $item }）
error-reason-wrong-kind = 有一個答案的數值類型錯誤（{ $item }）
error-reason-unknown-option = 有一個答案不是該問題的選項（{ $item }）
error-reason-exclusive-option = 「無」這類選項不能與其他答案同時選擇（{ $item }）
error-reason-empty-choice = 請至少選擇一個答案（{ $item }）
error-reason-out-of-range = 數字超出允許的範圍（{ $item }）
error-reason-absent-not-offered = 該問題不提供這個答案（{ $item }）
error-reason-not-enabled = 回答了一個不適用的問題（{ $item }）
error-reason-required-missing = 有一個必答問題沒有答案（{ $item }）
error-reason-none-chosen = 請至少選擇一份問卷
error-reason-already-saved = 篩檢的這一部分已經儲存了
error-reason-empty-text = 書面答案是空白的（{ $item }）
error-disk-full = 磁碟已滿或無法寫入：沒有儲存任何資料；請騰出一些空間後再試
error-corrupt = 資料存放區已損壞，或不是 Equity Intake 資料存放區（{ $detail }）；請從備份還原
error-audit-broken = 稽核記錄在第 { $seq } 筆被更改過：{ $reason }
error-not-a-backup = { $path } 不是 Equity Intake 備份
error-io = { $path } 發生檔案錯誤：{ $detail }
error-database = 資料庫錯誤：{ $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
cli-enrolled = 已為 { $site } 向 { $url } 註冊。這部裝置是 { $device }。
cli-sync-progress = 已傳送 { $sent } 筆記錄，共 { $total } 筆…
cli-sync-done = { $records ->
   *[other] 同步完成：已傳送 { $records } 筆記錄。已核驗的數位簽章回執：{ $batches } 份。
}
cli-sync-nothing = 沒有需要傳送的資料：所有記錄都已在中央伺服器上。
error-sync-not-enrolled = 這部裝置尚未向中央伺服器註冊：需由主管使用中央伺服器網址和 ACO 提供的一次性註冊碼進行註冊
error-sync-already-enrolled = 這部裝置已經向中央伺服器註冊過了
error-sync-insecure-url = 中央伺服器網址必須以 https:// 開頭（未加密的 http:// 只能用於連線到本機）
error-sync-bad-url = 這不是中央伺服器網址；網址應類似 https://hub.example.org
error-sync-bad-code = 註冊碼未被接受：請檢查註冊碼，或向 ACO 索取新的註冊碼（每個註冊碼只能使用一次）
error-sync-offline = 沒有網路，或無法連線到中央伺服器：沒有遺失任何資料；請在連上網路後再試
error-sync-certificate = 中央伺服器的安全憑證不受信任，因此沒有傳送任何資料：請告知 ACO 的技術支援人員
error-sync-hub-unavailable = 中央伺服器目前沒有回應：沒有遺失任何資料；請稍後再試
error-sync-revoked = 中央伺服器已撤銷這部裝置的存取授權：沒有遺失任何資料，但這部裝置無法再同步；請致電 ACO 的技術支援人員
error-sync-refused = 中央伺服器拒收了一批記錄（{ $reason }）：沒有遺失任何資料；請告知 ACO 的技術支援人員
error-sync-bad-answer = 無法驗證中央伺服器的回覆，因此沒有任何記錄被標記為已傳送：請告知 ACO 的技術支援人員
