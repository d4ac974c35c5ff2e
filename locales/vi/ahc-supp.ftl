# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Vietnamese (vi) draft translation of ahc-supp.ftl; to be checked with an interpreter.

ahc-supp-title = Các nhu cầu xã hội liên quan đến sức khỏe (thêm câu hỏi)
ahc-supp-financial-strain = Việc trả tiền cho những nhu cầu thật cơ bản như thức ăn, nhà ở, chăm sóc y tế và sưởi ấm khó khăn đến mức nào đối với quý vị?
ahc-supp-financial-strain-very-hard = Rất khó khăn
ahc-supp-financial-strain-somewhat-hard = Tương đối khó khăn
ahc-supp-financial-strain-not-hard = Hoàn toàn không khó khăn
ahc-supp-employment = Quý vị có muốn được giúp tìm việc làm hoặc giữ việc làm không?
ahc-supp-employment-finding = Có, giúp tìm việc làm
ahc-supp-employment-keeping = Có, giúp giữ việc làm
ahc-supp-employment-no-help = Tôi không cần và không muốn được giúp
ahc-supp-daily-help = Nếu vì bất kỳ lý do gì quý vị cần giúp đỡ trong các sinh hoạt hằng ngày như tắm rửa, nấu ăn, đi chợ, quản lý tiền bạc, v.v., quý vị có nhận được sự giúp đỡ mình cần không?
ahc-supp-daily-help-no-need = Tôi không cần giúp đỡ gì
ahc-supp-daily-help-all-help = Tôi nhận được tất cả sự giúp đỡ tôi cần
ahc-supp-daily-help-little-more = Tôi cần được giúp thêm một chút
ahc-supp-daily-help-lot-more = Tôi cần được giúp thêm rất nhiều
ahc-supp-loneliness = Bao lâu một lần quý vị cảm thấy cô đơn hoặc bị tách biệt với những người xung quanh?
ahc-supp-loneliness-never = Không bao giờ
ahc-supp-loneliness-rarely = Hiếm khi
ahc-supp-loneliness-sometimes = Đôi khi
ahc-supp-loneliness-often = Thường xuyên
ahc-supp-loneliness-always = Luôn luôn
ahc-supp-other-language = Ở nhà, quý vị có nói ngôn ngữ nào khác ngoài tiếng Anh không?
ahc-supp-school-training = Quý vị có muốn được giúp đỡ về việc học hoặc đào tạo không? Ví dụ: bắt đầu hoặc hoàn thành một khóa đào tạo nghề, hoặc lấy bằng tốt nghiệp trung học (high school), bằng GED hoặc bằng tương đương.
ahc-supp-exercise-days = Trong 30 ngày qua, không kể các hoạt động quý vị làm trong công việc, trung bình mỗi tuần quý vị tập thể dục ở mức vừa phải bao nhiêu ngày (như đi bộ nhanh, chạy, chạy bộ chậm, khiêu vũ, bơi lội, đạp xe, hoặc các hoạt động tương tự khác)?
ahc-supp-exercise-minutes = Trung bình, vào một trong những ngày đó, quý vị thường tập thể dục ở mức này trong bao nhiêu phút?
ahc-supp-exercise-days-unit = { $count ->
   *[other] { $count } ngày mỗi tuần
}
ahc-supp-exercise-minutes-unit = { $count ->
   *[other] { $count } phút
}
ahc-supp-alcohol = Trong 12 tháng qua, đã bao nhiêu lần quý vị uống từ 5 ly rượu bia trở lên trong một ngày (đối với nam) hoặc từ 4 ly trở lên trong một ngày (đối với nữ)? Một ly là 12 ounce bia, 5 ounce rượu vang, hoặc 1,5 ounce rượu mạnh 80 proof (40% cồn).
ahc-supp-tobacco = Trong 12 tháng qua, đã bao nhiêu lần quý vị sử dụng các sản phẩm thuốc lá (như thuốc lá điếu, xì gà, thuốc lá hít, thuốc lá nhai, thuốc lá điện tử)?
ahc-supp-prescription-misuse = Trong năm qua, đã bao nhiêu lần quý vị sử dụng thuốc theo toa bác sĩ vì lý do không phải để chữa bệnh?
ahc-supp-illegal-drugs = Trong năm qua, đã bao nhiêu lần quý vị sử dụng ma túy bất hợp pháp?
ahc-supp-substance-never = Không bao giờ
ahc-supp-substance-once-or-twice = Một hoặc hai lần
ahc-supp-substance-monthly = Hằng tháng
ahc-supp-substance-weekly = Hằng tuần
ahc-supp-substance-daily = Hằng ngày hoặc gần như hằng ngày
ahc-supp-little-interest = Trong 2 tuần qua, bao lâu một lần quý vị bị phiền lòng vì ít hứng thú hoặc ít thấy vui khi làm mọi việc?
ahc-supp-feeling-down = Trong 2 tuần qua, bao lâu một lần quý vị bị phiền lòng vì cảm thấy buồn bã, trầm cảm hoặc tuyệt vọng?
ahc-supp-phq-not-at-all = Hoàn toàn không
ahc-supp-phq-several-days = Vài ngày
ahc-supp-phq-more-than-half = Hơn một nửa số ngày
ahc-supp-phq-nearly-every-day = Gần như mỗi ngày
ahc-supp-stress = Căng thẳng (stress) là khi một người cảm thấy căng thẳng, bồn chồn, hồi hộp hoặc lo âu, hoặc không ngủ được vào ban đêm vì đầu óc lúc nào cũng rối bời. Dạo này quý vị có cảm thấy căng thẳng như vậy không?
ahc-supp-stress-not-at-all = Hoàn toàn không
ahc-supp-stress-a-little = Một chút
ahc-supp-stress-somewhat = Vừa phải
ahc-supp-stress-quite-a-bit = Khá nhiều
ahc-supp-stress-very-much = Rất nhiều
ahc-supp-concentrating = Do tình trạng về thể chất, tinh thần hoặc cảm xúc, quý vị có gặp khó khăn nghiêm trọng trong việc tập trung, ghi nhớ hoặc ra quyết định không?
ahc-supp-errands = Do tình trạng về thể chất, tinh thần hoặc cảm xúc, quý vị có gặp khó khăn khi tự mình đi lo công việc bên ngoài, như đi khám bác sĩ hoặc đi mua sắm không?
