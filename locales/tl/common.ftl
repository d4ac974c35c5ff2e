# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Tagalog (tl) draft; to be checked with an interpreter.

common-yes-no-yes = Oo
common-yes-no-no = Hindi

answer-asked-declined = Mas gusto kong hindi sumagot
answer-asked-unknown = Hindi ko alam
answer-not-asked = Hindi naitanong
hint-choose-all = Piliin ang lahat ng naaangkop.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Tirahan
domain-housing-instability-explain = Maaaring mawalan ng tirahan ang miyembro, o wala siyang permanenteng matitirhan.
domain-housing-quality = Kalagayan ng tirahan
domain-housing-quality-explain = May mga problema sa tirahan ng miyembro na maaaring makasama sa kalusugan.
domain-food = Pagkain
domain-food-explain = Sa nakaraang 12 buwan, nag-alala ang miyembro na maubusan ng pagkain, o naubusan talaga siya ng pagkain.
domain-transportation = Transportasyon
domain-transportation-explain = Dahil walang masakyan, hindi nakapagpagamot o nakapagtrabaho ang miyembro, o hindi niya nakuha ang mga bagay na kailangan niya.
domain-utilities = Kuryente, gas, at tubig
domain-utilities-explain = Nagbanta ang kompanya ng kuryente, gas, langis na pampainit, o tubig na puputulin ang serbisyo, o naputol na ito.
domain-interpersonal-safety = Kaligtasan
domain-interpersonal-safety-explain = Maaaring may nananakit, nagbabanta, o nang-iinsulto sa miyembro.
domain-financial-strain = Pera para sa mga pangunahing pangangailangan
domain-financial-strain-explain = Nahihirapang magbayad para sa pagkain, tirahan, pagpapagamot, o heating.
domain-employment = Trabaho
domain-employment-explain = Gusto ng miyembro ng tulong sa paghahanap o pagpapanatili ng trabaho.
domain-family-community-support = Suporta mula sa iba
domain-family-community-support-explain = Kailangan ng miyembro ng mas maraming tulong sa mga pang-araw-araw na gawain, o madalas niyang nararamdaman na nag-iisa siya.
domain-education = Pag-aaral at training
domain-education-explain = Gusto ng miyembro ng tulong sa pag-aaral o sa job training.
domain-physical-activity = Pisikal na aktibidad
domain-physical-activity-explain = Wala pang 150 minuto bawat linggo ang pag-eehersisyo ng miyembro.
domain-substance-use = Alak, tabako, at droga
domain-substance-use-explain = May iniulat ang miyembro na paggamit na maaaring dapat pag-usapan.
domain-mental-health = Kalusugan ng isip (mental health)
domain-mental-health-explain = Nalungkot ang miyembro, nawalan ng gana sa mga bagay, o nakararamdam ng matinding stress.
domain-disabilities = Kapansanan
domain-disabilities-explain = May matinding hirap ang miyembro sa pag-concentrate o sa pag-aasikaso ng mga lakad nang mag-isa.
domain-digital-access = Internet at mga device
domain-digital-access-explain = Walang maaasahang internet o device ang miyembro para sa video visit.
domain-digital-literacy = Kumpiyansa sa teknolohiya
domain-digital-literacy-explain = Hindi kumpiyansa ang miyembro sa video visit at wala siyang makatutulong.

outcome-positive = May nakitang pangangailangan
outcome-negative = Walang nakitang pangangailangan
outcome-not-scored = Hindi na-score: may mga kulang na sagot

flag-homelessness = Walang permanenteng matitirhan ang miyembro (walang tahanan).
safety-discreet-prompt = Bago pag-usapan ito, tiyaking nag-iisa ang miyembro at ligtas na makapag-usap.

translation-status-reference = Orihinal na teksto (reference)
translation-status-draft = Draft na salin: suriin ang pananalita kasama ang isang interpreter
translation-status-reviewed = Sinuri ni { $reviewer } noong { $date }

role-chw = manggagawang pangkalusugan sa komunidad
role-navigator = gabay sa telehealth
role-supervisor = supervisor

permission-find-members = maghanap ng mga miyembro
permission-view-member = tingnan ang isang miyembro
permission-edit-member = magdagdag o magbago ng miyembro
permission-record-response = magtala ng screening
permission-record-follow-up = magtala ng follow-up
permission-retract-any-response = markahan ang screening ng ibang tao bilang naipasok nang mali
permission-manage-users = mamahala ng mga user
permission-backup = gumawa ng backup
permission-restore = mag-restore ng backup
permission-verify-store = suriin ang store
permission-review-team = suriin ang trabaho ng team
permission-import-members = mag-import ng mga miyembro o demo data
permission-sync = mag-sync sa hub
