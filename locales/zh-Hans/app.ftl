# Simplified Chinese (zh-Hans) draft of app.ftl; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = 继续
app-cancel = 取消
app-save = 保存
app-none = 无。
app-show = 显示
app-lock = 锁定
app-locked-notice = 屏幕已锁定。请登录以继续。
app-nav-label = 主菜单
app-nav-members = 会员
app-nav-supervisor = 主管
app-nav-settings = 设置
app-nav-sync = 同步
app-for-staff = 工作人员须知：
app-fallback-english = （尚未翻译：以英文显示）
app-translation-status-missing = 尚未翻译：问题会以英文显示

## First run and sign-in
app-setup-title = 设置 Equity Intake
app-setup-explain = 请创建这家健康中心的数据存储区，以及第一位主管的账户。所有数据都会加密保存在这台电脑上。
app-setup-submit = 创建数据存储区
app-recovery-title = 您的恢复密钥
app-recovery-explain = 如果所有主管都忘记了自己的 PIN 码，这个密钥是重新进入数据存储区的唯一方法。请把它抄写下来，存放在安全、上锁的地方，不要和这台电脑放在一起。它只会显示这一次。
app-recovery-confirm = 我已抄下恢复密钥，并妥善保管。
app-sign-in-title = 登录
app-sign-in-submit = 登录
app-pin-hint = 至少6个字符。请勿告诉他人。
app-field-site = 健康中心名称
app-field-username = 用户名
app-field-name = 全名
app-field-pin = PIN 码
app-field-pin-again = 再次输入 PIN 码
app-field-role = 角色
app-field-staff-language = 界面语言

## Members
app-members-title = 会员
app-members-search = 按姓名、MassHealth 会员编号、病历号或出生日期搜索
app-members-recent = 您最近服务的会员
app-members-none-yet = 没有最近的会员。请在上方搜索，或添加会员。
app-members-found = { $count ->
   *[other] 找到 { $count } 名会员
}
app-members-too-many = 找到超过 { $count } 名会员：请输入更完整的姓名。
app-members-add = 添加会员
app-members-save = 保存会员信息
app-duplicates-found = 这些会员看起来是同一个人。请打开其中一名会员的信息；如果这是另一个人，请添加新会员。
app-duplicates-add-anyway = 这是另一个人：添加新会员
app-dob = 出生日期
app-masshealth-id = MassHealth 会员编号
app-mrn = 病历号
app-field-given-name = 名字
app-field-family-name = 姓氏
app-field-date-of-birth = 出生日期
app-field-masshealth-id = MassHealth 会员编号（选填）
app-field-mrn = 病历号（选填）

## Member profile
app-demographics-title = 会员提供的个人信息
app-topic = 项目
app-state = 状态
app-answer = 答案
app-asked-on = 询问日期
app-proxy = 由他人代答
app-topic-race-ethnicity = 种族与族裔
app-topic-language = 语言
app-topic-disability = 残障
app-topic-sexual-orientation = 性取向
app-topic-gender-identity = 性别认同
app-topic-sex-at-birth = 出生时被指定的性别
app-topic-pronouns = 代词
app-state-answered = 已回答
app-state-declined = 选择不回答
app-state-unknown = 不知道
app-state-never-asked = 从未询问
app-state-stale = 已超过一年
app-history-title = 筛查记录
app-history-none = 还没有筛查记录。
app-drafts-title = 未完成的筛查
app-resume = 接着筛查
app-needs-title = 需求
app-needs-none = 目前尚未发现需求。
app-need-discreet = 一项敏感的需求
app-opened-on = 发现于
app-follow-up-add = 记录后续跟进

## Starting a screening
app-start-title = 开始筛查
app-start-submit = 开始
app-field-instruments = 问卷
app-field-member-language = 会员的语言
app-field-mode = 进行方式
app-mode-in-person = 当面
app-mode-phone = 电话
app-mode-video = 视频
app-field-interpreter = 有口译员协助
app-field-respondent = 回答人
app-respondent-self = 会员本人
app-respondent-proxy = 代会员回答的人（例如父母、照护者）
app-field-relationship = 此人与会员的关系
app-field-consent = 会员同意

## Screening
app-screening-for = 筛查对象：
app-question-position = 第 { $n } 题，共 { $total } 题
app-progress = 已回答 { $answered } 题，共 { $total } 题
app-steps-label = 问题
app-back = 上一步
app-next = 下一步
app-finish = 完成并保存
app-save-close = 关闭（答案已保存）
app-discard = 舍弃这次筛查
app-discard-confirm = 要舍弃这次筛查的所有答案吗？此操作无法撤销。

## Results
app-results-title = 结果
app-results-none = 没有可显示的结果。
app-safe-to-talk = 会员独自一人，可以安全地交谈
app-to-profile = 返回会员信息
app-summary-print = 给会员的摘要
app-summary-open = 打开摘要
app-print = 打印或另存为 PDF

