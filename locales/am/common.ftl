# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Amharic (am) draft translation; to be checked with an interpreter.

common-yes-no-yes = አዎ
common-yes-no-no = አይ

answer-asked-declined = መመለስ አልፈልግም
answer-asked-unknown = አላውቅም
answer-not-asked = አልተጠየቀም
hint-choose-all = የሚመለከቱትን ሁሉ ይምረጡ።

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = መኖሪያ ቤት
domain-housing-instability-explain = አባሉ መኖሪያ ቤቱን ሊያጣ ይችላል፣ ወይም የሚኖርበት ቋሚ ቦታ የለውም።
domain-housing-quality = የቤት ሁኔታ
domain-housing-quality-explain = በአባሉ ቤት ውስጥ ጤናን ሊጎዱ የሚችሉ ችግሮች አሉ።
domain-food = ምግብ
domain-food-explain = ባለፉት 12 ወራት ውስጥ አባሉ ምግብ ያልቅብኛል ብሎ ተጨንቋል፣ ወይም ምግቡ አልቆበታል።
domain-transportation = መጓጓዣ
domain-transportation-explain = የመጓጓዣ እጥረት አባሉን ከሕክምና፣ ከሥራ ወይም ከሚያስፈልጉት ነገሮች አግዶታል።
domain-utilities = የቤት አገልግሎቶች (መብራት፣ ጋዝ፣ ውሃ)
domain-utilities-explain = የመብራት፣ የጋዝ፣ የማሞቂያ ነዳጅ ወይም የውሃ አቅራቢ ድርጅት አገልግሎቱን እንደሚያቋርጥ አስፈራርቷል፣ ወይም አቋርጧል።
domain-interpersonal-safety = ደኅንነት
domain-interpersonal-safety-explain = አንድ ሰው አባሉን እየጎዳ፣ እያስፈራራ ወይም እየሰደበ ሊሆን ይችላል።
domain-financial-strain = ለመሠረታዊ ፍላጎቶች የሚሆን ገንዘብ
domain-financial-strain-explain = ለምግብ፣ ለመኖሪያ ቤት፣ ለሕክምና ወይም ለቤት ማሞቂያ መክፈል ከባድ ነው።
domain-employment = ሥራ
domain-employment-explain = አባሉ ሥራ ለማግኘት ወይም ሥራውን ለማቆየት እርዳታ ይፈልጋል።
domain-family-community-support = ከሌሎች የሚገኝ ድጋፍ
domain-family-community-support-explain = አባሉ በዕለት ተዕለት ተግባራት ተጨማሪ እርዳታ ያስፈልገዋል፣ ወይም ብዙ ጊዜ የብቸኝነት ስሜት ይሰማዋል።
domain-education = ትምህርት እና ሥልጠና
domain-education-explain = አባሉ በትምህርት ወይም በሙያ ሥልጠና እርዳታ ይፈልጋል።
domain-physical-activity = የአካል እንቅስቃሴ
domain-physical-activity-explain = አባሉ በሳምንት ከ150 ደቂቃ ያነሰ የአካል እንቅስቃሴ ያደርጋል።
domain-substance-use = አልኮል፣ ትምባሆ እና አደንዛዥ ዕፆች
domain-substance-use-explain = አባሉ ቢወያዩበት ጠቃሚ ሊሆን የሚችል አጠቃቀም እንዳለው ገልጿል።
domain-mental-health = የአእምሮ ጤና
domain-mental-health-explain = አባሉ የሐዘን ስሜት ተሰምቶታል፣ የነገሮች ፍላጎቱን አጥቷል፣ ወይም ከፍተኛ ውጥረት ይሰማዋል።
domain-disabilities = አካል ጉዳት
domain-disabilities-explain = አባሉ ትኩረት ለማድረግ ወይም ጉዳዮችን ብቻውን ለማከናወን ከባድ ችግር አለበት።
domain-digital-access = ኢንተርኔት እና መሣሪያዎች
domain-digital-access-explain = አባሉ አስተማማኝ ኢንተርኔት ወይም ለቪዲዮ ቀጠሮ የሚሆን መሣሪያ የለውም።
domain-digital-literacy = ቴክኖሎጂን የመጠቀም በራስ መተማመን
domain-digital-literacy-explain = አባሉ የቪዲዮ ቀጠሮዎችን ለመጠቀም በራሱ አይተማመንም፣ የሚረዳውም ሰው የለም።

outcome-positive = ፍላጎት ተገኝቷል
outcome-negative = ምንም ፍላጎት አልተገኘም
outcome-not-scored = ውጤት አልተሰጠም፦ አንዳንድ መልሶች ይጎድላሉ

flag-homelessness = አባሉ የሚኖርበት ቋሚ ቦታ የለውም (ቤት አልባ ነው)።
safety-discreet-prompt = ስለዚህ ጉዳይ ከመነጋገርዎ በፊት፣ አባሉ ብቻውን መሆኑን እና መነጋገር ደኅንነቱ የተጠበቀ መሆኑን ያረጋግጡ።

translation-status-reference = የማመሳከሪያ ጽሑፍ (የመጀመሪያው)
translation-status-draft = ረቂቅ ትርጉም፦ አገላለጹን ከአስተርጓሚ ጋር ያረጋግጡ
translation-status-reviewed = በ{ $reviewer } ተገምግሟል (ቀን፦ { $date })

role-chw = የማኅበረሰብ ጤና ሠራተኛ
role-navigator = የቴሌሄልዝ (የርቀት ሕክምና) አጋዥ
role-supervisor = ተቆጣጣሪ

permission-find-members = አባላትን መፈለግ
permission-view-member = የአባልን መረጃ ማየት
permission-edit-member = አባል መጨመር ወይም የአባልን መረጃ መቀየር
permission-record-response = የልየታ (screening) መልሶችን መመዝገብ
permission-record-follow-up = ክትትል መመዝገብ
permission-retract-any-response = የሌላ ሰውን ልየታ በስሕተት እንደገባ ምልክት ማድረግ
permission-manage-users = ተጠቃሚዎችን ማስተዳደር
permission-backup = መጠባበቂያ ቅጂ (backup) መሥራት
permission-restore = መጠባበቂያ ቅጂን መመለስ
permission-verify-store = የመረጃ ማከማቻውን መፈተሽ
permission-review-team = የቡድኑን ሥራ መገምገም
permission-import-members = አባላትን ወይም የሙከራ መረጃ ማስገባት
permission-sync = ከማዕከላዊው ሰርቨር (hub) ጋር ማመሳሰል
