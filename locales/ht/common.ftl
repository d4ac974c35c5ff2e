# Haitian Creole (ht) draft of common.ftl; standard orthography; to be checked with an interpreter.
# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Wi
common-yes-no-no = Non

answer-asked-declined = Mwen chwazi pa reponn
answer-asked-unknown = Mwen pa konnen
answer-not-asked = Yo pa t poze kesyon an
hint-choose-all = Chwazi tout sa ki apwopriye.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Lojman
domain-housing-instability-explain = Manm nan ka pèdi kay li, oswa li pa gen yon kote ki estab pou l rete.
domain-housing-quality = Kondisyon kay la
domain-housing-quality-explain = Gen pwoblèm lakay manm nan ki ka fè sante l mal.
domain-food = Manje
domain-food-explain = Nan 12 mwa ki sot pase yo, manm nan te enkyete manje l t ap fini, oswa manje a te fini.
domain-transportation = Transpò
domain-transportation-explain = Mank transpò te anpeche manm nan jwenn swen, ale travay oswa jwenn bagay li bezwen.
domain-utilities = Kouran, gaz, lwil chofaj ak dlo
domain-utilities-explain = Konpayi kouran, gaz, lwil chofaj oswa dlo a te menase pou l koupe sèvis la, oswa li deja koupe l.
domain-interpersonal-safety = Sekirite
domain-interpersonal-safety-explain = Gen yon moun ki ka ap fè manm nan mal, ap menase l oswa ap ensilte l.
domain-financial-strain = Lajan pou bagay nesesè
domain-financial-strain-explain = Li difisil pou peye manje, lojman, swen medikal oswa chofaj.
domain-employment = Travay
domain-employment-explain = Manm nan vle èd pou jwenn travay oswa pou kenbe travay li.
domain-family-community-support = Sipò lòt moun
domain-family-community-support-explain = Manm nan bezwen plis èd pou aktivite chak jou, oswa li santi l poukont li souvan.
domain-education = Lekòl ak fòmasyon
domain-education-explain = Manm nan vle èd pou lekòl oswa pou fòmasyon pou travay.
domain-physical-activity = Aktivite fizik
domain-physical-activity-explain = Manm nan fè mwens pase 150 minit egzèsis pa semèn.
domain-substance-use = Alkòl, tabak ak dwòg
domain-substance-use-explain = Manm nan di li itilize yon bagay ki ta merite pou yo pale sou li.
domain-mental-health = Sante mantal
domain-mental-health-explain = Manm nan te santi l dekouraje, li pèdi enterè, oswa li santi anpil estrès.
domain-disabilities = Andikap
domain-disabilities-explain = Manm nan gen gwo difikilte pou konsantre oswa pou fè komisyon poukont li.
domain-digital-access = Entènèt ak aparèy
domain-digital-access-explain = Manm nan pa gen yon entènèt ki bon ase oswa yon aparèy pou vizit pa videyo.
domain-digital-literacy = Konfyans ak teknoloji
domain-digital-literacy-explain = Manm nan pa santi l alèz ak vizit pa videyo epi li pa gen pesonn pou ede l.

outcome-positive = Nou jwenn yon bezwen
outcome-negative = Nou pa jwenn okenn bezwen
outcome-not-scored = Pa evalye: kèk repons manke

flag-homelessness = Manm nan pa gen yon kote ki estab pou l rete (li san lojman).
safety-discreet-prompt = Anvan ou pale sou sa, asire ou manm nan poukont li epi li ka pale san danje.

translation-status-reference = Tèks referans
translation-status-draft = Tradiksyon ki poko revize: verifye mo yo ak yon entèprèt
translation-status-reviewed = Revize pa { $reviewer } nan dat { $date }

role-chw = ajan sante kominotè
role-navigator = gid pou konsiltasyon a distans
role-supervisor = sipèvizè

permission-find-members = chèche manm
permission-view-member = gade enfòmasyon yon manm
permission-edit-member = ajoute oswa chanje yon manm
permission-record-response = anrejistre yon evalyasyon
permission-record-follow-up = anrejistre yon swivi
permission-retract-any-response = make evalyasyon yon lòt moun kòm antre pa erè
permission-manage-users = jere itilizatè yo
permission-backup = fè yon kopi sekirite
permission-restore = retabli yon kopi sekirite
permission-verify-store = verifye depo done a
permission-review-team = revize travay ekip la
permission-import-members = enpòte manm oswa done demonstrasyon
permission-sync = senkronize ak sèvè santral la
