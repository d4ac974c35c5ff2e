# Simplified Chinese (zh-Hans) draft of consent.ftl: consent before screening, and follow-up on a need.

consent-title = 开始之前
consent-screening = 我想问您一些关于您的健康和生活的问题。任何问题您都可以跳过不答。这样可以吗？
consent-share-for-referral = 如果我们发现您有需要帮助的地方，我们可以把这些信息告诉能帮助您的社区机构吗？

follow-up-title = 后续跟进
follow-up-status = 这项需求的处理情况如何？
follow-up-status-open = 未结案
follow-up-status-resource-given = 已提供资源
follow-up-status-referred = 已转介
follow-up-status-declined-help = 会员谢绝帮助
follow-up-status-already-getting-help = 已在接受帮助
follow-up-status-resolved = 已解决
follow-up-organization = 会员被转介到哪个机构？
follow-up-note = 备注
