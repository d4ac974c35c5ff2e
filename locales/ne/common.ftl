# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Nepali (ne) draft translation of common.ftl; to be checked with an interpreter.

common-yes-no-yes = हो
common-yes-no-no = होइन

answer-asked-declined = जवाफ दिन चाहन्नँ
answer-asked-unknown = थाहा छैन
answer-not-asked = सोधिएन
hint-choose-all = लागू हुने सबै छान्नुहोस्।

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = बस्ने ठाउँ
domain-housing-instability-explain = सदस्यले आफ्नो घर गुमाउन सक्नुहुन्छ, वा उहाँसँग बस्ने पक्का ठाउँ छैन।
domain-housing-quality = घरको अवस्था
domain-housing-quality-explain = सदस्यको घरमा स्वास्थ्यलाई हानि गर्न सक्ने समस्याहरू छन्।
domain-food = खाना
domain-food-explain = विगत १२ महिनामा सदस्यलाई खाना सकिन्छ कि भन्ने चिन्ता भयो, वा खाना सकियो।
domain-transportation = यातायात
domain-transportation-explain = यातायात नभएकाले सदस्य उपचार, काम वा आफूलाई चाहिने कुराहरूसम्म पुग्न सक्नुभएन।
domain-utilities = बिजुली, पानी जस्ता सेवाहरू
domain-utilities-explain = बिजुली, ग्यास, तेल वा पानी कम्पनीले सेवा काटिदिने धम्की दियो, वा काटिसक्यो।
domain-interpersonal-safety = सुरक्षा
domain-interpersonal-safety-explain = कसैले सदस्यलाई चोट पुर्‍याइरहेको, धम्की दिइरहेको वा अपमान गरिरहेको हुन सक्छ।
domain-financial-strain = आधारभूत कुराका लागि पैसा
domain-financial-strain-explain = खाना, घर, उपचार वा हिटिङको खर्च तिर्न गाह्रो छ।
domain-employment = काम
domain-employment-explain = सदस्य काम खोज्न वा टिकाइराख्न मद्दत चाहनुहुन्छ।
domain-family-community-support = अरूबाट सहयोग
domain-family-community-support-explain = सदस्यलाई दैनिक कामहरूमा थप मद्दत चाहिन्छ, वा प्रायः एक्लो महसुस हुन्छ।
domain-education = पढाइ र तालिम
domain-education-explain = सदस्य पढाइ वा कामसम्बन्धी तालिममा मद्दत चाहनुहुन्छ।
domain-physical-activity = शारीरिक गतिविधि
domain-physical-activity-explain = सदस्यले हप्तामा १५० मिनेटभन्दा कम व्यायाम गर्नुहुन्छ।
domain-substance-use = रक्सी, सुर्ती र लागु पदार्थ
domain-substance-use-explain = सदस्यले यस्तो प्रयोगबारे बताउनुभयो जसबारे कुरा गर्नु उपयोगी हुन सक्छ।
domain-mental-health = मानसिक स्वास्थ्य
domain-mental-health-explain = सदस्यलाई उदास महसुस भएको छ, रुचि हराएको छ, वा धेरै तनाव महसुस हुन्छ।
domain-disabilities = अपाङ्गता
domain-disabilities-explain = सदस्यलाई ध्यान केन्द्रित गर्न वा एक्लै बाहिरका काम गर्न गम्भीर कठिनाइ हुन्छ।
domain-digital-access = इन्टरनेट र उपकरण
domain-digital-access-explain = सदस्यसँग भरपर्दो इन्टरनेट वा भिडियो भेटका लागि उपकरण छैन।
domain-digital-literacy = प्रविधि चलाउने सहजता
domain-digital-literacy-explain = सदस्यलाई भिडियो भेटमा आत्मविश्वास छैन र मद्दत गर्ने कोही पनि छैन।

outcome-positive = आवश्यकता भेटियो
outcome-negative = कुनै आवश्यकता भेटिएन
outcome-not-scored = अङ्क गणना भएन: केही जवाफ छुटेका छन्

flag-homelessness = सदस्यसँग बस्ने पक्का ठाउँ छैन (घरबारविहीन)।
safety-discreet-prompt = यसबारे कुरा गर्नुअघि सदस्य एक्लै हुनुहुन्छ र कुरा गर्न सुरक्षित छ भन्ने निश्चित गर्नुहोस्।

translation-status-reference = मूल (सन्दर्भ) पाठ
translation-status-draft = अनुवादको मस्यौदा: शब्दहरू दोभाषेसँग जाँच गर्नुहोस्
translation-status-reviewed = { $date } मा { $reviewer } द्वारा जाँच गरिएको

role-chw = सामुदायिक स्वास्थ्यकर्मी
role-navigator = टेलिहेल्थ नेभिगेटर
role-supervisor = सुपरभाइजर

permission-find-members = सदस्य खोज्ने
permission-view-member = सदस्यको विवरण हेर्ने
permission-edit-member = सदस्य थप्ने वा विवरण बदल्ने
permission-record-response = स्क्रिनिङ दर्ता गर्ने
permission-record-follow-up = फलो-अप दर्ता गर्ने
permission-retract-any-response = अर्को व्यक्तिको स्क्रिनिङमा “गल्तीले दर्ता गरिएको” भन्ने चिन्ह लगाउने
permission-manage-users = प्रयोगकर्ता व्यवस्थापन गर्ने
permission-backup = ब्याकअप बनाउने
permission-restore = ब्याकअपबाट फिर्ता ल्याउने
permission-verify-store = स्टोर जाँच गर्ने
permission-review-team = टोलीको काम समीक्षा गर्ने
permission-import-members = सदस्य वा डेमो डेटा आयात गर्ने
permission-sync = हबसँग सिंक गर्ने
