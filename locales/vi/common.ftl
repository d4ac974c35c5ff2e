# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Vietnamese (vi) draft translation of common.ftl; to be checked with an interpreter.

common-yes-no-yes = Có
common-yes-no-no = Không

answer-asked-declined = Không muốn trả lời
answer-asked-unknown = Không biết
answer-not-asked = Không được hỏi
hint-choose-all = Chọn tất cả các câu phù hợp.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Nhà ở
domain-housing-instability-explain = Hội viên có thể bị mất nhà, hoặc không có chỗ ở ổn định.
domain-housing-quality = Tình trạng nhà ở
domain-housing-quality-explain = Nhà của hội viên có những vấn đề có thể gây hại cho sức khỏe.
domain-food = Thực phẩm
domain-food-explain = Trong 12 tháng qua, hội viên đã lo bị hết thức ăn, hoặc đã bị hết thức ăn.
domain-transportation = Phương tiện đi lại
domain-transportation-explain = Thiếu phương tiện đi lại đã khiến hội viên không đi khám chữa bệnh, đi làm hoặc lo được những việc cần thiết.
domain-utilities = Điện, ga, nước
domain-utilities-explain = Công ty điện, ga, dầu sưởi hoặc nước đã đe dọa cắt dịch vụ, hoặc đã cắt rồi.
domain-interpersonal-safety = An toàn
domain-interpersonal-safety-explain = Có thể có người đang làm hại, đe dọa hoặc lăng mạ hội viên.
domain-financial-strain = Tiền cho nhu cầu cơ bản
domain-financial-strain-explain = Khó trả tiền thức ăn, nhà ở, chăm sóc y tế hoặc sưởi ấm.
domain-employment = Việc làm
domain-employment-explain = Hội viên muốn được giúp tìm hoặc giữ việc làm.
domain-family-community-support = Sự hỗ trợ từ người khác
domain-family-community-support-explain = Hội viên cần được giúp thêm trong sinh hoạt hằng ngày, hoặc thường cảm thấy cô đơn.
domain-education = Học tập và đào tạo
domain-education-explain = Hội viên muốn được giúp về việc học hoặc đào tạo nghề.
domain-physical-activity = Hoạt động thể chất
domain-physical-activity-explain = Hội viên tập thể dục ít hơn 150 phút mỗi tuần.
domain-substance-use = Rượu bia, thuốc lá và ma túy
domain-substance-use-explain = Hội viên cho biết có sử dụng, và có thể nên trao đổi thêm về việc này.
domain-mental-health = Sức khỏe tâm thần
domain-mental-health-explain = Hội viên đã cảm thấy buồn bã, mất hứng thú, hoặc đang cảm thấy rất căng thẳng.
domain-disabilities = Khuyết tật
domain-disabilities-explain = Hội viên gặp khó khăn nghiêm trọng trong việc tập trung hoặc tự mình đi lo công việc bên ngoài.
domain-digital-access = Internet và thiết bị
domain-digital-access-explain = Hội viên không có internet ổn định hoặc thiết bị để khám bệnh qua video.
domain-digital-literacy = Mức độ thoải mái với công nghệ
domain-digital-literacy-explain = Hội viên không tự tin khi khám bệnh qua video và không có ai giúp.

outcome-positive = Có nhu cầu
outcome-negative = Không có nhu cầu
outcome-not-scored = Chưa tính điểm: thiếu một số câu trả lời

flag-homelessness = Hội viên không có chỗ ở ổn định (vô gia cư).
safety-discreet-prompt = Trước khi nói về việc này, hãy chắc chắn rằng hội viên đang ở một mình và có thể nói chuyện an toàn.

translation-status-reference = Văn bản gốc (tham chiếu)
translation-status-draft = Bản dịch nháp: hãy kiểm tra lời lẽ với thông dịch viên
translation-status-reviewed = Đã được { $reviewer } duyệt ngày { $date }

role-chw = nhân viên y tế cộng đồng
role-navigator = nhân viên hướng dẫn khám bệnh từ xa
role-supervisor = người giám sát

permission-find-members = tìm hội viên
permission-view-member = xem thông tin hội viên
permission-edit-member = thêm hoặc thay đổi thông tin hội viên
permission-record-response = ghi lại một lần sàng lọc
permission-record-follow-up = ghi lại việc theo dõi
permission-retract-any-response = đánh dấu lần sàng lọc của người khác là “nhập nhầm”
permission-manage-users = quản lý người dùng
permission-backup = tạo bản sao lưu
permission-restore = khôi phục bản sao lưu
permission-verify-store = kiểm tra kho dữ liệu
permission-review-team = xem xét công việc của nhóm
permission-import-members = nhập hội viên hoặc dữ liệu mẫu
permission-sync = đồng bộ với máy chủ trung tâm
