# Simplified Chinese (zh-Hans) draft of cli.ftl: the `intake` command line output and errors. Every error is one line.

cli-error = intake: 错误：{ $message }
cli-internal-error = intake: 内部错误；没有再保存任何数据。请报告这个问题。
cli-store-created = 已在 { $dir } 为 { $site } 创建数据存储区。
cli-recovery-key-intro = 恢复密钥（只显示这一次；请抄写下来，并锁好保管）：
cli-demo-saved = 已保存 { $number }：会员 { $member }，回答 { $response }
cli-demo-added = { $count ->
   *[other] 已添加 { $count } 名虚拟会员及其筛查记录。
}
cli-found = { $count ->
   *[other] 找到 { $count } 条
}
cli-duplicates = { $count ->
   *[other] 有 { $count } 名现有会员看起来是同一个人（见上方列表）；如仍要添加，请使用 --force
}
cli-verify-ok = 正常：页面与完整性检查通过；审计链的 { $entries } 条记录完好；{ $members } 名会员，{ $responses } 份回答
cli-backup-written = 已将加密备份写入 { $file }（{ $bytes } 字节）。
cli-restored = 已从 { $file } 恢复 { $members } 名会员和 { $responses } 份回答。
cli-new-pin = { $user } 已有新的 PIN 码。
cli-user-added = 已添加 { $user }（{ $role }）。
cli-user-deactivated = { $user } 已停用。
cli-outbox = 待发送：{ $pending }
    已送达：{ $delivered }
cli-response-line = 回答 { $id } { $date } { $instrument }，语言 { $locale }，记录人 { $collector }：{ $answers } 个答案{ $state }
cli-response-retracted = { " " }（误录入）
cli-response-corrected = { " " }（已更正）
cli-need-line = 需求 { $id } { $domain }：{ $status }
cli-user-active = 启用中
cli-user-deactivated-state = 已停用
cli-prompt-pin = { $user } 的 PIN 码：
cli-prompt-choose-pin = 请为 { $user } 设置 PIN 码：
cli-prompt-new-pin = { $user } 的新 PIN 码：
cli-prompt-recovery-key = 恢复密钥：
cli-need-user = 请将 INTAKE_USER 设为要使用的用户名
cli-no-value = 未提供值：请设置 { $var }，或在系统询问时输入
cli-no-data-dir = 未提供 --data-dir，也没有可作为默认值的主文件夹
cli-read-failed = 无法读取 { $what }

