# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Somali (so) draft translation; to be checked with an interpreter.

ahc-supp-title = Baahiyaha bulshada ee la xiriira caafimaadka (su'aalo dheeraad ah)
ahc-supp-financial-strain = Intee in le'eg ayay kugu adag tahay inaad lacag ka bixiso waxyaabaha ugu aasaasisan sida cuntada, guriga, daryeelka caafimaadka, iyo kululaynta guriga?
ahc-supp-financial-strain-very-hard = Aad u adag
ahc-supp-financial-strain-somewhat-hard = Xoogaa adag
ahc-supp-financial-strain-not-hard = Gabi ahaanba ma adka
ahc-supp-employment = Ma rabtaa caawimaad aad ku hesho shaqo, ama aad ku sii haysato shaqadaada?
ahc-supp-employment-finding = Haa, caawimaad aan shaqo ku helo
ahc-supp-employment-keeping = Haa, caawimaad aan shaqadayda ku sii haysto
ahc-supp-employment-no-help = Uma baahni caawimaad, mana rabo
ahc-supp-daily-help = Haddii sabab kasta ha ahaatee aad caawimaad ugu baahato hawlaha maalin kasta sida qubeyska, cunto karinta, wax iibsiga, maaraynta lacagta, iwm., ma heshaa caawimaadda aad u baahan tahay?
ahc-supp-daily-help-no-need = Uma baahni wax caawimaad ah
ahc-supp-daily-help-all-help = Waxaan helaa dhammaan caawimaadda aan u baahanahay
ahc-supp-daily-help-little-more = Caawimaad yar oo dheeraad ah ayaa ii fiicnaan lahayd
ahc-supp-daily-help-lot-more = Waxaan u baahanahay caawimaad badan oo dheeraad ah
ahc-supp-loneliness = Intee jeer ayaad dareentaa kalinimo, ama inaad ka go'doonsan tahay dadka kugu xeeran?
ahc-supp-loneliness-never = Marnaba
ahc-supp-loneliness-rarely = Dhif
ahc-supp-loneliness-sometimes = Mararka qaarkood
ahc-supp-loneliness-often = Marar badan
ahc-supp-loneliness-always = Had iyo jeer
ahc-supp-other-language = Guriga ma ku hadashaa luqad aan Ingiriisi ahayn?
ahc-supp-school-training = Ma rabtaa caawimaad xagga waxbarashada ama tababarka? Tusaale ahaan, bilaabidda ama dhammaystirka tababar shaqo, ama helidda shahaadada dugsiga sare (high school diploma), GED, ama shahaado u dhiganta.
ahc-supp-exercise-days = 30-kii maalmood ee la soo dhaafay, marka laga reebo hawlihii aad shaqada ka qabatay, celcelis ahaan toddobaadkii immisa maalmood ayaad samaysay jimicsi dhexdhexaad ah (sida socod degdeg ah, orod, orod tartiib ah, qoob-ka-ciyaar, dabaal, baaskiil wadid, ama hawlo kale oo la mid ah)?
ahc-supp-exercise-minutes = Celcelis ahaan, immisa daqiiqo ayaad caadi ahaan ku qaadan jirtay jimicsiga heerkan ah, maalin ka mid ah maalmahaas?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } maalin toddobaadkii
   *[other] { $count } maalmood toddobaadkii
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } daqiiqo
   *[other] { $count } daqiiqo
}
ahc-supp-alcohol = 12-kii bilood ee la soo dhaafay, immisa jeer ayaad maalin keliya cabtay 5 cabitaan oo khamri ah ama ka badan (ragga), ama 4 cabitaan ama ka badan (dumarka)? Hal cabitaan waa 12 owns oo biir ah (qiyaastii 355 ml), 5 owns oo khamri canab ah (qiyaastii 150 ml), ama 1.5 owns oo khamri adag ah oo 80-proof ah (40% aalkolo; qiyaastii 45 ml).
ahc-supp-tobacco = 12-kii bilood ee la soo dhaafay, immisa jeer ayaad isticmaashay waxyaabaha tubaakada ah (sida sigaar, sigaar weyn (cigar), tubaako sanka laga nuugo, tubaako la calaliyo, sigaar elektaroonig ah)?
ahc-supp-prescription-misuse = Sannadkii la soo dhaafay, immisa jeer ayaad daawooyin dhakhtar qoro u isticmaashay sababo aan caafimaad ahayn?
ahc-supp-illegal-drugs = Sannadkii la soo dhaafay, immisa jeer ayaad isticmaashay daroogo sharci-darro ah?
ahc-supp-substance-never = Marnaba
ahc-supp-substance-once-or-twice = Hal mar ama laba jeer
ahc-supp-substance-monthly = Bil kasta
ahc-supp-substance-weekly = Toddobaad kasta
ahc-supp-substance-daily = Maalin kasta ama ku dhawaad maalin kasta
ahc-supp-little-interest = 2-dii toddobaad ee la soo dhaafay, intee jeer ayay ku dhibtay xiiso yari ama farxad yari markaad wax qabanayso?
ahc-supp-feeling-down = 2-dii toddobaad ee la soo dhaafay, intee jeer ayay ku dhibtay niyad-xumo, niyad-jab (diiqad), ama rajo-beel?
ahc-supp-phq-not-at-all = Gabi ahaanba maya
ahc-supp-phq-several-days = Dhowr maalmood
ahc-supp-phq-more-than-half = In ka badan kala badh maalmaha
ahc-supp-phq-nearly-every-day = Ku dhawaad maalin kasta
ahc-supp-stress = Walbahaar (stress) waxaa loola jeedaa xaalad uu qofku dareemo cadaadis, deganaan la'aan, kacsanaan, ama walwal, ama uusan habeenkii seexan karin sababtoo ah maskaxdiisa ama maskaxdeeda had iyo jeer way dhibsan tahay. Ma dareentaa walbahaar noocan ah maalmahan?
ahc-supp-stress-not-at-all = Gabi ahaanba maya
ahc-supp-stress-a-little = Wax yar
ahc-supp-stress-somewhat = Qadar dhexdhexaad ah
ahc-supp-stress-quite-a-bit = Wax badan
ahc-supp-stress-very-much = Aad iyo aad u badan
ahc-supp-concentrating = Xaalad jireed, maskaxeed, ama dareen (shucuur) awgeed, ma ku qabtaa dhib weyn xagga feejignaanta, xusuusta, ama go'aan qaadashada?
ahc-supp-errands = Xaalad jireed, maskaxeed, ama dareen (shucuur) awgeed, ma ku qabtaa dhib inaad keligaa qabsato hawlaha banaanka, sida booqashada xafiiska dhakhtarka ama wax iibsiga?
