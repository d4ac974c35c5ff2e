# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Nepali (ne) draft translation of ahc-core.ftl; to be checked with an interpreter.

ahc-core-title = स्वास्थ्यसँग सम्बन्धित सामाजिक आवश्यकताहरू (मुख्य प्रश्नहरू)
ahc-core-living-situation = आज तपाईंको बस्ने अवस्था कस्तो छ?
ahc-core-living-situation-steady = मसँग बस्ने पक्का ठाउँ छ
ahc-core-living-situation-worried = आज मसँग बस्ने ठाउँ छ, तर पछि त्यो ठाउँ गुम्न सक्छ भन्ने मलाई चिन्ता छ
ahc-core-living-situation-not-steady = मसँग बस्ने पक्का ठाउँ छैन (म अहिले केही समयका लागि अरूसँग, होटलमा, आश्रयस्थल (सेल्टर) मा, बाहिर सडकमा, समुद्री किनारमा, कारमा, खाली छाडिएको भवनमा, बस वा रेल स्टेसनमा, वा पार्कमा बस्दै छु)
ahc-core-housing-problems = तपाईं बस्ने ठाउँको बारेमा सोच्नुहोस्। के तपाईंलाई तलका मध्ये कुनै समस्या छ?
ahc-core-housing-problems-pests = घरमा हानिकारक कीरा वा जनावर, जस्तै कीराहरू, कमिला वा मुसा
ahc-core-housing-problems-mold = ढुसी
ahc-core-housing-problems-lead = सिसा (लेड) भएको पेन्ट वा पाइप
ahc-core-housing-problems-heat = घर तताउने (हिटिङ) व्यवस्थाको कमी
ahc-core-housing-problems-stove = ओभन वा चुलो (स्टोभ) काम नगर्ने
ahc-core-housing-problems-smoke-detectors = धुवाँ पत्ता लगाउने अलार्म (स्मोक डिटेक्टर) नभएको वा काम नगर्ने
ahc-core-housing-problems-leaks = पानी चुहिने
ahc-core-housing-problems-none = माथिका मध्ये कुनै पनि होइन
ahc-core-food-worry = विगत १२ महिनामा, थप खाना किन्ने पैसा आउनुअघि नै तपाईंको खाना सकिन्छ कि भनेर तपाईंलाई चिन्ता लाग्यो।
ahc-core-food-ran-out = विगत १२ महिनामा, तपाईंले किनेको खाना पुगेन र थप खाना किन्न तपाईंसँग पैसा थिएन।
ahc-core-hunger-vital-sign-often = प्रायः सत्य हो
ahc-core-hunger-vital-sign-sometimes = कहिलेकाहीँ सत्य हो
ahc-core-hunger-vital-sign-never = कहिल्यै सत्य होइन
ahc-core-transportation = विगत १२ महिनामा, भरपर्दो यातायात नहुँदा के तपाईं डाक्टरसँगको भेटघाट (अपोइन्टमेन्ट), बैठक वा काममा जान, वा दैनिक जीवनका लागि चाहिने सामान ल्याउन सक्नुभएन?
ahc-core-utilities = विगत १२ महिनामा, के बिजुली, ग्यास, तेल (हिटिङ तेल) वा पानी कम्पनीले तपाईंको घरको सेवा काटिदिने धम्की दिएको छ?
ahc-core-utilities-yes = हो
ahc-core-utilities-no = होइन
ahc-core-utilities-already-shut-off = पहिले नै काटिसकेको छ
ahc-core-safety-intro = हिंसा र दुर्व्यवहार धेरै मानिसहरूमाथि हुने गर्छ र यसले उनीहरूको स्वास्थ्यमा असर गर्छ, त्यसैले हामी तपाईंलाई तलका प्रश्नहरू सोधिरहेका छौँ।
ahc-core-safety-hurt = परिवार र साथीहरूसमेत, कसैले पनि तपाईंलाई कति पटक शारीरिक रूपमा चोट पुर्‍याउँछ?
ahc-core-safety-insult = परिवार र साथीहरूसमेत, कसैले पनि कति पटक तपाईंको अपमान गर्छ वा तपाईंलाई होच्याएर बोल्छ?
ahc-core-safety-threaten = परिवार र साथीहरूसमेत, कसैले पनि कति पटक तपाईंलाई हानि पुर्‍याउने धम्की दिन्छ?
ahc-core-safety-scream = परिवार र साथीहरूसमेत, कसैले पनि कति पटक तपाईंमाथि चिच्याउँछ वा तपाईंलाई गाली गर्छ?
ahc-core-frequency-never = कहिल्यै होइन
ahc-core-frequency-rarely = विरलै
ahc-core-frequency-sometimes = कहिलेकाहीँ
ahc-core-frequency-fairly-often = अलि धेरै पटक
ahc-core-frequency-frequently = धेरै पटक
