# Consent before screening, and follow-up on a need.
# Tagalog (tl) draft; to be checked with an interpreter.

consent-title = Bago tayo magsimula
consent-screening = Gusto ko po sanang magtanong sa inyo tungkol sa inyong kalusugan at buhay. Maaari po ninyong laktawan ang anumang tanong. Ayos lang po ba iyon sa inyo?
consent-share-for-referral = Kung may makita kaming bagay na kailangan ninyo ng tulong, maaari po ba namin itong ibahagi sa isang organisasyon sa komunidad na makatutulong sa inyo?

follow-up-title = Pagsubaybay (follow-up)
follow-up-status = Ano ang nangyari sa pangangailangang ito?
follow-up-status-open = Bukas pa
follow-up-status-resource-given = Binigyan ng resource o impormasyon
follow-up-status-referred = Na-refer
follow-up-status-declined-help = Tinanggihan ng miyembro ang tulong
follow-up-status-already-getting-help = Nakakatanggap na ng tulong
follow-up-status-resolved = Nalutas na
follow-up-organization = Saang organisasyon ini-refer ang miyembro?
follow-up-note = Tala
