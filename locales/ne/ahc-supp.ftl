# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Nepali (ne) draft translation of ahc-supp.ftl; to be checked with an interpreter.

ahc-supp-title = स्वास्थ्यसँग सम्बन्धित सामाजिक आवश्यकताहरू (थप प्रश्नहरू)
ahc-supp-financial-strain = खाना, घर, उपचार र घर तताउने (हिटिङ) जस्ता एकदमै आधारभूत कुराहरूको खर्च तिर्न तपाईंलाई कत्तिको गाह्रो हुन्छ?
ahc-supp-financial-strain-very-hard = धेरै गाह्रो
ahc-supp-financial-strain-somewhat-hard = केही हदसम्म गाह्रो
ahc-supp-financial-strain-not-hard = पटक्कै गाह्रो छैन
ahc-supp-employment = के तपाईं काम वा जागिर खोज्न, वा त्यसलाई टिकाइराख्न मद्दत चाहनुहुन्छ?
ahc-supp-employment-finding = हो, काम खोज्न मद्दत
ahc-supp-employment-keeping = हो, काम टिकाइराख्न मद्दत
ahc-supp-employment-no-help = मलाई मद्दत चाहिँदैन, र म मद्दत चाहन्नँ पनि
ahc-supp-daily-help = कुनै पनि कारणले तपाईंलाई नुहाउने, खाना बनाउने, किनमेल गर्ने, पैसाको व्यवस्थापन गर्ने आदि दैनिक कामहरूमा मद्दत चाहिन्छ भने, के तपाईंले चाहिने मद्दत पाउनुहुन्छ?
ahc-supp-daily-help-no-need = मलाई कुनै मद्दत चाहिँदैन
ahc-supp-daily-help-all-help = मलाई चाहिने सबै मद्दत म पाउँछु
ahc-supp-daily-help-little-more = अलि बढी मद्दत पाए राम्रो हुन्थ्यो
ahc-supp-daily-help-lot-more = मलाई धेरै बढी मद्दत चाहिन्छ
ahc-supp-loneliness = तपाईंलाई कति पटक एक्लो महसुस हुन्छ, वा आफ्नो वरपरका मानिसहरूबाट अलग भएको महसुस हुन्छ?
ahc-supp-loneliness-never = कहिल्यै होइन
ahc-supp-loneliness-rarely = विरलै
ahc-supp-loneliness-sometimes = कहिलेकाहीँ
ahc-supp-loneliness-often = प्रायः
ahc-supp-loneliness-always = सधैँ
ahc-supp-other-language = के तपाईं घरमा अङ्ग्रेजीबाहेक अरू कुनै भाषा बोल्नुहुन्छ?
ahc-supp-school-training = के तपाईं पढाइ वा तालिममा मद्दत चाहनुहुन्छ? उदाहरणका लागि, कामसम्बन्धी तालिम सुरु गर्न वा पूरा गर्न, वा हाई स्कुल डिप्लोमा, GED वा सोसरहको प्रमाणपत्र लिन।
ahc-supp-exercise-days = विगत ३० दिनमा, कामका लागि गरेका गतिविधिहरूबाहेक, औसतमा हप्ताको कति दिन तपाईंले मध्यम खालको व्यायाम गर्नुभयो (जस्तै छिटो हिँड्ने, दौडने, जगिङ, नाच्ने, पौडी खेल्ने, साइकल चलाउने, वा यस्तै अन्य गतिविधिहरू)?
ahc-supp-exercise-minutes = औसतमा, ती दिनहरूमध्ये एक दिनमा तपाईंले सामान्यतया यो स्तरको व्यायाम कति मिनेट गर्नुभयो?
ahc-supp-exercise-days-unit = { $count ->
    [one] हप्तामा { $count } दिन
   *[other] हप्तामा { $count } दिन
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } मिनेट
   *[other] { $count } मिनेट
}
ahc-supp-alcohol = विगत १२ महिनामा, तपाईंले कति पटक एकै दिनमा ५ वा सोभन्दा बढी ड्रिंक (पुरुषका लागि), वा ४ वा सोभन्दा बढी ड्रिंक (महिलाका लागि) रक्सी पिउनुभयो? एक ड्रिंक भनेको १२ औंस बियर, ५ औंस वाइन, वा १.५ औंस ८० प्रुफको कडा रक्सी (४०% अल्कोहल भएको) हो।
ahc-supp-tobacco = विगत १२ महिनामा, तपाईंले कति पटक सुर्तीजन्य पदार्थ (जस्तै चुरोट, सिगार, सुँघ्ने सुर्ती (नस), चपाउने सुर्ती (जस्तै खैनी, गुट्खा), इलेक्ट्रोनिक चुरोट) प्रयोग गर्नुभयो?
ahc-supp-prescription-misuse = विगत एक वर्षमा, तपाईंले कति पटक डाक्टरको पुर्जा (प्रेस्क्रिप्सन) चाहिने औषधि उपचारबाहेक अन्य कारणले प्रयोग गर्नुभयो?
ahc-supp-illegal-drugs = विगत एक वर्षमा, तपाईंले कति पटक गैरकानुनी लागु पदार्थ प्रयोग गर्नुभयो?
ahc-supp-substance-never = कहिल्यै होइन
ahc-supp-substance-once-or-twice = एक वा दुई पटक
ahc-supp-substance-monthly = हरेक महिना
ahc-supp-substance-weekly = हरेक हप्ता
ahc-supp-substance-daily = हरेक दिन वा लगभग हरेक दिन
ahc-supp-little-interest = विगत २ हप्तामा, कुनै पनि काम गर्नमा रुचि वा रमाइलो कम हुने समस्याले तपाईंलाई कति पटक सतायो?
ahc-supp-feeling-down = विगत २ हप्तामा, मन खिन्न हुने, उदास (डिप्रेसन) हुने वा निराश हुने समस्याले तपाईंलाई कति पटक सतायो?
ahc-supp-phq-not-at-all = पटक्कै होइन
ahc-supp-phq-several-days = केही दिन
ahc-supp-phq-more-than-half = आधाभन्दा बढी दिन
ahc-supp-phq-nearly-every-day = लगभग हरेक दिन
ahc-supp-stress = तनाव भनेको यस्तो अवस्था हो जसमा व्यक्तिलाई मन तन्किएको, बेचैन, आत्तिएको वा चिन्तित महसुस हुन्छ, वा मन सधैँ पिरोलिइरहने भएकाले रातमा निदाउन सक्दैन। के तपाईंलाई आजकल यस्तो तनाव महसुस हुन्छ?
ahc-supp-stress-not-at-all = पटक्कै छैन
ahc-supp-stress-a-little = अलिकति
ahc-supp-stress-somewhat = केही हदसम्म
ahc-supp-stress-quite-a-bit = निकै धेरै
ahc-supp-stress-very-much = एकदमै धेरै
ahc-supp-concentrating = शारीरिक, मानसिक वा भावनात्मक समस्याका कारण, के तपाईंलाई ध्यान केन्द्रित गर्न, कुरा सम्झन वा निर्णय गर्न गम्भीर कठिनाइ हुन्छ?
ahc-supp-errands = शारीरिक, मानसिक वा भावनात्मक समस्याका कारण, के तपाईंलाई एक्लै बाहिरका कामहरू गर्न, जस्तै डाक्टरकहाँ जान वा किनमेल गर्न, कठिनाइ हुन्छ?
