# Digital access intake (telehealth navigators) and the help navigators give.
# Hindi (hi) draft translation of digital.ftl; to be checked with an interpreter.

digital-access-title = इंटरनेट और वीडियो विज़िट
digital-access-internet-home = क्या आपके घर पर इंटरनेट है?
digital-access-internet-home-home = हाँ, घर का इंटरनेट या वाई-फ़ाई
digital-access-internet-home-phone-only = सिर्फ़ मेरे फ़ोन के डेटा प्लान से
digital-access-internet-home-none = नहीं
digital-access-internet-reliable = क्या आपका इंटरनेट वीडियो विज़िट के लिए काफ़ी अच्छा चलता है?
digital-access-internet-reliable-yes = हाँ
digital-access-internet-reliable-sometimes = कभी-कभी
digital-access-internet-reliable-no = नहीं
digital-access-data-runs-out = क्या महीना ख़त्म होने से पहले आपके फ़ोन का डेटा ख़त्म हो जाता है?
digital-access-data-runs-out-often = अक्सर
digital-access-data-runs-out-sometimes = कभी-कभी
digital-access-data-runs-out-never = कभी नहीं
digital-access-devices = वीडियो विज़िट के लिए आप इनमें से किसका इस्तेमाल कर सकते हैं?
digital-access-devices-smartphone = स्मार्टफ़ोन
digital-access-devices-tablet = टैबलेट
digital-access-devices-computer = कैमरे वाला कंप्यूटर
digital-access-devices-none = इनमें से कोई नहीं
digital-access-device-shared = क्या उस डिवाइस को दूसरे लोग भी इस्तेमाल करते हैं?
digital-access-private-space = क्या वीडियो विज़िट के दौरान बात करने के लिए आपके पास कोई अलग (निजी) जगह है?
digital-access-confidence = वीडियो विज़िट के लिए फ़ोन या कंप्यूटर इस्तेमाल करने में आपको कितना भरोसा है?
digital-access-confidence-very = बहुत
digital-access-confidence-somewhat = कुछ हद तक
digital-access-confidence-a-little = थोड़ा
digital-access-confidence-not-at-all = बिल्कुल नहीं
digital-access-help-available = क्या कोई है जो वीडियो विज़िट सेट करने में आपकी मदद कर सके?
digital-access-portal-account = क्या स्वास्थ्य केंद्र के मरीज़ पोर्टल (पेशेंट पोर्टल) पर आपका अकाउंट है?
digital-access-email = क्या आपका कोई ईमेल पता है जिसे आप इस्तेमाल करते हैं?
digital-access-preferred-visit = आपको डॉक्टर से मुलाक़ात किस तरह करना पसंद है?
digital-access-preferred-visit-in-person = ख़ुद आकर, आमने-सामने
digital-access-preferred-visit-video = वीडियो पर
digital-access-preferred-visit-phone = फ़ोन पर

navigator-actions-title = दी गई मदद
navigator-actions-actions = आपने किन कामों में सदस्य की मदद की?
navigator-actions-actions-install-app = वीडियो विज़िट का ऐप इंस्टॉल किया
navigator-actions-actions-portal = मरीज़ पोर्टल सेट किया
navigator-actions-actions-test-call = टेस्ट कॉल करके अभ्यास किया
navigator-actions-actions-internet-program = कम ख़र्च वाले इंटरनेट या फ़ोन प्रोग्राम के लिए रेफ़र किया
navigator-actions-actions-device-loan = डिवाइस उधार दिया
navigator-actions-actions-video-visit = वीडियो विज़िट तय की
navigator-actions-actions-declined = सदस्य को मदद नहीं चाहिए थी
navigator-actions-notes = नोट्स
