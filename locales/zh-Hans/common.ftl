# Simplified Chinese (zh-Hans) draft of common.ftl: messages shared by every instrument and screen; to be checked with an interpreter.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = 是
common-yes-no-no = 否

answer-asked-declined = 选择不回答
answer-asked-unknown = 不知道
answer-not-asked = 未询问
hint-choose-all = 请选择所有适用的选项。

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = 住房
domain-housing-instability-explain = 会员可能会失去住处，或者没有稳定的住处。
domain-housing-quality = 居住条件
domain-housing-quality-explain = 会员的住处存在可能危害健康的问题。
domain-food = 食物
domain-food-explain = 在过去12个月内，会员曾担心食物会吃完，或者食物已经吃完。
domain-transportation = 交通
domain-transportation-explain = 由于缺乏交通工具，会员没能去看病、上班或获取所需的物品。
domain-utilities = 水电燃气服务
domain-utilities-explain = 电力、燃气、取暖油或自来水公司曾威胁要停止供应，或者已经停止供应。
domain-interpersonal-safety = 人身安全
domain-interpersonal-safety-explain = 可能有人正在伤害、威胁或侮辱会员。
domain-financial-strain = 基本生活费用
domain-financial-strain-explain = 支付食物、住房、医疗或取暖的费用有困难。
domain-employment = 工作
domain-employment-explain = 会员希望得到帮助，以找到或保住工作。
domain-family-community-support = 他人的支持
domain-family-community-support-explain = 会员在日常活动上需要更多帮助，或者经常感到孤独。
domain-education = 上学与培训
domain-education-explain = 会员希望在上学或职业培训方面得到帮助。
domain-physical-activity = 身体活动
domain-physical-activity-explain = 会员每周运动少于150分钟。
domain-substance-use = 酒精、烟草与药物
domain-substance-use-explain = 会员报告的使用情况可能值得谈一谈。
domain-mental-health = 心理健康
domain-mental-health-explain = 会员曾感到情绪低落、失去兴趣，或者感到压力很大。
domain-disabilities = 残障
domain-disabilities-explain = 会员在集中注意力或独自办事方面有严重困难。
domain-digital-access = 网络与设备
domain-digital-access-explain = 会员没有稳定的网络，或者没有可用于视频看诊的设备。
domain-digital-literacy = 使用科技的信心
domain-digital-literacy-explain = 会员对视频看诊没有信心，也没有人可以帮忙。

outcome-positive = 发现需求
outcome-negative = 未发现需求
outcome-not-scored = 未评分：部分答案缺失

flag-homelessness = 会员没有稳定的住处（无家可归）。
safety-discreet-prompt = 谈论这件事之前，请确认会员是独自一人，而且可以安全地交谈。

translation-status-reference = 参考原文
translation-status-draft = 翻译草稿：请与口译员核对用词
translation-status-reviewed = 已由 { $reviewer } 于 { $date } 审阅

role-chw = 社区卫生工作者
role-navigator = 远程医疗协助员
role-supervisor = 主管

permission-find-members = 查找会员
permission-view-member = 查看会员信息
permission-edit-member = 添加或修改会员信息
permission-record-response = 记录筛查
permission-record-follow-up = 记录后续跟进
permission-retract-any-response = 将他人的筛查标记为误录入
permission-manage-users = 管理用户
permission-backup = 创建备份
permission-restore = 恢复备份
permission-verify-store = 检查数据存储区
permission-review-team = 审阅团队的工作
permission-import-members = 导入会员或演示数据
permission-sync = 与中心服务器同步
