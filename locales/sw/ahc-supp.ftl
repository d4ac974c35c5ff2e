# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Swahili (sw) draft translation; to be checked with an interpreter.

ahc-supp-title = Mahitaji ya kijamii yanayohusiana na afya (maswali zaidi)
ahc-supp-financial-strain = Ni vigumu kiasi gani kwako kulipia mahitaji ya msingi kabisa kama chakula, makazi, huduma za matibabu, na kupasha joto nyumba?
ahc-supp-financial-strain-very-hard = Ni vigumu sana
ahc-supp-financial-strain-somewhat-hard = Ni vigumu kiasi
ahc-supp-financial-strain-not-hard = Si vigumu hata kidogo
ahc-supp-employment = Je, unataka msaada wa kupata kazi au kuendelea na kazi yako?
ahc-supp-employment-finding = Ndiyo, msaada wa kupata kazi
ahc-supp-employment-keeping = Ndiyo, msaada wa kuendelea na kazi yangu
ahc-supp-employment-no-help = Sihitaji wala sitaki msaada
ahc-supp-daily-help = Ikiwa kwa sababu yoyote unahitaji msaada katika shughuli za kila siku kama kuoga, kuandaa chakula, kununua mahitaji, kusimamia fedha, n.k., je, unapata msaada unaouhitaji?
ahc-supp-daily-help-no-need = Sihitaji msaada wowote
ahc-supp-daily-help-all-help = Ninapata msaada wote ninaouhitaji
ahc-supp-daily-help-little-more = Ningefaidika na msaada zaidi kidogo
ahc-supp-daily-help-lot-more = Ninahitaji msaada mwingi zaidi
ahc-supp-loneliness = Ni mara ngapi unajisikia mpweke au umetengwa na watu wanaokuzunguka?
ahc-supp-loneliness-never = Kamwe
ahc-supp-loneliness-rarely = Mara chache
ahc-supp-loneliness-sometimes = Wakati mwingine
ahc-supp-loneliness-often = Mara nyingi
ahc-supp-loneliness-always = Kila wakati
ahc-supp-other-language = Je, nyumbani unazungumza lugha nyingine isiyo Kiingereza?
ahc-supp-school-training = Je, unataka msaada kuhusu shule au mafunzo? Kwa mfano, kuanza au kumaliza mafunzo ya kazi, au kupata cheti cha kumaliza shule ya sekondari (high school diploma), GED au cheti kinacholingana nacho.
ahc-supp-exercise-days = Katika siku 30 zilizopita, ukiacha shughuli ulizofanya kazini, kwa wastani, ni siku ngapi kwa wiki ulifanya mazoezi ya wastani (kama kutembea haraka, kukimbia, kukimbia taratibu, kucheza dansi, kuogelea, kuendesha baiskeli, au shughuli nyingine zinazofanana)?
ahc-supp-exercise-minutes = Kwa wastani, kwa kawaida ulitumia dakika ngapi kufanya mazoezi kwa kiwango hiki katika mojawapo ya siku hizo?
ahc-supp-exercise-days-unit = { $count ->
    [one] siku { $count } kwa wiki
   *[other] siku { $count } kwa wiki
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] dakika { $count }
   *[other] dakika { $count }
}
ahc-supp-alcohol = Katika miezi 12 iliyopita, ni mara ngapi umekunywa vinywaji 5 au zaidi vya pombe kwa siku moja (wanaume) au vinywaji 4 au zaidi kwa siku moja (wanawake)? Kinywaji kimoja ni aunsi 12 za bia (takriban mililita 355), aunsi 5 za mvinyo (takriban mililita 150), au aunsi 1.5 za pombe kali ya 80-proof (asilimia 40 ya kilevi; takriban mililita 45).
ahc-supp-tobacco = Katika miezi 12 iliyopita, ni mara ngapi umetumia bidhaa za tumbaku (kama sigara, sigaa (cigars), ugoro wa kunusa, tumbaku ya kutafuna, sigara za kielektroniki)?
ahc-supp-prescription-misuse = Katika mwaka uliopita, ni mara ngapi umetumia dawa zinazotolewa kwa agizo la daktari kwa sababu zisizo za kimatibabu?
ahc-supp-illegal-drugs = Katika mwaka uliopita, ni mara ngapi umetumia dawa za kulevya zilizopigwa marufuku kisheria?
ahc-supp-substance-never = Kamwe
ahc-supp-substance-once-or-twice = Mara moja au mbili
ahc-supp-substance-monthly = Kila mwezi
ahc-supp-substance-weekly = Kila wiki
ahc-supp-substance-daily = Kila siku au karibu kila siku
ahc-supp-little-interest = Katika wiki 2 zilizopita, ni mara ngapi umesumbuliwa na kukosa hamu au furaha ya kufanya mambo?
ahc-supp-feeling-down = Katika wiki 2 zilizopita, ni mara ngapi umesumbuliwa na kujisikia huzuni, sonona, au kukata tamaa?
ahc-supp-phq-not-at-all = Hata kidogo
ahc-supp-phq-several-days = Siku kadhaa
ahc-supp-phq-more-than-half = Zaidi ya nusu ya siku
ahc-supp-phq-nearly-every-day = Karibu kila siku
ahc-supp-stress = Msongo wa mawazo (stress) ni hali ambapo mtu anajisikia mkazo, kutotulia, woga, au wasiwasi, au hawezi kulala usiku kwa sababu akili yake inasumbuka muda wote. Je, unahisi msongo wa aina hii siku hizi?
ahc-supp-stress-not-at-all = Hata kidogo
ahc-supp-stress-a-little = Kidogo
ahc-supp-stress-somewhat = Kiasi
ahc-supp-stress-quite-a-bit = Kwa kiasi kikubwa
ahc-supp-stress-very-much = Sana kabisa
ahc-supp-concentrating = Kwa sababu ya hali ya kimwili, kiakili, au kihisia, je, una shida kubwa ya kutuliza akili (kuzingatia jambo), kukumbuka, au kufanya maamuzi?
ahc-supp-errands = Kwa sababu ya hali ya kimwili, kiakili, au kihisia, je, una shida kufanya shughuli za nje peke yako, kama kwenda kwa daktari au kununua vitu dukani?
