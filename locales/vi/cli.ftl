# The `intake` command line: what it prints, and its errors. Every error is one line.
# Vietnamese (vi) draft translation of cli.ftl; to be checked with an interpreter.

cli-error = intake: lỗi: { $message }
cli-internal-error = intake: lỗi nội bộ; không có gì được lưu thêm. Vui lòng báo cáo lỗi này.
cli-store-created = Đã tạo kho dữ liệu trong { $dir } cho { $site }.
cli-recovery-key-intro = Khóa khôi phục (chỉ hiển thị một lần; hãy ghi lại và cất giữ ở nơi có khóa):
cli-demo-saved = đã lưu số { $number }: hội viên { $member }, bản trả lời { $response }
cli-demo-added = { $count ->
   *[other] Đã thêm { $count } hội viên giả lập kèm các lần sàng lọc.
}
cli-found = { $count ->
   *[other] Tìm thấy { $count } kết quả
}
cli-duplicates = { $count ->
   *[other] { $count } hội viên hiện có có vẻ là cùng một người (xem danh sách ở trên); dùng --force để vẫn thêm
}
cli-verify-ok = tốt: các trang và phần kiểm tra tính toàn vẹn đều đạt; chuỗi nhật ký kiểm toán gồm { $entries } mục còn nguyên vẹn; { $members } hội viên, { $responses } bản trả lời
cli-backup-written = Đã ghi bản sao lưu được mã hóa vào { $file } ({ $bytes } byte).
cli-restored = Đã khôi phục { $members } hội viên và { $responses } bản trả lời từ { $file }.
cli-new-pin = { $user } đã có mã PIN mới.
cli-user-added = Đã thêm { $user } ({ $role }).
cli-user-deactivated = { $user } đã bị vô hiệu hóa.
cli-outbox = đang chờ: { $pending }
    đã gửi: { $delivered }
cli-response-line = bản trả lời { $id } { $date } { $instrument } bằng { $locale } do { $collector } thu thập: { $answers } câu trả lời{ $state }
cli-response-retracted = { " " }(nhập nhầm)
cli-response-corrected = { " " }(đã sửa)
cli-need-line = nhu cầu { $id } { $domain }: { $status }
cli-user-active = đang hoạt động
cli-user-deactivated-state = đã vô hiệu hóa
cli-prompt-pin = Mã PIN của { $user }:
cli-prompt-choose-pin = Chọn mã PIN cho { $user }:
cli-prompt-new-pin = Mã PIN mới của { $user }:
cli-prompt-recovery-key = Khóa khôi phục:
cli-need-user = hãy đặt INTAKE_USER là tên người dùng mà bạn thao tác dưới danh nghĩa đó
cli-no-value = chưa có giá trị: hãy đặt { $var } hoặc nhập khi được hỏi
cli-no-data-dir = không có --data-dir và không có thư mục nhà để dùng mặc định
cli-read-failed = không đọc được { $what }

