# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Somali (so) draft translation; to be checked with an interpreter.

common-yes-no-yes = Haa
common-yes-no-no = Maya

answer-asked-declined = Ma rabo inaan ka jawaabo
answer-asked-unknown = Ma aqaan
answer-not-asked = Lama weydiin
hint-choose-all = Dooro dhammaan kuwa ku habboon.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Hoy (guri)
domain-housing-instability-explain = Waxaa laga yaabaa in xubintu lumiso gurigeeda, ama ma haysato meel joogto ah oo ay ku noolaato.
domain-housing-quality = Xaaladda guriga
domain-housing-quality-explain = Guriga xubinta waxaa ku jira dhibaatooyin waxyeello u geysan kara caafimaadka.
domain-food = Cunto
domain-food-explain = 12-kii bilood ee la soo dhaafay, xubintu waxay ka walwashay inay cuntadu ka dhammaato, ama cuntadu way ka dhammaatay.
domain-transportation = Gaadiid
domain-transportation-explain = Gaadiid la'aan ayaa xubinta ka hor istaagtay daryeelka caafimaadka, shaqada ama waxyaabaha ay u baahan tahay.
domain-utilities = Adeegyada guriga (koronto, gaas, biyo)
domain-utilities-explain = Shirkadda korontada, gaaska, shidaalka kululaynta ama biyaha ayaa ku hanjabtay inay jarto adeegga, ama horay ayay u jartay.
domain-interpersonal-safety = Badbaado
domain-interpersonal-safety-explain = Waxaa laga yaabaa in qof uu dhaawacayo, ku hanjabayo ama caayayo xubinta.
domain-financial-strain = Lacagta baahiyaha aasaasiga ah
domain-financial-strain-explain = Way adag tahay in lacag laga bixiyo cuntada, guriga, daryeelka caafimaadka ama kululaynta.
domain-employment = Shaqo
domain-employment-explain = Xubintu waxay rabtaa caawimaad ay ku hesho shaqo ama ay ku sii haysato shaqadeeda.
domain-family-community-support = Taageerada dadka kale
domain-family-community-support-explain = Xubintu waxay u baahan tahay caawimaad dheeraad ah oo xagga hawlaha maalinlaha ah, ama marar badan waxay dareentaa kalinimo.
domain-education = Waxbarasho iyo tababar
domain-education-explain = Xubintu waxay rabtaa caawimaad xagga waxbarashada ama tababarka shaqada.
domain-physical-activity = Dhaqdhaqaaq jireed
domain-physical-activity-explain = Xubintu toddobaadkii waxay jimicsi samaysaa wax ka yar 150 daqiiqo.
domain-substance-use = Khamri, tubaako iyo daroogo
domain-substance-use-explain = Xubintu waxay sheegtay isticmaal laga yaabo inay mudan tahay in laga wada hadlo.
domain-mental-health = Caafimaadka maskaxda
domain-mental-health-explain = Xubintu waxay dareentay niyad-jab, xiisihii way ka lumay, ama waxay dareemaysaa walbahaar badan.
domain-disabilities = Naafonimo (baahiyo gaar ah)
domain-disabilities-explain = Xubintu waxay dhib weyn ku qabtaa feejignaanta, ama inay keligeed qabsato hawlaha banaanka.
domain-digital-access = Internet iyo qalab
domain-digital-access-explain = Xubintu ma haysato internet la isku halleyn karo ama qalab ay ku samayso ballamaha fiidiyowga.
domain-digital-literacy = Ku kalsoonaanta tiknoolajiyadda
domain-digital-literacy-explain = Xubintu kuma kalsoona ballamaha fiidiyowga, mana jiro qof caawiya.

outcome-positive = Baahi ayaa la helay
outcome-negative = Baahi lama helin
outcome-not-scored = Lama qiimayn: jawaabo qaar ayaa maqan

flag-homelessness = Xubintu ma haysato meel joogto ah oo ay ku noolaato (hoy la'aan).
safety-discreet-prompt = Ka hor intaadan arrintan ka hadlin, hubi in xubintu keligeed joogto oo ay ammaan tahay in la hadlo.

translation-status-reference = Qoraalka tixraaca (asalka)
translation-status-draft = Turjumaad qabyo ah: erayada ku hubi turjubaan
translation-status-reviewed = Waxaa dib u eegay { $reviewer } taariikhda { $date }

role-chw = shaqaalaha caafimaadka bulshada
role-navigator = hagaha caafimaadka fogaanta (telehealth)
role-supervisor = kormeere

permission-find-members = raadinta xubnaha
permission-view-member = eegidda xogta xubin
permission-edit-member = ku darista ama beddelidda xubin
permission-record-response = diiwaangelinta baaritaan
permission-record-follow-up = diiwaangelinta dabagal
permission-retract-any-response = calaamadaynta baaritaan uu qof kale qoray in khalad ahaan loo geliyay
permission-manage-users = maaraynta isticmaalayaasha
permission-backup = samaynta nuqul kayd ah (backup)
permission-restore = soo celinta nuqul kayd ah
permission-verify-store = hubinta kaydka xogta
permission-review-team = dib u eegidda shaqada kooxda
permission-import-members = soo gelinta xubno ama xog tijaabo ah
permission-sync = la jaanqaadinta xarunta dhexe (hub)
