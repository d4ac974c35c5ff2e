# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Hindi (hi) draft translation of ahc-supp.ftl; to be checked with an interpreter.

ahc-supp-title = स्वास्थ्य से जुड़ी सामाजिक ज़रूरतें (और सवाल)
ahc-supp-financial-strain = आपके लिए सबसे बुनियादी चीज़ों, जैसे खाना, घर, इलाज और घर गरम रखने (हीटिंग), का खर्च उठाना कितना मुश्किल है?
ahc-supp-financial-strain-very-hard = बहुत मुश्किल
ahc-supp-financial-strain-somewhat-hard = कुछ हद तक मुश्किल
ahc-supp-financial-strain-not-hard = बिल्कुल मुश्किल नहीं
ahc-supp-employment = क्या आपको काम या नौकरी ढूँढने में, या उसे बनाए रखने में मदद चाहिए?
ahc-supp-employment-finding = हाँ, काम ढूँढने में मदद
ahc-supp-employment-keeping = हाँ, काम बनाए रखने में मदद
ahc-supp-employment-no-help = मुझे न मदद की ज़रूरत है, न मदद चाहिए
ahc-supp-daily-help = अगर किसी भी वजह से आपको रोज़ के कामों में मदद की ज़रूरत पड़ती है, जैसे नहाना, खाना बनाना, खरीदारी करना, पैसों का हिसाब-किताब संभालना आदि, तो क्या आपको ज़रूरत के मुताबिक मदद मिलती है?
ahc-supp-daily-help-no-need = मुझे किसी मदद की ज़रूरत नहीं है
ahc-supp-daily-help-all-help = मुझे जितनी मदद चाहिए, वह सारी मिल जाती है
ahc-supp-daily-help-little-more = थोड़ी और मदद मिल जाए तो अच्छा रहेगा
ahc-supp-daily-help-lot-more = मुझे कहीं ज़्यादा मदद की ज़रूरत है
ahc-supp-loneliness = आपको कितनी बार अकेलापन, या अपने आस-पास के लोगों से कटे होने का एहसास होता है?
ahc-supp-loneliness-never = कभी नहीं
ahc-supp-loneliness-rarely = बहुत कम
ahc-supp-loneliness-sometimes = कभी-कभी
ahc-supp-loneliness-often = अक्सर
ahc-supp-loneliness-always = हमेशा
ahc-supp-other-language = क्या आप घर पर अंग्रेज़ी के अलावा कोई और भाषा बोलते हैं?
ahc-supp-school-training = क्या आपको पढ़ाई या ट्रेनिंग में मदद चाहिए? जैसे, नौकरी की ट्रेनिंग शुरू करना या पूरी करना, या हाई स्कूल डिप्लोमा, GED या उसके बराबर का सर्टिफ़िकेट लेना।
ahc-supp-exercise-days = पिछले 30 दिनों में, काम (नौकरी) के दौरान की गई गतिविधियों को छोड़कर, औसतन हफ़्ते में कितने दिन आपने मध्यम दर्जे की कसरत की (जैसे तेज़ चलना, दौड़ना, जॉगिंग, नाचना, तैरना, साइकिल चलाना, या ऐसी ही दूसरी गतिविधियाँ)?
ahc-supp-exercise-minutes = औसतन, उन दिनों में से किसी एक दिन आपने आम तौर पर इस दर्जे की कसरत कितने मिनट की?
ahc-supp-exercise-days-unit = { $count ->
    [one] हफ़्ते में { $count } दिन
   *[other] हफ़्ते में { $count } दिन
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } मिनट
   *[other] { $count } मिनट
}
ahc-supp-alcohol = पिछले 12 महीनों में कितनी बार ऐसा हुआ कि आपने एक दिन में 5 या उससे ज़्यादा ड्रिंक शराब पी (पुरुषों के लिए), या 4 या उससे ज़्यादा ड्रिंक शराब पी (महिलाओं के लिए)? एक ड्रिंक यानी 12 औंस बीयर, 5 औंस वाइन, या 1.5 औंस 80-प्रूफ़ तेज़ शराब (जिसमें 40% अल्कोहल होता है)।
ahc-supp-tobacco = पिछले 12 महीनों में आपने कितनी बार तंबाकू वाली चीज़ों का इस्तेमाल किया है (जैसे सिगरेट, सिगार, सूँघने वाला तंबाकू (सुंघनी), चबाने वाला तंबाकू (जैसे खैनी, गुटखा), ई-सिगरेट)?
ahc-supp-prescription-misuse = पिछले एक साल में आपने कितनी बार डॉक्टर की पर्ची (प्रिस्क्रिप्शन) वाली दवाइयाँ इलाज के अलावा किसी और वजह से ली हैं?
ahc-supp-illegal-drugs = पिछले एक साल में आपने कितनी बार गैर-कानूनी नशीली दवाओं (ड्रग्स) का इस्तेमाल किया है?
ahc-supp-substance-never = कभी नहीं
ahc-supp-substance-once-or-twice = एक या दो बार
ahc-supp-substance-monthly = हर महीने
ahc-supp-substance-weekly = हर हफ़्ते
ahc-supp-substance-daily = रोज़ या लगभग रोज़
ahc-supp-little-interest = पिछले 2 हफ़्तों में, आपको कितनी बार इस बात से परेशानी हुई कि किसी भी काम को करने में आपकी दिलचस्पी या खुशी कम रही?
ahc-supp-feeling-down = पिछले 2 हफ़्तों में, आपको कितनी बार उदासी, डिप्रेशन (अवसाद) या नाउम्मीदी महसूस होने से परेशानी हुई?
ahc-supp-phq-not-at-all = बिल्कुल नहीं
ahc-supp-phq-several-days = कई दिन
ahc-supp-phq-more-than-half = आधे से ज़्यादा दिन
ahc-supp-phq-nearly-every-day = लगभग हर दिन
ahc-supp-stress = तनाव का मतलब है ऐसी हालत, जिसमें इंसान को खिंचाव, बेचैनी, घबराहट या चिंता महसूस होती है, या उसे रात को नींद नहीं आती क्योंकि उसका मन हर समय परेशान रहता है। क्या आजकल आपको इस तरह का तनाव महसूस होता है?
ahc-supp-stress-not-at-all = बिल्कुल नहीं
ahc-supp-stress-a-little = थोड़ा-सा
ahc-supp-stress-somewhat = कुछ हद तक
ahc-supp-stress-quite-a-bit = काफ़ी
ahc-supp-stress-very-much = बहुत ज़्यादा
ahc-supp-concentrating = किसी शारीरिक, मानसिक या भावनात्मक समस्या की वजह से, क्या आपको ध्यान लगाने, बातें याद रखने या फ़ैसले लेने में गंभीर दिक्कत होती है?
ahc-supp-errands = किसी शारीरिक, मानसिक या भावनात्मक समस्या की वजह से, क्या आपको अकेले बाहर के काम निपटाने में दिक्कत होती है, जैसे डॉक्टर के क्लिनिक जाना या खरीदारी करना?
