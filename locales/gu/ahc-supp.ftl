# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Gujarati (gu) draft translation of ahc-supp.ftl; to be checked with an interpreter.

ahc-supp-title = આરોગ્ય સાથે સંકળાયેલી સામાજિક જરૂરિયાતો (વધુ પ્રશ્નો)
ahc-supp-financial-strain = ખોરાક, રહેઠાણ, તબીબી સારવાર અને ઘર ગરમ રાખવા (હીટિંગ) જેવી એકદમ પાયાની જરૂરિયાતો માટે પૈસા ચૂકવવા તમારા માટે કેટલું મુશ્કેલ છે?
ahc-supp-financial-strain-very-hard = ખૂબ મુશ્કેલ
ahc-supp-financial-strain-somewhat-hard = અમુક અંશે મુશ્કેલ
ahc-supp-financial-strain-not-hard = જરાય મુશ્કેલ નથી
ahc-supp-employment = શું તમને કામ કે નોકરી શોધવામાં, અથવા તેને ટકાવી રાખવામાં મદદ જોઈએ છે?
ahc-supp-employment-finding = હા, કામ શોધવામાં મદદ
ahc-supp-employment-keeping = હા, કામ ટકાવી રાખવામાં મદદ
ahc-supp-employment-no-help = મને મદદની જરૂર નથી અને મદદ જોઈતી પણ નથી
ahc-supp-daily-help = જો કોઈ પણ કારણસર તમને રોજિંદા કામોમાં મદદની જરૂર હોય, જેમ કે નહાવું, રસોઈ બનાવવી, ખરીદી કરવી, પૈસાનો વહીવટ કરવો વગેરે, તો શું તમને જરૂરી મદદ મળે છે?
ahc-supp-daily-help-no-need = મને કોઈ મદદની જરૂર નથી
ahc-supp-daily-help-all-help = મને જરૂરી બધી મદદ મળે છે
ahc-supp-daily-help-little-more = થોડી વધુ મદદ મળે તો સારું
ahc-supp-daily-help-lot-more = મને ઘણી વધુ મદદની જરૂર છે
ahc-supp-loneliness = તમને કેટલી વાર એકલું લાગે છે, અથવા આસપાસના લોકોથી અલગ પડી ગયા હોય એવું લાગે છે?
ahc-supp-loneliness-never = ક્યારેય નહીં
ahc-supp-loneliness-rarely = ભાગ્યે જ
ahc-supp-loneliness-sometimes = ક્યારેક
ahc-supp-loneliness-often = ઘણી વાર
ahc-supp-loneliness-always = હંમેશા
ahc-supp-other-language = શું તમે ઘરે અંગ્રેજી સિવાય બીજી કોઈ ભાષા બોલો છો?
ahc-supp-school-training = શું તમને ભણતર કે તાલીમમાં મદદ જોઈએ છે? ઉદાહરણ તરીકે, નોકરી માટેની તાલીમ શરૂ કરવી કે પૂરી કરવી, અથવા હાઇ સ્કૂલ ડિપ્લોમા, GED અથવા તેની સમકક્ષ પ્રમાણપત્ર મેળવવું.
ahc-supp-exercise-days = છેલ્લા 30 દિવસમાં, કામ માટે કરેલી પ્રવૃત્તિઓ સિવાય, સરેરાશ અઠવાડિયામાં કેટલા દિવસ તમે મધ્યમ કસરત કરી (જેમ કે ઝડપથી ચાલવું, દોડવું, જોગિંગ, નાચવું, તરવું, સાઇકલ ચલાવવી, અથવા આવી બીજી પ્રવૃત્તિઓ)?
ahc-supp-exercise-minutes = સરેરાશ, તે દિવસોમાંથી કોઈ એક દિવસે તમે સામાન્ય રીતે આ પ્રકારની કસરત કેટલી મિનિટ કરી?
ahc-supp-exercise-days-unit = { $count ->
    [one] અઠવાડિયામાં { $count } દિવસ
   *[other] અઠવાડિયામાં { $count } દિવસ
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } મિનિટ
   *[other] { $count } મિનિટ
}
ahc-supp-alcohol = છેલ્લા 12 મહિનામાં કેટલી વાર તમે એક દિવસમાં 5 કે તેથી વધુ ડ્રિંક (પુરુષો માટે), અથવા 4 કે તેથી વધુ ડ્રિંક (સ્ત્રીઓ માટે) દારૂ પીધો છે? એક ડ્રિંક એટલે 12 ઔંસ બિયર, 5 ઔંસ વાઇન, અથવા 1.5 ઔંસ 80-પ્રૂફ કડક દારૂ (જેમાં 40% આલ્કોહોલ હોય).
ahc-supp-tobacco = છેલ્લા 12 મહિનામાં કેટલી વાર તમે તમાકુની વસ્તુઓનો ઉપયોગ કર્યો છે (જેમ કે સિગારેટ, સિગાર, છીંકણી (સૂંઘવાની તમાકુ), ચાવવાની તમાકુ (જેમ કે માવો, ગુટખા), ઈ-સિગારેટ)?
ahc-supp-prescription-misuse = છેલ્લા એક વર્ષમાં કેટલી વાર તમે ડૉક્ટરના પ્રિસ્ક્રિપ્શનવાળી દવાઓનો ઉપયોગ સારવાર સિવાયના કારણોસર કર્યો છે?
ahc-supp-illegal-drugs = છેલ્લા એક વર્ષમાં કેટલી વાર તમે ગેરકાયદેસર નશીલા પદાર્થો (ડ્રગ્સ) નો ઉપયોગ કર્યો છે?
ahc-supp-substance-never = ક્યારેય નહીં
ahc-supp-substance-once-or-twice = એક કે બે વાર
ahc-supp-substance-monthly = દર મહિને
ahc-supp-substance-weekly = દર અઠવાડિયે
ahc-supp-substance-daily = દરરોજ અથવા લગભગ દરરોજ
ahc-supp-little-interest = છેલ્લા 2 અઠવાડિયામાં, કોઈ પણ કામ કરવામાં ઓછો રસ કે ઓછો આનંદ હોવાથી તમે કેટલી વાર પરેશાન થયા?
ahc-supp-feeling-down = છેલ્લા 2 અઠવાડિયામાં, ઉદાસ, હતાશ (ડિપ્રેશન) અથવા નિરાશ લાગવાથી તમે કેટલી વાર પરેશાન થયા?
ahc-supp-phq-not-at-all = બિલકુલ નહીં
ahc-supp-phq-several-days = કેટલાક દિવસો
ahc-supp-phq-more-than-half = અડધા કરતાં વધુ દિવસો
ahc-supp-phq-nearly-every-day = લગભગ દરરોજ
ahc-supp-stress = તણાવ એટલે એવી પરિસ્થિતિ કે જેમાં વ્યક્તિ તંગ, બેચેન, ગભરાયેલી અથવા ચિંતિત અનુભવે છે, અથવા તેનું મન આખો સમય પરેશાન રહેતું હોવાથી રાત્રે ઊંઘી શકતી નથી. શું તમે આજકાલ આ પ્રકારનો તણાવ અનુભવો છો?
ahc-supp-stress-not-at-all = બિલકુલ નહીં
ahc-supp-stress-a-little = થોડુંક
ahc-supp-stress-somewhat = અમુક અંશે
ahc-supp-stress-quite-a-bit = ઘણું
ahc-supp-stress-very-much = ખૂબ જ
ahc-supp-concentrating = શારીરિક, માનસિક કે ભાવનાત્મક તકલીફને કારણે, શું તમને ધ્યાન કેન્દ્રિત કરવામાં, યાદ રાખવામાં અથવા નિર્ણયો લેવામાં ગંભીર મુશ્કેલી પડે છે?
ahc-supp-errands = શારીરિક, માનસિક કે ભાવનાત્મક તકલીફને કારણે, શું તમને એકલા બહારના કામ કરવામાં મુશ્કેલી પડે છે, જેમ કે ડૉક્ટરના દવાખાને જવું કે ખરીદી કરવી?
