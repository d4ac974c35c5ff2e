# Consent before screening, and follow-up on a need.
# Nepali (ne) draft translation of consent.ftl; to be checked with an interpreter.

consent-title = सुरु गर्नुअघि
consent-screening = म तपाईंलाई तपाईंको स्वास्थ्य र जीवनबारे केही प्रश्नहरू सोध्न चाहन्छु। तपाईं कुनै पनि प्रश्न छोड्न सक्नुहुन्छ। के यो ठीक छ?
consent-share-for-referral = तपाईंलाई मद्दत चाहिने कुनै कुरा हामीले भेट्टायौँ भने, के हामी त्यो कुरा मद्दत गर्न सक्ने कुनै सामुदायिक संस्थासँग बाँड्न सक्छौँ?

follow-up-title = फलो-अप
follow-up-status = यो आवश्यकताको के भयो?
follow-up-status-open = खुला (बाँकी)
follow-up-status-resource-given = स्रोत (जानकारी) दिइयो
follow-up-status-referred = संस्थामा पठाइयो (रेफर गरियो)
follow-up-status-declined-help = सदस्यले मद्दत लिन अस्वीकार गर्नुभयो
follow-up-status-already-getting-help = पहिले नै मद्दत पाइरहनुभएको छ
follow-up-status-resolved = समाधान भयो
follow-up-organization = सदस्यलाई कुन संस्थामा पठाइयो?
follow-up-note = टिप्पणी
