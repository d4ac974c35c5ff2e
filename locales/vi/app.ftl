# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.
# Vietnamese (vi) draft translation of app.ftl; to be checked with an interpreter.

app-title = Equity Intake
app-continue = Tiếp tục
app-cancel = Hủy
app-save = Lưu
app-none = Không có.
app-show = Hiện
app-lock = Khóa
app-locked-notice = Màn hình đã bị khóa. Hãy đăng nhập để tiếp tục.
app-nav-label = Menu chính
app-nav-members = Hội viên
app-nav-supervisor = Người giám sát
app-nav-settings = Cài đặt
app-nav-sync = Đồng bộ
app-for-staff = Dành cho nhân viên:
app-fallback-english = (chưa được dịch: hiển thị bằng tiếng Anh)
app-translation-status-missing = Chưa được dịch: câu hỏi hiển thị bằng tiếng Anh

## First run and sign-in
app-setup-title = Thiết lập Equity Intake
app-setup-explain = Tạo kho dữ liệu của trung tâm y tế này và người giám sát đầu tiên. Mọi thứ đều được mã hóa và lưu trên máy tính này.
app-setup-submit = Tạo kho dữ liệu
app-recovery-title = Khóa khôi phục của bạn
app-recovery-explain = Nếu tất cả người giám sát đều quên mã PIN, khóa này là cách duy nhất để vào lại kho dữ liệu. Hãy ghi lại và cất ở nơi an toàn, có khóa, xa máy tính này. Khóa chỉ hiển thị một lần.
app-recovery-confirm = Tôi đã ghi lại khóa khôi phục và cất giữ an toàn.
app-sign-in-title = Đăng nhập
app-sign-in-submit = Đăng nhập
app-pin-hint = Ít nhất 6 ký tự. Không chia sẻ cho ai.
app-field-site = Tên trung tâm y tế
app-field-username = Tên người dùng
app-field-name = Họ và tên
app-field-pin = Mã PIN
app-field-pin-again = Nhập lại mã PIN
app-field-role = Vai trò
app-field-staff-language = Ngôn ngữ của màn hình

## Members
app-members-title = Hội viên
app-members-search = Tìm theo tên, mã số MassHealth, số hồ sơ hoặc ngày sinh
app-members-recent = Hội viên gần đây của bạn
app-members-none-yet = Chưa có hội viên gần đây. Hãy tìm ở trên, hoặc thêm hội viên.
app-members-found = { $count ->
   *[other] Tìm thấy { $count } hội viên
}
app-members-too-many = Tìm thấy hơn { $count } hội viên: hãy gõ thêm tên.
app-members-add = Thêm hội viên
app-members-save = Lưu hội viên
app-duplicates-found = Những hội viên này có vẻ là cùng một người. Hãy mở một trong số đó, hoặc thêm hội viên mới nếu đây là người khác.
app-duplicates-add-anyway = Đây là người khác: thêm hội viên mới
app-dob = Ngày sinh
app-masshealth-id = Mã số MassHealth
app-mrn = Số hồ sơ
app-field-given-name = Tên
app-field-family-name = Họ
app-field-date-of-birth = Ngày sinh
app-field-masshealth-id = Mã số MassHealth (không bắt buộc)
app-field-mrn = Số hồ sơ bệnh án (không bắt buộc)

## Member profile
app-demographics-title = Những gì hội viên cho chúng tôi biết về bản thân
app-topic = Chủ đề
app-state = Trạng thái
app-answer = Câu trả lời
app-asked-on = Ngày hỏi
app-proxy = người khác trả lời thay
app-topic-race-ethnicity = Chủng tộc và sắc tộc
app-topic-language = Ngôn ngữ
app-topic-disability = Khuyết tật
app-topic-sexual-orientation = Xu hướng tính dục
app-topic-gender-identity = Bản dạng giới
app-topic-sex-at-birth = Giới tính được ghi khi sinh
app-topic-pronouns = Đại từ nhân xưng
app-state-answered = Đã trả lời
app-state-declined = Không muốn trả lời
app-state-unknown = Không biết
app-state-never-asked = Chưa bao giờ được hỏi
app-state-stale = Đã hơn một năm
app-history-title = Các lần sàng lọc
app-history-none = Chưa có lần sàng lọc nào.
app-drafts-title = Các lần sàng lọc chưa hoàn tất
app-resume = Làm tiếp
app-needs-title = Nhu cầu
app-needs-none = Đến nay chưa thấy nhu cầu nào.
app-need-discreet = Một nhu cầu nhạy cảm
app-opened-on = Ngày phát hiện
app-follow-up-add = Ghi lại việc theo dõi

