# Haitian Creole (ht) draft of ahc-core.ftl; standard orthography; to be checked with an interpreter.
# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).

ahc-core-title = Bezwen sosyal ki gen rapò ak sante (kesyon prensipal yo)
ahc-core-living-situation = Ki sitiyasyon lojman ou jodi a?
ahc-core-living-situation-steady = Mwen gen yon kote ki estab pou m rete
ahc-core-living-situation-worried = Mwen gen yon kote pou m rete jodi a, men mwen enkyete m ka pèdi l nan lavni
ahc-core-living-situation-not-steady = Mwen pa gen yon kote ki estab pou m rete (pou kounye a m ap rete kay lòt moun, nan yon otèl, nan yon abri, m ap viv deyò nan lari, sou yon plaj, nan yon machin, nan yon kay moun abandone, nan yon estasyon bis oswa tren, oswa nan yon pak)
ahc-core-housing-problems = Panse ak kote ou rete a. Èske ou gen pwoblèm ak youn nan bagay sa yo?
ahc-core-housing-problems-pests = Bèt nuizib tankou ensèk, foumi oswa sourit
ahc-core-housing-problems-mold = Kanni (mwazi)
ahc-core-housing-problems-lead = Penti oswa tiyo ki gen plon
ahc-core-housing-problems-heat = Pa gen chofaj
ahc-core-housing-problems-stove = Fou oswa recho ki pa mache
ahc-core-housing-problems-smoke-detectors = Detektè lafimen ki manke oswa ki pa mache
ahc-core-housing-problems-leaks = Dlo k ap koule (fwit dlo)
ahc-core-housing-problems-none = Okenn nan sa yo
ahc-core-food-worry = Nan 12 mwa ki sot pase yo, ou te enkyete manje ou t ap fini anvan ou jwenn lajan pou achte plis.
ahc-core-food-ran-out = Nan 12 mwa ki sot pase yo, manje ou te achte a pa t ase, epi ou pa t gen lajan pou achte plis.
ahc-core-hunger-vital-sign-often = Souvan vre
ahc-core-hunger-vital-sign-sometimes = Pafwa vre
ahc-core-hunger-vital-sign-never = Pa janm vre
ahc-core-transportation = Nan 12 mwa ki sot pase yo, èske mank transpò ou ka konte sou li te anpeche ou ale nan randevou medikal, nan reyinyon, nan travay, oswa al chèche bagay ou bezwen pou lavi chak jou?
ahc-core-utilities = Nan 12 mwa ki sot pase yo, èske konpayi kouran, gaz, lwil chofaj oswa dlo a te menase pou l koupe sèvis la lakay ou?
ahc-core-utilities-yes = Wi
ahc-core-utilities-no = Non
ahc-core-utilities-already-shut-off = Yo deja koupe l
ahc-core-safety-intro = Paske vyolans ak abi rive anpil moun epi yo afekte sante yo, n ap poze ou kesyon sa yo.
ahc-core-safety-hurt = Konbyen fwa yon moun, menm fanmi oswa zanmi, fè ou mal nan kò ou?
ahc-core-safety-insult = Konbyen fwa yon moun, menm fanmi oswa zanmi, ensilte ou oswa pale ak ou avèk mepri?
ahc-core-safety-threaten = Konbyen fwa yon moun, menm fanmi oswa zanmi, menase pou l fè ou mal?
ahc-core-safety-scream = Konbyen fwa yon moun, menm fanmi oswa zanmi, rele sou ou oswa joure ou?
ahc-core-frequency-never = Pa janm
ahc-core-frequency-rarely = Raman
ahc-core-frequency-sometimes = Pafwa
ahc-core-frequency-fairly-often = Souvan
ahc-core-frequency-frequently = Trè souvan
