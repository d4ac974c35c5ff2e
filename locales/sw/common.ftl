# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Swahili (sw) draft translation; to be checked with an interpreter.

common-yes-no-yes = Ndiyo
common-yes-no-no = Hapana

answer-asked-declined = Sipendi kujibu
answer-asked-unknown = Sijui
answer-not-asked = Haikuulizwa
hint-choose-all = Chagua yote yanayohusika.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Makazi
domain-housing-instability-explain = Mwanachama anaweza kupoteza makazi yake, au hana mahali pa kudumu pa kuishi.
domain-housing-quality = Hali ya nyumba
domain-housing-quality-explain = Kuna matatizo katika nyumba ya mwanachama yanayoweza kudhuru afya.
domain-food = Chakula
domain-food-explain = Katika miezi 12 iliyopita, mwanachama amekuwa na wasiwasi kwamba chakula kingeisha, au chakula kiliisha.
domain-transportation = Usafiri
domain-transportation-explain = Ukosefu wa usafiri umemzuia mwanachama kupata huduma za afya, kwenda kazini au kupata vitu anavyohitaji.
domain-utilities = Huduma za nyumbani (umeme, gesi, maji)
domain-utilities-explain = Kampuni ya umeme, gesi, mafuta ya kupasha joto au maji ilitishia kukata huduma, au tayari imeikata.
domain-interpersonal-safety = Usalama
domain-interpersonal-safety-explain = Huenda kuna mtu anayemuumiza, kumtishia au kumtukana mwanachama.
domain-financial-strain = Pesa za mahitaji ya msingi
domain-financial-strain-explain = Ni vigumu kulipia chakula, makazi, huduma za matibabu au kupasha joto nyumba.
domain-employment = Kazi
domain-employment-explain = Mwanachama anataka msaada wa kupata kazi au kuendelea na kazi.
domain-family-community-support = Msaada kutoka kwa watu wengine
domain-family-community-support-explain = Mwanachama anahitaji msaada zaidi katika shughuli za kila siku, au mara nyingi anajisikia mpweke.
domain-education = Shule na mafunzo
domain-education-explain = Mwanachama anataka msaada kuhusu shule au mafunzo ya kazi.
domain-physical-activity = Mazoezi ya mwili
domain-physical-activity-explain = Mwanachama anafanya mazoezi chini ya dakika 150 kwa wiki.
domain-substance-use = Pombe, tumbaku na dawa za kulevya
domain-substance-use-explain = Mwanachama ameripoti matumizi ambayo huenda yanafaa kuzungumziwa.
domain-mental-health = Afya ya akili
domain-mental-health-explain = Mwanachama amejisikia huzuni, amepoteza hamu ya mambo, au ana msongo mkubwa wa mawazo.
domain-disabilities = Ulemavu
domain-disabilities-explain = Mwanachama ana shida kubwa ya kutuliza akili au kufanya shughuli za nje peke yake.
domain-digital-access = Intaneti na vifaa
domain-digital-access-explain = Mwanachama hana intaneti ya kuaminika au kifaa cha kutumia kwa miadi ya video.
domain-digital-literacy = Kujiamini katika kutumia teknolojia
domain-digital-literacy-explain = Mwanachama hajiamini katika kutumia miadi ya video na hana mtu wa kumsaidia.

outcome-positive = Hitaji limepatikana
outcome-negative = Hakuna hitaji lililopatikana
outcome-not-scored = Haijapimwa: baadhi ya majibu hayapo

flag-homelessness = Mwanachama hana mahali pa kudumu pa kuishi (hana makazi).
safety-discreet-prompt = Kabla ya kuzungumzia jambo hili, hakikisha kwamba mwanachama yuko peke yake na ni salama kuzungumza.

translation-status-reference = Maandishi ya marejeo
translation-status-draft = Tafsiri ya awali: hakiki maneno pamoja na mkalimani
translation-status-reviewed = Imehakikiwa na { $reviewer } tarehe { $date }

role-chw = mhudumu wa afya ya jamii
role-navigator = mwongozaji wa huduma za afya kwa mtandao (telehealth)
role-supervisor = msimamizi

permission-find-members = kutafuta wanachama
permission-view-member = kuona taarifa za mwanachama
permission-edit-member = kuongeza au kubadilisha taarifa za mwanachama
permission-record-response = kurekodi uchunguzi
permission-record-follow-up = kurekodi ufuatiliaji
permission-retract-any-response = kuweka alama kwamba uchunguzi wa mtu mwingine uliingizwa kimakosa
permission-manage-users = kusimamia watumiaji
permission-backup = kutengeneza nakala rudufu (backup)
permission-restore = kurejesha nakala rudufu
permission-verify-store = kukagua hifadhi ya data
permission-review-team = kukagua kazi ya timu
permission-import-members = kuingiza wanachama au data ya majaribio
permission-sync = kusawazisha na kituo kikuu (hub)
