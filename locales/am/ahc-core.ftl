# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Amharic (am) draft translation; to be checked with an interpreter.

ahc-core-title = ከጤና ጋር የተያያዙ ማኅበራዊ ፍላጎቶች (ዋና ጥያቄዎች)
ahc-core-living-situation = ዛሬ ያለዎት የመኖሪያ ሁኔታ ምን ይመስላል?
ahc-core-living-situation-steady = የምኖርበት ቋሚ ቦታ አለኝ
ahc-core-living-situation-worried = ዛሬ የምኖርበት ቦታ አለኝ፣ ግን ወደፊት አጣዋለሁ ብዬ እጨነቃለሁ
ahc-core-living-situation-not-steady = የምኖርበት ቋሚ ቦታ የለኝም (ለጊዜው ከሌሎች ሰዎች ጋር፣ በሆቴል ወይም በመጠለያ እያረፍኩ ነው፤ ወይም ውጭ በመንገድ ላይ፣ በባሕር ዳርቻ፣ በመኪና ውስጥ፣ በተተወ ሕንፃ፣ በአውቶቡስ ወይም በባቡር ጣቢያ፣ ወይም በመናፈሻ ውስጥ እኖራለሁ)
ahc-core-housing-problems = ስለሚኖሩበት ቦታ ያስቡ። ከሚከተሉት ችግሮች ውስጥ አንዳቸውም አሉብዎት?
ahc-core-housing-problems-pests = እንደ ነፍሳት፣ ጉንዳን ወይም አይጥ ያሉ ተባዮች
ahc-core-housing-problems-mold = ሻጋታ
ahc-core-housing-problems-lead = እርሳስ (lead) ያለበት ቀለም ወይም ቧንቧ
ahc-core-housing-problems-heat = የቤት ማሞቂያ አለመኖር
ahc-core-housing-problems-stove = የማይሠራ ኦቨን ወይም ምድጃ
ahc-core-housing-problems-smoke-detectors = የጭስ ጠቋሚ መሣሪያ የለም ወይም አይሠራም
ahc-core-housing-problems-leaks = የውሃ ማንጠባጠብ ወይም መፍሰስ
ahc-core-housing-problems-none = ከላይ ካሉት ውስጥ አንዱም የለም
ahc-core-food-worry = ባለፉት 12 ወራት ውስጥ፣ ተጨማሪ ምግብ ለመግዛት ገንዘብ ከማግኘትዎ በፊት ምግብዎ ያልቃል ብለው ተጨንቀው ነበር።
ahc-core-food-ran-out = ባለፉት 12 ወራት ውስጥ፣ የገዙት ምግብ በቂ ሳይሆን አልቆ፣ ተጨማሪ ለመግዛት ገንዘብ አልነበረዎትም።
ahc-core-hunger-vital-sign-often = ብዙ ጊዜ እውነት ነው
ahc-core-hunger-vital-sign-sometimes = አንዳንድ ጊዜ እውነት ነው
ahc-core-hunger-vital-sign-never = በጭራሽ እውነት አይደለም
ahc-core-transportation = ባለፉት 12 ወራት ውስጥ፣ አስተማማኝ የመጓጓዣ አገልግሎት አለመኖሩ ከሕክምና ቀጠሮዎች፣ ከስብሰባዎች፣ ከሥራ ወይም ለዕለት ኑሮ የሚያስፈልጉ ነገሮችን ከማግኘት አግዶዎት ያውቃል?
ahc-core-utilities = ባለፉት 12 ወራት ውስጥ፣ የመብራት፣ የጋዝ፣ የማሞቂያ ነዳጅ ወይም የውሃ አቅራቢ ድርጅት በቤትዎ ያለውን አገልግሎት እንደሚያቋርጥ አስፈራርቶዎት ያውቃል?
ahc-core-utilities-yes = አዎ
ahc-core-utilities-no = አይ
ahc-core-utilities-already-shut-off = አገልግሎቱ አስቀድሞ ተቋርጧል
ahc-core-safety-intro = ጥቃትና በደል በብዙ ሰዎች ላይ ስለሚደርስና ጤናቸውንም ስለሚጎዳ፣ የሚከተሉትን ጥያቄዎች እንጠይቅዎታለን።
ahc-core-safety-hurt = ቤተሰብንና ጓደኞችን ጨምሮ፣ ማንኛውም ሰው ምን ያህል ጊዜ አካላዊ ጉዳት ያደርስብዎታል?
ahc-core-safety-insult = ቤተሰብንና ጓደኞችን ጨምሮ፣ ማንኛውም ሰው ምን ያህል ጊዜ ይሰድብዎታል ወይም አሳንሶ ያናግርዎታል?
ahc-core-safety-threaten = ቤተሰብንና ጓደኞችን ጨምሮ፣ ማንኛውም ሰው ምን ያህል ጊዜ ጉዳት እንደሚያደርስብዎ ያስፈራራዎታል?
ahc-core-safety-scream = ቤተሰብንና ጓደኞችን ጨምሮ፣ ማንኛውም ሰው ምን ያህል ጊዜ ይጮህብዎታል ወይም ጸያፍ ቃላት ይናገርዎታል?
ahc-core-frequency-never = በጭራሽ
ahc-core-frequency-rarely = አልፎ አልፎ
ahc-core-frequency-sometimes = አንዳንድ ጊዜ
ahc-core-frequency-fairly-often = ብዙ ጊዜ
ahc-core-frequency-frequently = በጣም ብዙ ጊዜ
