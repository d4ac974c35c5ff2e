# Albanian (sq) draft of common.ftl; formal "ju"; to be checked with an interpreter.
# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Po
common-yes-no-no = Jo

answer-asked-declined = Zgjedh të mos përgjigjem
answer-asked-unknown = Nuk e di
answer-not-asked = Nuk u pyet
hint-choose-all = Zgjidhni të gjitha ato që vlejnë për ju.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Banimi
domain-housing-instability-explain = Anëtari mund ta humbasë shtëpinë, ose nuk ka një vend të qëndrueshëm për të jetuar.
domain-housing-quality = Kushtet e banesës
domain-housing-quality-explain = Në banesën e anëtarit ka probleme që mund ta dëmtojnë shëndetin.
domain-food = Ushqimi
domain-food-explain = Gjatë 12 muajve të fundit, anëtari është shqetësuar se do t’i mbarojë ushqimi, ose ushqimi i ka mbaruar.
domain-transportation = Transporti
domain-transportation-explain = Mungesa e transportit e ka penguar anëtarin të marrë kujdes mjekësor, të shkojë në punë ose të marrë gjërat që i duhen.
domain-utilities = Rryma, gazi, nafta dhe uji
domain-utilities-explain = Kompania e energjisë elektrike, e gazit, e naftës për ngrohje ose e ujit ka kërcënuar se do ta ndërpresë shërbimin, ose e ka ndërprerë tashmë.
domain-interpersonal-safety = Siguria
domain-interpersonal-safety-explain = Dikush mund ta lëndojë, ta kërcënojë ose ta fyejë anëtarin.
domain-financial-strain = Paratë për nevojat bazë
domain-financial-strain-explain = Është e vështirë të paguhen ushqimi, banimi, kujdesi mjekësor ose ngrohja.
domain-employment = Puna
domain-employment-explain = Anëtari dëshiron ndihmë për të gjetur ose për të mbajtur punë.
domain-family-community-support = Mbështetja nga të tjerët
domain-family-community-support-explain = Anëtari ka nevojë për më shumë ndihmë me punët e përditshme, ose ndjen shpesh vetmi.
domain-education = Shkolla dhe trajnimi
domain-education-explain = Anëtari dëshiron ndihmë me shkollën ose me trajnimin profesional.
domain-physical-activity = Aktiviteti fizik
domain-physical-activity-explain = Anëtari bën më pak se 150 minuta ushtrime në javë.
domain-substance-use = Alkooli, duhani dhe drogat
domain-substance-use-explain = Anëtari ka treguar një përdorim për të cilin mund t’ia vlejë të flitet.
domain-mental-health = Shëndeti mendor
domain-mental-health-explain = Anëtari është ndier i trishtuar, ka humbur interesin ose ndjen shumë stres.
domain-disabilities = Aftësitë e kufizuara
domain-disabilities-explain = Anëtari ka vështirësi serioze për t’u përqendruar ose për të kryer vetëm punët jashtë shtëpisë.
domain-digital-access = Interneti dhe pajisjet
domain-digital-access-explain = Anëtarit i mungon një internet i besueshëm ose një pajisje për vizita me video.
domain-digital-literacy = Lehtësia me teknologjinë
domain-digital-literacy-explain = Anëtari nuk ndihet i sigurt me vizitat me video dhe nuk ka kush ta ndihmojë.

outcome-positive = U gjet nevojë
outcome-negative = Nuk u gjet nevojë
outcome-not-scored = Pa vlerësim: mungojnë disa përgjigje

flag-homelessness = Anëtari nuk ka një vend të qëndrueshëm për të jetuar (është i pastrehë).
safety-discreet-prompt = Para se të flisni për këtë, sigurohuni që anëtari të jetë vetëm dhe që të mund të flasë pa rrezik.

translation-status-reference = Tekst reference
translation-status-draft = Përkthim paraprak: kontrollojeni formulimin me një përkthyes gojor
translation-status-reviewed = Rishikuar nga { $reviewer } më { $date }

role-chw = punonjës shëndetësor komunitar
role-navigator = udhëzues për telemjekësinë
role-supervisor = mbikëqyrës

permission-find-members = kërkimi i anëtarëve
permission-view-member = shikimi i të dhënave të një anëtari
permission-edit-member = shtimi ose ndryshimi i një anëtari
permission-record-response = regjistrimi i një depistimi
permission-record-follow-up = regjistrimi i një ndjekjeje
permission-retract-any-response = shënimi i depistimit të një personi tjetër si të futur gabimisht
permission-manage-users = menaxhimi i përdoruesve
permission-backup = krijimi i një kopjeje rezervë
permission-restore = rikthimi i një kopjeje rezervë
permission-verify-store = kontrolli i depos së të dhënave
permission-review-team = rishikimi i punës së ekipit
permission-import-members = importimi i anëtarëve ose i të dhënave demo
permission-sync = sinkronizimi me serverin qendror
