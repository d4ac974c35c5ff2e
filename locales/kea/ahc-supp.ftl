# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Nesesidadis sosial ligadu ku saúdi (más purgunta)
ahc-supp-financial-strain = Kantu ki é difísil pa bo paga kuzas más básiku, sima kumida, morada, kuidadu médiku y akesimentu?
ahc-supp-financial-strain-very-hard = Mutu difísil
ahc-supp-financial-strain-somewhat-hard = Un poku difísil
ahc-supp-financial-strain-not-hard = Ka difísil nada
ahc-supp-employment = Bu kre djuda pa atxa o pa mante un trabadju o un empregu?
ahc-supp-employment-finding = Sin, djuda pa atxa trabadju
ahc-supp-employment-keeping = Sin, djuda pa mante nha trabadju
ahc-supp-employment-no-help = N ka meste nen N ka kre djuda
ahc-supp-daily-help = Si pa kualker motivu bu meste djuda ku atividadis di dia-a-dia, sima toma banhu, prepara kumida, fazi kompra, toma konta di bu dinheru, etc., bu ta resebe djuda ki bu meste?
ahc-supp-daily-help-no-need = N ka meste nenhun djuda
ahc-supp-daily-help-all-help = N ta resebe tudu djuda ki N meste
ahc-supp-daily-help-little-more = Un poku más di djuda ta sérbi-m
ahc-supp-daily-help-lot-more = N meste txeu más djuda
ahc-supp-loneliness = Ku ki frekuénsia bu ta sinti só o izoladu di kes algen ki sta na bu volta?
ahc-supp-loneliness-never = Nunka
ahc-supp-loneliness-rarely = Raramenti
ahc-supp-loneliness-sometimes = Algun bes
ahc-supp-loneliness-often = Txeu bes
ahc-supp-loneliness-always = Sénpri
ahc-supp-other-language = Na kaza, bu ta papia otu língua ki ka inglés?
ahc-supp-school-training = Bu kre djuda ku skola o formason? Pur izénplu, kumesa o kaba un formason profisional, o tra un diploma di ensinu sekundáriu (high school), GED o otu diploma igual.
ahc-supp-exercise-days = Nes últimu 30 dia, fora atividadis ki bu fazi pa trabadju, na média, kantu dia pa simana ki bu fazi izersísiu moderadu (sima anda faxi, kore, fazi jogging, badja, nada, anda di bisikleta, o otus atividadi parsidu)?
ahc-supp-exercise-minutes = Na média, kantu minutu ki bu ta kustuma pasa ta fazi izersísiu nes nível li, na un di kes dia?
ahc-supp-exercise-days-unit = { $count ->
   *[other] { $count } dia pa simana
}
ahc-supp-exercise-minutes-unit = { $count ->
   *[other] { $count } minutu
}
ahc-supp-alcohol = Kantu bes nes últimu 12 mes ki bu bebe 5 bebida o más na un dia (omi) o 4 bebida o más na un dia (mudjer)? Un bebida é 12 onsa (355 ml) di serveja, 5 onsa (150 ml) di vinhu, o 1,5 onsa (45 ml) di bebida fórti di 80 proof (40% di álkool).
ahc-supp-tobacco = Kantu bes nes últimu 12 mes ki bu uza produtu di tabaku (sima sigaru, xarutu, rapé, tabaku di maska, sigaru elétroniku)?
ahc-supp-prescription-misuse = Kantu bes na últimu anu ki bu uza rimédiu ki ta meste rezeta médiku pa motivu ki ka é médiku?
ahc-supp-illegal-drugs = Kantu bes na últimu anu ki bu uza droga ilegal?
ahc-supp-substance-never = Nunka
ahc-supp-substance-once-or-twice = Un o dôs bes
ahc-supp-substance-monthly = Tudu mes
ahc-supp-substance-weekly = Tudu simana
ahc-supp-substance-daily = Tudu dia o kuazi tudu dia
ahc-supp-little-interest = Nes últimu 2 simana, ku ki frekuénsia bu sinti inkomodadu pamodi bu ten poku interesi o poku gostu pa fazi kuzas?
ahc-supp-feeling-down = Nes últimu 2 simana, ku ki frekuénsia bu sinti inkomodadu pamodi bu sta ta sinti trísti, diprimidu o sen speransa?
ahc-supp-phq-not-at-all = Nunka
ahc-supp-phq-several-days = Uns kantu dia
ahc-supp-phq-more-than-half = Más di metadi di dias
ahc-supp-phq-nearly-every-day = Kuazi tudu dia
ahc-supp-stress = Stres é kantu un pesoa ta sinti tensu, inkietu, nervozu o ansiozu, o ka ta konsigi dormi di noti pamodi si kabésa sta sénpri preokupadu. Bu ta sinti es tipu di stres es dias li?
ahc-supp-stress-not-at-all = Nada
ahc-supp-stress-a-little = Un poku
ahc-supp-stress-somewhat = Más o ménus
ahc-supp-stress-quite-a-bit = Bastanti
ahc-supp-stress-very-much = Txeu
ahc-supp-concentrating = Pamodi un kondison físiku, mental o emosional, bu ten difikuldadi grandi pa konsentra, pa lenbra o pa toma disizon?
ahc-supp-errands = Pamodi un kondison físiku, mental o emosional, bu ten difikuldadi pa fazi bu kuzas na rua bu só, sima bai konsulta médiku o fazi kompra?