## The printed summary, in the member's language
app-summary-title = 您的筛查摘要
app-summary-intro = 谢谢您回答我们的问题。下面是我们谈过的事情，以及接下来会怎么做。
app-summary-none = 您今天没有告诉我们任何需要帮助的地方。您随时都可以来找我们谈谈。
app-summary-footer = 您的回答会被保密。这些回答能帮助您的健康中心和 MassHealth 为您提供更好的医疗服务。如果您有任何问题，请打电话给您的健康中心。
app-summary-explain-housing-instability = 您可能需要帮助，才能保住住的地方，或者找到住的地方。
app-summary-explain-housing-quality = 您住的地方可能有一些会影响健康的问题。
app-summary-explain-food = 您可能需要帮助，才能有足够的食物。
app-summary-explain-transportation = 您可能需要交通上的帮助，才能去看病、上班或办事。
app-summary-explain-utilities = 您可能需要帮助，才能支付电费、燃气费、取暖油费或水费。
app-summary-explain-interpersonal-safety = 只要您愿意，我们随时可以和您谈谈您的安全。
app-summary-explain-financial-strain = 您可能需要帮助，才能支付基本生活费用。
app-summary-explain-employment = 您可能希望有人帮您找工作或保住工作。
app-summary-explain-family-community-support = 您可能希望在家里得到更多帮忙，或者有更多时间和别人在一起。
app-summary-explain-education = 您可能希望在上学或职业培训方面得到帮助。
app-summary-explain-physical-activity = 多活动身体，对您的健康有好处。
app-summary-explain-substance-use = 只要您愿意，我们随时可以和您谈谈酒、烟草或药物的事。
app-summary-explain-mental-health = 您可能希望找人谈谈您的感受。
app-summary-explain-disabilities = 您可能希望在日常事务上得到帮助。
app-summary-explain-digital-access = 您可能需要帮助，才能上网或者得到可以视频看诊的设备。
app-summary-explain-digital-literacy = 您可能希望有人教您怎么视频看诊。

## Supervisor
app-supervisor-title = 今天
app-team-work = 各工作人员的工作
app-staff = 工作人员
app-screenings = 筛查
app-members-screened = 会员
app-needs-opened = 发现的需求
app-incomplete-title = 未完成的筛查
app-unfollowed-title = 尚未后续跟进的需求
app-users-title = 用户
app-add-user = 添加用户
app-reset-pin = 重置 PIN 码
app-deactivate = 停用
app-inactive = 已停用
app-site-settings = 服务地点设置
app-setting-idle-lock-seconds = 闲置超过几秒后锁定屏幕
app-setting-sogi-min-age = 询问性取向与性别认同的最低年龄

## Settings
app-text-size = 文字大小
app-about = 关于
app-language = 语言
app-translation-status = 翻译

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = 屏幕已锁定。请重新登录：没有丢失任何数据。
app-error-pin-mismatch = 两次输入的 PIN 码不一致。
app-error-preferences = 无法在这台电脑上保存此设置。
app-error-date-of-birth = 请输入完整的出生日期（年、月、日）。
app-error-member-name = 请输入名字或姓氏。
app-error-member-date-of-birth = 出生日期不能是将来的日期。
app-error-member-masshealth-id = MassHealth 会员编号只包含字母和数字。
app-error-member-language = 请选择会员的语言。
app-error-mode = 请选择筛查的进行方式。
app-error-respondent = 请选择由谁回答。
app-error-proxy-relationship = 请说明是谁代会员回答。
app-error-consent = 必须先得到会员同意，才能询问任何问题。
app-error-instruments = 请至少选择一份问卷。
app-error-answer = 这个答案与此问题不符。请重新选择。
app-error-answer-exclusive = 这个答案不能与其他答案同时选择。
app-error-answer-range = 这个数字超出此问题允许的范围。
app-error-required-unanswered = 完成之前，请回答这个问题，或者选择“选择不回答”。
app-error-follow-up-status = 请选择这项需求的处理情况。
app-error-role = 请选择角色。
app-error-setting = 此数值超出允许的范围。

# The supervisor's sync screen.
app-sync-title = 与 ACO 中央服务器同步
app-sync-not-enrolled = 这台设备尚未向中央服务器注册。请输入中央服务器地址和 ACO 给您的一次性注册码。
app-sync-hub-url = 中央服务器地址
app-sync-code = 注册码
app-sync-enroll = 注册这台设备
app-sync-enrolled = 已为 { $site } 向 { $url } 注册。
app-sync-unsent = { $count ->
   *[other] 有 { $count } 条记录等待发送。
}
app-sync-all-sent = 所有记录都已送达中央服务器。
app-sync-now = 立即同步
app-sync-sending = 正在发送：已发送 { $sent } 条，共 { $total } 条记录
app-sync-finished = { $records ->
   *[other] 完成：已发送 { $records } 条记录，中央服务器已确认收到。
}
app-sync-history = 最近的同步
app-sync-started = 开始时间
app-sync-by = 操作人
app-sync-records = 记录数
app-sync-receipts = 数字签名回执
app-sync-result = 结果
app-sync-ok = 已完成
app-sync-receipt = 第 { $sequence } 批：{ $count } 条记录
