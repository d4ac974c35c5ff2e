# Japanese (ja) draft of app.ftl; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = 続ける
app-cancel = キャンセル
app-save = 保存
app-none = なし。
app-show = 表示
app-lock = ロック
app-locked-notice = 画面がロックされました。続けるにはサインインしてください。
app-nav-label = メインメニュー
app-nav-members = 加入者
app-nav-supervisor = スーパーバイザー
app-nav-settings = 設定
app-nav-sync = 同期
app-for-staff = スタッフ向け：
app-fallback-english = （未翻訳のため英語で表示）
app-translation-status-missing = まだ翻訳されていません：質問は英語で表示されます

## First run and sign-in
app-setup-title = Equity Intake の初期設定
app-setup-explain = このヘルスセンターのデータストアと、最初のスーパーバイザーを作成してください。すべてのデータは暗号化され、このコンピューターに保存されます。
app-setup-submit = データストアを作成
app-recovery-title = 復旧キー
app-recovery-explain = スーパーバイザー全員がPINを忘れた場合、データストアに再び入る方法はこのキーしかありません。書き留めて、このコンピューターから離れた、鍵のかかる安全な場所に保管してください。表示されるのはこの一度だけです。
app-recovery-confirm = 復旧キーを書き留めて、安全な場所に保管しました。
app-sign-in-title = サインイン
app-sign-in-submit = サインイン
app-pin-hint = 6文字以上。他の人に教えないでください。
app-field-site = ヘルスセンター名
app-field-username = ユーザー名
app-field-name = 氏名
app-field-pin = PINコード
app-field-pin-again = PINコード（確認のためもう一度）
app-field-role = 役割
app-field-staff-language = 画面の言語

## Members
app-members-title = 加入者
app-members-search = 氏名、MassHealth の加入者番号、カルテ番号、または生年月日で検索
app-members-recent = 最近対応した加入者
app-members-none-yet = 最近対応した加入者はいません。上で検索するか、加入者を追加してください。
app-members-found = { $count ->
   *[other] 加入者が { $count } 人見つかりました
}
app-members-too-many = 加入者が { $count } 人を超えて見つかりました：氏名をもっと詳しく入力してください。
app-members-add = 加入者を追加
app-members-save = 加入者を保存
app-duplicates-found = これらの加入者は同一人物のようです。いずれかを開くか、別の人であれば新しい加入者を追加してください。
app-duplicates-add-anyway = 別の人です：新しい加入者を追加
app-dob = 生年月日
app-masshealth-id = MassHealth の加入者番号
app-mrn = カルテ番号
app-field-given-name = 名
app-field-family-name = 姓
app-field-date-of-birth = 生年月日
app-field-masshealth-id = MassHealth の加入者番号（任意）
app-field-mrn = カルテ番号（任意）

## Member profile
app-demographics-title = 加入者が自身について話した内容
app-topic = 項目
app-state = 状況
app-answer = 回答
app-asked-on = 質問した日
app-proxy = 本人以外が回答
app-topic-race-ethnicity = 人種・民族
app-topic-language = 言語
app-topic-disability = 障がい
app-topic-sexual-orientation = 性的指向
app-topic-gender-identity = 性自認
app-topic-sex-at-birth = 出生時に割り当てられた性別
app-topic-pronouns = 代名詞
app-state-answered = 回答済み
app-state-declined = 回答しないことを選んだ
app-state-unknown = わからなかった
app-state-never-asked = 一度も質問していない
app-state-stale = 1年以上前
app-history-title = スクリーニング履歴
app-history-none = スクリーニングはまだありません。
app-drafts-title = 未完了のスクリーニング
app-resume = 再開
app-needs-title = ニーズ
app-needs-none = これまでにニーズは見つかっていません。
app-need-discreet = 配慮が必要なニーズ
app-opened-on = 発見日
app-follow-up-add = フォローアップを記録

## Starting a screening
app-start-title = スクリーニングを開始
app-start-submit = 開始
app-field-instruments = 質問票
app-field-member-language = 加入者の言語
app-field-mode = 方法
app-mode-in-person = 対面
app-mode-phone = 電話
app-mode-video = ビデオ通話
app-field-interpreter = 通訳者が手伝っている
app-field-respondent = 回答する人
app-respondent-self = 加入者本人
app-respondent-proxy = 加入者の代わりに答える人（親、介護者など）
app-field-relationship = その人と加入者との関係
app-field-consent = 加入者が同意している

## Screening
app-screening-for = スクリーニング対象：
app-question-position = 質問 { $n }／{ $total }
app-progress = { $total } 問中 { $answered } 問回答済み
app-steps-label = 質問
app-back = 戻る
app-next = 次へ
app-finish = 終了して保存
app-save-close = 閉じる（回答は保存されています）
app-discard = このスクリーニングを破棄
app-discard-confirm = このスクリーニングの回答をすべて破棄しますか？元に戻すことはできません。

## Results
app-results-title = 結果
app-results-none = 表示する結果はありません。
app-safe-to-talk = 加入者は一人で、安全に話せる状態です
app-to-profile = 加入者の情報に戻る
app-summary-print = 加入者向けのまとめ
app-summary-open = まとめを開く
app-print = 印刷またはPDFとして保存

