# Japanese (ja) draft of cli.ftl: the `intake` command line output and errors. Every error is one line.

cli-error = intake: エラー：{ $message }
cli-internal-error = intake: 内部エラーです。これ以上は何も保存されていません。この問題を報告してください。
cli-store-created = { $site } のデータストアを { $dir } に作成しました。
cli-recovery-key-intro = 復旧キー（表示は一度だけです。書き留めて、鍵のかかる場所に保管してください）：
cli-demo-saved = 保存しました { $number }：加入者 { $member }、回答 { $response }
cli-demo-added = { $count ->
   *[other] スクリーニング付きの架空の加入者を { $count } 人追加しました。
}
cli-found = { $count ->
   *[other] { $count } 件見つかりました
}
cli-duplicates = { $count ->
   *[other] 既存の加入者 { $count } 人が同じ人物のようです（上の一覧を参照）。それでも追加する場合は --force を使ってください
}
cli-verify-ok = OK：ページと整合性のチェックに合格しました。監査チェーンの記録 { $entries } 件は改ざんされていません。加入者 { $members } 人、回答 { $responses } 件
cli-backup-written = 暗号化したバックアップを { $file } に書き込みました（{ $bytes } バイト）。
cli-restored = { $file } から加入者 { $members } 人と回答 { $responses } 件を復元しました。
cli-new-pin = { $user } に新しいPINが設定されました。
cli-user-added = { $user }（{ $role }）を追加しました。
cli-user-deactivated = { $user } は無効になりました。
cli-outbox = 送信待ち：{ $pending }
    配信済み：{ $delivered }
cli-response-line = 回答 { $id } { $date } { $instrument }、言語 { $locale }、記録者 { $collector }：回答数 { $answers }{ $state }
cli-response-retracted = { " " }（誤入力）
cli-response-corrected = { " " }（訂正済み）
cli-need-line = ニーズ { $id } { $domain }：{ $status }
cli-user-active = 有効
cli-user-deactivated-state = 無効
cli-prompt-pin = { $user } のPIN：
cli-prompt-choose-pin = { $user } のPINを決めてください：
cli-prompt-new-pin = { $user } の新しいPIN：
cli-prompt-recovery-key = 復旧キー：
cli-need-user = 操作するユーザー名を INTAKE_USER に設定してください
cli-no-value = 値が指定されていません：{ $var } を設定するか、求められたときに入力してください
cli-no-data-dir = --data-dir が指定されておらず、既定として使えるホームフォルダーもありません
cli-read-failed = { $what } を読み取れませんでした

