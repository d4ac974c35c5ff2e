# Consent before screening, and follow-up on a need.
# Hindi (hi) draft translation of consent.ftl; to be checked with an interpreter.

consent-title = शुरू करने से पहले
consent-screening = हम आपसे आपकी सेहत और आपकी ज़िंदगी के बारे में कुछ सवाल पूछना चाहते हैं। आप कोई भी सवाल छोड़ सकते हैं। क्या यह ठीक है?
consent-share-for-referral = अगर हमें पता चलता है कि आपको किसी चीज़ में मदद चाहिए, तो क्या हम यह बात किसी ऐसी सामुदायिक संस्था को बता सकते हैं जो मदद कर सकती है?

follow-up-title = फ़ॉलो-अप
follow-up-status = इस ज़रूरत का क्या हुआ?
follow-up-status-open = खुला (अभी बाकी)
follow-up-status-resource-given = मदद की जानकारी (संसाधन) दी गई
follow-up-status-referred = संस्था के पास भेजा (रेफ़र किया) गया
follow-up-status-declined-help = सदस्य ने मदद लेने से मना किया
follow-up-status-already-getting-help = पहले से मदद मिल रही है
follow-up-status-resolved = हल हो गया
follow-up-organization = सदस्य को किस संस्था के पास भेजा गया?
follow-up-note = नोट
