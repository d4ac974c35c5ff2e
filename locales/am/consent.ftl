# Consent before screening, and follow-up on a need.
# Amharic (am) draft translation; to be checked with an interpreter.

consent-title = ከመጀመራችን በፊት
consent-screening = ስለ ጤናዎ እና ስለ ሕይወትዎ አንዳንድ ጥያቄዎችን ልጠይቅዎ እፈልጋለሁ። ማንኛውንም ጥያቄ መዝለል ይችላሉ። ይህ ይስማማዎታል?
consent-share-for-referral = እርዳታ የሚያስፈልግዎት ነገር ካገኘን፣ ሊረዳዎ ለሚችል የማኅበረሰብ ድርጅት ልናሳውቅ እንችላለን?

follow-up-title = ክትትል
follow-up-status = በዚህ ፍላጎት ላይ ምን ተደረገ?
follow-up-status-open = ገና ክፍት ነው
follow-up-status-resource-given = ድጋፍ ወይም መረጃ ተሰጥቷል
follow-up-status-referred = ወደ ድርጅት ተልኳል (ሪፈር ተደርጓል)
follow-up-status-declined-help = አባሉ እርዳታ አልፈለገም
follow-up-status-already-getting-help = አስቀድሞ እርዳታ እያገኘ ነው
follow-up-status-resolved = ተፈትቷል
follow-up-organization = አባሉ ወደ የትኛው ድርጅት ተልኳል?
follow-up-note = ማስታወሻ
