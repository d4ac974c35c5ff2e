# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Vietnamese (vi) draft translation of ahc-core.ftl; to be checked with an interpreter.

ahc-core-title = Các nhu cầu xã hội liên quan đến sức khỏe (câu hỏi chính)
ahc-core-living-situation = Hôm nay, tình trạng chỗ ở của quý vị như thế nào?
ahc-core-living-situation-steady = Tôi có chỗ ở ổn định
ahc-core-living-situation-worried = Hôm nay tôi có chỗ ở, nhưng tôi lo sẽ mất chỗ ở đó trong tương lai
ahc-core-living-situation-not-steady = Tôi không có chỗ ở ổn định (tôi đang tạm ở với người khác, ở khách sạn, ở nơi tạm trú, sống ngoài đường, trên bãi biển, trong xe hơi, trong tòa nhà bỏ hoang, ở trạm xe buýt hoặc ga xe lửa, hoặc trong công viên)
ahc-core-housing-problems = Hãy nghĩ về nơi quý vị đang sống. Quý vị có gặp vấn đề nào sau đây không?
ahc-core-housing-problems-pests = Các loài gây hại như bọ, kiến hoặc chuột
ahc-core-housing-problems-mold = Nấm mốc
ahc-core-housing-problems-lead = Sơn hoặc ống nước có chì
ahc-core-housing-problems-heat = Thiếu hệ thống sưởi
ahc-core-housing-problems-stove = Lò nướng hoặc bếp không hoạt động
ahc-core-housing-problems-smoke-detectors = Không có máy báo khói hoặc máy báo khói không hoạt động
ahc-core-housing-problems-leaks = Rò rỉ nước
ahc-core-housing-problems-none = Không có vấn đề nào ở trên
ahc-core-food-worry = Trong 12 tháng qua, quý vị đã lo rằng thức ăn sẽ hết trước khi quý vị có tiền để mua thêm.
ahc-core-food-ran-out = Trong 12 tháng qua, thức ăn quý vị mua không đủ dùng và quý vị không có tiền để mua thêm.
ahc-core-hunger-vital-sign-often = Thường xuyên đúng
ahc-core-hunger-vital-sign-sometimes = Đôi khi đúng
ahc-core-hunger-vital-sign-never = Không bao giờ đúng
ahc-core-transportation = Trong 12 tháng qua, việc thiếu phương tiện đi lại đáng tin cậy có khiến quý vị không đến được các buổi hẹn khám bệnh, các cuộc họp, chỗ làm, hoặc không đi lấy được những thứ cần thiết cho cuộc sống hằng ngày không?
ahc-core-utilities = Trong 12 tháng qua, công ty điện, ga, dầu sưởi hoặc nước có đe dọa cắt dịch vụ tại nhà quý vị không?
ahc-core-utilities-yes = Có
ahc-core-utilities-no = Không
ahc-core-utilities-already-shut-off = Đã bị cắt rồi
ahc-core-safety-intro = Vì bạo lực và bạo hành xảy ra với nhiều người và ảnh hưởng đến sức khỏe của họ, chúng tôi xin hỏi quý vị những câu hỏi sau đây.
ahc-core-safety-hurt = Bao lâu một lần có người nào đó, kể cả người trong gia đình và bạn bè, làm quý vị bị đau hoặc bị thương về thể xác?
ahc-core-safety-insult = Bao lâu một lần có người nào đó, kể cả người trong gia đình và bạn bè, lăng mạ quý vị hoặc nói chuyện coi thường quý vị?
ahc-core-safety-threaten = Bao lâu một lần có người nào đó, kể cả người trong gia đình và bạn bè, đe dọa làm hại quý vị?
ahc-core-safety-scream = Bao lâu một lần có người nào đó, kể cả người trong gia đình và bạn bè, la hét hoặc chửi rủa quý vị?
ahc-core-frequency-never = Không bao giờ
ahc-core-frequency-rarely = Hiếm khi
ahc-core-frequency-sometimes = Đôi khi
ahc-core-frequency-fairly-often = Khá thường xuyên
ahc-core-frequency-frequently = Thường xuyên