error-not-initialized = { $path } に Equity Intake のデータストアがありません：先に「intake init」を実行してください
error-already-initialized = { $path } にはすでに Equity Intake のデータストアがあります
error-wrong-credentials = ユーザー名またはPINが間違っています
error-locked-out = このユーザーはPINを何度も間違えました：{ $seconds } 秒後にもう一度試すか、スーパーバイザーにPINのリセットを依頼してください
error-deactivated = このアカウントは無効になっています：スーパーバイザーに連絡してください
error-wrong-recovery-key = この復旧キーは、このデータストアには使えません
error-forbidden = あなたの役割（{ $role }）では、この操作はできません：{ $action }
error-not-found = { $what } が見つかりません
error-what-member = 加入者
error-what-user = ユーザー
error-what-response = 回答
error-what-need = ニーズ
error-what-draft = 未完了のスクリーニング
error-invalid = { $field }：{ $reason }
error-field-name = 氏名
error-field-date-of-birth = 生年月日
error-field-masshealth-id = MassHealth の加入者番号
error-field-pin = PINコード
error-field-site = 拠点
error-field-user = ユーザー
error-field-consent = 同意
error-field-answers = 回答
error-field-supersedes = 訂正
error-field-reason = 理由
error-field-response = 回答
error-field-organization = 団体
error-field-file = ファイル
error-field-instrument = 質問票
error-field-draft = スクリーニング
error-field-item = 質問
error-reason-check-field = この項目を確認してください
error-reason-pin-too-short = { $min } 文字以上にしてください
error-reason-site-empty = ヘルスセンターの名前を入力してください
error-reason-username-format = 英字、数字、「.」「_」「-」を使ってください（64文字まで）
error-reason-username-taken = そのユーザー名はすでに使われています
error-reason-recovery-needs-supervisor = 復旧キーでリセットできるのは、有効なスーパーバイザーのPINだけです
error-reason-deactivate-self = 自分自身を無効にすることはできません
error-reason-no-consent = 加入者はスクリーニングを受けることに同意していません
error-reason-answered-twice = 1つの質問に2回回答されています（{ $item }）
error-reason-correction-other-member = 訂正は、同じ加入者の回答を置き換えるものでなければなりません
error-reason-retraction-reason = その回答が誤入力である理由を書いてください
error-reason-already-retracted = すでに誤入力として記録されています
error-reason-referral-organization = 加入者の紹介先の団体名を入力してください
error-reason-path-not-utf8 = パスに、このシステムで使えない文字が含まれています
error-reason-unknown-instrument = このアプリはその質問票を認識できません（{ $item }）
error-reason-unknown-item = この質問票に属さない質問があります（{ $item }）
error-reason-wrong-kind = 回答の値の種類が間違っています（{ $item }）
error-reason-unknown-option = 質問の選択肢にない回答があります（{ $item }）
error-reason-exclusive-option = 「なし」は他の回答と一緒に選べません（{ $item }）
error-reason-empty-choice = 少なくとも1つの回答を選んでください（{ $item }）
error-reason-out-of-range = 数値が許容範囲外です（{ $item }）
error-reason-absent-not-offered = その質問にはこの回答の選択肢がありません（{ $item }）
error-reason-not-enabled = 該当しない質問に回答されています（{ $item }）
error-reason-required-missing = 必須の質問に回答がありません（{ $item }）
error-reason-none-chosen = 質問票を少なくとも1つ選んでください
error-reason-already-saved = スクリーニングのこの部分はすでに保存されています
error-reason-empty-text = 記述式の回答が空です（{ $item }）
error-disk-full = ディスクがいっぱいか、書き込みできません：何も保存されていません。空き容量を確保して、もう一度試してください
error-corrupt = データストアが破損しているか、Equity Intake のデータストアではありません（{ $detail }）。バックアップから復元してください
error-audit-broken = 監査ログが記録 { $seq } で改ざんされています：{ $reason }
error-not-a-backup = { $path } は Equity Intake のバックアップではありません
error-io = { $path } でファイルエラーが発生しました：{ $detail }
error-database = データベースエラー：{ $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
cli-enrolled = { $site } の端末として { $url } に登録しました。この端末は { $device } です。
cli-sync-progress = { $total } 件中 { $sent } 件の記録を送信しました…
cli-sync-done = { $records ->
   *[other] 同期が完了しました：記録 { $records } 件を送信しました。確認した電子署名付き受領証：{ $batches } 件。
}
cli-sync-nothing = 送信するものはありません：すべて中央サーバーに届いています。
error-sync-not-enrolled = この端末はまだ中央サーバーに登録されていません：スーパーバイザーが、中央サーバーのアドレスと ACO から受け取った1回限りのコードを使って登録します
error-sync-already-enrolled = この端末はすでに中央サーバーに登録されています
error-sync-insecure-url = 中央サーバーのアドレスは https:// で始まる必要があります（暗号化されない http:// は、このコンピューター自身への接続にしか使えません）
error-sync-bad-url = これは中央サーバーのアドレスではありません：https://hub.example.org のような形式になります
error-sync-bad-code = 登録コードが受け付けられませんでした：コードを確認するか、ACO に新しいコードを依頼してください（コードは1回しか使えません）
error-sync-offline = ネットワークに接続されていないか、中央サーバーに接続できません：データは失われていません。オンラインになってから、もう一度試してください
error-sync-certificate = 中央サーバーのセキュリティ証明書が信頼できないため、何も送信していません：ACO のヘルプデスクに連絡してください
error-sync-hub-unavailable = 中央サーバーが現在応答していません：データは失われていません。しばらくしてから、もう一度試してください
error-sync-revoked = 中央サーバーがこの端末の接続許可を取り消しました：データは失われていませんが、この端末では同期できません。ACO のヘルプデスクに電話してください
error-sync-refused = 中央サーバーがバッチを1つ拒否しました（{ $reason }）：データは失われていません。ACO のヘルプデスクに連絡してください
error-sync-bad-answer = 中央サーバーからの応答を検証できなかったため、どの記録も送信済みにしていません：ACO のヘルプデスクに連絡してください
