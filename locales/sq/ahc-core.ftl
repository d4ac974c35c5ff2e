# Albanian (sq) draft of ahc-core.ftl; formal "ju"; to be checked with an interpreter.
# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).

ahc-core-title = Nevojat sociale që lidhen me shëndetin (pyetjet kryesore)
ahc-core-living-situation = Si është situata juaj e banimit sot?
ahc-core-living-situation-steady = Kam një vend të qëndrueshëm për të jetuar
ahc-core-living-situation-worried = Sot kam një vend për të jetuar, por më shqetëson se mund ta humbas në të ardhmen
ahc-core-living-situation-not-steady = Nuk kam një vend të qëndrueshëm për të jetuar (po qëndroj përkohësisht te të tjerë, në hotel, në qendër strehimi, jetoj jashtë në rrugë, në plazh, në makinë, në ndërtesë të braktisur, në stacion autobusi ose treni, ose në park)
ahc-core-housing-problems = Mendoni për vendin ku jetoni. A keni probleme me ndonjë nga sa vijon?
ahc-core-housing-problems-pests = Dëmtues si insekte, milingona ose minj
ahc-core-housing-problems-mold = Myk
ahc-core-housing-problems-lead = Bojë ose tuba me plumb
ahc-core-housing-problems-heat = Mungesë ngrohjeje
ahc-core-housing-problems-stove = Furra ose soba e gatimit nuk punon
ahc-core-housing-problems-smoke-detectors = Detektorët e tymit mungojnë ose nuk punojnë
ahc-core-housing-problems-leaks = Rrjedhje uji
ahc-core-housing-problems-none = Asnjë nga këto
ahc-core-food-worry = Gjatë 12 muajve të fundit, jeni shqetësuar se ushqimi do t’ju mbaronte para se të kishit para për të blerë më shumë.
ahc-core-food-ran-out = Gjatë 12 muajve të fundit, ushqimi që blinit thjesht nuk mjaftonte dhe nuk kishit para për të blerë më shumë.
ahc-core-hunger-vital-sign-often = Shpesh e vërtetë
ahc-core-hunger-vital-sign-sometimes = Ndonjëherë e vërtetë
ahc-core-hunger-vital-sign-never = Asnjëherë e vërtetë
ahc-core-transportation = Gjatë 12 muajve të fundit, a ju ka penguar mungesa e një transporti të besueshëm të shkoni te takimet mjekësore, në mbledhje, në punë ose të merrni gjërat që ju duhen për jetën e përditshme?
ahc-core-utilities = Gjatë 12 muajve të fundit, a ju ka kërcënuar kompania e energjisë elektrike, e gazit, e naftës për ngrohje ose e ujit se do t’jua ndërpresë shërbimet në shtëpi?
ahc-core-utilities-yes = Po
ahc-core-utilities-no = Jo
ahc-core-utilities-already-shut-off = Shërbimi është ndërprerë tashmë
ahc-core-safety-intro = Meqë dhuna dhe abuzimi u ndodhin shumë njerëzve dhe ndikojnë në shëndetin e tyre, po ju bëjmë pyetjet e mëposhtme.
ahc-core-safety-hurt = Sa shpesh ndokush, përfshirë familjarët dhe miqtë, ju lëndon fizikisht?
ahc-core-safety-insult = Sa shpesh ndokush, përfshirë familjarët dhe miqtë, ju fyen ose ju flet me përçmim?
ahc-core-safety-threaten = Sa shpesh ndokush, përfshirë familjarët dhe miqtë, ju kërcënon se do t’ju bëjë keq?
ahc-core-safety-scream = Sa shpesh ndokush, përfshirë familjarët dhe miqtë, ju bërtet ose ju shan?
ahc-core-frequency-never = Asnjëherë
ahc-core-frequency-rarely = Rrallë
ahc-core-frequency-sometimes = Ndonjëherë
ahc-core-frequency-fairly-often = Mjaft shpesh
ahc-core-frequency-frequently = Shumë shpesh