## Starting a screening
app-start-title = Bắt đầu sàng lọc
app-start-submit = Bắt đầu
app-field-instruments = Bảng câu hỏi
app-field-member-language = Ngôn ngữ của hội viên
app-field-mode = Hình thức
app-mode-in-person = Trực tiếp
app-mode-phone = Qua điện thoại
app-mode-video = Qua video
app-field-interpreter = Có thông dịch viên hỗ trợ
app-field-respondent = Người trả lời
app-respondent-self = Chính hội viên
app-respondent-proxy = Người khác trả lời thay hội viên (cha mẹ, người chăm sóc)
app-field-relationship = Quan hệ của người đó với hội viên
app-field-consent = Hội viên đồng ý

## Screening
app-screening-for = Sàng lọc cho
app-question-position = Câu hỏi { $n } trong số { $total }
app-progress = Đã trả lời { $answered } trong số { $total }
app-steps-label = Các câu hỏi
app-back = Quay lại
app-next = Tiếp
app-finish = Hoàn tất và lưu
app-save-close = Đóng (câu trả lời đã được lưu)
app-discard = Bỏ lần sàng lọc này
app-discard-confirm = Xóa mọi câu trả lời của lần sàng lọc này? Không thể hoàn tác.

## Results
app-results-title = Kết quả
app-results-none = Không có kết quả để hiển thị.
app-safe-to-talk = Hội viên đang ở một mình và có thể nói chuyện an toàn
app-to-profile = Quay lại hồ sơ hội viên
app-summary-print = Bản tóm tắt cho hội viên
app-summary-open = Mở bản tóm tắt
app-print = In hoặc lưu thành PDF

## The printed summary, in the member's language
app-summary-title = Bản tóm tắt kết quả sàng lọc của quý vị
app-summary-intro = Cảm ơn quý vị đã trả lời các câu hỏi của chúng tôi. Dưới đây là những điều chúng ta đã trao đổi và những việc sẽ làm tiếp theo.
app-summary-none = Hôm nay quý vị không cho chúng tôi biết về nhu cầu nào. Quý vị có thể nói chuyện với chúng tôi bất cứ lúc nào.
app-summary-footer = Câu trả lời của quý vị được giữ kín. Những câu trả lời này giúp trung tâm y tế của quý vị và MassHealth chăm sóc quý vị tốt hơn. Nếu có thắc mắc, hãy gọi cho trung tâm y tế của quý vị.
app-summary-explain-housing-instability = Quý vị có thể cần được giúp để giữ nhà hoặc tìm nhà.
app-summary-explain-housing-quality = Nhà của quý vị có thể có những vấn đề ảnh hưởng đến sức khỏe của quý vị.
app-summary-explain-food = Quý vị có thể cần được giúp để có đủ thức ăn.
app-summary-explain-transportation = Quý vị có thể cần được giúp về việc đi lại để khám bệnh, đi làm hoặc lo công việc bên ngoài.
app-summary-explain-utilities = Quý vị có thể cần được giúp trả tiền điện, ga, dầu sưởi hoặc nước.
app-summary-explain-interpersonal-safety = Chúng tôi có thể nói chuyện về sự an toàn của quý vị bất cứ khi nào quý vị muốn.
app-summary-explain-financial-strain = Quý vị có thể cần được giúp trả tiền cho những nhu cầu cơ bản.
app-summary-explain-employment = Quý vị có thể muốn được giúp tìm hoặc giữ việc làm.
app-summary-explain-family-community-support = Quý vị có thể muốn được giúp nhiều hơn ở nhà, hoặc có thêm thời gian bên những người khác.
app-summary-explain-education = Quý vị có thể muốn được giúp về việc học hoặc đào tạo nghề.
app-summary-explain-physical-activity = Vận động cơ thể nhiều hơn có thể giúp ích cho sức khỏe của quý vị.
app-summary-explain-substance-use = Chúng tôi có thể nói chuyện về rượu bia, thuốc lá hoặc ma túy bất cứ khi nào quý vị muốn.
app-summary-explain-mental-health = Quý vị có thể muốn có người để chia sẻ về cảm xúc của mình.
app-summary-explain-disabilities = Quý vị có thể muốn được giúp trong các công việc hằng ngày.
app-summary-explain-digital-access = Quý vị có thể cần được giúp để có internet hoặc thiết bị để khám bệnh qua video.
app-summary-explain-digital-literacy = Quý vị có thể muốn được hướng dẫn cách khám bệnh qua video.

