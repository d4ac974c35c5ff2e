# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Hindi (hi) draft translation of ahc-core.ftl; to be checked with an interpreter.

ahc-core-title = स्वास्थ्य से जुड़ी सामाजिक ज़रूरतें (मुख्य सवाल)
ahc-core-living-situation = आज आपके रहने की स्थिति क्या है?
ahc-core-living-situation-steady = मेरे पास रहने के लिए एक पक्की जगह है
ahc-core-living-situation-worried = आज मेरे पास रहने की जगह है, लेकिन मुझे चिंता है कि आगे चलकर यह जगह छिन सकती है
ahc-core-living-situation-not-steady = मेरे पास रहने के लिए कोई पक्की जगह नहीं है (मैं कुछ समय के लिए दूसरों के साथ, होटल में, शेल्टर (आश्रय) में, बाहर सड़क पर, समुद्र के किनारे, कार में, खाली पड़ी इमारत में, बस या ट्रेन स्टेशन पर, या पार्क में रह रहा/रही हूँ)
ahc-core-housing-problems = अपने रहने की जगह के बारे में सोचिए। क्या वहाँ आपको इनमें से कोई परेशानी है?
ahc-core-housing-problems-pests = घर में घुसने वाले जीव-जंतु, जैसे कीड़े-मकोड़े, चींटियाँ या चूहे
ahc-core-housing-problems-mold = फफूंदी
ahc-core-housing-problems-lead = सीसे (लेड) वाला पेंट या पाइप
ahc-core-housing-problems-heat = घर गरम रखने (हीटिंग) की कमी
ahc-core-housing-problems-stove = ओवन या चूल्हा (स्टोव) काम नहीं कर रहा
ahc-core-housing-problems-smoke-detectors = धुएँ का अलार्म (स्मोक डिटेक्टर) नहीं है या काम नहीं कर रहा
ahc-core-housing-problems-leaks = पानी टपकना या रिसना
ahc-core-housing-problems-none = ऊपर दी गई चीज़ों में से कोई नहीं
ahc-core-food-worry = पिछले 12 महीनों में, आपको यह चिंता रही कि और खाना खरीदने के लिए पैसे आने से पहले ही आपका खाना ख़त्म हो जाएगा।
ahc-core-food-ran-out = पिछले 12 महीनों में, आपने जो खाना खरीदा वह पूरा नहीं पड़ा, और दोबारा खाना खरीदने के लिए आपके पास पैसे नहीं थे।
ahc-core-hunger-vital-sign-often = अक्सर सच है
ahc-core-hunger-vital-sign-sometimes = कभी-कभी सच है
ahc-core-hunger-vital-sign-never = कभी सच नहीं है
ahc-core-transportation = पिछले 12 महीनों में, क्या भरोसेमंद आने-जाने का साधन न होने की वजह से आपका डॉक्टर के अपॉइंटमेंट, मीटिंग या काम पर जाना, या रोज़मर्रा की ज़िंदगी के लिए ज़रूरी चीज़ें लाना नहीं हो पाया?
ahc-core-utilities = पिछले 12 महीनों में, क्या बिजली, गैस, तेल (हीटिंग ऑयल) या पानी की कंपनी ने आपके घर की सेवाएँ काटने की धमकी दी है?
ahc-core-utilities-yes = हाँ
ahc-core-utilities-no = नहीं
ahc-core-utilities-already-shut-off = सेवा पहले ही काट दी गई है
ahc-core-safety-intro = हिंसा और दुर्व्यवहार बहुत से लोगों के साथ होता है और इसका उनकी सेहत पर असर पड़ता है, इसलिए हम आपसे नीचे दिए गए सवाल पूछ रहे हैं।
ahc-core-safety-hurt = परिवार और दोस्तों समेत, कोई भी व्यक्ति कितनी बार आपको शारीरिक चोट पहुँचाता है?
ahc-core-safety-insult = परिवार और दोस्तों समेत, कोई भी व्यक्ति कितनी बार आपका अपमान करता है या आपको नीचा दिखाकर बात करता है?
ahc-core-safety-threaten = परिवार और दोस्तों समेत, कोई भी व्यक्ति कितनी बार आपको नुकसान पहुँचाने की धमकी देता है?
ahc-core-safety-scream = परिवार और दोस्तों समेत, कोई भी व्यक्ति कितनी बार आप पर चिल्लाता है या आपको गालियाँ देता है?
ahc-core-frequency-never = कभी नहीं
ahc-core-frequency-rarely = बहुत कम
ahc-core-frequency-sometimes = कभी-कभी
ahc-core-frequency-fairly-often = काफ़ी बार
ahc-core-frequency-frequently = बहुत बार
