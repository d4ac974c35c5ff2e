# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Sin
common-yes-no-no = Nau

answer-asked-declined = N prifiri ka rasponde
answer-asked-unknown = N ka sabe
answer-not-asked = Ka fazedu purgunta
hint-choose-all = Skodje tudu kes ki ta aplika pa bo.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Morada
domain-housing-instability-explain = Membru pode perde si morada, o e ka ten un lugar fixu pa mora.
domain-housing-quality = Kondison di kaza
domain-housing-quality-explain = Ten problema na kaza di membru ki pode fazi mal pa si saúdi.
domain-food = Kumida
domain-food-explain = Nes últimu 12 mes, membru fika preokupadu ma kumida ta kaba, o kumida kaba.
domain-transportation = Transporti
domain-transportation-explain = Falta di transporti inpidi membru di ten kuidadu médiku, di bai trabadju o di ranja kuzas ki e meste.
domain-utilities = Sirvisus di kaza (lus, gas, agu)
domain-utilities-explain = Kunpanhia di lus, gas, óliu o agu ameasa korta sirvisu, o dja korta.
domain-interpersonal-safety = Seguransa
domain-interpersonal-safety-explain = Algen pode sta ta fazi mal, ta ameasa o ta insulta membru.
domain-financial-strain = Dinheru pa kuzas básiku
domain-financial-strain-explain = É difísil paga kumida, morada, kuidadu médiku o akesimentu.
domain-employment = Trabadju
domain-employment-explain = Membru kre djuda pa atxa o pa mante un trabadju.
domain-family-community-support = Apoiu di otus algen
domain-family-community-support-explain = Membru meste más djuda ku atividadis di dia-a-dia, o txeu bes e ta sinti só.
domain-education = Skola y formason
domain-education-explain = Membru kre djuda ku skola o ku formason profisional.
domain-physical-activity = Atividadi físiku
domain-physical-activity-explain = Membru ta fazi ménus di 150 minutu di izersísiu pa simana.
domain-substance-use = Álkool, tabaku y droga
domain-substance-use-explain = Membru fla un uzu ki pode bale pena konbersa sobri el.
domain-mental-health = Saúdi mental
domain-mental-health-explain = Membru dja sinti trísti, perde interesi na kuzas, o e ta sinti txeu stres.
domain-disabilities = Difisiénsia
domain-disabilities-explain = Membru ten difikuldadi grandi pa konsentra o pa fazi si kuzas na rua e só.
domain-digital-access = Internet y aparelhu
domain-digital-access-explain = Membru ka ten internet ki e pode konfia, o un aparelhu pa konsulta pa vídiu.
domain-digital-literacy = Konfiansa ku teknolojia
domain-digital-literacy-explain = Membru ka sta a vontadi ku konsulta pa vídiu y e ka ten ningen pa djuda-l.

outcome-positive = Nesesidadi atxadu
outcome-negative = Nenhun nesesidadi atxadu
outcome-not-scored = Sen pontuason: falta algun rasposta

flag-homelessness = Membru ka ten un lugar fixu pa mora (sen kaza).
safety-discreet-prompt = Antis di papia sobri kel-li, djobe si membru sta só y si é siguru pa papia.

translation-status-reference = Testu di referénsia
translation-status-draft = Traduson provizóriu: txeka kes palavra ku un intérpreti
translation-status-reviewed = Rivizadu pa { $reviewer } dia { $date }

role-chw = trabadjador komunitáriu di saúdi
role-navigator = asistenti di telesaúdi
role-supervisor = supervizor

permission-find-members = buska membrus
permission-view-member = odja dadus di un membru
permission-edit-member = djunta o muda dadus di un membru
permission-record-response = rejista un avaliason
permission-record-follow-up = rejista un akonpanhamentu
permission-retract-any-response = marka avaliason di otu algen sima rejistadu pa erru
permission-manage-users = djesti uzuárius
permission-backup = fazi un kópia di seguransa (backup)
permission-restore = rekupera un kópia di seguransa (backup)
permission-verify-store = txeka arkivu di dadus
permission-review-team = rivé trabadju di ekipa
permission-import-members = inporta membrus o dadus di demonstrason
permission-sync = sinkroniza ku servidor sentral
