# Haitian Creole (ht) draft of ahc-supp.ftl; standard orthography; to be checked with an interpreter.
# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Bezwen sosyal ki gen rapò ak sante (plis kesyon)
ahc-supp-financial-strain = Ki jan li difisil pou ou peye bagay ki pi nesesè yo, tankou manje, lojman, swen medikal ak chofaj?
ahc-supp-financial-strain-very-hard = Trè difisil
ahc-supp-financial-strain-somewhat-hard = Yon ti jan difisil
ahc-supp-financial-strain-not-hard = Pa difisil ditou
ahc-supp-employment = Èske ou vle èd pou jwenn travay oswa pou kenbe travay ou?
ahc-supp-employment-finding = Wi, èd pou jwenn travay
ahc-supp-employment-keeping = Wi, èd pou kenbe travay mwen
ahc-supp-employment-no-help = Mwen pa bezwen ni mwen pa vle èd
ahc-supp-daily-help = Si pou nenpòt ki rezon ou bezwen èd pou aktivite chak jou, tankou benyen, prepare manje, fè makèt, jere lajan, elatriye, èske ou jwenn èd ou bezwen an?
ahc-supp-daily-help-no-need = Mwen pa bezwen okenn èd
ahc-supp-daily-help-all-help = Mwen jwenn tout èd mwen bezwen
ahc-supp-daily-help-little-more = Yon ti kras plis èd ta bon pou mwen
ahc-supp-daily-help-lot-more = Mwen bezwen anpil plis èd
ahc-supp-loneliness = Konbyen fwa ou santi ou poukont ou oswa izole de moun ki bò kote ou?
ahc-supp-loneliness-never = Pa janm
ahc-supp-loneliness-rarely = Raman
ahc-supp-loneliness-sometimes = Pafwa
ahc-supp-loneliness-often = Souvan
ahc-supp-loneliness-always = Toujou
ahc-supp-other-language = Èske ou pale yon lòt lang ki pa Angle lakay ou?
ahc-supp-school-training = Èske ou vle èd pou lekòl oswa fòmasyon? Pa egzanp, pou kòmanse oswa fini yon fòmasyon pou travay, oswa pou jwenn yon diplòm lekòl segondè (high school), GED oswa yon diplòm ki ekivalan.
ahc-supp-exercise-days = Nan 30 jou ki sot pase yo, san konte aktivite ou te fè nan travay ou, an mwayèn, konbyen jou pa semèn ou te fè egzèsis modere (tankou mache vit, kouri, fè djògin, danse, naje, monte bisiklèt oswa lòt aktivite ki sanble)?
ahc-supp-exercise-minutes = An mwayèn, konbyen minit ou te konn pase ap fè egzèsis nan nivo sa a nan youn nan jou sa yo?
ahc-supp-exercise-days-unit = { $count ->
   *[other] { $count } jou pa semèn
}
ahc-supp-exercise-minutes-unit = { $count ->
   *[other] { $count } minit
}
ahc-supp-alcohol = Konbyen fwa nan 12 mwa ki sot pase yo ou te bwè 5 bwason ki gen alkòl oswa plis nan yon jou (pou gason) oswa 4 bwason ki gen alkòl oswa plis nan yon jou (pou fanm)? Yon bwason se 12 ons byè, 5 ons diven, oswa 1,5 ons gwòg fò ki gen 40% alkòl (80 proof), tankou wonm oswa wiski.
ahc-supp-tobacco = Konbyen fwa nan 12 mwa ki sot pase yo ou te itilize pwodui tabak (tankou sigarèt, siga, tabak an poud pou rale nan nen, tabak pou moulen, sigarèt elektwonik)?
ahc-supp-prescription-misuse = Konbyen fwa nan ane ki sot pase a ou te pran medikaman ki bezwen preskripsyon pou rezon ki pa medikal?
ahc-supp-illegal-drugs = Konbyen fwa nan ane ki sot pase a ou te itilize dwòg ilegal?
ahc-supp-substance-never = Pa janm
ahc-supp-substance-once-or-twice = Youn oswa de fwa
ahc-supp-substance-monthly = Chak mwa
ahc-supp-substance-weekly = Chak semèn
ahc-supp-substance-daily = Chak jou oswa prèske chak jou
ahc-supp-little-interest = Nan 2 semèn ki sot pase yo, konbyen fwa sa te deranje ou paske ou pa t gen anpil enterè oswa plezi pou fè bagay yo?
ahc-supp-feeling-down = Nan 2 semèn ki sot pase yo, konbyen fwa sa te deranje ou paske ou te santi ou dekouraje, deprime oswa san espwa?
ahc-supp-phq-not-at-all = Pa ditou
ahc-supp-phq-several-days = Plizyè jou
ahc-supp-phq-more-than-half = Plis pase mwatye jou yo
ahc-supp-phq-nearly-every-day = Prèske chak jou
ahc-supp-stress = Estrès vle di yon sitiyasyon kote yon moun santi l sou tansyon, li pa ka rete trankil, li nève oswa li gen kè sote, oswa li pa ka dòmi lannwit paske lespri l boulvèse tout tan. Èske ou santi kalite estrès sa a jou sa yo?
ahc-supp-stress-not-at-all = Pa ditou
ahc-supp-stress-a-little = Yon ti kras
ahc-supp-stress-somewhat = Mwayennman
ahc-supp-stress-quite-a-bit = Anpil
ahc-supp-stress-very-much = Anpil anpil
ahc-supp-concentrating = Akoz yon pwoblèm fizik, mantal oswa emosyonèl, èske ou gen gwo difikilte pou konsantre, pou sonje bagay oswa pou pran desizyon?
ahc-supp-errands = Akoz yon pwoblèm fizik, mantal oswa emosyonèl, èske ou gen difikilte pou fè komisyon poukont ou, tankou ale kay doktè oswa fè makèt?
