# Digital access intake (telehealth navigators) and the help navigators give.
# Vietnamese (vi) draft translation of digital.ftl; to be checked with an interpreter.

digital-access-title = Internet và khám bệnh qua video
digital-access-internet-home = Ở nhà quý vị có internet không?
digital-access-internet-home-home = Có, internet hoặc Wi-Fi ở nhà
digital-access-internet-home-phone-only = Chỉ qua gói dữ liệu (data) của điện thoại tôi
digital-access-internet-home-none = Không
digital-access-internet-reliable = Internet của quý vị có đủ tốt để khám bệnh qua video không?
digital-access-internet-reliable-yes = Có
digital-access-internet-reliable-sometimes = Đôi khi
digital-access-internet-reliable-no = Không
digital-access-data-runs-out = Điện thoại của quý vị có bị hết dữ liệu (data) trước cuối tháng không?
digital-access-data-runs-out-often = Thường xuyên
digital-access-data-runs-out-sometimes = Đôi khi
digital-access-data-runs-out-never = Không bao giờ
digital-access-devices = Quý vị có thể dùng thiết bị nào sau đây để khám bệnh qua video?
digital-access-devices-smartphone = Điện thoại thông minh
digital-access-devices-tablet = Máy tính bảng
digital-access-devices-computer = Máy tính có camera
digital-access-devices-none = Không có thiết bị nào trong số này
digital-access-device-shared = Quý vị có dùng chung thiết bị đó với người khác không?
digital-access-private-space = Quý vị có chỗ riêng tư để nói chuyện trong lúc khám bệnh qua video không?
digital-access-confidence = Quý vị tự tin đến mức nào khi dùng điện thoại hoặc máy tính để khám bệnh qua video?
digital-access-confidence-very = Rất tự tin
digital-access-confidence-somewhat = Tương đối tự tin
digital-access-confidence-a-little = Hơi tự tin
digital-access-confidence-not-at-all = Hoàn toàn không tự tin
digital-access-help-available = Có ai có thể giúp quý vị chuẩn bị cho buổi khám bệnh qua video không?
digital-access-portal-account = Quý vị có tài khoản trên cổng thông tin bệnh nhân (patient portal) của trung tâm y tế không?
digital-access-email = Quý vị có địa chỉ email mà quý vị thường dùng không?
digital-access-preferred-visit = Quý vị muốn được khám bệnh theo cách nào?
digital-access-preferred-visit-in-person = Trực tiếp
digital-access-preferred-visit-video = Qua video
digital-access-preferred-visit-phone = Qua điện thoại

navigator-actions-title = Sự giúp đỡ đã cung cấp
navigator-actions-actions = Đã giúp hội viên những việc gì?
navigator-actions-actions-install-app = Đã cài ứng dụng khám bệnh qua video
navigator-actions-actions-portal = Đã thiết lập cổng thông tin bệnh nhân
navigator-actions-actions-test-call = Đã thực hành gọi thử
navigator-actions-actions-internet-program = Đã giới thiệu đến chương trình internet hoặc điện thoại giá rẻ
navigator-actions-actions-device-loan = Đã cho mượn thiết bị
navigator-actions-actions-video-visit = Đã đặt lịch khám bệnh qua video
navigator-actions-actions-declined = Hội viên không muốn được giúp
navigator-actions-notes = Ghi chú
