# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Tagalog (tl) draft; to be checked with an interpreter.

ahc-core-title = Mga pangangailangang panlipunan na may kinalaman sa kalusugan (mga pangunahing tanong)
ahc-core-living-situation = Ano po ang kalagayan ng inyong tirahan ngayon?
ahc-core-living-situation-steady = May permanente akong matitirhan
ahc-core-living-situation-worried = May matitirhan ako ngayon, pero nag-aalala akong mawala ito sa hinaharap
ahc-core-living-situation-not-steady = Wala akong permanenteng matitirhan (pansamantala akong nakikitira sa iba, nasa hotel, nasa shelter, nakatira sa labas sa kalye, sa tabing-dagat, sa kotse, sa abandonadong gusali, sa istasyon ng bus o tren, o sa parke)
ahc-core-housing-problems = Isipin po ninyo ang lugar na tinitirhan ninyo. May problema po ba kayo sa alinman sa mga sumusunod?
ahc-core-housing-problems-pests = Mga peste gaya ng insekto, langgam, o daga
ahc-core-housing-problems-mold = Amag
ahc-core-housing-problems-lead = Pintura o tubo na may tingga (lead)
ahc-core-housing-problems-heat = Walang sapat na heating (init sa bahay)
ahc-core-housing-problems-stove = Hindi gumagana ang oven o kalan
ahc-core-housing-problems-smoke-detectors = Walang smoke detector o hindi ito gumagana
ahc-core-housing-problems-leaks = Tagas ng tubig
ahc-core-housing-problems-none = Wala sa mga nabanggit
ahc-core-food-worry = Sa nakaraang 12 buwan, nag-alala kayo na baka maubos ang inyong pagkain bago kayo magkaroon ng pera para bumili ng dagdag.
ahc-core-food-ran-out = Sa nakaraang 12 buwan, hindi tumagal ang pagkaing binili ninyo at wala kayong pera para bumili ng dagdag.
ahc-core-hunger-vital-sign-often = Madalas na totoo
ahc-core-hunger-vital-sign-sometimes = Kung minsan ay totoo
ahc-core-hunger-vital-sign-never = Hindi kailanman totoo
ahc-core-transportation = Sa nakaraang 12 buwan, ang kawalan po ba ng maaasahang transportasyon ay naging dahilan para hindi kayo makapunta sa mga medikal na appointment, pulong, o trabaho, o hindi makakuha ng mga bagay na kailangan ninyo sa araw-araw na pamumuhay?
ahc-core-utilities = Sa nakaraang 12 buwan, nagbanta po ba ang kompanya ng kuryente, gas, langis na pampainit (heating oil), o tubig na puputulin ang serbisyo sa inyong bahay?
ahc-core-utilities-yes = Oo
ahc-core-utilities-no = Hindi
ahc-core-utilities-already-shut-off = Naputulan na ng serbisyo
ahc-core-safety-intro = Dahil maraming tao ang nakararanas ng karahasan at pang-aabuso, at naaapektuhan nito ang kanilang kalusugan, itatanong po namin sa inyo ang mga sumusunod.
ahc-core-safety-hurt = Gaano kadalas kayo sinasaktan nang pisikal ng sinuman, kasama ang pamilya at mga kaibigan?
ahc-core-safety-insult = Gaano kadalas kayo iniinsulto o minamaliit ng sinuman, kasama ang pamilya at mga kaibigan?
ahc-core-safety-threaten = Gaano kadalas kayo pinagbabantaang sasaktan ng sinuman, kasama ang pamilya at mga kaibigan?
ahc-core-safety-scream = Gaano kadalas kayo sinisigawan o minumura ng sinuman, kasama ang pamilya at mga kaibigan?
ahc-core-frequency-never = Hindi kailanman
ahc-core-frequency-rarely = Bihira
ahc-core-frequency-sometimes = Kung minsan
ahc-core-frequency-fairly-often = Medyo madalas
ahc-core-frequency-frequently = Napakadalas
