# Consent before screening, and follow-up on a need.
# Somali (so) draft translation; to be checked with an interpreter.

consent-title = Ka hor intaynaan bilaabin
consent-screening = Waxaan jeclaan lahaa inaan ku weydiiyo su'aalo ku saabsan caafimaadkaaga iyo noloshaada. Su'aal kasta waad ka boodi kartaa. Ma ku raalli tahay?
consent-share-for-referral = Haddii aan helno wax aad caawimaad u baahan tahay, ma u sheegi karnaa urur bulsho oo ku caawin kara?

follow-up-title = Dabagal
follow-up-status = Maxaa ka dhacay baahidan?
follow-up-status-open = Weli furan
follow-up-status-resource-given = Kaalmo ama macluumaad ayaa la siiyay
follow-up-status-referred = Urur ayaa loo gudbiyay
follow-up-status-declined-help = Xubintu way diidday caawimaadda
follow-up-status-already-getting-help = Horay ayay caawimaad u helaysaa
follow-up-status-resolved = Waa la xalliyay
follow-up-organization = Ururkee ayaa xubinta loo gudbiyay?
follow-up-note = Qoraal
