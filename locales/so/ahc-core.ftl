# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Somali (so) draft translation; to be checked with an interpreter.

ahc-core-title = Baahiyaha bulshada ee la xiriira caafimaadka (su'aalaha aasaasiga ah)
ahc-core-living-situation = Maanta, xaaladda meesha aad ku nooshahay waa sidee?
ahc-core-living-situation-steady = Waxaan haystaa meel joogto ah oo aan ku noolaado
ahc-core-living-situation-worried = Maanta waxaan haystaa meel aan ku noolaado, laakiin waxaan ka walwalsanahay inaan mustaqbalka lumiyo
ahc-core-living-situation-not-steady = Ma haysto meel joogto ah oo aan ku noolaado (waxaan si ku meel gaar ah ula joogaa dad kale, ama waxaan joogaa huteel ama xarun hoy (shelter), ama waxaan ku noolahay bannaanka: waddada, xeebta, baabuur gudihiis, dhisme la dayacay, saldhig bas ama tareen, ama beer dadweyne)
ahc-core-housing-problems = Ka fikir meesha aad ku nooshahay. Ma ku qabtaa dhibaato ka mid ah kuwan soo socda?
ahc-core-housing-problems-pests = Xasharaad ama xayawaan dhib leh, sida cayayaan, qudhaanjo, ama jiir
ahc-core-housing-problems-mold = Caarad (boorash)
ahc-core-housing-problems-lead = Rinji ama tuubooyin ay ku jirto macdanta rasaasta (lead)
ahc-core-housing-problems-heat = Kuleyl la'aan (guriga oo aan la kululayn karin)
ahc-core-housing-problems-stove = Foorno ama kuuker aan shaqaynayn
ahc-core-housing-problems-smoke-detectors = Qalabka digniinta qiiqa oo aan jirin ama aan shaqaynayn
ahc-core-housing-problems-leaks = Biyo daadanaya (biyo ka da'aya ama ka qulqulaya)
ahc-core-housing-problems-none = Midkoodna kuwa kor ku xusan
ahc-core-food-worry = 12-kii bilood ee la soo dhaafay gudahood, waxaad ka walwashay in cuntadu kaa dhammaato ka hor intaadan helin lacag aad ku iibsato cunto kale.
ahc-core-food-ran-out = 12-kii bilood ee la soo dhaafay gudahood, cuntadii aad iibsatay kuma filnaan oo way dhammaatay, mana haysan lacag aad ku iibsato cunto kale.
ahc-core-hunger-vital-sign-often = Marar badan waa run
ahc-core-hunger-vital-sign-sometimes = Mararka qaarkood waa run
ahc-core-hunger-vital-sign-never = Marnaba run ma ahayn
ahc-core-transportation = 12-kii bilood ee la soo dhaafay, gaadiid la'aan (gaadiid aad isku halleyn karto oo aan jirin) ma kaa hor istaagtay ballamaha caafimaadka, kulammada, shaqada, ama helitaanka waxyaabaha aad u baahan tahay nolosha maalin kasta?
ahc-core-utilities = 12-kii bilood ee la soo dhaafay, shirkadda korontada, gaaska, shidaalka kululaynta ama biyaha ma kugu hanjabtay inay ka jarto adeegga gurigaaga?
ahc-core-utilities-yes = Haa
ahc-core-utilities-no = Maya
ahc-core-utilities-already-shut-off = Horay ayaa loo jaray
ahc-core-safety-intro = Maadaama rabshadaha iyo xadgudubku ay ku dhacaan dad badan oo ay saameeyaan caafimaadkooda, waxaan ku weydiinaynaa su'aalahan soo socda.
ahc-core-safety-hurt = Intee jeer ayuu qof, oo ay ku jiraan qoyska iyo saaxiibbada, jir ahaan kuu dhaawacaa?
ahc-core-safety-insult = Intee jeer ayuu qof, oo ay ku jiraan qoyska iyo saaxiibbada, ku caayaa ama kula hadlaa si quursi ah?
ahc-core-safety-threaten = Intee jeer ayuu qof, oo ay ku jiraan qoyska iyo saaxiibbada, kugu hanjabaa inuu wax ku yeelayo?
ahc-core-safety-scream = Intee jeer ayuu qof, oo ay ku jiraan qoyska iyo saaxiibbada, kugu qayliyaa ama afxumo kugu yiraahdaa?
ahc-core-frequency-never = Marnaba
ahc-core-frequency-rarely = Dhif
ahc-core-frequency-sometimes = Mararka qaarkood
ahc-core-frequency-fairly-often = Marar badan
ahc-core-frequency-frequently = Marar aad u badan
