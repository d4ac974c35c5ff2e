# Consent before screening, and follow-up on a need.
# Swahili (sw) draft translation; to be checked with an interpreter.

consent-title = Kabla hatujaanza
consent-screening = Ningependa kukuuliza maswali kadhaa kuhusu afya yako na maisha yako. Unaweza kuruka swali lolote. Je, hilo ni sawa kwako?
consent-share-for-referral = Tukigundua jambo unalohitaji msaada nalo, je, tunaweza kushiriki taarifa hiyo na shirika la kijamii linaloweza kukusaidia?

follow-up-title = Ufuatiliaji
follow-up-status = Nini kilifanyika kuhusu hitaji hili?
follow-up-status-open = Bado liko wazi
follow-up-status-resource-given = Amepewa msaada au taarifa
follow-up-status-referred = Amepewa rufaa
follow-up-status-declined-help = Mwanachama amekataa msaada
follow-up-status-already-getting-help = Tayari anapata msaada
follow-up-status-resolved = Limetatuliwa
follow-up-organization = Mwanachama alipewa rufaa kwa shirika gani?
follow-up-note = Maelezo
