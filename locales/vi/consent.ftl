# Consent before screening, and follow-up on a need.
# Vietnamese (vi) draft translation of consent.ftl; to be checked with an interpreter.

consent-title = Trước khi bắt đầu
consent-screening = Tôi muốn hỏi quý vị một số câu hỏi về sức khỏe và cuộc sống của quý vị. Quý vị có thể bỏ qua bất kỳ câu hỏi nào. Như vậy có được không?
consent-share-for-referral = Nếu chúng tôi thấy quý vị cần giúp đỡ về điều gì, chúng tôi có thể chia sẻ thông tin đó với một tổ chức cộng đồng có thể giúp quý vị không?

follow-up-title = Theo dõi
follow-up-status = Nhu cầu này đã được xử lý như thế nào?
follow-up-status-open = Đang mở (chưa xử lý)
follow-up-status-resource-given = Đã cung cấp nguồn trợ giúp
follow-up-status-referred = Đã giới thiệu đến tổ chức khác
follow-up-status-declined-help = Hội viên từ chối giúp đỡ
follow-up-status-already-getting-help = Đã đang được giúp đỡ
follow-up-status-resolved = Đã giải quyết
follow-up-organization = Hội viên được giới thiệu đến tổ chức nào?
follow-up-note = Ghi chú
