# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Hindi (hi) draft translation of common.ftl; to be checked with an interpreter.

common-yes-no-yes = हाँ
common-yes-no-no = नहीं

answer-asked-declined = जवाब नहीं देना चाहते
answer-asked-unknown = पता नहीं
answer-not-asked = नहीं पूछा गया
hint-choose-all = जितने लागू हों, सभी चुनें।

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = रहने की जगह
domain-housing-instability-explain = सदस्य का घर छिन सकता है, या उसके पास रहने की कोई पक्की जगह नहीं है।
domain-housing-quality = घर की हालत
domain-housing-quality-explain = सदस्य के घर में ऐसी समस्याएँ हैं जो सेहत को नुकसान पहुँचा सकती हैं।
domain-food = खाना
domain-food-explain = पिछले 12 महीनों में सदस्य को खाना ख़त्म हो जाने की चिंता रही, या खाना ख़त्म हो गया।
domain-transportation = आने-जाने के साधन
domain-transportation-explain = आने-जाने का साधन न होने की वजह से सदस्य इलाज, काम या अपनी ज़रूरत की चीज़ों तक नहीं पहुँच पाया।
domain-utilities = बिजली, पानी जैसी सेवाएँ
domain-utilities-explain = बिजली, गैस, तेल या पानी की कंपनी ने सेवा काटने की धमकी दी, या सेवा काट दी।
domain-interpersonal-safety = सुरक्षा
domain-interpersonal-safety-explain = हो सकता है कोई सदस्य को चोट पहुँचा रहा हो, धमकी दे रहा हो या उसका अपमान कर रहा हो।
domain-financial-strain = बुनियादी ज़रूरतों के लिए पैसा
domain-financial-strain-explain = खाना, घर, इलाज या हीटिंग का खर्च उठाना मुश्किल है।
domain-employment = काम
domain-employment-explain = सदस्य को काम ढूँढने या बनाए रखने में मदद चाहिए।
domain-family-community-support = दूसरों से सहारा
domain-family-community-support-explain = सदस्य को रोज़ के कामों में और मदद की ज़रूरत है, या उसे अक्सर अकेलापन महसूस होता है।
domain-education = पढ़ाई और ट्रेनिंग
domain-education-explain = सदस्य को पढ़ाई या नौकरी की ट्रेनिंग में मदद चाहिए।
domain-physical-activity = शारीरिक गतिविधि
domain-physical-activity-explain = सदस्य हफ़्ते में 150 मिनट से कम कसरत करता है।
domain-substance-use = शराब, तंबाकू और नशीली दवाएँ
domain-substance-use-explain = सदस्य ने ऐसे सेवन के बारे में बताया जिस पर बात करना फ़ायदेमंद हो सकता है।
domain-mental-health = मानसिक स्वास्थ्य
domain-mental-health-explain = सदस्य को उदासी महसूस हुई है, उसकी दिलचस्पी कम हुई है, या उसे बहुत तनाव महसूस होता है।
domain-disabilities = विकलांगता
domain-disabilities-explain = सदस्य को ध्यान लगाने में, या अकेले बाहर के काम निपटाने में गंभीर दिक्कत होती है।
domain-digital-access = इंटरनेट और डिवाइस
domain-digital-access-explain = सदस्य के पास भरोसेमंद इंटरनेट या वीडियो विज़िट के लिए कोई डिवाइस नहीं है।
domain-digital-literacy = टेक्नोलॉजी इस्तेमाल करने में सहजता
domain-digital-literacy-explain = सदस्य को वीडियो विज़िट इस्तेमाल करने में भरोसा नहीं है, और मदद करने वाला भी कोई नहीं है।

outcome-positive = ज़रूरत पाई गई
outcome-negative = कोई ज़रूरत नहीं पाई गई
outcome-not-scored = स्कोर नहीं निकला: कुछ जवाब नहीं हैं

flag-homelessness = सदस्य के पास रहने की कोई पक्की जगह नहीं है (बेघर)।
safety-discreet-prompt = इस बारे में बात करने से पहले पक्का कर लें कि सदस्य के साथ कोई और नहीं है और बात करना सुरक्षित है।

translation-status-reference = मूल (संदर्भ) पाठ
translation-status-draft = अनुवाद का मसौदा: शब्दों की जाँच किसी दुभाषिए से करवाएँ
translation-status-reviewed = { $date } को { $reviewer } ने जाँचा

role-chw = सामुदायिक स्वास्थ्य कार्यकर्ता
role-navigator = टेलीहेल्थ नेविगेटर
role-supervisor = सुपरवाइज़र

permission-find-members = सदस्य खोजना
permission-view-member = किसी सदस्य की जानकारी देखना
permission-edit-member = सदस्य जोड़ना या उसकी जानकारी बदलना
permission-record-response = स्क्रीनिंग दर्ज करना
permission-record-follow-up = फ़ॉलो-अप दर्ज करना
permission-retract-any-response = किसी और व्यक्ति की स्क्रीनिंग पर “ग़लती से दर्ज” का निशान लगाना
permission-manage-users = यूज़र संभालना
permission-backup = बैकअप बनाना
permission-restore = बैकअप से डेटा वापस लाना
permission-verify-store = स्टोर की जाँच करना
permission-review-team = टीम के काम की समीक्षा करना
permission-import-members = सदस्य या डेमो डेटा इम्पोर्ट करना
permission-sync = हब के साथ सिंक करना
