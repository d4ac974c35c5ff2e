# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Amharic (am) draft translation; to be checked with an interpreter.

ahc-supp-title = ከጤና ጋር የተያያዙ ማኅበራዊ ፍላጎቶች (ተጨማሪ ጥያቄዎች)
ahc-supp-financial-strain = እንደ ምግብ፣ መኖሪያ ቤት፣ የሕክምና አገልግሎት እና የቤት ማሞቂያ ያሉ በጣም መሠረታዊ ነገሮችን ለመክፈል ምን ያህል ይከብድዎታል?
ahc-supp-financial-strain-very-hard = በጣም ከባድ ነው
ahc-supp-financial-strain-somewhat-hard = በመጠኑ ከባድ ነው
ahc-supp-financial-strain-not-hard = በጭራሽ ከባድ አይደለም
ahc-supp-employment = ሥራ ለማግኘት ወይም ያለዎትን ሥራ ለማቆየት እርዳታ ይፈልጋሉ?
ahc-supp-employment-finding = አዎ፣ ሥራ ለማግኘት እርዳታ
ahc-supp-employment-keeping = አዎ፣ ሥራዬን ለማቆየት እርዳታ
ahc-supp-employment-no-help = እርዳታ አያስፈልገኝም፣ አልፈልግምም
ahc-supp-daily-help = በማንኛውም ምክንያት እንደ ገላ መታጠብ፣ ምግብ ማዘጋጀት፣ ገበያ መሄድ፣ ገንዘብ ማስተዳደር ወዘተ ባሉ የዕለት ተዕለት ተግባራት እርዳታ ቢያስፈልግዎ፣ የሚያስፈልግዎትን እርዳታ ያገኛሉ?
ahc-supp-daily-help-no-need = ምንም እርዳታ አያስፈልገኝም
ahc-supp-daily-help-all-help = የሚያስፈልገኝን እርዳታ ሁሉ አገኛለሁ
ahc-supp-daily-help-little-more = ትንሽ ተጨማሪ እርዳታ ቢኖረኝ ይጠቅመኛል
ahc-supp-daily-help-lot-more = ብዙ ተጨማሪ እርዳታ ያስፈልገኛል
ahc-supp-loneliness = ምን ያህል ጊዜ የብቸኝነት ስሜት ወይም በዙሪያዎ ካሉ ሰዎች የመገለል ስሜት ይሰማዎታል?
ahc-supp-loneliness-never = በጭራሽ
ahc-supp-loneliness-rarely = አልፎ አልፎ
ahc-supp-loneliness-sometimes = አንዳንድ ጊዜ
ahc-supp-loneliness-often = ብዙ ጊዜ
ahc-supp-loneliness-always = ሁልጊዜ
ahc-supp-other-language = ቤት ውስጥ ከእንግሊዝኛ ሌላ ቋንቋ ይናገራሉ?
ahc-supp-school-training = በትምህርት ወይም በሥልጠና እርዳታ ይፈልጋሉ? ለምሳሌ፣ የሙያ ሥልጠና መጀመር ወይም መጨረስ፣ ወይም የሁለተኛ ደረጃ ትምህርት ማጠናቀቂያ ዲፕሎማ (high school diploma)፣ GED ወይም ተመጣጣኝ ማስረጃ ማግኘት።
ahc-supp-exercise-days = ባለፉት 30 ቀናት ውስጥ፣ ለሥራዎ ብለው ካደረጓቸው እንቅስቃሴዎች ውጭ፣ በአማካይ በሳምንት ስንት ቀን መጠነኛ የአካል እንቅስቃሴ (እንደ በፍጥነት መራመድ፣ መሮጥ፣ ቀስ ብሎ መሮጥ፣ መደነስ፣ መዋኘት፣ ብስክሌት መንዳት ወይም ሌሎች ተመሳሳይ እንቅስቃሴዎች) አድርገዋል?
ahc-supp-exercise-minutes = በአማካይ፣ ከእነዚያ ቀናት በአንዱ፣ በዚህ ደረጃ የአካል እንቅስቃሴ በማድረግ ብዙውን ጊዜ ስንት ደቂቃ ያሳልፉ ነበር?
ahc-supp-exercise-days-unit = { $count ->
    [one] በሳምንት { $count } ቀን
   *[other] በሳምንት { $count } ቀናት
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } ደቂቃ
   *[other] { $count } ደቂቃ
}
ahc-supp-alcohol = ባለፉት 12 ወራት ውስጥ፣ በአንድ ቀን 5 ወይም ከዚያ በላይ የአልኮል መጠጦች (ለወንዶች)፣ ወይም በአንድ ቀን 4 ወይም ከዚያ በላይ የአልኮል መጠጦች (ለሴቶች) ስንት ጊዜ ጠጥተዋል? አንድ መጠጥ ማለት 12 አውንስ ቢራ (355 ሚሊ ሊትር ገደማ)፣ 5 አውንስ ወይን (150 ሚሊ ሊትር ገደማ)፣ ወይም 1.5 አውንስ 80-proof (40% አልኮል ያለው) ጠንካራ መጠጥ (45 ሚሊ ሊትር ገደማ) ነው።
ahc-supp-tobacco = ባለፉት 12 ወራት ውስጥ፣ የትምባሆ ውጤቶችን (እንደ ሲጋራ፣ ሲጋር፣ በአፍንጫ የሚሳብ ትምባሆ፣ የሚታኘክ ትምባሆ፣ ኤሌክትሮኒክ ሲጋራ ያሉ) ስንት ጊዜ ተጠቅመዋል?
ahc-supp-prescription-misuse = ባለፈው አንድ ዓመት ውስጥ፣ በሐኪም ትእዛዝ የሚሰጡ መድኃኒቶችን ለሕክምና ላልሆነ ዓላማ ስንት ጊዜ ተጠቅመዋል?
ahc-supp-illegal-drugs = ባለፈው አንድ ዓመት ውስጥ፣ ሕገ-ወጥ አደንዛዥ ዕፆችን ስንት ጊዜ ተጠቅመዋል?
ahc-supp-substance-never = በጭራሽ
ahc-supp-substance-once-or-twice = አንድ ወይም ሁለት ጊዜ
ahc-supp-substance-monthly = በየወሩ
ahc-supp-substance-weekly = በየሳምንቱ
ahc-supp-substance-daily = በየቀኑ ወይም በየቀኑ ማለት ይቻላል
ahc-supp-little-interest = ባለፉት 2 ሳምንታት ውስጥ፣ ነገሮችን ለማድረግ ያለዎት ፍላጎት ወይም ደስታ መቀነሱ ምን ያህል ጊዜ አስቸግሮዎታል?
ahc-supp-feeling-down = ባለፉት 2 ሳምንታት ውስጥ፣ የሐዘን ስሜት፣ ድብርት ወይም ተስፋ መቁረጥ ምን ያህል ጊዜ አስቸግሮዎታል?
ahc-supp-phq-not-at-all = በጭራሽ
ahc-supp-phq-several-days = ለተወሰኑ ቀናት
ahc-supp-phq-more-than-half = ከግማሽ በላይ በሆኑት ቀናት
ahc-supp-phq-nearly-every-day = በየቀኑ ማለት ይቻላል
ahc-supp-stress = ውጥረት (stress) ማለት አንድ ሰው የመወጠር፣ እረፍት የማጣት፣ የመረበሽ ወይም የመጨነቅ ስሜት የሚሰማበት፣ ወይም አእምሮው ወይም አእምሮዋ ሁልጊዜ ስለሚታወክ ሌሊት መተኛት የማይችልበት ሁኔታ ነው። በአሁኑ ጊዜ እንዲህ ዓይነት ውጥረት ይሰማዎታል?
ahc-supp-stress-not-at-all = በጭራሽ
ahc-supp-stress-a-little = ትንሽ
ahc-supp-stress-somewhat = በመጠኑ
ahc-supp-stress-quite-a-bit = በጣም
ahc-supp-stress-very-much = እጅግ በጣም
ahc-supp-concentrating = በአካላዊ፣ በአእምሮአዊ ወይም በስሜታዊ ሁኔታ ምክንያት፣ ትኩረት ለማድረግ፣ ለማስታወስ ወይም ውሳኔ ለመስጠት ከባድ ችግር አለብዎት?
ahc-supp-errands = በአካላዊ፣ በአእምሮአዊ ወይም በስሜታዊ ሁኔታ ምክንያት፣ እንደ ሐኪም ቤት መሄድ ወይም ገበያ መሄድ ያሉ ጉዳዮችን ብቻዎን ለማከናወን ችግር አለብዎት?
