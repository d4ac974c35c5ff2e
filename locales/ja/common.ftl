# Japanese (ja) draft of common.ftl: messages shared by every instrument and screen; to be checked with an interpreter.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = はい
common-yes-no-no = いいえ

answer-asked-declined = 回答しない
answer-asked-unknown = わからない
answer-not-asked = 質問していない
hint-choose-all = 当てはまるものをすべて選んでください。

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = 住まい
domain-housing-instability-explain = 加入者は住まいを失うおそれがあるか、安定して住める場所がありません。
domain-housing-quality = 住まいの状態
domain-housing-quality-explain = 加入者の住まいに、健康を害するおそれのある問題があります。
domain-food = 食べ物
domain-food-explain = 加入者は過去12か月の間に、食べ物がなくなることを心配したか、食べ物がなくなったことがあります。
domain-transportation = 交通手段
domain-transportation-explain = 交通手段がないために、加入者は医療、仕事、または必要なものを得ることができませんでした。
domain-utilities = 電気・ガス・水道など
domain-utilities-explain = 電気、ガス、灯油、または水道の会社からサービスを止めると言われたか、すでに止められました。
domain-interpersonal-safety = 身の安全
domain-interpersonal-safety-explain = 誰かが加入者を傷つけたり、脅したり、侮辱したりしているおそれがあります。
domain-financial-strain = 基本的な生活費
domain-financial-strain-explain = 食べ物、住まい、医療、または暖房の費用を支払うことが困難です。
domain-employment = 仕事
domain-employment-explain = 加入者は、仕事を見つけるため、または続けるための支援を希望しています。
domain-family-community-support = 周りの人からの支え
domain-family-community-support-explain = 加入者は日常の活動にもっと手助けが必要か、よく孤独を感じています。
domain-education = 学校・職業訓練
domain-education-explain = 加入者は、学校または職業訓練についての支援を希望しています。
domain-physical-activity = 体を動かすこと
domain-physical-activity-explain = 加入者の運動は週150分未満です。
domain-substance-use = アルコール・たばこ・薬物
domain-substance-use-explain = 加入者は、話し合ったほうがよいかもしれない使用について答えました。
domain-mental-health = 心の健康
domain-mental-health-explain = 加入者は気分が落ち込んだり、物事への興味を失ったりしているか、強いストレスを感じています。
domain-disabilities = 障がい
domain-disabilities-explain = 加入者は、集中すること、または一人で用事を済ませることに深刻な困難があります。
domain-digital-access = インターネットと機器
domain-digital-access-explain = 加入者には、ビデオ診療に使える安定したインターネットや機器がありません。
domain-digital-literacy = 機器の使用への自信
domain-digital-literacy-explain = 加入者はビデオ診療に自信がなく、手伝ってくれる人もいません。

outcome-positive = ニーズあり
outcome-negative = ニーズなし
outcome-not-scored = 判定できません：一部の回答がありません

flag-homelessness = 加入者には安定して住める場所がありません（ホームレス状態）。
safety-discreet-prompt = この話をする前に、加入者が一人でいること、そして安全に話せることを確認してください。

translation-status-reference = 原文（参照用テキスト）
translation-status-draft = 翻訳の下書き：表現を通訳者と確認してください
translation-status-reviewed = { $reviewer } が { $date } に確認済み

role-chw = コミュニティ・ヘルスワーカー
role-navigator = 遠隔医療ナビゲーター
role-supervisor = スーパーバイザー

permission-find-members = 加入者を検索する
permission-view-member = 加入者の情報を見る
permission-edit-member = 加入者を追加または変更する
permission-record-response = スクリーニングを記録する
permission-record-follow-up = フォローアップを記録する
permission-retract-any-response = 他の人のスクリーニングを誤入力として記録する
permission-manage-users = ユーザーを管理する
permission-backup = バックアップを作成する
permission-restore = バックアップから復元する
permission-verify-store = データストアを確認する
permission-review-team = チームの作業を確認する
permission-import-members = 加入者またはデモデータをインポートする
permission-sync = ハブと同期する
