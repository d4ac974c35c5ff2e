# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Tagalog (tl) draft; to be checked with an interpreter.

ahc-supp-title = Mga pangangailangang panlipunan na may kinalaman sa kalusugan (karagdagang tanong)
ahc-supp-financial-strain = Gaano po kahirap para sa inyo na magbayad para sa mga pinakapangunahing pangangailangan gaya ng pagkain, tirahan, pagpapagamot, at heating?
ahc-supp-financial-strain-very-hard = Napakahirap
ahc-supp-financial-strain-somewhat-hard = Medyo mahirap
ahc-supp-financial-strain-not-hard = Hindi mahirap kahit kaunti
ahc-supp-employment = Gusto po ba ninyo ng tulong sa paghahanap ng trabaho o sa pagpapanatili ng inyong trabaho?
ahc-supp-employment-finding = Oo, tulong sa paghahanap ng trabaho
ahc-supp-employment-keeping = Oo, tulong sa pagpapanatili ng trabaho
ahc-supp-employment-no-help = Hindi ko kailangan o gusto ng tulong
ahc-supp-daily-help = Kung sa anumang dahilan ay kailangan ninyo ng tulong sa mga pang-araw-araw na gawain gaya ng pagligo, paghahanda ng pagkain, pamimili, pag-aasikaso ng pera, at iba pa, nakukuha po ba ninyo ang tulong na kailangan ninyo?
ahc-supp-daily-help-no-need = Hindi ko kailangan ng anumang tulong
ahc-supp-daily-help-all-help = Nakukuha ko ang lahat ng tulong na kailangan ko
ahc-supp-daily-help-little-more = Makatutulong sa akin ang kaunti pang tulong
ahc-supp-daily-help-lot-more = Kailangan ko ng mas marami pang tulong
ahc-supp-loneliness = Gaano kadalas ninyo nararamdaman na nag-iisa kayo o nakahiwalay sa mga tao sa paligid ninyo?
ahc-supp-loneliness-never = Hindi kailanman
ahc-supp-loneliness-rarely = Bihira
ahc-supp-loneliness-sometimes = Kung minsan
ahc-supp-loneliness-often = Madalas
ahc-supp-loneliness-always = Palagi
ahc-supp-other-language = Nagsasalita po ba kayo ng wikang iba sa Ingles sa bahay?
ahc-supp-school-training = Gusto po ba ninyo ng tulong sa pag-aaral o training? Halimbawa, pagsisimula o pagtatapos ng job training, o pagkuha ng high school diploma, GED, o katumbas nito.
ahc-supp-exercise-days = Sa nakaraang 30 araw, bukod sa mga gawaing ginawa ninyo para sa trabaho, sa karaniwan, ilang araw bawat linggo kayo nag-ehersisyo nang katamtaman (gaya ng mabilis na paglalakad, pagtakbo, jogging, pagsasayaw, paglangoy, pagbibisikleta, o iba pang katulad na gawain)?
ahc-supp-exercise-minutes = Sa karaniwan, ilang minuto kayo kadalasang nag-eehersisyo sa ganitong antas sa isa sa mga araw na iyon?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } araw bawat linggo
   *[other] { $count } araw bawat linggo
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuto
}
ahc-supp-alcohol = Ilang beses sa nakaraang 12 buwan kayo uminom ng 5 o higit pang inuming may alkohol sa isang araw (kung lalaki) o 4 o higit pang inuming may alkohol sa isang araw (kung babae)? Ang isang inumin ay 12 onsa ng beer (mga 355 ml, isang lata), 5 onsa ng wine (mga 150 ml), o 1.5 onsa ng matapang na alak na 80 proof, ibig sabihin ay 40% alkohol (mga 45 ml).
ahc-supp-tobacco = Ilang beses sa nakaraang 12 buwan kayo gumamit ng mga produktong may tabako (gaya ng sigarilyo, tabako o cigar, snuff o sinisinghot na tabako, nginunguyang tabako, electronic cigarette o vape)?
ahc-supp-prescription-misuse = Ilang beses sa nakaraang taon kayo gumamit ng mga de-resetang gamot para sa mga dahilang hindi medikal?
ahc-supp-illegal-drugs = Ilang beses sa nakaraang taon kayo gumamit ng ilegal na droga?
ahc-supp-substance-never = Hindi kailanman
ahc-supp-substance-once-or-twice = Isa o dalawang beses
ahc-supp-substance-monthly = Buwan-buwan
ahc-supp-substance-weekly = Linggo-linggo
ahc-supp-substance-daily = Araw-araw o halos araw-araw
ahc-supp-little-interest = Sa nakaraang 2 linggo, gaano kadalas kayo nagambala ng kaunting interes o kasiyahan sa paggawa ng mga bagay-bagay?
ahc-supp-feeling-down = Sa nakaraang 2 linggo, gaano kadalas kayo nagambala ng pakiramdam na malungkot, depressed, o wala nang pag-asa?
ahc-supp-phq-not-at-all = Hindi kailanman
ahc-supp-phq-several-days = Ilang araw
ahc-supp-phq-more-than-half = Mahigit sa kalahati ng mga araw
ahc-supp-phq-nearly-every-day = Halos araw-araw
ahc-supp-stress = Ang stress ay kalagayan kung saan ang isang tao ay tensyonado, hindi mapakali, kinakabahan, o balisa, o hindi makatulog sa gabi dahil laging magulo ang kanyang isip. Nararamdaman po ba ninyo ang ganitong uri ng stress sa mga araw na ito?
ahc-supp-stress-not-at-all = Hindi talaga
ahc-supp-stress-a-little = Kaunti lang
ahc-supp-stress-somewhat = Katamtaman
ahc-supp-stress-quite-a-bit = Medyo matindi
ahc-supp-stress-very-much = Napakatindi
ahc-supp-concentrating = Dahil sa isang kondisyong pisikal, mental, o emosyonal, may matindi po ba kayong hirap sa pagtutuon ng isip (pag-concentrate), pag-alala, o pagpapasya?
ahc-supp-errands = Dahil sa isang kondisyong pisikal, mental, o emosyonal, nahihirapan po ba kayong mag-asikaso ng mga lakad nang mag-isa, gaya ng pagpunta sa opisina ng doktor o pamimili?
