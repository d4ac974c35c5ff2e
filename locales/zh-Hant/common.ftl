# Traditional Chinese (zh-Hant) draft of common.ftl: messages shared by every instrument and screen; to be checked with an interpreter.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = 是
common-yes-no-no = 否

answer-asked-declined = 選擇不回答
answer-asked-unknown = 不知道
answer-not-asked = 未詢問
hint-choose-all = 請選擇所有適用的選項。

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = 住屋
domain-housing-instability-explain = 會員可能會失去住所，或沒有穩定的居住地方。
domain-housing-quality = 居住環境
domain-housing-quality-explain = 會員的住所有可能危害健康的問題。
domain-food = 食物
domain-food-explain = 在過去12個月內，會員曾擔心食物會吃完，或食物已經吃完。
domain-transportation = 交通
domain-transportation-explain = 由於缺乏交通工具，會員未能去看病、上班或取得所需的物品。
domain-utilities = 水電燃料服務
domain-utilities-explain = 電力、煤氣（瓦斯）、燃油或自來水公司曾威脅要停止供應服務，或已經停止供應。
domain-interpersonal-safety = 人身安全
domain-interpersonal-safety-explain = 可能有人正在傷害、威脅或侮辱會員。
domain-financial-strain = 基本生活費用
domain-financial-strain-explain = 支付食物、住屋、醫療或暖氣的費用有困難。
domain-employment = 工作
domain-employment-explain = 會員希望獲得協助，以找到或保住工作。
domain-family-community-support = 他人的支援
domain-family-community-support-explain = 會員在日常活動上需要更多協助，或經常感到孤單。
domain-education = 上學與培訓
domain-education-explain = 會員希望在上學或職業培訓方面獲得協助。
domain-physical-activity = 體能活動
domain-physical-activity-explain = 會員每週運動少於150分鐘。
domain-substance-use = 酒精、菸草與藥物
domain-substance-use-explain = 會員回報的使用情況可能值得談一談。
domain-mental-health = 心理健康
domain-mental-health-explain = 會員曾感到情緒低落、失去興趣，或感到壓力很大。
domain-disabilities = 身心障礙
domain-disabilities-explain = 會員在集中注意力或獨自辦事方面有嚴重困難。
domain-digital-access = 網路與設備
domain-digital-access-explain = 會員沒有穩定的網路，或沒有可用於視訊看診的設備。
domain-digital-literacy = 使用科技的信心
domain-digital-literacy-explain = 會員對視訊看診沒有信心，也沒有人可以協助。

outcome-positive = 發現需求
outcome-negative = 未發現需求
outcome-not-scored = 未評分：部分答案缺失

flag-homelessness = 會員沒有穩定的居住地方（無家可歸）。
safety-discreet-prompt = 談論這件事之前，請確認會員是獨自一人，而且可以安全地談話。

translation-status-reference = 參考原文
translation-status-draft = 翻譯草稿：請與口譯員核對用詞
translation-status-reviewed = 已由 { $reviewer } 於 { $date } 審閱

role-chw = 社區健康工作者
role-navigator = 遠距醫療協助員
role-supervisor = 主管

permission-find-members = 搜尋會員
permission-view-member = 查看會員資料
permission-edit-member = 新增或修改會員資料
permission-record-response = 記錄篩檢
permission-record-follow-up = 記錄後續跟進
permission-retract-any-response = 將他人的篩檢標記為誤輸入
permission-manage-users = 管理使用者
permission-backup = 建立備份
permission-restore = 還原備份
permission-verify-store = 檢查資料存放區
permission-review-team = 審閱團隊的工作
permission-import-members = 匯入會員或示範資料
permission-sync = 與中央伺服器同步