## The printed summary, in the member's language
app-summary-title = スクリーニング（健康と生活についての質問）のまとめ
app-summary-intro = 質問に答えていただき、ありがとうございました。お話ししたことと、これからのことを、ここにまとめました。
app-summary-none = 今日は、困っていることについてのお話はありませんでした。いつでもご相談ください。
app-summary-footer = あなたの回答は、秘密として守られます。回答は、あなたのヘルスセンターと MassHealth が、よりよい医療を提供するために役立ちます。わからないことがあれば、あなたのヘルスセンターにお電話ください。
app-summary-explain-housing-instability = 今の住まいに住み続けるため、または住まいを見つけるための手助けが必要かもしれません。
app-summary-explain-housing-quality = あなたの住まいに、健康に影響する問題があるかもしれません。
app-summary-explain-food = 十分な食べ物を手に入れるための手助けが必要かもしれません。
app-summary-explain-transportation = 病院、仕事、用事に行くための移動に、手助けが必要かもしれません。
app-summary-explain-utilities = 電気、ガス、灯油、水道の料金を払うための手助けが必要かもしれません。
app-summary-explain-interpersonal-safety = ご希望のときはいつでも、あなたの安全についてお話しできます。
app-summary-explain-financial-strain = 生活に欠かせないものの支払いに、手助けが必要かもしれません。
app-summary-explain-employment = 仕事を見つけたり、続けたりするための手助けがあるとよいかもしれません。
app-summary-explain-family-community-support = 家での手助けや、ほかの人と過ごす時間が、もっとあるとよいかもしれません。
app-summary-explain-education = 学校や職業訓練について、手助けがあるとよいかもしれません。
app-summary-explain-physical-activity = 体をもっと動かすと、健康に役立ちます。
app-summary-explain-substance-use = ご希望のときはいつでも、お酒、たばこ、薬物についてお話しできます。
app-summary-explain-mental-health = 今の気持ちについて、話を聞いてくれる人がいるとよいかもしれません。
app-summary-explain-disabilities = 毎日の用事について、手助けがあるとよいかもしれません。
app-summary-explain-digital-access = ビデオ診療のためのインターネットや機器を用意する手助けが必要かもしれません。
app-summary-explain-digital-literacy = ビデオ診療の使い方を覚えるための手助けがあるとよいかもしれません。

## Supervisor
app-supervisor-title = 今日
app-team-work = スタッフごとの作業
app-staff = スタッフ
app-screenings = スクリーニング
app-members-screened = 加入者
app-needs-opened = 見つかったニーズ
app-incomplete-title = 未完了のスクリーニング
app-unfollowed-title = フォローアップされていないニーズ
app-users-title = ユーザー
app-add-user = ユーザーを追加
app-reset-pin = PINをリセット
app-deactivate = 無効にする
app-inactive = 無効
app-site-settings = 拠点の設定
app-setting-idle-lock-seconds = 操作がないときに画面をロックするまでの秒数
app-setting-sogi-min-age = 性的指向と性自認について質問する最低年齢

## Settings
app-text-size = 文字の大きさ
app-about = このアプリについて
app-language = 言語
app-translation-status = 翻訳

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = 画面がロックされています。もう一度サインインしてください：データは失われていません。
app-error-pin-mismatch = 2つのPINコードが一致しません。
app-error-preferences = この設定をこのコンピューターに保存できませんでした。
app-error-date-of-birth = 生年月日を年・月・日まですべて入力してください。
app-error-member-name = 名または姓を入力してください。
app-error-member-date-of-birth = 生年月日に未来の日付は入力できません。
app-error-member-masshealth-id = MassHealth の加入者番号は英字と数字だけでできています。
app-error-member-language = 加入者の言語を選んでください。
app-error-mode = スクリーニングの方法を選んでください。
app-error-respondent = 回答する人を選んでください。
app-error-proxy-relationship = 加入者の代わりに誰が答えているかを入力してください。
app-error-consent = 質問を始める前に、加入者の同意が必要です。
app-error-instruments = 質問票を少なくとも1つ選んでください。
app-error-answer = この回答は質問に合いません。選び直してください。
app-error-answer-exclusive = この回答は、他の回答と一緒には選べません。
app-error-answer-range = この数値は、質問で認められている範囲の外です。
app-error-required-unanswered = 終了する前に、この質問に回答するか、「回答しない」を選んでください。
app-error-follow-up-status = このニーズがどうなったかを選んでください。
app-error-role = 役割を選んでください。
app-error-setting = この値は、認められている範囲の外です。

# The supervisor's sync screen.
app-sync-title = ACO の中央サーバーと同期
app-sync-not-enrolled = この端末はまだ中央サーバーに登録されていません。中央サーバーのアドレスと、ACO から受け取った1回限りのコードを入力してください。
app-sync-hub-url = 中央サーバーのアドレス
app-sync-code = 登録コード
app-sync-enroll = この端末を登録
app-sync-enrolled = { $site } の端末として { $url } に登録済みです。
app-sync-unsent = { $count ->
   *[other] 記録 { $count } 件が送信を待っています。
}
app-sync-all-sent = すべて中央サーバーに届いています。
app-sync-now = 今すぐ同期
app-sync-sending = 送信中：{ $total } 件中 { $sent } 件の記録
app-sync-finished = { $records ->
   *[other] 完了：記録 { $records } 件を送信し、中央サーバーが受信を確認しました。
}
app-sync-history = 最近の同期
app-sync-started = 開始日時
app-sync-by = 実行者
app-sync-records = 記録数
app-sync-receipts = 電子署名付き受領証
app-sync-result = 結果
app-sync-ok = 完了
app-sync-receipt = バッチ { $sequence }：記録 { $count } 件
