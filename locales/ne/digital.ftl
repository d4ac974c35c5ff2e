# Digital access intake (telehealth navigators) and the help navigators give.
# Nepali (ne) draft translation of digital.ftl; to be checked with an interpreter.

digital-access-title = इन्टरनेट र भिडियो भेट
digital-access-internet-home = के तपाईंको घरमा इन्टरनेट छ?
digital-access-internet-home-home = छ, घरको इन्टरनेट वा वाइफाइ
digital-access-internet-home-phone-only = मेरो फोनको डेटा प्लानबाट मात्र
digital-access-internet-home-none = छैन
digital-access-internet-reliable = के तपाईंको इन्टरनेट भिडियो भेटका लागि पर्याप्त राम्रो छ?
digital-access-internet-reliable-yes = छ
digital-access-internet-reliable-sometimes = कहिलेकाहीँ
digital-access-internet-reliable-no = छैन
digital-access-data-runs-out = के महिना सकिनुअघि नै तपाईंको फोनको डेटा सकिन्छ?
digital-access-data-runs-out-often = प्रायः
digital-access-data-runs-out-sometimes = कहिलेकाहीँ
digital-access-data-runs-out-never = कहिल्यै होइन
digital-access-devices = भिडियो भेटका लागि तपाईं यीमध्ये कुन प्रयोग गर्न सक्नुहुन्छ?
digital-access-devices-smartphone = स्मार्टफोन
digital-access-devices-tablet = ट्याब्लेट
digital-access-devices-computer = क्यामेरा भएको कम्प्युटर
digital-access-devices-none = यीमध्ये कुनै पनि होइन
digital-access-device-shared = के त्यो उपकरण अरूसँग बाँडेर प्रयोग गरिन्छ?
digital-access-private-space = भिडियो भेटको बेला कुरा गर्न के तपाईंसँग कुनै एकान्त (निजी) ठाउँ छ?
digital-access-confidence = भिडियो भेटका लागि फोन वा कम्प्युटर चलाउन तपाईं कत्तिको ढुक्क हुनुहुन्छ?
digital-access-confidence-very = धेरै
digital-access-confidence-somewhat = केही हदसम्म
digital-access-confidence-a-little = अलिकति
digital-access-confidence-not-at-all = पटक्कै होइन
digital-access-help-available = के भिडियो भेट मिलाउन तपाईंलाई मद्दत गर्ने कोही छ?
digital-access-portal-account = के स्वास्थ्य केन्द्रको बिरामी पोर्टलमा तपाईंको खाता छ?
digital-access-email = के तपाईंसँग तपाईंले प्रयोग गर्ने इमेल ठेगाना छ?
digital-access-preferred-visit = तपाईं डाक्टरसँगको भेट कसरी गर्न चाहनुहुन्छ?
digital-access-preferred-visit-in-person = आमनेसामने (आफैँ आएर)
digital-access-preferred-visit-video = भिडियोमार्फत
digital-access-preferred-visit-phone = फोनमार्फत

navigator-actions-title = दिइएको मद्दत
navigator-actions-actions = तपाईंले सदस्यलाई केमा मद्दत गर्नुभयो?
navigator-actions-actions-install-app = भिडियो भेटको एप इन्स्टल गरिदिइयो
navigator-actions-actions-portal = बिरामी पोर्टल सेट गरिदिइयो
navigator-actions-actions-test-call = परीक्षण कल गरेर अभ्यास गरियो
navigator-actions-actions-internet-program = कम खर्चको इन्टरनेट वा फोन कार्यक्रममा पठाइयो (रेफर गरियो)
navigator-actions-actions-device-loan = उपकरण सापटी दिइयो
navigator-actions-actions-video-visit = भिडियो भेटको समय मिलाइयो
navigator-actions-actions-declined = सदस्यले मद्दत चाहनुभएन
navigator-actions-notes = टिप्पणीहरू
