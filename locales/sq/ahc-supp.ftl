# Albanian (sq) draft of ahc-supp.ftl; formal "ju"; to be checked with an interpreter.
# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Nevojat sociale që lidhen me shëndetin (më shumë pyetje)
ahc-supp-financial-strain = Sa e vështirë është për ju të paguani gjërat më bazë, si ushqimin, banimin, kujdesin mjekësor dhe ngrohjen?
ahc-supp-financial-strain-very-hard = Shumë e vështirë
ahc-supp-financial-strain-somewhat-hard = Disi e vështirë
ahc-supp-financial-strain-not-hard = Aspak e vështirë
ahc-supp-employment = A dëshironi ndihmë për të gjetur ose për të mbajtur një punë?
ahc-supp-employment-finding = Po, ndihmë për të gjetur punë
ahc-supp-employment-keeping = Po, ndihmë për të mbajtur punën
ahc-supp-employment-no-help = Nuk kam nevojë dhe nuk dua ndihmë
ahc-supp-daily-help = Nëse për ndonjë arsye keni nevojë për ndihmë me punët e përditshme, si larja, përgatitja e ushqimit, pazari, menaxhimi i parave etj., a e merrni ndihmën që ju nevojitet?
ahc-supp-daily-help-no-need = Nuk kam nevojë për asnjë ndihmë
ahc-supp-daily-help-all-help = Marr gjithë ndihmën që më nevojitet
ahc-supp-daily-help-little-more = Do të më bënte mirë pak më shumë ndihmë
ahc-supp-daily-help-lot-more = Kam nevojë për shumë më tepër ndihmë
ahc-supp-loneliness = Sa shpesh ndjeni vetmi ose izolim nga njerëzit përreth jush?
ahc-supp-loneliness-never = Asnjëherë
ahc-supp-loneliness-rarely = Rrallë
ahc-supp-loneliness-sometimes = Ndonjëherë
ahc-supp-loneliness-often = Shpesh
ahc-supp-loneliness-always = Gjithmonë
ahc-supp-other-language = A flisni në shtëpi një gjuhë tjetër përveç anglishtes?
ahc-supp-school-training = A dëshironi ndihmë për shkollë ose trajnim? Për shembull, për të filluar ose përfunduar një trajnim profesional, ose për të marrë diplomën e shkollës së mesme (high school), GED ose një diplomë të barasvlershme.
ahc-supp-exercise-days = Gjatë 30 ditëve të fundit, përveç aktiviteteve që keni bërë në punë, mesatarisht sa ditë në javë keni bërë ushtrime fizike të moderuara (si ecje e shpejtë, vrapim, vrapim i lehtë, vallëzim, not, çiklizëm ose aktivitete të tjera të ngjashme)?
ahc-supp-exercise-minutes = Mesatarisht, sa minuta keni ushtruar zakonisht në këtë nivel në njërën nga ato ditë?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } ditë në javë
   *[other] { $count } ditë në javë
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } minutë
   *[other] { $count } minuta
}
ahc-supp-alcohol = Sa herë gjatë 12 muajve të fundit keni pirë 5 ose më shumë pije alkoolike brenda një dite (burrat) ose 4 ose më shumë pije alkoolike brenda një dite (gratë)? Një pije është 12 ons birrë (rreth 355 ml), 5 ons verë (rreth 150 ml) ose 1,5 ons pije e fortë me 40% alkool (80 proof, rreth 45 ml), si rakia ose uiski.
ahc-supp-tobacco = Sa herë gjatë 12 muajve të fundit keni përdorur produkte duhani (si cigare, puro, burnot, duhan për përtypje, cigare elektronike)?
ahc-supp-prescription-misuse = Sa herë gjatë vitit të fundit keni përdorur ilaçe me recetë për arsye jo mjekësore?
ahc-supp-illegal-drugs = Sa herë gjatë vitit të fundit keni përdorur drogë të paligjshme?
ahc-supp-substance-never = Asnjëherë
ahc-supp-substance-once-or-twice = Një ose dy herë
ahc-supp-substance-monthly = Çdo muaj
ahc-supp-substance-weekly = Çdo javë
ahc-supp-substance-daily = Çdo ditë ose pothuajse çdo ditë
ahc-supp-little-interest = Gjatë 2 javëve të fundit, sa shpesh ju ka shqetësuar fakti që keni pasur pak interes ose kënaqësi për të bërë gjëra?
ahc-supp-feeling-down = Gjatë 2 javëve të fundit, sa shpesh ju ka shqetësuar ndjenja e trishtimit, e dëshpërimit ose e mungesës së shpresës?
ahc-supp-phq-not-at-all = Aspak
ahc-supp-phq-several-days = Disa ditë
ahc-supp-phq-more-than-half = Më shumë se gjysmën e ditëve
ahc-supp-phq-nearly-every-day = Pothuajse çdo ditë
ahc-supp-stress = Stres quhet gjendja kur njeriu ndihet i tendosur, i paqetë, nervoz ose në ankth, ose nuk mund të flejë natën sepse mendja i është gjithë kohën e brengosur. A e ndjeni këtë lloj stresi këto ditë?
ahc-supp-stress-not-at-all = Aspak
ahc-supp-stress-a-little = Pak
ahc-supp-stress-somewhat = Disi
ahc-supp-stress-quite-a-bit = Mjaft
ahc-supp-stress-very-much = Shumë
ahc-supp-concentrating = Për shkak të një gjendjeje fizike, mendore ose emocionale, a keni vështirësi serioze për t’u përqendruar, për të mbajtur mend ose për të marrë vendime?
ahc-supp-errands = Për shkak të një gjendjeje fizike, mendore ose emocionale, a keni vështirësi të kryeni vetëm punët jashtë shtëpisë, si vizita te mjeku ose pazari?