error-not-initialized = { $path } 中没有 Equity Intake 数据存储区：请先运行“intake init”
error-already-initialized = { $path } 中已经有 Equity Intake 数据存储区
error-wrong-credentials = 用户名或 PIN 码错误
error-locked-out = 该用户输入错误 PIN 码的次数过多：请在 { $seconds } 秒后重试，或请主管重置 PIN 码
error-deactivated = 该账户已被停用：请联系主管
error-wrong-recovery-key = 该恢复密钥不适用于这个数据存储区
error-forbidden = 您的角色（{ $role }）无权执行此操作：{ $action }
error-not-found = 找不到{ $what }
error-what-member = 会员
error-what-user = 用户
error-what-response = 回答
error-what-need = 需求
error-what-draft = 未完成的筛查
error-invalid = { $field }：{ $reason }
error-field-name = 姓名
error-field-date-of-birth = 出生日期
error-field-masshealth-id = MassHealth 会员编号
error-field-pin = PIN 码
error-field-site = 服务地点
error-field-user = 用户
error-field-consent = 同意
error-field-answers = 答案
error-field-supersedes = 更正
error-field-reason = 原因
error-field-response = 回答
error-field-organization = 机构
error-field-file = 文件
error-field-instrument = 问卷
error-field-draft = 筛查
error-field-item = 问题
error-reason-check-field = 请检查此字段
error-reason-pin-too-short = 请至少使用 { $min } 个字符
error-reason-site-empty = 请填写健康中心的名称
error-reason-username-format = 请使用字母、数字、“.”、“_”或“-”（最多64个）
error-reason-username-taken = 该用户名已被使用
error-reason-recovery-needs-supervisor = 恢复密钥只能重置启用中主管的 PIN 码
error-reason-deactivate-self = 您不能停用自己的账户
error-reason-no-consent = 会员尚未同意接受筛查
error-reason-answered-twice = 有一个问题被回答了两次（{ $item }）
error-reason-correction-other-member = 更正必须替换同一名会员的回答
error-reason-retraction-reason = 请说明为什么此回答是误录入
error-reason-already-retracted = 已经标记为误录入
error-reason-referral-organization = 请填写会员被转介到的机构名称
error-reason-path-not-utf8 = 路径中有此系统无法使用的字符
error-reason-unknown-instrument = 此应用程序不认识这份问卷（{ $item }）
error-reason-unknown-item = 有一个问题不属于这份问卷（{ $item }）
error-reason-wrong-kind = 有一个答案的值类型错误（{ $item }）
error-reason-unknown-option = 有一个答案不是该问题的选项（{ $item }）
error-reason-exclusive-option = “无”这类选项不能与其他答案同时选择（{ $item }）
error-reason-empty-choice = 请至少选择一个答案（{ $item }）
error-reason-out-of-range = 数字超出允许的范围（{ $item }）
error-reason-absent-not-offered = 该问题不提供这个答案（{ $item }）
error-reason-not-enabled = 回答了一个不适用的问题（{ $item }）
error-reason-required-missing = 有一个必答问题没有答案（{ $item }）
error-reason-none-chosen = 请至少选择一份问卷
error-reason-already-saved = 筛查的这一部分已经保存了
error-reason-empty-text = 书面答案是空的（{ $item }）
error-disk-full = 磁盘已满或无法写入：没有保存任何数据；请腾出一些空间后重试
error-corrupt = 数据存储区已损坏，或不是 Equity Intake 数据存储区（{ $detail }）；请从备份恢复
error-audit-broken = 审计日志在第 { $seq } 条被更改过：{ $reason }
error-not-a-backup = { $path } 不是 Equity Intake 备份
error-io = { $path } 发生文件错误：{ $detail }
error-database = 数据库错误：{ $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
cli-enrolled = 已为 { $site } 向 { $url } 注册。这台设备是 { $device }。
cli-sync-progress = 已发送 { $sent } 条记录，共 { $total } 条…
cli-sync-done = { $records ->
   *[other] 同步完成：已发送 { $records } 条记录。已核验的数字签名回执：{ $batches } 份。
}
cli-sync-nothing = 没有需要发送的数据：所有记录都已在中央服务器上。
error-sync-not-enrolled = 这台设备尚未向中央服务器注册：需由主管使用中央服务器地址和 ACO 提供的一次性注册码进行注册
error-sync-already-enrolled = 这台设备已经向中央服务器注册过了
error-sync-insecure-url = 中央服务器地址必须以 https:// 开头（未加密的 http:// 只能用于连接本机）
error-sync-bad-url = 这不是中央服务器地址；地址应类似 https://hub.example.org
error-sync-bad-code = 注册码未被接受：请检查注册码，或向 ACO 索取新的注册码（每个注册码只能使用一次）
error-sync-offline = 没有网络，或无法连接中央服务器：没有丢失任何数据；请在联网后重试
error-sync-certificate = 中央服务器的安全证书不受信任，因此没有发送任何数据：请告知 ACO 的技术支持
error-sync-hub-unavailable = 中央服务器目前没有响应：没有丢失任何数据；请稍后重试
error-sync-revoked = 中央服务器已撤销这台设备的访问授权：没有丢失任何数据，但这台设备无法再同步；请致电 ACO 的技术支持
error-sync-refused = 中央服务器拒收了一批记录（{ $reason }）：没有丢失任何数据；请告知 ACO 的技术支持
error-sync-bad-answer = 无法验证中央服务器的回复，因此没有任何记录被标记为已发送：请告知 ACO 的技术支持
