# Haitian Creole (ht) draft of consent.ftl; standard orthography; to be checked with an interpreter.
# Consent before screening, and follow-up on a need.

consent-title = Anvan nou kòmanse
consent-screening = Mwen ta renmen poze ou kèk kesyon sou sante ou ak lavi ou. Ou ka sote nenpòt kesyon. Èske sa bon pou ou?
consent-share-for-referral = Si nou jwenn yon bagay ou bezwen èd pou li, èske nou ka pataje l ak yon òganizasyon nan kominote a ki ka ede ou?

follow-up-title = Swivi
follow-up-status = Kisa ki te pase ak bezwen sa a?
follow-up-status-open = Louvri
follow-up-status-resource-given = Yo ba li enfòmasyon sou yon resous
follow-up-status-referred = Yo refere l bay yon òganizasyon
follow-up-status-declined-help = Manm nan refize èd
follow-up-status-already-getting-help = Li deja ap jwenn èd
follow-up-status-resolved = Rezoud
follow-up-organization = Ki òganizasyon yo te refere manm nan bay?
follow-up-note = Nòt