error-not-initialized = không có kho dữ liệu Equity Intake nào trong { $path }: hãy chạy “intake init” trước
error-already-initialized = { $path } đã có một kho dữ liệu Equity Intake
error-wrong-credentials = sai tên người dùng hoặc mã PIN
error-locked-out = đã nhập sai mã PIN quá nhiều lần cho người dùng này: hãy thử lại sau { $seconds } giây, hoặc nhờ người giám sát đặt lại mã PIN
error-deactivated = tài khoản này đã bị vô hiệu hóa: hãy hỏi người giám sát
error-wrong-recovery-key = khóa khôi phục không hợp lệ cho kho dữ liệu này
error-forbidden = vai trò của bạn ({ $role }) không được phép { $action }
error-not-found = không tìm thấy { $what }
error-what-member = hội viên
error-what-user = người dùng
error-what-response = bản trả lời
error-what-need = nhu cầu
error-what-draft = lần sàng lọc chưa hoàn tất
error-invalid = { $field }: { $reason }
error-field-name = tên
error-field-date-of-birth = ngày sinh
error-field-masshealth-id = mã số MassHealth
error-field-pin = mã PIN
error-field-site = cơ sở
error-field-user = người dùng
error-field-consent = sự đồng ý
error-field-answers = các câu trả lời
error-field-supersedes = bản sửa
error-field-reason = lý do
error-field-response = bản trả lời
error-field-organization = tổ chức
error-field-file = tệp
error-field-instrument = bảng câu hỏi
error-field-draft = lần sàng lọc
error-field-item = câu hỏi
error-reason-check-field = vui lòng kiểm tra ô này
error-reason-pin-too-short = dùng ít nhất { $min } ký tự
error-reason-site-empty = hãy nhập tên trung tâm y tế
error-reason-username-format = dùng chữ cái, chữ số, “.”, “_” hoặc “-” (tối đa 64)
error-reason-username-taken = tên người dùng đó đã có người dùng
error-reason-recovery-needs-supervisor = khóa khôi phục chỉ có thể đặt lại mã PIN của người giám sát đang hoạt động
error-reason-deactivate-self = bạn không thể tự vô hiệu hóa chính mình
error-reason-no-consent = hội viên chưa đồng ý tham gia sàng lọc
error-reason-answered-twice = một câu hỏi được trả lời hai lần ({ $item })
error-reason-correction-other-member = bản sửa phải thay thế một bản trả lời của cùng hội viên đó
error-reason-retraction-reason = hãy cho biết vì sao bản trả lời bị nhập nhầm
error-reason-already-retracted = bản này đã được đánh dấu là “nhập nhầm” rồi
error-reason-referral-organization = hãy ghi tên tổ chức mà hội viên được giới thiệu đến
error-reason-path-not-utf8 = đường dẫn có ký tự mà hệ thống này không dùng được
error-reason-unknown-instrument = ứng dụng này không biết bảng câu hỏi đó ({ $item })
error-reason-unknown-item = một câu hỏi không thuộc bảng câu hỏi này ({ $item })
error-reason-wrong-kind = một câu trả lời có loại giá trị không đúng ({ $item })
error-reason-unknown-option = một câu trả lời không nằm trong các lựa chọn của câu hỏi ({ $item })
error-reason-exclusive-option = không thể chọn “không có” cùng với các câu trả lời khác ({ $item })
error-reason-empty-choice = hãy chọn ít nhất một câu trả lời ({ $item })
error-reason-out-of-range = con số nằm ngoài phạm vi cho phép ({ $item })
error-reason-absent-not-offered = câu hỏi đó không có lựa chọn trả lời này ({ $item })
error-reason-not-enabled = một câu hỏi không áp dụng lại được trả lời ({ $item })
error-reason-required-missing = một câu hỏi bắt buộc chưa có câu trả lời ({ $item })
error-reason-none-chosen = hãy chọn ít nhất một bảng câu hỏi
error-reason-already-saved = phần này của lần sàng lọc đã được lưu rồi
error-reason-empty-text = câu trả lời viết đang để trống ({ $item })
error-disk-full = ổ đĩa đã đầy hoặc không ghi được: không có gì được lưu; hãy giải phóng bớt dung lượng rồi thử lại
error-corrupt = kho dữ liệu bị hỏng hoặc không phải là kho dữ liệu Equity Intake ({ $detail }); hãy khôi phục từ một bản sao lưu
error-audit-broken = nhật ký kiểm toán đã bị sửa đổi tại mục { $seq }: { $reason }
error-not-a-backup = { $path } không phải là bản sao lưu Equity Intake
error-io = lỗi tệp tại { $path }: { $detail }
error-database = lỗi cơ sở dữ liệu: { $detail }

# Enrolling with the ACO hub and syncing to it. Every sync error says whether anything was lost (never).
cli-enrolled = Đã đăng ký với { $url } cho { $site }. Thiết bị này là { $device }.
cli-sync-progress = Đã gửi { $sent } trong số { $total } bản ghi…
cli-sync-done = { $records ->
   *[other] Đồng bộ xong: đã gửi { $records } bản ghi. Số biên nhận có chữ ký số đã kiểm tra: { $batches }.
}
cli-sync-nothing = Không có gì để gửi: mọi thứ đã có trên máy chủ trung tâm.
error-sync-not-enrolled = thiết bị này chưa được đăng ký với máy chủ trung tâm: người giám sát cần đăng ký thiết bị bằng địa chỉ máy chủ trung tâm và mã dùng một lần do ACO cấp
error-sync-already-enrolled = thiết bị này đã được đăng ký với một máy chủ trung tâm
error-sync-insecure-url = địa chỉ máy chủ trung tâm phải bắt đầu bằng https:// (http:// thường, không mã hóa, chỉ được dùng để kết nối tới chính máy tính này)
error-sync-bad-url = đó không phải là địa chỉ máy chủ trung tâm; địa chỉ phải có dạng như https://hub.example.org
error-sync-bad-code = mã đăng ký không được chấp nhận: hãy kiểm tra lại mã, hoặc xin ACO một mã mới (mỗi mã chỉ dùng được một lần)
error-sync-offline = không có mạng, hoặc không kết nối được với máy chủ trung tâm: không có gì bị mất; hãy thử lại khi có mạng
error-sync-certificate = chứng chỉ bảo mật của máy chủ trung tâm không được tin cậy, nên chưa có gì được gửi đi: hãy báo cho bộ phận hỗ trợ kỹ thuật của ACO
error-sync-hub-unavailable = máy chủ trung tâm hiện không phản hồi: không có gì bị mất; hãy thử lại sau
error-sync-revoked = máy chủ trung tâm đã thu hồi quyền truy cập của thiết bị này: không có gì bị mất, nhưng thiết bị này không thể đồng bộ nữa; hãy gọi cho bộ phận hỗ trợ kỹ thuật của ACO
error-sync-refused = máy chủ trung tâm đã từ chối một lô bản ghi ({ $reason }): không có gì bị mất; hãy báo cho bộ phận hỗ trợ kỹ thuật của ACO
error-sync-bad-answer = không xác minh được phản hồi của máy chủ trung tâm, nên chưa có bản ghi nào được đánh dấu là đã gửi: hãy báo cho bộ phận hỗ trợ kỹ thuật của ACO