## Supervisor
app-supervisor-title = Hôm nay
app-team-work = Công việc theo từng nhân viên
app-staff = Nhân viên
app-screenings = Lần sàng lọc
app-members-screened = Hội viên
app-needs-opened = Nhu cầu được phát hiện
app-incomplete-title = Các lần sàng lọc chưa hoàn tất
app-unfollowed-title = Nhu cầu chưa được theo dõi
app-users-title = Người dùng
app-add-user = Thêm người dùng
app-reset-pin = Đặt lại mã PIN
app-deactivate = Vô hiệu hóa
app-inactive = đã vô hiệu hóa
app-site-settings = Cài đặt của cơ sở
app-setting-idle-lock-seconds = Khóa màn hình sau số giây không sử dụng này
app-setting-sogi-min-age = Độ tuổi nhỏ nhất được hỏi về xu hướng tính dục và bản dạng giới

## Settings
app-text-size = Cỡ chữ
app-about = Giới thiệu
app-language = Ngôn ngữ
app-translation-status = Bản dịch

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Màn hình đang bị khóa. Hãy đăng nhập lại: không có gì bị mất.
app-error-pin-mismatch = Hai mã PIN không giống nhau.
app-error-preferences = Không lưu được cài đặt này trên máy tính này.
app-error-date-of-birth = Hãy nhập ngày sinh đầy đủ.
app-error-member-name = Hãy nhập tên hoặc họ.
app-error-member-date-of-birth = Ngày sinh không thể ở trong tương lai.
app-error-member-masshealth-id = Mã số MassHealth chỉ gồm chữ cái và chữ số.
app-error-member-language = Hãy chọn ngôn ngữ của hội viên.
app-error-mode = Hãy chọn hình thức sàng lọc.
app-error-respondent = Hãy chọn người trả lời.
app-error-proxy-relationship = Hãy cho biết ai đang trả lời thay hội viên.
app-error-consent = Hội viên phải đồng ý trước khi được hỏi bất kỳ câu hỏi nào.
app-error-instruments = Hãy chọn ít nhất một bảng câu hỏi.
app-error-answer = Câu trả lời này không phù hợp với câu hỏi. Hãy chọn lại.
app-error-answer-exclusive = Không thể chọn câu trả lời này cùng với các câu khác.
app-error-answer-range = Con số này nằm ngoài phạm vi câu hỏi cho phép.
app-error-required-unanswered = Câu hỏi này cần được trả lời, hoặc chọn “Không muốn trả lời”, trước khi hoàn tất.
app-error-follow-up-status = Hãy chọn điều đã xảy ra với nhu cầu này.
app-error-role = Hãy chọn một vai trò.
app-error-setting = Giá trị này nằm ngoài phạm vi cho phép.

# The supervisor's sync screen.
app-sync-title = Đồng bộ với máy chủ trung tâm của ACO
app-sync-not-enrolled = Thiết bị này chưa được đăng ký với máy chủ trung tâm. Hãy nhập địa chỉ máy chủ trung tâm và mã dùng một lần do ACO cấp.
app-sync-hub-url = Địa chỉ máy chủ trung tâm
app-sync-code = Mã đăng ký
app-sync-enroll = Đăng ký thiết bị này
app-sync-enrolled = Đã đăng ký với { $url } cho { $site }.
app-sync-unsent = { $count ->
   *[other] Có { $count } bản ghi đang chờ gửi.
}
app-sync-all-sent = Mọi thứ đã đến máy chủ trung tâm.
app-sync-now = Đồng bộ ngay
app-sync-sending = Đang gửi: { $sent } trong số { $total } bản ghi
app-sync-finished = { $records ->
   *[other] Xong: đã gửi { $records } bản ghi và máy chủ trung tâm đã xác nhận.
}
app-sync-history = Các lần đồng bộ gần đây
app-sync-started = Bắt đầu lúc
app-sync-by = Người thực hiện
app-sync-records = Số bản ghi
app-sync-receipts = Biên nhận có chữ ký số
app-sync-result = Kết quả
app-sync-ok = Hoàn tất
app-sync-receipt = Lô { $sequence }: { $count } bản ghi
