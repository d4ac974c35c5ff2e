# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Swahili (sw) draft translation; to be checked with an interpreter.

ahc-core-title = Mahitaji ya kijamii yanayohusiana na afya (maswali ya msingi)
ahc-core-living-situation = Hali yako ya makazi leo ikoje?
ahc-core-living-situation-steady = Nina mahali pa kudumu pa kuishi
ahc-core-living-situation-worried = Leo nina mahali pa kuishi, lakini nina wasiwasi kwamba nitapapoteza siku zijazo
ahc-core-living-situation-not-steady = Sina mahali pa kudumu pa kuishi (ninakaa kwa muda kwa watu wengine, hotelini, kwenye makazi ya dharura (shelter), au ninaishi nje barabarani, ufukweni, ndani ya gari, katika jengo lililotelekezwa, kituo cha basi au treni, au bustanini)
ahc-core-housing-problems = Fikiria mahali unapoishi. Je, una tatizo lolote kati ya yafuatayo?
ahc-core-housing-problems-pests = Wadudu na wanyama waharibifu, kama vile wadudu, sisimizi, au panya
ahc-core-housing-problems-mold = Ukungu (kuvu)
ahc-core-housing-problems-lead = Rangi au mabomba yenye madini ya risasi (lead)
ahc-core-housing-problems-heat = Ukosefu wa joto (nyumba haipashwi joto)
ahc-core-housing-problems-stove = Oveni au jiko lisilofanya kazi
ahc-core-housing-problems-smoke-detectors = Vifaa vya kutambua moshi havipo au havifanyi kazi
ahc-core-housing-problems-leaks = Maji yanayovuja
ahc-core-housing-problems-none = Hakuna kati ya hayo hapo juu
ahc-core-food-worry = Katika kipindi cha miezi 12 iliyopita, ulikuwa na wasiwasi kwamba chakula chako kingeisha kabla hujapata pesa za kununua zaidi.
ahc-core-food-ran-out = Katika kipindi cha miezi 12 iliyopita, chakula ulichonunua hakikutosha na hukuwa na pesa za kununua zaidi.
ahc-core-hunger-vital-sign-often = Ni kweli mara nyingi
ahc-core-hunger-vital-sign-sometimes = Ni kweli wakati mwingine
ahc-core-hunger-vital-sign-never = Si kweli kamwe
ahc-core-transportation = Katika miezi 12 iliyopita, je, ukosefu wa usafiri wa kuaminika umekuzuia kwenda kwenye miadi ya matibabu, mikutano, kazini, au kupata vitu unavyohitaji kwa maisha ya kila siku?
ahc-core-utilities = Katika miezi 12 iliyopita, je, kampuni ya umeme, gesi, mafuta ya kupasha joto, au maji imetishia kukata huduma nyumbani kwako?
ahc-core-utilities-yes = Ndiyo
ahc-core-utilities-no = Hapana
ahc-core-utilities-already-shut-off = Huduma imeshakatwa
ahc-core-safety-intro = Kwa sababu ukatili na unyanyasaji huwapata watu wengi na huathiri afya zao, tunakuuliza maswali yafuatayo.
ahc-core-safety-hurt = Ni mara ngapi mtu yeyote, wakiwemo familia na marafiki, anakuumiza kimwili?
ahc-core-safety-insult = Ni mara ngapi mtu yeyote, wakiwemo familia na marafiki, anakutukana au kuzungumza nawe kwa dharau?
ahc-core-safety-threaten = Ni mara ngapi mtu yeyote, wakiwemo familia na marafiki, anakutishia kukudhuru?
ahc-core-safety-scream = Ni mara ngapi mtu yeyote, wakiwemo familia na marafiki, anakupigia kelele au kukutolea lugha chafu?
ahc-core-frequency-never = Kamwe
ahc-core-frequency-rarely = Mara chache
ahc-core-frequency-sometimes = Wakati mwingine
ahc-core-frequency-fairly-often = Mara nyingi kiasi
ahc-core-frequency-frequently = Mara nyingi sana
